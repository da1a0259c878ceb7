import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { call, memoryWorkspace } from './helpers';
import { projectWithBudget, refusal } from './planHelpers';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

const NOW = '2025-03-01T10:00:00.000Z';

interface Pledge {
  contributor: number;
  amountCents: number;
  pledgedAt: string;
  status?: string;
  tierId?: number | null;
}

async function campaignOf(projectId: number, title: string): Promise<number> {
  const campaign = await call(ws, 'campaigns.create', {
    projectId,
    title,
    platform: 'kickstarter',
    goalCents: 10_000,
  });
  return campaign.id;
}

async function contributors(countries: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const [i, country] of countries.entries()) {
    const row = await ws.db
      .insertInto('contributors')
      .values({
        display_name: `Backer ${i + 1}`,
        country_code: country,
        created_at: NOW,
        updated_at: NOW,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}

/** Pledges written straight to the file, in one statement per batch (fast for large seeds). */
function insertPledges(campaignId: number, pledges: readonly Pledge[]): void {
  const insert = ws.sqlite.prepare(
    `INSERT INTO contributions (contributor_id, campaign_id, tier_id, amount_cents, pledged_at, payment_status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  ws.sqlite.transaction(() => {
    for (const p of pledges) {
      insert.run(
        p.contributor,
        campaignId,
        p.tierId ?? null,
        p.amountCents,
        p.pledgedAt,
        p.status ?? 'collected',
        NOW,
        NOW,
      );
    }
  })();
}

describe('campaigns.stats', () => {
  it('adds pledges up per calendar day, oldest first, leaving failed payments out', async () => {
    const { projectId } = await projectWithBudget(ws, 1_000_000);
    const campaignId = await campaignOf(projectId, 'Kickstarter');
    const [a, b] = await contributors(['FR', 'BE']);
    if (a === undefined || b === undefined) throw new Error('no contributors');
    const pledges: Pledge[] = [
      { contributor: a, amountCents: 2_500, pledgedAt: '2025-03-02T23:59:00.000Z' },
      { contributor: b, amountCents: 1_000, pledgedAt: '2025-03-01T08:00:00.000Z' },
      { contributor: a, amountCents: 4_000, pledgedAt: '2025-03-02T00:01:00.000Z' },
      { contributor: b, amountCents: 9_900, pledgedAt: '2025-03-02', status: 'failed' },
      { contributor: b, amountCents: 700, pledgedAt: '2025-03-05', status: 'not_collected' },
    ];
    insertPledges(campaignId, pledges);

    const stats = await call(ws, 'campaigns.stats', { id: campaignId });
    const counted = pledges.filter((p) => p.status !== 'failed');
    const expected = new Map<string, { amountCents: number; count: number }>();
    for (const p of counted) {
      const date = p.pledgedAt.slice(0, 10);
      const day = expected.get(date) ?? { amountCents: 0, count: 0 };
      expected.set(date, { amountCents: day.amountCents + p.amountCents, count: day.count + 1 });
    }
    const days = [...expected.keys()].sort();
    expect(stats.perDay).toEqual(days.map((date) => ({ date, ...expected.get(date) })));
    expect(stats.perDay.reduce((sum, d) => sum + d.amountCents, 0)).toBe(
      counted.reduce((sum, p) => sum + p.amountCents, 0),
    );
    expect(stats.currency).toBe('EUR');
  });

  it('lists every tier in its order, empty ones too, then the pledges without a reward', async () => {
    const { projectId } = await projectWithBudget(ws, 1_000_000);
    const campaignId = await campaignOf(projectId, 'Kickstarter');
    const dvd = await call(ws, 'tiers.create', { campaignId, title: 'DVD', minimumCents: 3_000 });
    const seat = await call(ws, 'tiers.create', { campaignId, title: 'Seat', quantityLimit: 5 });
    const empty = await call(ws, 'tiers.create', { campaignId, title: 'Visit' });
    const [a] = await contributors(['FR']);
    if (a === undefined) throw new Error('no contributor');
    insertPledges(campaignId, [
      { contributor: a, amountCents: 3_000, pledgedAt: NOW, tierId: seat.id },
      { contributor: a, amountCents: 3_500, pledgedAt: NOW, tierId: dvd.id },
      { contributor: a, amountCents: 3_000, pledgedAt: NOW, tierId: seat.id },
      { contributor: a, amountCents: 9_000, pledgedAt: NOW, tierId: seat.id, status: 'failed' },
      { contributor: a, amountCents: 500, pledgedAt: NOW, tierId: null },
    ]);

    const stats = await call(ws, 'campaigns.stats', { id: campaignId });
    expect(stats.byTier).toEqual([
      { tierId: dvd.id, title: 'DVD', count: 1, amountCents: 3_500 },
      { tierId: seat.id, title: 'Seat', count: 2, amountCents: 6_000 },
      { tierId: empty.id, title: 'Visit', count: 0, amountCents: 0 },
      { tierId: null, title: null, count: 1, amountCents: 500 },
    ]);
  });

  it('counts each contributor once per country, most contributors first, unknown country as ""', async () => {
    const { projectId } = await projectWithBudget(ws, 1_000_000);
    const campaignId = await campaignOf(projectId, 'Kickstarter');
    const ids = await contributors(['FR', 'FR', 'BE', '', 'DE']);
    const [fr1, fr2, be, unknown, de] = ids;
    if ([fr1, fr2, be, unknown, de].some((id) => id === undefined)) throw new Error('seed');
    const pledge = (contributor: number | undefined, amountCents: number, status?: string) => ({
      contributor: contributor ?? 0,
      amountCents,
      pledgedAt: NOW,
      ...(status ? { status } : {}),
    });
    insertPledges(campaignId, [
      pledge(be, 1_000),
      pledge(be, 2_000),
      pledge(be, 3_000),
      pledge(fr1, 500),
      pledge(fr2, 700),
      pledge(unknown, 100),
      // A contributor whose only pledge failed is no contributor of this campaign.
      pledge(de, 50_000, 'failed'),
    ]);

    const stats = await call(ws, 'campaigns.stats', { id: campaignId });
    expect(stats.byCountry).toEqual([
      { countryCode: 'FR', contributors: 2, amountCents: 1_200 },
      { countryCode: 'BE', contributors: 1, amountCents: 6_000 },
      { countryCode: '', contributors: 1, amountCents: 100 },
    ]);
  });

  it('matches a plain count over thousands of pledges and leaves other campaigns out', async () => {
    const { projectId } = await projectWithBudget(ws, 1_000_000);
    const campaignId = await campaignOf(projectId, 'Kickstarter');
    const otherId = await campaignOf(projectId, 'Ulule');
    const countries = ['FR', 'BE', 'CH', 'CA', 'DE', 'ES', 'IT', 'US', 'GB', 'NL', 'PT', ''];
    const ids = await contributors(Array.from({ length: 600 }, (_, i) => countries[i % 12] ?? ''));
    const statuses = ['collected', 'pledged', 'failed', 'refunded', 'refund_due'];
    const pledges: Pledge[] = Array.from({ length: 12_000 }, (_, i) => ({
      contributor: ids[(i * 7) % ids.length] ?? 0,
      amountCents: 100 + ((i * 37) % 50_000),
      pledgedAt: `2025-04-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z`,
      status: statuses[i % statuses.length] ?? 'collected',
    }));
    insertPledges(campaignId, pledges);
    insertPledges(otherId, pledges.slice(0, 500));

    const stats = await call(ws, 'campaigns.stats', { id: campaignId });
    const counted = pledges.filter((p) => p.status !== 'failed');
    const total = counted.reduce((sum, p) => sum + p.amountCents, 0);
    expect(stats.perDay).toHaveLength(28);
    expect(stats.perDay.reduce((sum, d) => sum + d.count, 0)).toBe(counted.length);
    expect(stats.perDay.reduce((sum, d) => sum + d.amountCents, 0)).toBe(total);
    expect(stats.byCountry.reduce((sum, c) => sum + c.amountCents, 0)).toBe(total);
    const distinct = new Set(counted.map((p) => p.contributor));
    expect(stats.byCountry.reduce((sum, c) => sum + c.contributors, 0)).toBe(distinct.size);
    const shares = stats.byCountry.map((c) => c.contributors);
    expect(shares).toEqual([...shares].sort((x, y) => y - x));
    expect(stats.byTier).toEqual([
      { tierId: null, title: null, count: counted.length, amountCents: total },
    ]);
  });

  it('names the id of a campaign that does not exist', async () => {
    const error = await refusal(ws, 'campaigns.stats', { id: 999 });
    expect(error.code).toBe('not_found');
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['id']);
  });
});
