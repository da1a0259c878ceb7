import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ContributorSearchRow, ParsedInput } from '../../../shared/contract';
import type { Database } from '../db/schema';
import {
  facetToken,
  searchExpression,
  syncContributorSearch,
  textQuery,
} from './contributorSearchIndex';
import { cachedCount, fromNearerEnd } from './listCounts';
import { matchedIds, walkedPage, type MatchedIds } from './contributorSearchWalk';

type SearchInput = ParsedInput<'contributors.search'>;
type Filters = SearchInput['filters'];
type SortField = NonNullable<SearchInput['sort']>['field'];

/** Each sort: its ORDER BY keys and the partial index (live contributors) that yields them in order. */
const SORTS: Record<SortField, { keys: string[]; index: string; scoped?: 'total' | 'last' }> = {
  name: { keys: ['c.sort_name'], index: 'contributors_live_sort_name' },
  email: { keys: ['c.email COLLATE NOCASE'], index: 'contributors_live_email' },
  city: { keys: ['c.sort_city', 'c.sort_name'], index: 'contributors_live_sort_city' },
  country: { keys: ['c.country_code', 'c.sort_name'], index: 'contributors_live_country' },
  total: { keys: ['c.pledged_total_cents'], index: 'contributors_live_total', scoped: 'total' },
  lastPledge: {
    keys: ['c.last_pledge_at'],
    index: 'contributors_live_last_pledge',
    scoped: 'last',
  },
};

/** How much a pledge counts in a total: nothing when it failed or was never collected. */
const COUNTED = sql.raw(`CASE WHEN k.payment_status IN ('failed','not_collected') THEN 0
  ELSE k.amount_cents - k.refunded_cents END`);

/**
 * Three ways to get a page of M matches among N contributors, the page ending at row E
 * (offset + limit), with costs measured on 250,000 contributors (CPU time):
 * - sort the matches outright: ~2.2 µs per match;
 * - walk the sort index and check each entry against the matches, which SQLite first builds
 *   into a lookup table: ~0.25 µs per match, plus ~0.35 µs per entry walked (E × N / M);
 *   typed text instead keeps its matched ids as a bitmap (see contributorSearchWalk): ~0.1 µs
 *   per match once per workspace version, ~0.06 µs per entry walked from the nearer end;
 * - filter tokens only: walk the sort index and probe the FTS index per entry: ~40 µs per
 *   probe and token (more for rare tokens) but no lookup table.
 * Sorting outright wins when M² < 0.2 × E × N (a few thousand matches on a first page);
 * probing wins only for broad filters (a country, a big campaign) on the first pages.
 */
const SORT_OUTRIGHT_FACTOR = 0.2;
const PROBE_COST_IN_MATCHES = 300;

/** The plan thresholds; tests set them to 0 or ∞ to check every plan gives the same page. */
export interface SearchTuning {
  sortOutrightFactor: number;
  probeCostInMatches: number;
}
const DEFAULT_TUNING: SearchTuning = {
  sortOutrightFactor: SORT_OUTRIGHT_FACTOR,
  probeCostInMatches: PROBE_COST_IN_MATCHES,
};

function hasPledgeFilter(filters: Filters): boolean {
  return (
    filters.projectId !== undefined ||
    filters.campaignId !== undefined ||
    filters.tierId !== undefined ||
    filters.paymentStatus !== undefined
  );
}

/**
 * The filter tokens for `filters`, or null when the filters contradict each other (a tier of
 * another campaign, a campaign of another project): nobody can match then.
 */
