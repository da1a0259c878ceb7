import { sql, type Kysely, type RawBuilder } from 'kysely';
import type {
  FulfillmentRow,
  FulfillmentSortField,
  FulfillmentStatus,
  ParsedInput,
} from '../../../shared/contract';
import type { Database } from '../db/schema';
import { foldForSort, syncContributorSearch } from './contributorSearchIndex';
import { cachedCount, cachedValue, fromNearerEnd } from './listCounts';
import { requireProject } from './ownership';

type ListInput = ParsedInput<'fulfillment.list'>;

/**
 * Each sort walks one index of migration 0006, led by the project, in the order of its keys (the
 * line id last breaks ties). Those indexes also carry every filtered column, so a filtered walk,
 * however long, reads no table row: only the page's rows are then read.
 */
const SORT_WALKS: Record<FulfillmentSortField, { index: string; keys: readonly string[] }> = {
  contributor: {
    index: 'fulfillment_lines_list_contributor',
    keys: ['sort_name', 'contributor_id', 'id'],
  },
  country: {
    index: 'fulfillment_lines_list_country',
    keys: ['country_code', 'sort_name', 'contributor_id', 'id'],
  },
  item: { index: 'fulfillment_lines_list_item', keys: ['item_name', 'id'] },
  status: { index: 'fulfillment_lines_list_status', keys: ['status', 'id'] },
  updatedAt: { index: 'fulfillment_lines_list_updated', keys: ['updated_at', 'id'] },
};

/** The narrowest index holding every filtered column: what a count walks. */
const COUNT_INDEX = 'fulfillment_lines_list_status';

/** `%` and `_` typed by a user are letters, not wildcards. */
function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The FTS5 query for contributors whose name or email may start with what was typed: the first
 * word must start a name or email (`^`), the others start any word of them. A superset of the
 * exact prefix test, which then runs on these few contributors only.
 */
function startQuery(text: string): string | null {
  const phrases: string[] = [];
  for (const word of text.normalize('NFC').split(/\s+/)) {
    const tokens = word.match(/[\p{L}\p{N}\p{M}]+/gu);
    // Tokens hold letters, digits and marks only: nothing FTS5 could read as syntax.
    if (tokens) phrases.push(`"${tokens.join(' ')}"*`);
  }
  if (phrases.length === 0) return null;
  return `{name email} : (^${phrases.join(' AND ')})`;
}

/** What a text filter matches, found before the list query runs. */
interface TextMatch {
  /** The raw LIKE pattern of tracking numbers. */
  tracking: string;
  /** `[sort_name, id]` of each contributor whose name or email starts with the text, as JSON. */
  contributors: string | null;
}

/**
 * Contributors whose name or email starts with `text` (accents and case ignored): the contributor
 * search index (FTS5) narrows them down, the exact prefix test runs on those few only.
 */
async function textMatch(db: Kysely<Database>, text: string): Promise<TextMatch> {
  const raw = likePrefix(text);
  const words = startQuery(text);
  if (words === null) return { tracking: raw, contributors: null };
  const { rows } = await sql<{ sort_name: string; id: number }>`SELECT c.sort_name, c.id
    FROM contributor_search s JOIN contributors c ON c.id = s.rowid
    WHERE contributor_search MATCH ${words}
      AND (c.sort_name LIKE ${likePrefix(foldForSort(text))} ESCAPE '\\'
        OR c.email LIKE ${raw} ESCAPE '\\')`.execute(db);
  return { tracking: raw, contributors: JSON.stringify(rows.map((r) => [r.sort_name, r.id])) };
}

/** The filters other than text on the lines aliased `alias`: only columns the list indexes carry. */
function filterConditions(input: ListInput, alias: 'f' | 't'): RawBuilder<boolean> {
  const { filters } = input;
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const where: RawBuilder<boolean>[] = [sql`${column('project_id')} = ${input.projectId}`];
  if (input.campaignId !== undefined) {
    where.push(sql`${column('campaign_id')} = ${input.campaignId}`);
  }
  if (filters.status !== undefined) where.push(sql`${column('status')} = ${filters.status}`);
  if (filters.itemId !== undefined) where.push(sql`${column('item_id')} = ${filters.itemId}`);
  if (filters.missingAddress === true) where.push(sql`${column('address_missing')} = 1`);
  return sql.join(where, sql` AND `);
}

