import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import {
  searchContributors,
  type SearchTuning,
} from '../../electron/core/services/contributorSearch';
import { foldForSort } from '../../electron/core/services/contributorSearchIndex';
import {
  contributorSearchInputSchema,
  type ContributorSearchInput,
  type ContributorSearchRow,
  type PaymentStatus,
} from '../../shared/contract';
import { call, memoryWorkspace } from './helpers';

/**
 * The search against a plain model: every plan the service may pick (sort the matches outright,
 * walk the sort index through a lookup table, or probe the index row by row) must return the
 * page the model computes from the same data.
 */

const FIRST = [
  'Hélène',
  'Helene',
  'Émile',
  'Jérôme',
  'Zoé',
  'Björn',
  'Anaïs',
  'Jean-Luc',
  'Ana',
  'Noël',
];
const LAST = ['Dupont', 'Dupond', 'Müller', 'Faure', 'García', 'Lefèvre', 'Martin', 'Petit'];
const CITIES = [
  ['Évry', 'FR'],
  ['Paris', 'FR'],
  ['Köln', 'DE'],
  ['Bruxelles', 'BE'],
  ['Liège', 'BE'],
  ['', ''],
] as const;
const STATUSES: PaymentStatus[] = [
  'pledged',
  'collected',
  'collected',
  'failed',
  'refund_due',
  'refunded',
  'not_collected',
];

interface ModelPledge {
  projectId: number;
  campaignId: number;
  tierIds: number[];
  status: PaymentStatus;
  counted: number;
  pledgedAt: string;
}
interface ModelContributor {
  id: number;
  displayName: string;
  email: string | null;
  city: string;
  postalCode: string;
  countryCode: string;
  merged: boolean;
  pledges: ModelPledge[];
}

