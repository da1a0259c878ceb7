import type BetterSqlite3 from 'better-sqlite3';
import type { TierRef } from './record';

interface TierRow {
  id: number;
  external_id: string | null;
  title: string;
  minimum_cents: number;
  is_addon: number;
  position: number;
}

export interface CreatedTier {
  id: number;
  externalId: string | null;
  title: string;
  minimumCents: number;
  isAddon: boolean;
}

function sameTitle(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'accent' }) === 0;
}

/**
 * Finds the campaign's tier a row names: by platform reward id, then by title, then by minimum
 * (only when exactly one tier has it); creates the missing ones when allowed. A tier found by
 * title or minimum that has no platform id yet gets this one, so the next import finds it by id.
 */
export class TierResolver {
  private readonly tiers: TierRow[];
  private readonly cache = new Map<string, number | null>();
  private readonly insert: BetterSqlite3.Statement<
    [number, string | null, string, number, number, number, string]
  >;
  private readonly link: BetterSqlite3.Statement<[string, number]>;
  readonly created: CreatedTier[] = [];

  constructor(
    sqlite: BetterSqlite3.Database,
    private readonly campaignId: number,
    private readonly createMissing: boolean,
  ) {
    this.tiers = sqlite
      .prepare<[number], TierRow>(
        'SELECT id, external_id, title, minimum_cents, is_addon, position FROM reward_tiers WHERE campaign_id = ? ORDER BY position, id',
      )
      .all(campaignId);
    this.insert = sqlite.prepare(
      `INSERT INTO reward_tiers (campaign_id, external_id, title, minimum_cents, is_addon, position, description)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.link = sqlite.prepare('UPDATE reward_tiers SET external_id = ? WHERE id = ?');
  }

  /** The tier id, or null when the tier does not exist and may not be created. */
  resolve(ref: TierRef): number | null {
    const key = `${ref.isAddon ? 'a' : 't'}\u0000${ref.externalId ?? ''}\u0000${ref.title}\u0000${ref.minimumCents ?? ''}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const id = this.find(ref) ?? (this.createMissing ? this.create(ref) : null);
    this.cache.set(key, id);
    return id;
  }

  private find(ref: TierRef): number | null {
    const { externalId } = ref;
    if (externalId !== null) {
      const byId = this.tiers.find((t) => t.external_id === externalId);
      if (byId !== undefined) return byId.id;
    }
    // A tier that already carries another platform id is another tier, whatever its title.
    const linkable = this.tiers.filter(
      (t) => (t.is_addon === 1) === ref.isAddon && (t.external_id === null || externalId === null),
    );
    const byTitle = linkable.find((t) => sameTitle(t.title, ref.title));
    const byMinimum =
      ref.minimumCents === null || ref.isAddon
        ? []
        : linkable.filter((t) => t.minimum_cents === ref.minimumCents && t.external_id === null);
    const found = byTitle ?? (byMinimum.length === 1 ? byMinimum[0] : undefined);
    if (found === undefined) return null;
    if (found.external_id === null && externalId !== null) {
      this.link.run(externalId, found.id);
      found.external_id = externalId;
    }
    return found.id;
  }

  private create(ref: TierRef): number {
    const position = this.tiers.reduce((max, t) => Math.max(max, t.position), 0) + 1;
    const minimum = ref.minimumCents ?? 0;
    const id = Number(
      this.insert.run(
        this.campaignId,
        ref.externalId,
        ref.title,
        minimum,
        ref.isAddon ? 1 : 0,
        position,
        '',
      ).lastInsertRowid,
    );
    this.tiers.push({
      id,
      external_id: ref.externalId,
      title: ref.title,
      minimum_cents: minimum,
      is_addon: ref.isAddon ? 1 : 0,
      position,
    });
    this.created.push({
      id,
      externalId: ref.externalId,
      title: ref.title,
      minimumCents: minimum,
      isAddon: ref.isAddon,
    });
    return id;
  }
}