/** Lines aliased `t` whose tracking number starts with the text, through their own index. */
function trackingLines(
  input: ListInput,
  text: TextMatch,
  columns = sql`t.id`,
): RawBuilder<{ id: number }> {
  return sql<{ id: number }>`SELECT ${columns} FROM fulfillment_lines t
    INDEXED BY fulfillment_lines_tracking
    WHERE ${filterConditions(input, 't')} AND t.tracking_number <> ''
      AND t.tracking_number LIKE ${text.tracking} ESCAPE '\\'`;
}

/** Lines aliased `f` of the contributors in `pairs`, sought by (sort name, id) in their index. */
function contributorLines(
  input: ListInput,
  pairs: string,
  columns = sql`f.id`,
): RawBuilder<{ id: number }> {
  return sql<{ id: number }>`SELECT ${columns} FROM fulfillment_lines f
    INDEXED BY fulfillment_lines_list_contributor
    WHERE ${filterConditions(input, 'f')} AND (f.sort_name, f.contributor_id) IN
      (SELECT value ->> 0, value ->> 1 FROM json_each(${pairs}))`;
}

/** The WHERE of a page on `fulfillment_lines f`: membership tests only, no table read. */
function conditions(input: ListInput, text: TextMatch | null): RawBuilder<boolean> {
  const filtered = filterConditions(input, 'f');
  if (text === null) return filtered;
  const tracking = sql<boolean>`f.id IN (${trackingLines(input, text)})`;
  if (text.contributors === null) return sql<boolean>`${filtered} AND ${tracking}`;
  return sql<boolean>`${filtered} AND (f.contributor_id IN
    (SELECT value ->> 1 FROM json_each(${text.contributors})) OR ${tracking})`;
}

/** The ids of one page, in order: a walk along the sort's index (exposed for its query plan). */
export function fulfillmentPageQuery(
  input: ListInput,
  text: TextMatch | null = null,
): RawBuilder<{ id: number }> {
  const walk = SORT_WALKS[input.sort.field];
  const dir = sql.raw(input.sort.dir === 'desc' ? 'DESC' : 'ASC');
  const orderBy = (alias: string) =>
    sql.join(
      walk.keys.map((key) => sql`${sql.ref(`${alias}.${key}`)} ${dir}`),
      sql`, `,
    );
  const page = sql`LIMIT ${input.limit} OFFSET ${input.offset}`;
  if (input.sort.field === 'contributor' && text !== null && text.contributors !== null) {
    // Matching names lie together in name order, maybe far from the start: seek them instead of
    // walking there, and sort the few lines found.
    const keys = (alias: string) =>
      sql.raw(`${alias}.id, ${alias}.sort_name, ${alias}.contributor_id`);
    return sql<{
      id: number;
    }>`SELECT m.id FROM (${contributorLines(input, text.contributors, keys('f'))}
      UNION ${trackingLines(input, text, keys('t'))}) m ORDER BY ${orderBy('m')} ${page}`;
  }
  return sql<{ id: number }>`SELECT f.id FROM fulfillment_lines f INDEXED BY ${sql.raw(walk.index)}
    WHERE ${conditions(input, text)} ORDER BY ${orderBy('f')} ${page}`;
}

/**
 * The number of lines `input` matches; kept while the workspace is unchanged (scrolling). With
 * text, the lines of the matching contributors are sought by (sort name, id) in their index and
 * added to those of matching tracking numbers.
 */