async function filterTokens(db: Kysely<Database>, filters: Filters): Promise<string[] | null> {
  const tokens: string[] = [];
  if (filters.country) tokens.push(facetToken('country', filters.country));
  let campaignId = filters.campaignId;
  if (filters.tierId !== undefined) {
    const tier = await db
      .selectFrom('reward_tiers')
      .select('campaign_id')
      .where('id', '=', filters.tierId)
      .executeTakeFirst();
    if (!tier || (campaignId !== undefined && tier.campaign_id !== campaignId)) return null;
    campaignId = tier.campaign_id;
  }
  if (campaignId !== undefined && filters.projectId !== undefined) {
    const campaign = await db
      .selectFrom('campaigns')
      .select('project_id')
      .where('id', '=', campaignId)
      .executeTakeFirst();
    if (!campaign || campaign.project_id !== filters.projectId) return null;
  }
  // The most precise pledge token implies the others (a tier implies its campaign and project).
  const status = filters.paymentStatus;
  if (filters.tierId !== undefined) tokens.push(facetToken('tier', filters.tierId, status));
  else if (filters.campaignId !== undefined)
    tokens.push(facetToken('campaign', filters.campaignId, status));
  else if (filters.projectId !== undefined)
    tokens.push(facetToken('project', filters.projectId, status));
  else if (status !== undefined) tokens.push(facetToken('status', status));
  return tokens;
}

/** SQL conditions on pledges `k` for the pledge filters (the same rules as the tokens). */
function pledgeConditions(filters: Filters): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [];
  if (filters.projectId !== undefined) {
    conditions.push(
      sql`k.campaign_id IN (SELECT id FROM campaigns WHERE project_id = ${filters.projectId})`,
    );
  }
  if (filters.campaignId !== undefined) conditions.push(sql`k.campaign_id = ${filters.campaignId}`);
  if (filters.tierId !== undefined) {
    conditions.push(sql`(k.tier_id = ${filters.tierId} OR k.id IN
      (SELECT contribution_id FROM contribution_addons WHERE tier_id = ${filters.tierId}))`);
  }
  if (filters.paymentStatus !== undefined)
    conditions.push(sql`k.payment_status = ${filters.paymentStatus}`);
  return conditions;
}

function scopedStat(kind: 'total' | 'last' | 'count', filters: Filters): RawBuilder<unknown> {
  const value =
    kind === 'total'
      ? sql`coalesce(sum(${COUNTED}), 0)`
      : kind === 'last'
        ? sql`max(k.pledged_at)`
        : sql`count(*)`;
  const where = sql.join([sql`k.contributor_id = c.id`, ...pledgeConditions(filters)], sql` AND `);
  // Without statistics SQLite may walk the whole campaign per contributor: name the index.
  return sql`(SELECT ${value} FROM contributions k INDEXED BY contributions_contributor_campaign WHERE ${where})`;
}

function orderBy(sort: NonNullable<SearchInput['sort']>, filters: Filters): RawBuilder<unknown> {
  const spec = SORTS[sort.field];
  const dir = sort.dir === 'desc' ? 'DESC' : 'ASC';
  const keys =
    spec.scoped && hasPledgeFilter(filters)
      ? [scopedStat(spec.scoped, filters)]
      : spec.keys.map((key) => sql.raw(key));
  return sql.join([...keys, sql.raw('c.id')].map((key) => sql`${key} ${sql.raw(dir)}`));
}

/** How many contributors a search matches: counted once while the workspace is unchanged. */
function countMatches(db: Kysely<Database>, match: string | null): Promise<number> {
  return cachedCount(db, `contributors:${match ?? ''}`, async () => {
    const query =
      match === null
        ? sql<{ n: number }>`SELECT count(*) AS n FROM contributors WHERE merged_into_id IS NULL`
        : sql<{
            n: number;
          }>`SELECT count(*) AS n FROM contributor_search WHERE contributor_search MATCH ${match}`;
    const { rows } = await query.execute(db);
    return rows[0]?.n ?? 0;
  });
}

/** What the query is made of, for choosing a plan. */
interface QueryShape {
  match: string | null;
  total: number;
  /** The matched ids of typed text, for walking a sort index against them. */
  matched: MatchedIds | null;
  textTyped: boolean;
  filterTokens: number;
}

