import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { foldForSort } from '../../electron/core/services/contributorSearchIndex';
import {
  fulfillmentSortFields,
  type ChannelInput,
  type FulfillmentRow,
  type FulfillmentStatus,
} from '../../shared/contract';
import { applyOperation, backer, operation, setupWorld, type World } from './fulfillmentListOps';
import { call } from './helpers';

/**
 * The list columns each fulfillment line carries (migration 0006) must follow every write: after
 * any sequence of imports, re-imports, renames, address changes, merges, moved pledges, item
 * renames, offline pledges and status changes, they equal a recomputation from the line's
 * pledge, campaign, contributor and item, and any sort or filter read in small pages gives the
 * rows of one big page, in the order the recomputed keys give.
 */

let current: World | undefined;
afterEach(async () => {
  await current?.ws.close();
  current = undefined;
});

interface Recomputed {
  id: number;
  stored: unknown[];
  expected: unknown[];
  status: FulfillmentStatus;
  updatedAt: string;
  itemId: number;
  /** Whether the text filter "mar" matches: name or email or tracking number starts so. */
  mar: boolean;
}

/** Every line's stored list columns beside their values recomputed from its owners. */
async function recompute(world: World): Promise<Recomputed[]> {
  const rows = await world.ws.db
    .selectFrom('fulfillment_lines as f')
    .innerJoin('contributions as k', 'k.id', 'f.contribution_id')
    .innerJoin('campaigns as cp', 'cp.id', 'k.campaign_id')
    .innerJoin('contributors as c', 'c.id', 'k.contributor_id')
    .innerJoin('reward_items as i', 'i.id', 'f.item_id')
    .select([
      'f.id',
      'f.item_id',
      'f.project_id',
      'f.campaign_id',
      'f.contributor_id',
      'f.sort_name',
      'f.country_code',
      'f.item_name',
      'f.address_missing',
      'f.status',
      'f.updated_at',
      'cp.project_id as p',
      'k.campaign_id as k_campaign',
      'k.contributor_id as k_contributor',
      'c.display_name',
      'c.country_code as c_country',
      'c.address_line1',
      'c.city',
      'c.merged_into_id',
      'c.email',
      'f.tracking_number',
      'i.name',
      'i.ships',
    ])
    .orderBy('f.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    status: r.status as FulfillmentStatus,
    updatedAt: r.updated_at,
    itemId: r.item_id,
    mar: [foldForSort(r.display_name), r.email ?? '', r.tracking_number.toLowerCase()].some(
      (text) => text.startsWith('mar'),
    ),
    stored: [
      r.project_id,
      r.campaign_id,
      r.contributor_id,
      r.sort_name,
      r.country_code,
      r.item_name,
      r.address_missing,
    ],
    expected: [
      r.p,
      r.k_campaign,
      r.k_contributor,
      foldForSort(r.display_name),
      r.c_country,
      r.name,
      r.ships === 1 && (r.address_line1 === '' || r.city === '' || r.c_country === '') ? 1 : 0,
      // A line never belongs to a merged contributor.
    ].concat(r.merged_into_id === null ? [] : ['merged']),
  }));
}

function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const [x, y] = [a[i] ?? '', b[i] ?? ''];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The order of a sort, from recomputed keys (strings compare by code unit: BINARY for these names). */
function sortKey(
  field: (typeof fulfillmentSortFields)[number],
  line: Recomputed,
): (string | number)[] {
  const [, , contributor, sortName, country, item] = line.expected as [
    number,
    number,
    number,
    string,
    string,
    string,
  ];
  switch (field) {
    case 'contributor':
      return [sortName, contributor, line.id];
    case 'country':
      return [country, sortName, contributor, line.id];
    case 'item':
      return [item, line.id];
    case 'status':
      return [line.status, line.id];
    case 'updatedAt':
      return [line.updatedAt, line.id];
  }
}

async function checkLists(world: World, filterPick: number): Promise<void> {
  type Input = ChannelInput<'fulfillment.list'>;
  const { projectId, campaignId } = world;
  const [dvd] = world.items;
  // Each filter beside the lines it must keep, from recomputed values.
  const filters: [Input, (line: Recomputed) => boolean][] = [
    [{ projectId }, () => true],
    [{ projectId, campaignId }, (line) => line.expected[1] === campaignId],
    [{ projectId, filters: { status: 'pending' } }, (line) => line.status === 'pending'],
    [{ projectId, filters: { missingAddress: true } }, (line) => line.expected[6] === 1],
    [{ projectId, filters: { itemId: dvd } }, (line) => line.itemId === dvd],
    [{ projectId, filters: { query: 'mar' } }, (line) => line.mar],
  ];
  const [base, keeps] = filters[filterPick % filters.length] ?? [{ projectId }, () => true];
  // The list syncs sort keys first: recompute after it.
  const whole = await call(world.ws, 'fulfillment.list', { ...base, limit: 500 });
  const lines = await recompute(world);
  for (const line of lines) expect(line.stored, `line ${line.id}`).toEqual(line.expected);
  const kept = lines.filter((line) => line.expected[0] === projectId && keeps(line));
  for (const field of fulfillmentSortFields) {
    for (const dir of ['asc', 'desc'] as const) {
      const input = { ...base, sort: { field, dir } };
      const all = await call(world.ws, 'fulfillment.list', { ...input, limit: 500 });
      const ids: number[] = [];
      for (let offset = 0; offset < all.total; offset += 3) {
        const page = await call(world.ws, 'fulfillment.list', { ...input, offset, limit: 3 });
        expect(page.total).toBe(all.total);
        ids.push(...page.rows.map((r: FulfillmentRow) => r.id));
      }
      expect(ids, JSON.stringify(input)).toEqual(all.rows.map((r) => r.id));
      const ordered = [...kept]
        .sort(
          (a, b) => compareKeys(sortKey(field, a), sortKey(field, b)) * (dir === 'asc' ? 1 : -1),
        )
        .map((line) => line.id);
      expect(ids, `order of ${JSON.stringify(input)}`).toEqual(ordered);
    }
  }
  expect(whole.total).toBe(whole.rows.length);
}

describe('fulfillment list columns (migration 0006)', () => {
  it('follow every write, and every sort and filter pages like one big page', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(backer, { minLength: 3, maxLength: 8 }),
        fc.array(operation, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        async (first, operations, filterPick) => {
          await current?.ws.close();
          const world = await setupWorld();
          current = world;
          await applyOperation(world, { kind: 'import', backers: first });
          for (const op of operations) await applyOperation(world, op);
          await checkLists(world, filterPick);
        },
      ),
      { numRuns: 40, seed: 6006 },
    );
  });
});