function countLines(
  db: Kysely<Database>,
  input: ListInput,
  text: TextMatch | null,
): Promise<number> {
  const key = JSON.stringify([
    'fulfillment.list',
    input.projectId,
    input.campaignId,
    input.filters,
  ]);
  return cachedCount(db, key, async () => {
    let counted: RawBuilder<{ n: number }>;
    if (text === null) {
      counted = sql`SELECT count(*) AS n FROM fulfillment_lines f INDEXED BY ${sql.raw(COUNT_INDEX)}
        WHERE ${filterConditions(input, 'f')}`;
    } else {
      const byContributor =
        text.contributors === null
          ? sql``
          : sql`${contributorLines(input, text.contributors)} UNION `;
      counted = sql`SELECT count(*) AS n FROM (${byContributor}${trackingLines(input, text)})`;
    }
    const { rows } = await counted.execute(db);
    return rows[0]?.n ?? 0;
  });
}

export const rowColumns = [
  'f.id',
  'f.contribution_id',
  'f.contributor_id',
  'c.display_name',
  'c.country_code',
  'c.city',
  'c.postal_code',
  'f.item_id',
  'i.name as item_name',
  'i.ships',
  'f.quantity',
  'f.status',
  'f.carrier',
  'f.tracking_number',
  'f.shipped_on',
  'f.delivered_on',
  'f.notes',
] as const;

interface RawRow {
  id: number;
  contribution_id: number;
  contributor_id: number;
  display_name: string;
  country_code: string;
  city: string;
  postal_code: string;
  item_id: number;
  item_name: string;
  ships: number;
  quantity: number;
  status: string;
  carrier: string;
  tracking_number: string;
  shipped_on: string | null;
  delivered_on: string | null;
  notes: string;
}

export function toRow(raw: RawRow): FulfillmentRow {
  return {
    id: raw.id,
    contributionId: raw.contribution_id,
    contributorId: raw.contributor_id,
    contributorName: raw.display_name,
    country: raw.country_code,
    city: raw.city,
    postalCode: raw.postal_code,
    itemId: raw.item_id,
    itemName: raw.item_name,
    ships: raw.ships === 1,
    quantity: raw.quantity,
    status: raw.status as FulfillmentStatus,
    carrier: raw.carrier,
    trackingNumber: raw.tracking_number,
    shippedOn: raw.shipped_on,
    deliveredOn: raw.delivered_on,
    notes: raw.notes,
  };
}

/** The lines of `ids`, in that order. */
async function rowsOf(db: Kysely<Database>, ids: number[]): Promise<FulfillmentRow[]> {
  if (ids.length === 0) return [];
  const found = await db
    .selectFrom('fulfillment_lines as f')
    .innerJoin('contributors as c', 'c.id', 'f.contributor_id')
    .innerJoin('reward_items as i', 'i.id', 'f.item_id')
    .select(rowColumns)
    .where('f.id', 'in', ids)
    .execute();
  const byId = new Map(found.map((raw) => [raw.id, toRow(raw)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function listFulfillment(
  db: Kysely<Database>,
  input: ListInput,
): Promise<{ rows: FulfillmentRow[]; total: number }> {
  await requireProject(db, input.projectId);
  // Sorting by name reads the folded sort keys, refreshed lazily after writes (their lines
  // follow by trigger); the text filter reads the search index.
  await syncContributorSearch(db);
  const typed = input.filters.query?.trim() ?? '';
  // What the text matches, kept while scrolling like the count.
  const text =
    typed === ''
      ? null
      : await cachedValue(db, JSON.stringify(['fulfillment.text', typed]), () =>
          textMatch(db, typed),
        );
  const total = await countLines(db, input, text);
  if (input.offset >= total) return { rows: [], total };
  // Far down the list, the page is found from the other end (see fromNearerEnd).
  const { reversed, offset, limit } = fromNearerEnd(input.offset, input.limit, total);
  const dir = reversed === (input.sort.dir === 'asc') ? 'desc' : 'asc';
  const page = { ...input, offset, limit, sort: { ...input.sort, dir } } satisfies ListInput;
  const ids = (await fulfillmentPageQuery(page, text).execute(db)).rows.map((row) => row.id);
  const rows = await rowsOf(db, reversed ? ids.reverse() : ids);
  return { rows, total };
}