/**
 * The ids of one page, choosing how to get them from what the count already told (see
 * SORT_OUTRIGHT_FACTOR): few matches are sorted outright; many are found by walking the index.
 */
async function pageIds(
  db: Kysely<Database>,
  input: SearchInput,
  { match, total, matched, textTyped, filterTokens }: QueryShape,
  tuning: SearchTuning,
): Promise<number[]> {
  const sort = input.sort ?? { field: 'name' as const, dir: 'asc' as const };
  const order = orderBy(sort, input.filters);
  const index = sql.raw(SORTS[sort.field].index);
  const page = sql`LIMIT ${input.limit} OFFSET ${input.offset}`;
  const scopedSort = SORTS[sort.field].scoped !== undefined && hasPledgeFilter(input.filters);
  const country = input.filters.country;
  const countryOnly =
    !textTyped &&
    !hasPledgeFilter(input.filters) &&
    country &&
    (sort.field === 'name' || sort.field === 'country');
  let query: RawBuilder<{ id: number }>;
  if (scopedSort && !textTyped && !country) {
    query = groupedByContributor(input.filters, sort, page);
  } else if (countryOnly) {
    // One country, by name: its slice of the country index is already in order.
    query = sql`SELECT c.id FROM contributors c INDEXED BY contributors_live_country
      WHERE c.merged_into_id IS NULL AND c.country_code = ${country} ORDER BY ${order} ${page}`;
  } else if (match === null) {
    query = sql`SELECT c.id FROM contributors c INDEXED BY ${index}
      WHERE c.merged_into_id IS NULL ORDER BY ${order} ${page}`;
  } else {
    // max(id) stands for the number of contributors: one step down the rowid b-tree.
    const maxId = await sql<{ n: number | null }>`SELECT max(id) AS n FROM contributors`.execute(
      db,
    );
    const all = Math.max(maxId.rows[0]?.n ?? total, total);
    // A walk against the matched ids starts from the nearer end of the list.
    const near = matched ? fromNearerEnd(input.offset, input.limit, total) : input;
    const end = near.offset + near.limit;
    const outright = total * total < tuning.sortOutrightFactor * end * all;
    if (matched && !outright && !scopedSort) {
      const flipped = { field: sort.field, dir: sort.dir === 'desc' ? 'asc' : 'desc' } as const;
      const walk = {
        index,
        order: (reversed: boolean) => orderBy(reversed ? flipped : sort, input.filters),
      };
      return walkedPage(db, matched, walk, input);
    }
    const visited = (end * all) / total;
    // A prefix typed by a person makes each probe re-read every word with that prefix.
    const probe = !textTyped && visited * tuning.probeCostInMatches * filterTokens < total;
    query =
      outright || scopedSort
        ? matchesSorted(match, order, page)
        : indexWalked(match, { index, order, page }, probe);
  }
  const { rows } = await query.execute(db);
  return rows.map((row) => row.id);
}

/**
 * Contributors by their total (or last pledge) within the pledge filters, typed text and country
 * aside: the filtered pledges grouped by contributor, whose groups are exactly the matches (a
 * contributor matches when one of their pledges does). On a campaign the (campaign, contributor,
 * status, amounts, date) index covers it: one pass over the campaign's index entries and a sort
 * of one small row per contributor, instead of a correlated total per match (~10× faster on a
 * campaign of 94,000 pledges).
 */
function groupedByContributor(
  filters: Filters,
  sort: NonNullable<SearchInput['sort']>,
  page: RawBuilder<unknown>,
) {
  const dir = sql.raw(sort.dir === 'desc' ? 'DESC' : 'ASC');
  const value =
    SORTS[sort.field].scoped === 'last'
      ? sql`max(k.pledged_at)`
      : sql`coalesce(sum(${COUNTED}), 0)`;
  const where = sql.join(pledgeConditions(filters), sql` AND `);
  return sql<{ id: number }>`SELECT k.contributor_id AS id FROM contributions k WHERE ${where}
    GROUP BY k.contributor_id ORDER BY ${value} ${dir}, k.contributor_id ${dir} ${page}`;
}

