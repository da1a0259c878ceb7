import type BetterSqlite3 from 'better-sqlite3';
import type { ImportChange } from '../../../shared/contract/imports';
import { FulfillmentWriter } from './applyFulfillment';
import type { PledgeValues } from './record';

export interface ExistingPledge {
  id: number;
  contributor_id: number;
  tier_id: number | null;
  amount_cents: number;
  bonus_cents: number;
  shipping_cents: number;
  pledged_at: string;
  payment_status: string;
  refunded_cents: number;
  refunded_on: string | null;
  missing_from_last_import: number;
  notes: string;
  /** The status the platform gave at the last import; null when unknown. */
  platform_status: string | null;
}

export interface PledgeWrite {
  contributorId: number;
  contributorName: string;
  tierId: number | null;
  addons: { tierId: number; quantity: number }[];
  values: PledgeValues;
}

type Outcome = 'created' | 'updated' | 'unchanged';

/** Sorted "tier×quantity" list, to compare add-ons in one string. */
function addonKey(addons: readonly { tierId: number; quantity: number }[]): string {
  return addons
    .map((a) => `${a.tierId}×${a.quantity}`)
    .sort()
    .join(',');
}

/** Merges add-on lines of the same tier (a Ulule reward taken twice plus the same add-on). */
function mergeAddons(
  addons: readonly { tierId: number; quantity: number }[],
): { tierId: number; quantity: number }[] {
  const byTier = new Map<number, number>();
  for (const a of addons) byTier.set(a.tierId, (byTier.get(a.tierId) ?? 0) + a.quantity);
  return [...byTier].map(([tierId, quantity]) => ({ tierId, quantity }));
}

/**
 * Pledges are unique by (campaign, external id): a new one is inserted, a known one updated with
 * the platform's values when they differ, and left alone when they are identical. Notes written in
 * Copro are never overwritten; a refunded pledge is refunded in full unless Copro says otherwise.
 */
export class PledgeWriter {
  private readonly find: BetterSqlite3.Statement<[number, string], ExistingPledge>;
  private readonly insert: BetterSqlite3.Statement<Record<string, string | number | null>>;
  private readonly update: BetterSqlite3.Statement<Record<string, string | number | null>>;
  private readonly addonsOf: BetterSqlite3.Statement<
    [number],
    { tierId: number; quantity: number }
  >;
  private readonly clearAddons: BetterSqlite3.Statement<[number]>;
  private readonly insertAddon: BetterSqlite3.Statement<[number, number, number]>;
  private readonly lines: FulfillmentWriter;
  /** No export dates its refunds: a refund first seen by an import is dated the import's day. */
  private readonly refundDate: string;
  /**
   * Contributors whose pledges this import inserted, changed or moved away from: the pledge
   * triggers are suspended during an import (applyBulk.ts), so their stats and search entries
   * are brought up to date from this set before the import commits.
   */
  readonly written = new Set<number>();

  constructor(
    sqlite: BetterSqlite3.Database,
    private readonly campaignId: number,
    private readonly now: string,
  ) {
    this.lines = new FulfillmentWriter(sqlite, now);
    this.refundDate = now.slice(0, 10);
    this.find = sqlite.prepare(
      `SELECT id, contributor_id, tier_id, amount_cents, bonus_cents, shipping_cents, pledged_at, payment_status,
              refunded_cents, refunded_on, missing_from_last_import, notes, platform_status
       FROM contributions WHERE campaign_id = ? AND external_id = ?`,
    );
    this.insert = sqlite.prepare(
      `INSERT INTO contributions (contributor_id, campaign_id, tier_id, amount_cents, bonus_cents, shipping_cents,
         pledged_at, payment_status, platform_status, refunded_cents, refunded_on, external_id, notes, created_at, updated_at)
       VALUES (@contributor_id, @campaign_id, @tier_id, @amount_cents, @bonus_cents, @shipping_cents,
         @pledged_at, @payment_status, @payment_status, @refunded_cents, @refunded_on, @external_id, @notes, @now, @now)`,
    );
    this.update = sqlite.prepare(
      `UPDATE contributions SET contributor_id = @contributor_id, tier_id = @tier_id, amount_cents = @amount_cents,
         bonus_cents = @bonus_cents, shipping_cents = @shipping_cents, pledged_at = @pledged_at,
         payment_status = @payment_status, refunded_cents = @refunded_cents, refunded_on = @refunded_on, notes = @notes,
         platform_status = @platform_status, missing_from_last_import = 0, updated_at = @now
       WHERE id = @id`,
    );
    this.addonsOf = sqlite.prepare(
      'SELECT tier_id AS tierId, quantity FROM contribution_addons WHERE contribution_id = ?',
    );
    this.clearAddons = sqlite.prepare('DELETE FROM contribution_addons WHERE contribution_id = ?');
    this.insertAddon = sqlite.prepare(
      'INSERT INTO contribution_addons (contribution_id, tier_id, quantity) VALUES (?, ?, ?)',
    );
  }

