import { sql, type Kysely, type RawBuilder } from 'kysely';
import type {
  Contribution,
  ContributionSortField,
  ParsedInput,
  PaymentMethod,
  PaymentStatus,
} from '../../../shared/contract';
import type { Database } from '../db/schema';
import { cachedCount, fromNearerEnd } from './listCounts';
import { campaignRow } from './rewards';

/** A pledge with its contributor, campaign currency and tier title: what a Contribution shows. */
export function contributionsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('contributions as k')
    .innerJoin('contributors as c', 'c.id', 'k.contributor_id')
    .innerJoin('campaigns as ca', 'ca.id', 'k.campaign_id')
    .leftJoin('reward_tiers as t', 't.id', 'k.tier_id')
    .selectAll('k')
    .select(['c.display_name', 'c.email', 'ca.currency', 't.title as tier_title']);
}

type ContributionQueryRow = Awaited<
  ReturnType<ReturnType<typeof contributionsQuery>['executeTakeFirstOrThrow']>
>;

export function toContribution(row: ContributionQueryRow): Contribution {
  return {
    id: row.id,
    contributorId: row.contributor_id,
    contributorName: row.display_name,
    contributorEmail: row.email,
    campaignId: row.campaign_id,
    currency: row.currency,
    tierId: row.tier_id,
    tierTitle: row.tier_title,
    amountCents: row.amount_cents,
    bonusCents: row.bonus_cents,
    shippingCents: row.shipping_cents,
    pledgedAt: row.pledged_at,
    paymentStatus: row.payment_status as PaymentStatus,
    paymentMethod: row.payment_method as PaymentMethod | '',
    refundedCents: row.refunded_cents,
    refundedOn: row.refunded_on,
    externalId: row.external_id,
    missingFromLastImport: row.missing_from_last_import === 1,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

type ListInput = ParsedInput<'contributions.list'>;

/**
 * The sort keys, most significant first; the pledge id then breaks ties in the same direction.
 * Within a status, newest first (or last) follows the status index. A contributor sorts by
 * name under NOCASE (ASCII letters folded), a tier by its place in the campaign (then its id,
 * should two tiers share a place), no tier last.
 */
const SORT_KEYS: Record<ContributionSortField, readonly RawBuilder<unknown>[]> = {
  pledgedAt: [sql.raw('k.pledged_at')],
  amount: [sql.raw('k.amount_cents')],
  contributor: [sql.raw('c.display_name COLLATE NOCASE')],
  // Only for sorting a few matches outright; otherwise see tierPageIds.
  tier: [
    sql.raw('coalesce((SELECT t.position FROM reward_tiers t WHERE t.id = k.tier_id), 1e18)'),
    sql.raw('coalesce(k.tier_id, 0)'),
  ],
  status: [sql.raw('k.payment_status'), sql.raw('k.pledged_at')],
};

/**
 * Sorting by contributor walks the contributors' name index and fetches each one's pledges in
 * the campaign by the (campaign, contributor) index (CROSS JOIN fixes that order in SQLite):
 * a page then costs its offset in index steps instead of a sort of the whole campaign.
 */
const FROM_CONTRIBUTOR_ORDER = sql.raw(
  'contributors c INDEXED BY contributors_name CROSS JOIN contributions k ON k.contributor_id = c.id',
);

/**
 * The first string after every string starting with `prefix` (under NOCASE, which folds ASCII
 * letters only): "mar" → "mas". A prefix search then is a range an index can walk.
 */
export function prefixEnd(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1) ?? 0;
  return prefix.slice(0, -1) + String.fromCodePoint(last + 1);
}

/** The WHERE clause of the list: the campaign and the filters given. */
function conditions(input: ListInput): RawBuilder<unknown> {
  const where: RawBuilder<unknown>[] = [sql`k.campaign_id = ${input.campaignId}`];
  const status = input.filters.status ?? input.paymentStatus;
  if (status !== undefined) where.push(sql`k.payment_status = ${status}`);
  const tierId = input.filters.tierId;
  if (tierId === null) where.push(sql`k.tier_id IS NULL`);
  else if (tierId !== undefined) where.push(sql`k.tier_id = ${tierId}`);
  const text = input.filters.query?.toLowerCase() ?? '';
  if (text !== '') {
    // Two index ranges (name, email) give the contributors; their pledges come by the
    // (campaign, contributor) index, so a typed prefix never reads every pledge in full.
    const end = prefixEnd(text);
    where.push(sql`k.contributor_id IN (
      SELECT id FROM contributors
        WHERE display_name COLLATE NOCASE >= ${text} AND display_name COLLATE NOCASE < ${end}
      UNION SELECT id FROM contributors
        WHERE email COLLATE NOCASE >= ${text} AND email COLLATE NOCASE < ${end}
          AND merged_into_id IS NULL)`);
  }
  return sql.join(where, sql` AND `);
}

/**
 * Filtered lists with at most this many matches are sorted outright (~0.5 µs a match, so a few
 * ms) rather than found by walking a sort index: a walk skips the entries that fail the filter,
 * and when the filter and the sort are correlated (the cheapest tier by amount, descending) it
 * reads nearly the whole campaign before it fills a page.
 */
const SORT_OUTRIGHT_MAX = 30_000;

interface Page {
  offset: number;
  limit: number;
}

/**
 * A page sorted by tier: the campaign's tiers in order, each tier's pledges by id from the
 * (campaign, tier) index (CROSS JOIN keeps tiers as the outer loop, so nothing is sorted), then
 * the pledges without a tier, last in ascending order and first in descending order.
 */
async function tierPageIds(
  db: Kysely<Database>,
  input: ListInput,
  where: RawBuilder<unknown>,
  total: number,
): Promise<number[]> {
  const desc = input.sort.dir === 'desc';
  const dir = sql.raw(desc ? 'DESC' : 'ASC');
  const untiered = await sql<{ n: number }>`SELECT count(*) AS n FROM contributions k
    WHERE ${where} AND k.tier_id IS NULL`.execute(db);
  const withoutTier = untiered.rows[0]?.n ?? 0;
  const parts = [
    {
      count: total - withoutTier,
      ids: (page: Page) => sql<{ id: number }>`SELECT k.id
        FROM reward_tiers t INDEXED BY reward_tiers_campaign
        CROSS JOIN contributions k INDEXED BY contributions_campaign_tier_id
          ON k.campaign_id = t.campaign_id AND k.tier_id = t.id
        WHERE t.campaign_id = ${input.campaignId} AND ${where}
        ORDER BY t.position ${dir}, t.id ${dir}, k.id ${dir}
        LIMIT ${page.limit} OFFSET ${page.offset}`,
    },
    {
      count: withoutTier,
      ids: (page: Page) => sql<{ id: number }>`SELECT k.id FROM contributions k
        WHERE ${where} AND k.tier_id IS NULL ORDER BY k.id ${dir}
        LIMIT ${page.limit} OFFSET ${page.offset}`,
    },
  ];
  if (desc) parts.reverse();
  const ids: number[] = [];
  let skip = input.offset;
  for (const part of parts) {
    const wanted = input.limit - ids.length;
    if (wanted <= 0) break;
    if (skip >= part.count) {
      skip -= part.count;
      continue;
    }
    const { rows } = await part.ids({ offset: skip, limit: wanted }).execute(db);
    ids.push(...rows.map((row) => row.id));
    skip = 0;
  }
  return ids;
}

function isFiltered(input: ListInput): boolean {
  return (
    input.filters.status !== undefined ||
    input.paymentStatus !== undefined ||
    input.filters.tierId !== undefined ||
    (input.filters.query ?? '') !== ''
  );
}

/** A page of ids in any other order: walked along a sort index, or few matches sorted outright. */
async function sortedPageIds(
  db: Kysely<Database>,
  input: ListInput,
  where: RawBuilder<unknown>,
  total: number,
): Promise<number[]> {
  const outright = isFiltered(input) && total <= SORT_OUTRIGHT_MAX;
  const { reversed, ...page } = fromNearerEnd(input.offset, input.limit, total);
  const ascending = (input.sort.dir === 'asc') !== reversed;
  const dir = sql.raw(ascending ? 'ASC' : 'DESC');
  const from =
    input.sort.field === 'contributor' && !outright
      ? FROM_CONTRIBUTOR_ORDER
      : input.sort.field === 'contributor'
        ? sql.raw('contributions k JOIN contributors c ON c.id = k.contributor_id')
        : sql.raw('contributions k');
  // A unary + keeps SQLite from walking the sort key's index when sorting outright is cheaper
  // (the contributor's name is on another table: no pledge index to avoid).
  const plus = outright && input.sort.field !== 'contributor';
  const keys = SORT_KEYS[input.sort.field].map((key) => (plus ? sql`+${key}` : key));
  const order = sql.join([...keys, sql.raw('k.id')].map((key) => sql`${key} ${dir}`));
  const { rows } = await sql<{ id: number }>`SELECT k.id FROM ${from} WHERE ${where}
    ORDER BY ${order} LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  const ids = rows.map((row) => row.id);
  return reversed ? ids.reverse() : ids;
}

/**
 * One page of a campaign's pledges and how many match. The page is found on ids alone (indexes
 * on campaign + sort key cover it, so a far OFFSET skips index entries, not joined rows), then
 * only its rows are read in full.
 */
export async function listContributions(
  db: Kysely<Database>,
  input: ListInput,
): Promise<{ rows: Contribution[]; total: number }> {
  await campaignRow(db, input.campaignId);
  const where = conditions(input);
  const countKey = JSON.stringify([
    'contributions.list',
    input.campaignId,
    input.paymentStatus,
    input.filters,
  ]);
  const total = await cachedCount(db, countKey, async () => {
    const counted = await sql<{ n: number }>`SELECT count(*) AS n FROM contributions k
      WHERE ${where}`.execute(db);
    return counted.rows[0]?.n ?? 0;
  });
  if (input.offset >= total) return { rows: [], total };
  const ids =
    input.sort.field === 'tier' && !(isFiltered(input) && total <= SORT_OUTRIGHT_MAX)
      ? await tierPageIds(db, input, where, total)
      : await sortedPageIds(db, input, where, total);
  if (ids.length === 0) return { rows: [], total };
  const rows = await contributionsQuery(db).where('k.id', 'in', ids).execute();
  const byId = new Map(rows.map((row) => [row.id, toContribution(row)]));
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), total };
}
