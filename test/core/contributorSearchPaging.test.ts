import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import {
  searchContributors,
  type SearchTuning,
} from '../../electron/core/services/contributorSearch';
import { contributorSearchInputSchema, type ContributorSearchInput } from '../../shared/contract';
import { call, memoryWorkspace } from './helpers';

/**
 * Broad typed text (most contributors match) is paged by walking a sort index against the
 * matched ids, from the nearer end of the list for deep pages. Small pages laid end to end must
 * give exactly one big page, in every sort and direction, whichever plan is chosen.
 */

const FIRST = ['Marie', 'Mathis', 'Anne', 'Émile', 'Zoé', 'Marc'];
const LAST = ['Martin', 'Moreau', 'Petit', 'Durand'];
const CITIES = [
  ['Paris', 'FR'],
  ['Marseille', 'FR'],
  ['Mons', 'BE'],
  ['', ''],
] as const;
const PEOPLE = 260;

const PLANS: Record<string, SearchTuning | undefined> = {
  'the default plan': undefined,
  'a walk against the matched ids': {
    sortOutrightFactor: 0,
    probeCostInMatches: Number.POSITIVE_INFINITY,
  },
  'a sort of the matches outright': {
    sortOutrightFactor: Number.POSITIVE_INFINITY,
    probeCostInMatches: Number.POSITIVE_INFINITY,
  },
};
const OUTRIGHT = PLANS['a sort of the matches outright'];
const SORTS = ['name', 'email', 'city', 'country', 'total', 'lastPledge'] as const;

let ws: Workspace;

beforeAll(async () => {
  ws = await memoryWorkspace();
  const now = new Date().toISOString();
  const project = await call(ws, 'projects.create', { title: 'P' });
  const campaign = await ws.db
    .insertInto('campaigns')
    .values({
      project_id: project.id,
      title: 'C',
      platform: 'ulule',
      currency: 'EUR',
      goal_cents: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ids: number[] = [];
  for (let n = 0; n < PEOPLE; n += 1) {
    // Few distinct names, cities and amounts: the id must break the many ties the same way.
    const first = FIRST[n % FIRST.length]!;
    const last = LAST[(n * 7) % LAST.length]!;
    const [city, country] = CITIES[(n * 5) % CITIES.length]!;
    const domain = n % 5 === 0 ? 'other.org' : 'Mail.example.com';
    const { id } = await ws.db
      .insertInto('contributors')
      .values({
        display_name: `${first} ${last}`,
        first_name: first,
        last_name: last,
        email: n % 9 === 0 ? null : `${first.toLowerCase()}${n}@${domain}`,
        city,
        postal_code: city === '' ? '' : String(10000 + n),
        country_code: country,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(id);
    if (n % 3 !== 0) {
      await ws.db
        .insertInto('contributions')
        .values({
          contributor_id: id,
          campaign_id: campaign.id,
          amount_cents: 1000 * (1 + (n % 4)),
          pledged_at: `2025-0${1 + (n % 3)}-10`,
          payment_status: 'collected',
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
  }
  // Merged duplicates leave the index: they must not shift any page.
  for (const n of [1, 40, 121]) {
    await call(ws, 'contributors.merge', { keepId: ids[n - 1]!, mergeId: ids[n]! });
  }
});

afterAll(async () => {
  await ws.close();
});

async function page(input: ContributorSearchInput, tuning: SearchTuning | undefined) {
  const parsed = contributorSearchInputSchema.parse(input);
  return tuning ? searchContributors(ws.db, parsed, tuning) : searchContributors(ws.db, parsed);
}

describe('contributors.search paging of broad typed text', () => {
  for (const [plan, tuning] of Object.entries(PLANS)) {
    it(`gives one big page as small pages end to end, with ${plan}`, async () => {
      const searches: ContributorSearchInput[] = [
        { query: 'm' },
        { query: 'mail.example' },
        { query: 'm', filters: { country: 'FR' } },
      ];
      for (const search of searches) {
        const reference = await page({ ...search, limit: 500 }, OUTRIGHT);
        // Most contributors match: the walk is the plan the service picks for these.
        expect(reference.total).toBeGreaterThan(PEOPLE / 3);
        for (const field of SORTS) {
          for (const dir of ['asc', 'desc'] as const) {
            const sort = { field, dir };
            const whole = await page({ ...search, sort, limit: 500 }, tuning);
            expect(whole.total).toBe(reference.total);
            expect(whole.rows.map((row) => row.id).sort()).toEqual(
              reference.rows.map((row) => row.id).sort(),
            );
            const pieces = [];
            for (let offset = 0; offset < whole.total; offset += 7) {
              const piece = await page({ ...search, sort, offset, limit: 7 }, tuning);
              expect(piece.total).toBe(whole.total);
              pieces.push(...piece.rows);
            }
            expect(pieces).toEqual(whole.rows);
            const outright = await page({ ...search, sort, limit: 500 }, OUTRIGHT);
            expect(whole.rows).toEqual(outright.rows);
          }
        }
      }
    });
  }

  it('forgets the matched ids kept for the next page once a contributor is added', async () => {
    const before = await page({ query: 'm', offset: 50 }, PLANS['a walk against the matched ids']);
    const now = new Date().toISOString();
    const { id } = await ws.db
      .insertInto('contributors')
      .values({ display_name: 'Aaron Mabille', created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const first = await page({ query: 'm' }, PLANS['a walk against the matched ids']);
    expect(first.total).toBe(before.total + 1);
    expect(first.rows[0]?.id).toBe(id);
  });

  it('reads a page past the end as empty, with the total', async () => {
    const { total } = await page({ query: 'm' }, undefined);
    expect(
      await page({ query: 'm', offset: total }, PLANS['a walk against the matched ids']),
    ).toEqual({
      rows: [],
      total,
    });
  });
});