  existing(externalId: string): ExistingPledge | undefined {
    return this.find.get(this.campaignId, externalId);
  }

  write(
    pledge: PledgeWrite,
    existing: ExistingPledge | undefined,
    onChange: (change: ImportChange) => void,
  ): { id: number; outcome: Outcome } {
    const v = pledge.values;
    const addons = mergeAddons(pledge.addons);
    const refunded = v.status === 'refunded' ? v.amountCents : 0;
    if (existing === undefined) {
      const id = Number(
        this.insert.run({
          contributor_id: pledge.contributorId,
          campaign_id: this.campaignId,
          tier_id: pledge.tierId,
          amount_cents: v.amountCents,
          bonus_cents: v.bonusCents,
          shipping_cents: v.shippingCents,
          pledged_at: v.pledgedAt,
          payment_status: v.status,
          refunded_cents: refunded,
          refunded_on: refunded > 0 ? this.refundDate : null,
          external_id: v.externalId,
          notes: v.notes,
          now: this.now,
        }).lastInsertRowid,
      );
      for (const a of addons) this.insertAddon.run(id, a.tierId, a.quantity);
      this.written.add(pledge.contributorId);
      this.lines.created(id, v.status, v.fulfillment);
      return { id, outcome: 'created' };
    }

    // A status recorded in Copro (a refund, pledges of a failed campaign not collected) is kept
    // while the platform still says what it said at the last import; a new platform status wins.
    const platformSame = existing.platform_status === v.status;
    const status = platformSame ? existing.payment_status : v.status;
    const refundedCents =
      status === 'refunded' && existing.refunded_cents === 0
        ? v.amountCents
        : existing.refunded_cents;
    const next = {
      contributor_id: pledge.contributorId,
      tier_id: pledge.tierId,
      amount_cents: v.amountCents,
      bonus_cents: v.bonusCents,
      shipping_cents: v.shippingCents,
      pledged_at: v.pledgedAt,
      payment_status: status,
      // Refunded in part in Copro stays as Copro says; a newly refunded pledge is refunded in full.
      refunded_cents: refundedCents,
      refunded_on:
        refundedCents > 0 ? (existing.refunded_on ?? this.refundDate) : existing.refunded_on,
      notes: existing.notes === '' ? v.notes : existing.notes,
    };
    let changed = existing.missing_from_last_import === 1;
    for (const key of Object.keys(next) as (keyof typeof next)[]) {
      const before = existing[key];
      const after = next[key];
      if (before === after) continue;
      changed = true;
      onChange({
        contributorId: pledge.contributorId,
        contributor: pledge.contributorName,
        field: `pledge ${v.externalId}: ${key}`,
        from: before === null ? '' : String(before),
        to: after === null ? '' : String(after),
      });
    }
    const addonsBefore = this.addonsOf.all(existing.id);
    const addonsChanged = addonKey(addonsBefore) !== addonKey(addons);
    if (addonsChanged) {
      onChange({
        contributorId: pledge.contributorId,
        contributor: pledge.contributorName,
        field: `pledge ${v.externalId}: add-ons`,
        from: addonKey(addonsBefore),
        to: addonKey(addons),
      });
      this.clearAddons.run(existing.id);
      for (const a of addons) this.insertAddon.run(existing.id, a.tierId, a.quantity);
    }
    const unchanged = !changed && !addonsChanged;
    // An unchanged pledge still remembers what the platform says now (a pledge imported before
    // platform_status existed, or a platform status that Copro had already caught up with).
    if (!unchanged || !platformSame) {
      this.update.run({ ...next, platform_status: v.status, id: existing.id, now: this.now });
      this.written.add(existing.contributor_id).add(pledge.contributorId);
    }
    // After the update: the lines are made from the tier and add-ons now recorded.
    const rewardChanged = addonsChanged || existing.tier_id !== pledge.tierId;
    if (!this.lines.updated(existing.id, existing.payment_status, status, rewardChanged)) {
      onChange({
        contributorId: pledge.contributorId,
        contributor: pledge.contributorName,
        field: `pledge ${v.externalId}: fulfillment`,
        from: 'lines already ready, shipped or delivered',
        to: 'kept as they are: change them by hand for the new reward',
      });
    }
    return { id: existing.id, outcome: unchanged ? 'unchanged' : 'updated' };
  }
}
