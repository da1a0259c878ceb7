import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { paymentStatuses, type Contribution, type ChannelInput } from '../../shared/contract';
import { call, memoryWorkspace } from './helpers';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Martin', 'marie', 'Émile', 'Zoé', 'Bernard', 'bertrand', 'Léa', 'Maréchal', 'Ana'];

/**
 * A campaign with `count` generated pledges (random dates, amounts with ties, statuses, tiers,
 * some without a tier) from `count / 3` contributors, plus a second campaign whose pledges must
 * never show. Rows are inserted with SQL: the service under test only reads them.
 */
export async function generateCampaign(ws: Workspace, count: number, seed = 7) {
  const next = random(seed);
  const project = await call(ws, 'projects.create', { title: 'Les Nuits de Marseille' });
  const now = new Date().toISOString();
  const campaign = (title: string) =>
    ws.db
      .insertInto('campaigns')
      .values({
        project_id: project.id,
        title,
        platform: 'offline',
        currency: 'EUR',
        goal_cents: 1_000_000,
        status: 'live',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const { id: campaignId } = await campaign('Main');
  const { id: otherId } = await campaign('Other');
  // Created in reverse order so position order differs from id and title order.
  const tierIds: number[] = [];
  for (const title of ['Zèbre', 'Affiche', 'Mécène']) {
    const tier = await call(ws, 'tiers.create', { campaignId, title, minimumCents: 100 });
    tierIds.push(tier.id);
  }
  const insertContributor = ws.sqlite.prepare(
    `INSERT INTO contributors (display_name, email, created_at, updated_at) VALUES (?, ?, ?, ?)`,
  );
  const insertPledge = ws.sqlite.prepare(
    `INSERT INTO contributions (contributor_id, campaign_id, tier_id, amount_cents, bonus_cents,
       pledged_at, payment_status, external_id, missing_from_last_import, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const contributorIds: number[] = [];
  ws.sqlite.transaction(() => {
    for (let i = 0; i < Math.max(1, Math.floor(count / 3)); i += 1) {
      const name = `${NAMES[i % NAMES.length] ?? 'X'} ${i}`;
      const email = i % 4 === 0 ? null : `u${i}@ex${i % 5}.fr`;
      const info = insertContributor.run(name, email, now, now);
      contributorIds.push(Number(info.lastInsertRowid));
    }
    for (let i = 0; i < count + 20; i += 1) {
      const tierIndex = Math.floor(next() * 4);
      const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
      insertPledge.run(
        contributorIds[Math.floor(next() * contributorIds.length)] ?? 1,
        i < count ? campaignId : otherId,
        tierIds[tierIndex] ?? null,
        (1 + Math.floor(next() * 40)) * 500,
        Math.floor(next() * 3) * 100,
        `2025-03-${day}T1${Math.floor(next() * 10)}:00:00Z`,
        paymentStatuses[Math.floor(next() * paymentStatuses.length)] ?? 'pledged',
        i % 2 === 0 ? `ks-${i}` : null,
        i % 17 === 0 ? 1 : 0,
        now,
        now,
      );
    }
  })();
  return { campaignId, otherId, tierIds };
}

type ListInput = ChannelInput<'contributions.list'>;
type Sort = NonNullable<ListInput['sort']>;

let ws: Workspace;
let campaignId: number;
let tierIds: number[];
/** Every pledge of the campaign, read page by page with the default sort. */
let all: Contribution[];

async function everything(input: Omit<ListInput, 'offset' | 'limit'>): Promise<Contribution[]> {
  const rows: Contribution[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await call(ws, 'contributions.list', { ...input, offset, limit: 500 });
    rows.push(...page.rows);
    if (page.rows.length < 500) return rows;
  }
}

/** The order the service promises, written independently in JS. */
function expectedOrder(rows: Contribution[], sort: Sort): Contribution[] {
  const position = new Map(tierIds.map((id, index) => [id, index]));
  const key = (row: Contribution): string | number => {
    switch (sort.field) {
      case 'pledgedAt':
        return row.pledgedAt;
      case 'amount':
        return row.amountCents;
      case 'contributor':
        // SQLite's NOCASE folds ASCII letters only.
        return row.contributorName.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
      case 'tier':
        return row.tierId === null ? Number.MAX_SAFE_INTEGER : (position.get(row.tierId) ?? -1);
      case 'status':
        return row.paymentStatus;
    }
  };
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    if (ka !== kb) return (ka < kb ? -1 : 1) * sign;
    // Within a status, by date.
    if (sort.field === 'status' && a.pledgedAt !== b.pledgedAt) {
      return (a.pledgedAt < b.pledgedAt ? -1 : 1) * sign;
    }
    return (a.id - b.id) * sign;
  });
}

beforeAll(async () => {
  ws = await memoryWorkspace();
  ({ campaignId, tierIds } = await generateCampaign(ws, 3000));
  all = await everything({ campaignId });
});
afterAll(async () => {
  await ws.close();
});

describe('contributions.list on 3,000 generated pledges', () => {
  it('lists only the campaign’s pledges, newest first, with the total', async () => {
    expect(all).toHaveLength(3000);
    expect(all.every((row) => row.campaignId === campaignId)).toBe(true);
    expect(all.map((r) => r.id)).toEqual(
      expectedOrder(all, { field: 'pledgedAt', dir: 'desc' }).map((r) => r.id),
    );
    const page = await call(ws, 'contributions.list', { campaignId, offset: 2990, limit: 50 });
    expect(page.total).toBe(3000);
    expect(page.rows.map((r) => r.id)).toEqual(all.slice(2990).map((r) => r.id));
  });

  const sorts: Sort[] = ['pledgedAt', 'amount', 'contributor', 'tier', 'status'].flatMap((field) =>
    (['asc', 'desc'] as const).map((dir) => ({ field, dir }) as Sort),
  );
  it.each(sorts)('sorts by $field $dir like a plain JS sort, page after page', async (sort) => {
    const rows = await everything({ campaignId, sort });
    expect(rows.map((r) => r.id)).toEqual(expectedOrder(all, sort).map((r) => r.id));
    const middle = await call(ws, 'contributions.list', {
      campaignId,
      sort,
      offset: 1234,
      limit: 7,
    });
    expect(middle.rows.map((r) => r.id)).toEqual(rows.slice(1234, 1241).map((r) => r.id));
  });

  it('filters by status, tier, no tier and name or email prefix, with matching totals', async () => {
    const cases: {
      filters: NonNullable<ListInput['filters']>;
      keep: (r: Contribution) => boolean;
    }[] = [
      { filters: { status: 'refund_due' }, keep: (r) => r.paymentStatus === 'refund_due' },
      { filters: { tierId: tierIds[1] }, keep: (r) => r.tierId === tierIds[1] },
      { filters: { tierId: null }, keep: (r) => r.tierId === null },
      {
        filters: { query: 'MAR' },
        keep: (r) =>
          r.contributorName.toLowerCase().startsWith('mar') ||
          (r.contributorEmail ?? '').startsWith('mar'),
      },
      {
        filters: { query: 'u1' },
        keep: (r) => (r.contributorEmail ?? '').startsWith('u1'),
      },
      {
        filters: { status: 'collected', tierId: tierIds[0], query: 'b' },
        keep: (r) =>
          r.paymentStatus === 'collected' &&
          r.tierId === tierIds[0] &&
          r.contributorName.toLowerCase().startsWith('b'),
      },
    ];
    for (const { filters, keep } of cases) {
      const sort: Sort = { field: 'amount', dir: 'desc' };
      const expected = expectedOrder(all.filter(keep), sort);
      expect(expected.length, JSON.stringify(filters)).toBeGreaterThan(0);
      const first = await call(ws, 'contributions.list', { campaignId, filters, sort, limit: 20 });
      expect(first.total, JSON.stringify(filters)).toBe(expected.length);
      const rows = await everything({ campaignId, filters, sort });
      expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    }
  });

  it('keeps the old paymentStatus input working and answers an empty page past the end', async () => {
    const old = await call(ws, 'contributions.list', { campaignId, paymentStatus: 'failed' });
    expect(old.total).toBe(all.filter((r) => r.paymentStatus === 'failed').length);
    expect(old.rows.every((r) => r.paymentStatus === 'failed')).toBe(true);
    const past = await call(ws, 'contributions.list', { campaignId, offset: 5000 });
    expect(past).toEqual({ rows: [], total: 3000 });
    const none = await call(ws, 'contributions.list', { campaignId, filters: { query: 'qqq' } });
    expect(none).toEqual({ rows: [], total: 0 });
  });

  it('walks indexes for the page and the count (EXPLAIN QUERY PLAN)', () => {
    const plan = (query: string): string =>
      ws.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${query}`)
        .all(campaignId)
        .map((row) => (row as { detail: string }).detail)
        .join('\n');
    const page = (order: string, where = '') =>
      plan(
        `SELECT k.id FROM contributions k WHERE k.campaign_id = ? ${where} ORDER BY ${order} LIMIT 50 OFFSET 1000`,
      );
    expect(page('k.pledged_at DESC, k.id DESC')).toMatch(
      /USING (COVERING )?INDEX contributions_campaign /,
    );
    expect(page('k.amount_cents DESC, k.id DESC')).toMatch(/INDEX contributions_campaign_amount/);
    expect(page('k.payment_status, k.pledged_at, k.id')).toMatch(
      /INDEX contributions_campaign_status/,
    );
    for (const detail of [
      page('k.amount_cents DESC, k.id DESC'),
      page('k.payment_status DESC, k.pledged_at DESC, k.id DESC'),
      page('k.pledged_at DESC, k.id DESC'),
    ]) {
      expect(detail).not.toMatch(/TEMP B-TREE/);
    }
    expect(
      plan(
        `SELECT count(*) FROM contributions k WHERE k.campaign_id = ? AND k.payment_status = 'failed'`,
      ),
    ).toMatch(/COVERING INDEX contributions_campaign_status/);
  });
});