/** Plan 1: look each match up, then sort (CROSS JOIN keeps the matches as the outer loop). */
function matchesSorted(match: string, order: RawBuilder<unknown>, page: RawBuilder<unknown>) {
  return sql<{ id: number }>`SELECT c.id
    FROM contributor_search s CROSS JOIN contributors c ON c.id = s.rowid
    WHERE contributor_search MATCH ${match} ORDER BY ${order} ${page}`;
}

/** Plans 2 and 3: walk the sort index, checking entries against the matches or the FTS index. */
function indexWalked(
  match: string,
  sorted: { index: RawBuilder<unknown>; order: RawBuilder<unknown>; page: RawBuilder<unknown> },
  probe: boolean,
) {
  const filter = probe
    ? sql`EXISTS (SELECT 1 FROM contributor_search WHERE contributor_search MATCH ${match} AND rowid = c.id)`
    : sql`c.id IN (SELECT rowid FROM contributor_search WHERE contributor_search MATCH ${match})`;
  return sql<{ id: number }>`SELECT c.id FROM contributors c INDEXED BY ${sorted.index}
    WHERE c.merged_into_id IS NULL AND ${filter} ORDER BY ${sorted.order} ${sorted.page}`;
}

interface RowData {
  id: number;
  display_name: string;
  email: string | null;
  city: string;
  country_code: string;
  pledge_count: number;
  total_cents: number;
  last_pledge_at: string | null;
}

async function pageRows(
  db: Kysely<Database>,
  ids: number[],
  filters: Filters,
): Promise<ContributorSearchRow[]> {
  if (ids.length === 0) return [];
  const scoped = hasPledgeFilter(filters);
  const stats = scoped
    ? sql`${scopedStat('count', filters)} AS pledge_count, ${scopedStat('total', filters)} AS total_cents,
        ${scopedStat('last', filters)} AS last_pledge_at`
    : sql`c.pledge_count, c.pledged_total_cents AS total_cents, c.last_pledge_at`;
  const { rows } =
    await sql<RowData>`SELECT c.id, c.display_name, c.email, c.city, c.country_code, ${stats}
    FROM contributors c WHERE c.id IN (${sql.join(ids)})`.execute(db);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: row.id,
        displayName: row.display_name,
        email: row.email,
        city: row.city,
        countryCode: row.country_code,
        pledgeCount: row.pledge_count,
        totalCents: row.total_cents,
        lastPledgeAt: row.last_pledge_at,
      },
    ];
  });
}

/**
 * One page of live (not merged) contributors matching typed text and filters, with the total.
 * Text matches the start of any word of the name, email, postal code or city, accents and case
 * ignored. Text and filters become one FTS5 query, so the total is one cheap count.
 */
export async function searchContributors(
  db: Kysely<Database>,
  input: SearchInput,
  tuning: SearchTuning = DEFAULT_TUNING,
): Promise<{ rows: ContributorSearchRow[]; total: number }> {
  await syncContributorSearch(db);
  const tokens = await filterTokens(db, input.filters);
  if (tokens === null) return { rows: [], total: 0 };
  const text = input.query === undefined ? null : textQuery(input.query);
  const match = searchExpression(text, tokens);
  // Typed text: its matched ids (read about as fast as counting them) give the total and pages.
  const matched = text !== null && match !== null ? await matchedIds(db, match) : null;
  const total = matched ? matched.size : await countMatches(db, match);
  if (total === 0 || input.offset >= total) return { rows: [], total };
  const shape = { match, total, matched, textTyped: text !== null, filterTokens: tokens.length };
  const ids = await pageIds(db, input, shape, tuning);
  return { rows: await pageRows(db, ids, input.filters), total };
}