/** unicode61 with remove_diacritics: letters and digits, accents and case dropped. */
function tokens(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function phraseIn(column: string[], phrase: string[]): boolean {
  for (let start = 0; start + phrase.length <= column.length; start += 1) {
    const ok = phrase.every((token, i) =>
      i === phrase.length - 1 ? column[start + i]!.startsWith(token) : column[start + i] === token,
    );
    if (ok) return true;
  }
  return false;
}

function textMatches(c: ModelContributor, query: string | undefined): boolean {
  const phrases = (query ?? '')
    .split(/\s+/)
    .map(tokens)
    .filter((p) => p.length > 0);
  const columns = [
    tokens(
      `${c.displayName} ${c.displayName.split(' ')[0]} ${c.displayName.split(' ').slice(1).join(' ')} `,
    ),
    tokens(c.email ?? ''),
    tokens(`${c.postalCode} ${c.city}`),
  ];
  return phrases.every((phrase) => columns.some((column) => phraseIn(column, phrase)));
}

type Filters = NonNullable<ContributorSearchInput['filters']>;

function pledgeMatches(p: ModelPledge, f: Filters): boolean {
  return (
    (f.projectId === undefined || p.projectId === f.projectId) &&
    (f.campaignId === undefined || p.campaignId === f.campaignId) &&
    (f.tierId === undefined || p.tierIds.includes(f.tierId)) &&
    (f.paymentStatus === undefined || p.status === f.paymentStatus)
  );
}

type Key = string | number | null;
function compareKeys(a: Key[], b: Key[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

function modelSearch(
  people: ModelContributor[],
  input: ContributorSearchInput,
): { rows: ContributorSearchRow[]; total: number } {
  const parsed = contributorSearchInputSchema.parse(input);
  const f = parsed.filters;
  const scoped =
    f.projectId !== undefined ||
    f.campaignId !== undefined ||
    f.tierId !== undefined ||
    f.paymentStatus !== undefined;
  const rows = people
    .filter((c) => !c.merged && textMatches(c, parsed.query))
    .filter((c) => f.country === undefined || c.countryCode === f.country)
    .flatMap((c) => {
      const pledges = scoped ? c.pledges.filter((p) => pledgeMatches(p, f)) : c.pledges;
      if (scoped && pledges.length === 0) return [];
      const dates = pledges.map((p) => p.pledgedAt).sort();
      return [
        {
          id: c.id,
          displayName: c.displayName,
          email: c.email,
          city: c.city,
          countryCode: c.countryCode,
          pledgeCount: pledges.length,
          totalCents: pledges.reduce((sum, p) => sum + p.counted, 0),
          lastPledgeAt: dates[dates.length - 1] ?? null,
        },
      ];
    });
  const sort = parsed.sort ?? { field: 'name', dir: 'asc' };
  const key = (r: ContributorSearchRow): Key[] => {
    const name = foldForSort(r.displayName);
    switch (sort.field) {
      case 'name':
        return [name, r.id];
      case 'email':
        return [r.email === null ? null : r.email.toLowerCase(), r.id];
      case 'city':
        return [foldForSort(r.city), name, r.id];
      case 'country':
        return [r.countryCode, name, r.id];
      case 'total':
        return [r.totalCents, r.id];
      case 'lastPledge':
        return [r.lastPledgeAt, r.id];
    }
  };
  rows.sort((a, b) => compareKeys(key(a), key(b)));
  if (sort.dir === 'desc') rows.reverse();
  return { rows: rows.slice(parsed.offset, parsed.offset + parsed.limit), total: rows.length };
}

const PLANS: Record<string, SearchTuning> = {
  'sort matches outright': {
    sortOutrightFactor: Number.POSITIVE_INFINITY,
    probeCostInMatches: Number.POSITIVE_INFINITY,
  },
  'walk the index through a lookup table': {
    sortOutrightFactor: 0,
    probeCostInMatches: Number.POSITIVE_INFINITY,
  },
  'probe the index row by row': { sortOutrightFactor: 0, probeCostInMatches: 0 },
};

let ws: Workspace;
const people: ModelContributor[] = [];
let ids = { projects: [] as number[], campaigns: [] as number[], tiers: [] as number[] };

beforeAll(async () => {
  ws = await memoryWorkspace();
  const random = fc.sample(fc.integer({ min: 0, max: 1_000_000 }), { numRuns: 4000, seed: 7 });
  let r = 0;
  const next = (n: number) => random[r++ % random.length]! % n;
  const now = new Date().toISOString();
  const projects = [
    (await call(ws, 'projects.create', { title: 'A' })).id,
    (await call(ws, 'projects.create', { title: 'B' })).id,
  ];
  const campaigns: { id: number; projectId: number; tiers: number[] }[] = [];
  for (const [index, projectId] of [projects[0]!, projects[0]!, projects[1]!].entries()) {
    const { id } = await ws.db
      .insertInto('campaigns')
      .values({
        project_id: projectId,
        title: `C${index}`,
        platform: 'ulule',
        currency: 'EUR',
        goal_cents: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const tiers = [];
    for (const title of ['small', 'big', 'addon']) {
      tiers.push(
        (await call(ws, 'tiers.create', { campaignId: id, title, isAddon: title === 'addon' })).id,
      );
    }
    campaigns.push({ id, projectId, tiers });
  }
  ids = {
    projects,
    campaigns: campaigns.map((c) => c.id),
    tiers: campaigns.flatMap((c) => c.tiers),
  };
  for (let n = 0; n < 160; n += 1) {
    const displayName = `${FIRST[next(FIRST.length)]} ${LAST[next(LAST.length)]}`;
    const [city, countryCode] = CITIES[next(CITIES.length)]!;
    const email =
      next(6) === 0
        ? null
        : `${tokens(displayName).join('.')}${n}@${['example.fr', 'Mail.example.com'][next(2)]}`;
    const postalCode = city === '' ? '' : String(10000 + next(80000));
    const { id } = await ws.db
      .insertInto('contributors')
      .values({
        display_name: displayName,
        first_name: displayName.split(' ')[0]!,
        last_name: displayName.split(' ').slice(1).join(' '),
        email,
        city,
        postal_code: postalCode,
        country_code: countryCode,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const pledges: ModelPledge[] = [];
    for (let p = next(4); p > 0; p -= 1) {
      const campaign = campaigns[next(campaigns.length)]!;
      const tier = next(3) === 0 ? null : campaign.tiers[next(2)]!;
      const status = STATUSES[next(STATUSES.length)]!;
      const amount = 500 + next(100) * 100;
      const refunded =
        status === 'refunded' ? amount : status === 'collected' && next(4) === 0 ? 300 : 0;
      const pledgedAt = `2025-0${1 + next(9)}-1${next(10)}`;
      const { id: pledgeId } = await ws.db
        .insertInto('contributions')
        .values({
          contributor_id: id,
          campaign_id: campaign.id,
          tier_id: tier,
          amount_cents: amount,
          pledged_at: pledgedAt,
          payment_status: status,
          refunded_cents: refunded,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const tierIds = tier === null ? [] : [tier];
      if (next(3) === 0) {
        await ws.db
          .insertInto('contribution_addons')
          .values({ contribution_id: pledgeId, tier_id: campaign.tiers[2]!, quantity: 1 })
          .execute();
        tierIds.push(campaign.tiers[2]!);
      }
      const counted = status === 'failed' || status === 'not_collected' ? 0 : amount - refunded;
      pledges.push({
        projectId: campaign.projectId,
        campaignId: campaign.id,
        tierIds,
        status,
        counted,
        pledgedAt,
      });
    }
    people.push({ id, displayName, email, city, postalCode, countryCode, merged: false, pledges });
  }
  // A few duplicates merged away: they must never be listed again.
  for (const [keep, merge] of [
    [0, 1],
    [2, 3],
    [10, 11],
    [12, 1],
  ] as const) {
    const keepPerson = people[keep]!;
    const mergePerson = people[merge]!;
    if (mergePerson.merged || keepPerson.merged) continue;
    const detail = await call(ws, 'contributors.merge', {
      keepId: keepPerson.id,
      mergeId: mergePerson.id,
    });
    Object.assign(keepPerson, {
      email: detail.email,
      city: detail.city,
      postalCode: detail.postalCode,
      countryCode: detail.countryCode,
    });
    keepPerson.pledges.push(...mergePerson.pledges);
    mergePerson.pledges = [];
    mergePerson.merged = true;
  }
});

afterAll(async () => {
  await ws.close();
});

const queryArb = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(
    'h',
    'hel',
    'HÉLÈNE',
    'helene dup',
    'dupon',
    'e',
    'jean-luc',
    'luc',
    'muller',
    'evry',
    'liege',
    'example.fr',
    'mail',
    '1',
    'garcia',
    'zz',
    'noel pet',
    ' ',
  ),
);

/** Mostly absent, so that unfiltered and lightly filtered searches come up often. */
function sometimes<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 });
}

function inputArb() {
  return fc.record({
    query: queryArb,
    filters: fc.record({
      projectId: sometimes(fc.constantFrom(...ids.projects)),
      campaignId: sometimes(fc.constantFrom(...ids.campaigns)),
      tierId: sometimes(fc.constantFrom(...ids.tiers)),
      paymentStatus: sometimes(fc.constantFrom(...STATUSES)),
      country: sometimes(fc.constantFrom('FR', 'BE', 'DE', 'US')),
    }),
    sort: fc.option(
      fc.record({
        field: fc.constantFrom('name', 'email', 'city', 'country', 'total', 'lastPledge' as const),
        dir: fc.constantFrom('asc', 'desc' as const),
      }),
      { nil: undefined },
    ),
    offset: fc.oneof(fc.constant(0), fc.nat({ max: 160 })),
    limit: fc.integer({ min: 1, max: 40 }),
  });
}

describe('contributors.search against a model', () => {
  for (const [plan, tuning] of Object.entries(PLANS)) {
    it(`gives the model's page and total when it chooses to ${plan}`, async () => {
      await fc.assert(
        fc.asyncProperty(inputArb(), async (raw) => {
          const input = raw;
          const expected = modelSearch(people, input);
          const actual = await searchContributors(
            ws.db,
            contributorSearchInputSchema.parse(input),
            tuning,
          );
          expect(actual).toEqual(expected);
        }),
        { numRuns: 200, seed: 20251122 },
      );
    });
  }

  it('covers filters that select nobody, everybody and a few', async () => {
    const everyone = await call(ws, 'contributors.search', { limit: 500 });
    expect(everyone.total).toBe(people.filter((p) => !p.merged).length);
    const mergedIds = people.filter((p) => p.merged).map((p) => p.id);
    expect(mergedIds.length).toBeGreaterThan(0);
    expect(everyone.rows.filter((row) => mergedIds.includes(row.id))).toEqual([]);
    const someone = modelSearch(people, { query: 'helene dup' });
    expect(someone.total).toBeGreaterThan(0);
    expect(someone.total).toBeLessThan(everyone.total);
  });
});
