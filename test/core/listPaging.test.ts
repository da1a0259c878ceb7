import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { fromNearerEnd } from '../../electron/core/services/listCounts';
import {
  contributionSortFields,
  fulfillmentSortFields,
  fulfillmentStatuses,
  type ChannelInput,
} from '../../shared/contract';
import { call, memoryWorkspace } from './helpers';

/**
 * Deep pages are found from the nearer end of a list, and counts are kept while the workspace is
 * unchanged (electron/core/services/listCounts.ts): every page, asked in small steps, must be
 * the same as the one big page, and every total the same as a plain SQL count.
 */

let ws: Workspace;
let projectId: number;
let campaignIds: number[];
const LINES_SQL = `SELECT count(*) AS n FROM fulfillment_lines f
  JOIN contributions k ON k.id = f.contribution_id JOIN campaigns c ON c.id = k.campaign_id`;

/** Deterministic pseudo-random numbers, so a failure replays the same way. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

beforeAll(async () => {
  ws = await memoryWorkspace();
  const next = random(11);
  const project = await call(ws, 'projects.create', { title: 'Le Port' });
  const other = await call(ws, 'projects.create', { title: 'Autre film' });
  projectId = project.id;
  const now = '2026-01-05T10:00:00.000Z';
  const items: { id: number; projectId: number }[] = [];
  for (const [owner, names] of [
    [project.id, ['DVD', 'Affiche', 'Générique']],
    [other.id, ['Vinyle']],
  ] as const) {
    for (const name of names) {
      const item = await call(ws, 'items.create', { projectId: owner, name });
      items.push({ id: item.id, projectId: owner });
    }
  }
  const insertCampaign = ws.sqlite.prepare(
    `INSERT INTO campaigns (project_id, title, platform, currency, goal_cents, created_at, updated_at)
     VALUES (?, ?, 'offline', 'EUR', 100000, ?, ?)`,
  );
  const campaigns = [project.id, project.id, other.id].map((owner, n) =>
    Number(insertCampaign.run(owner, `Campaign ${n}`, now, now).lastInsertRowid),
  );
  campaignIds = campaigns.slice(0, 2);
  // Tiers created in reverse order of their titles, so position, id and title orders differ.
  const tiersOf = new Map<number, number[]>();
  for (const campaignId of campaignIds) {
    const ids = [];
    for (const title of ['Zèbre', 'Affiche', 'Mécène']) {
      ids.push((await call(ws, 'tiers.create', { campaignId, title, minimumCents: 100 })).id);
    }
    tiersOf.set(campaignId, ids);
  }
  const names = ['Martin', 'émile', 'Zoé', 'bernard', 'Léa', 'Ana', 'Marc'];
  const addContributor = ws.sqlite.prepare(
    `INSERT INTO contributors (display_name, email, country_code, city, created_at, updated_at)
     VALUES (?, ?, ?, 'Lyon', ?, ?)`,
  );
  const addPledge = ws.sqlite.prepare(
    `INSERT INTO contributions (contributor_id, campaign_id, tier_id, amount_cents, pledged_at,
       payment_status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addLine = ws.sqlite.prepare(
    `INSERT INTO fulfillment_lines (contribution_id, item_id, quantity, status, updated_at)
     VALUES (?, ?, 1, ?, ?)`,
  );
  ws.sqlite.transaction(() => {
    for (let n = 0; n < 250; n += 1) {
      const name = `${names[next(names.length)]} ${n % 13}`;
      const contributorId = addContributor.run(
        name,
        `p${n}@x.org`,
        ['FR', 'BE', 'CA'][next(3)],
        now,
        now,
      ).lastInsertRowid;
      const campaignId = campaigns[next(3)] ?? 0;
      const tiers = tiersOf.get(campaignId) ?? [];
      const tierId = next(5) > 0 ? (tiers[next(3)] ?? null) : null;
      const pledgeId = addPledge.run(
        contributorId,
        campaignId,
        tierId,
        100 * (1 + next(20)),
        `2026-01-${String(1 + next(28)).padStart(2, '0')}`,
        ['collected', 'pledged', 'failed'][next(3)],
        now,
        now,
      ).lastInsertRowid;
      const own = items.filter(
        (item) => (item.projectId === project.id) === (campaignId !== campaigns[2]),
      );
      for (const item of own.slice(0, 1 + next(own.length))) {
        addLine.run(
          pledgeId,
          item.id,
          fulfillmentStatuses[next(3)],
          `2026-02-${String(1 + next(28)).padStart(2, '0')}`,
        );
      }
    }
  })();
});
afterAll(async () => {
  await ws.close();
});

describe('fromNearerEnd', () => {
  it('turns a page past the middle into the mirrored page from the end', () => {
    expect(fromNearerEnd(10, 5, 100)).toEqual({ offset: 10, limit: 5, reversed: false });
    expect(fromNearerEnd(90, 5, 100)).toEqual({ offset: 5, limit: 5, reversed: true });
    expect(fromNearerEnd(98, 5, 100)).toEqual({ offset: 0, limit: 2, reversed: true });
  });
});

describe('fulfillment.list paging', () => {
  type Input = ChannelInput<'fulfillment.list'>;
  async function inSteps(input: Input, step: number) {
    const ids: number[] = [];
    for (let offset = 0; ; offset += step) {
      const page = await call(ws, 'fulfillment.list', { ...input, offset, limit: step });
      ids.push(...page.rows.map((row) => row.id));
      if (page.rows.length < step) return { ids, total: page.total };
    }
  }

  it('gives the same rows page by page as in one page, in every order and filter', async () => {
    const filters: Input[] = [
      { projectId },
      { projectId, campaignId: campaignIds[1] },
      { projectId, filters: { status: 'ready' } },
      { projectId, filters: { query: 'mar' } },
      { projectId, filters: { missingAddress: true, status: 'pending' } },
      { projectId, campaignId: campaignIds[0], filters: { query: 'e' } },
    ];
    for (const base of filters) {
      for (const field of fulfillmentSortFields) {
        for (const dir of ['asc', 'desc'] as const) {
          const input = { ...base, sort: { field, dir } };
          const whole = await call(ws, 'fulfillment.list', { ...input, limit: 500 });
          expect(whole.total).toBeLessThan(500);
          const stepped = await inSteps(input, 37);
          expect(stepped.ids, JSON.stringify(input)).toEqual(whole.rows.map((r) => r.id));
          expect(stepped.total).toBe(whole.total);
        }
      }
    }
  });

  it('counts like plain SQL, and again after a write', async () => {
    const count = (where: string) =>
      (ws.sqlite.prepare(`${LINES_SQL} WHERE ${where}`).get() as { n: number }).n;
    const total = async (input: Input) => (await call(ws, 'fulfillment.list', input)).total;
    expect(await total({ projectId })).toBe(count(`c.project_id = ${projectId}`));
    expect(await total({ projectId, campaignId: campaignIds[0] })).toBe(
      count(`c.id = ${campaignIds[0]}`),
    );
    expect(await total({ projectId, filters: { status: 'shipped' } })).toBe(
      count(`c.project_id = ${projectId} AND f.status = 'shipped'`),
    );
    const before = await total({ projectId });
    const line = ws.sqlite
      .prepare(
        'SELECT contribution_id, item_id FROM fulfillment_lines f JOIN contributions k ON k.id = f.contribution_id WHERE k.campaign_id = ? LIMIT 1',
      )
      .get(campaignIds[0]) as { contribution_id: number; item_id: number };
    ws.sqlite
      .prepare(
        `INSERT INTO fulfillment_lines (contribution_id, item_id, quantity, updated_at) VALUES (?, ?, 2, '2026-03-01')`,
      )
      .run(line.contribution_id, line.item_id);
    expect(await total({ projectId })).toBe(before + 1);
  });
});

describe('contributions.list paging', () => {
  it('gives the same rows page by page as in one page, sorted by tier or anything else', async () => {
    for (const campaignId of campaignIds) {
      for (const field of contributionSortFields) {
        for (const dir of ['asc', 'desc'] as const) {
          for (const filters of [{}, { status: 'collected' as const }]) {
            const input = { campaignId, sort: { field, dir }, filters };
            const whole = await call(ws, 'contributions.list', { ...input, limit: 500 });
            const ids: number[] = [];
            for (let offset = 0; offset < whole.total; offset += 23) {
              const page = await call(ws, 'contributions.list', { ...input, offset, limit: 23 });
              ids.push(...page.rows.map((r) => r.id));
            }
            expect(ids, JSON.stringify(input)).toEqual(whole.rows.map((r) => r.id));
          }
        }
      }
    }
  });

  it('walks tiers in order with no sort of the campaign (EXPLAIN QUERY PLAN)', () => {
    const plan = ws.sqlite
      .prepare(
        `EXPLAIN QUERY PLAN SELECT k.id FROM reward_tiers t INDEXED BY reward_tiers_campaign
         CROSS JOIN contributions k INDEXED BY contributions_campaign_tier_id
           ON k.campaign_id = t.campaign_id AND k.tier_id = t.id
         WHERE t.campaign_id = ? AND k.campaign_id = ? ORDER BY t.position, t.id, k.id LIMIT 50 OFFSET 100`,
      )
      .all(campaignIds[0], campaignIds[0])
      .map((row) => (row as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/contributions_campaign_tier_id/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
