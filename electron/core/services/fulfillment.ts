import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import {
  fulfillmentStatuses,
  nextFulfillmentStatuses,
  type FulfillmentRow,
  type FulfillmentStatus,
  type FulfillmentSummary,
  type ParsedInput,
} from '../../../shared/contract';
import { AppError, apiMessage, type LocalizedText } from '../../../shared/errors';
import type { Database } from '../db/schema';
import { audit, diff } from './audit';
import { foldForSort, syncContributorSearch } from './contributorSearchIndex';
import { cachedCount, fromNearerEnd } from './listCounts';
import { requireProject } from './ownership';

type ListInput = ParsedInput<'fulfillment.list'>;
type UpdateInput = ParsedInput<'fulfillment.update'>;

/**
 * The joins every list query shares: a line, its pledge, campaign, contributor and item.
 * `inNameOrder` walks contributors in their sort index (CROSS JOIN fixes SQLite's join order): a
 * page sorted by name then reads only the rows it shows instead of sorting every line of the
 * project. Otherwise SQLite picks the order (from the project's campaigns).
 */
function linesOfProject(
  db: Kysely<Database>,
  projectId: number,
  campaignId: number | undefined,
  inNameOrder = false,
): LinesQuery<object> {
  let query: LinesQuery<object> = inNameOrder
    ? db
        .selectFrom('contributors as c')
        .crossJoin('contributions as k')
        .crossJoin('campaigns as cp')
        .crossJoin('fulfillment_lines as f')
        .innerJoin('reward_items as i', 'i.id', 'f.item_id')
        .whereRef('k.contributor_id', '=', 'c.id')
        .whereRef('cp.id', '=', 'k.campaign_id')
        .whereRef('f.contribution_id', '=', 'k.id')
    : db
        .selectFrom('fulfillment_lines as f')
        .innerJoin('contributions as k', 'k.id', 'f.contribution_id')
        .innerJoin('campaigns as cp', 'cp.id', 'k.campaign_id')
        .innerJoin('contributors as c', 'c.id', 'k.contributor_id')
        .innerJoin('reward_items as i', 'i.id', 'f.item_id');
  // Pledges always belong to a live contributor (a merge moves them): saying so lets SQLite
  // use the partial sort indexes on live contributors.
  query = query.where('cp.project_id', '=', projectId).where('c.merged_into_id', 'is', null);
  if (campaignId !== undefined) query = query.where('k.campaign_id', '=', campaignId);
  return query;
}

type LinesQuery<O> = SelectQueryBuilder<
  Database & {
    f: Database['fulfillment_lines'];
    k: Database['contributions'];
    cp: Database['campaigns'];
    c: Database['contributors'];
    i: Database['reward_items'];
  },
  'f' | 'k' | 'cp' | 'c' | 'i',
  O
>;

/** `%` and `_` typed by a user are letters, not wildcards. */
function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function applyFilters<O>(query: LinesQuery<O>, filters: ListInput['filters']): LinesQuery<O> {
  let filtered = query;
  if (filters.status !== undefined) filtered = filtered.where('f.status', '=', filters.status);
  if (filters.itemId !== undefined) filtered = filtered.where('f.item_id', '=', filters.itemId);
  const text = filters.query?.trim() ?? '';
  if (text !== '') {
    const name = likePrefix(foldForSort(text));
    const raw = likePrefix(text);
    filtered = filtered.where(
      sql<boolean>`(c.sort_name LIKE ${name} ESCAPE '\\' OR c.email LIKE ${raw} ESCAPE '\\'
        OR f.tracking_number LIKE ${raw} ESCAPE '\\')`,
    );
  }
  if (filters.missingAddress === true) {
    filtered = filtered
      .where('i.ships', '=', 1)
      .where((eb) =>
        eb.or([
          eb('c.address_line1', '=', ''),
          eb('c.city', '=', ''),
          eb('c.country_code', '=', ''),
        ]),
      );
  }
  return filtered;
}

function applySort<O>(query: LinesQuery<O>, sort: ListInput['sort']): LinesQuery<O> {
  const { dir } = sort;
  switch (sort.field) {
    case 'contributor':
      return query.orderBy('c.sort_name', dir).orderBy('c.id', dir).orderBy('f.id', dir);
    case 'country':
      return query
        .orderBy('c.country_code', dir)
        .orderBy('c.sort_name', dir)
        .orderBy('c.id', dir)
        .orderBy('f.id', dir);
    case 'item':
      return query.orderBy('i.name', dir).orderBy('f.id', dir);
    case 'status':
      return query.orderBy('f.status', dir).orderBy('f.id', dir);
    case 'updatedAt':
      return query.orderBy('f.updated_at', dir).orderBy('f.id', dir);
  }
}

const rowColumns = [
  'f.id',
  'f.contribution_id',
  'k.contributor_id',
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

function toRow(raw: RawRow): FulfillmentRow {
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

/** The page query, exposed so tests can read its plan (EXPLAIN QUERY PLAN). */
export function fulfillmentPageQuery(db: Kysely<Database>, input: ListInput) {
  const inNameOrder = input.sort.field === 'contributor' || input.sort.field === 'country';
  const lines = linesOfProject(db, input.projectId, input.campaignId, inNameOrder);
  const base = applyFilters(lines, input.filters);
  return applySort(base.select(rowColumns), input.sort).limit(input.limit).offset(input.offset);
}

/**
 * How many lines the campaigns in `campaignIds` hold, without joining a line to anything: all
 * lines minus those of the other campaigns when these hold most pledges (one project per
 * workspace, the usual case, then costs one count of the lines index).
 */
async function linesOfCampaigns(db: Kysely<Database>, campaignIds: number[]): Promise<number> {
  if (campaignIds.length === 0) return 0;
  const pledges = await sql<{ mine: number; everyone: number }>`SELECT
    (SELECT count(*) FROM contributions WHERE campaign_id IN (${sql.join(campaignIds)})) AS mine,
    (SELECT count(*) FROM contributions) AS everyone`.execute(db);
  const mine = pledges.rows[0]?.mine ?? 0;
  const all = pledges.rows[0]?.everyone ?? 0;
  const linesOf = (negate: boolean) => sql<{ n: number }>`SELECT count(*) AS n
    FROM contributions k CROSS JOIN fulfillment_lines f ON f.contribution_id = k.id
    WHERE k.campaign_id ${sql.raw(negate ? 'NOT IN' : 'IN')} (${sql.join(campaignIds)})`;
  if (mine * 2 <= all) return (await linesOf(false).execute(db)).rows[0]?.n ?? 0;
  const total = await sql<{ n: number }>`SELECT count(*) AS n FROM fulfillment_lines`.execute(db);
  const others = (await linesOf(true).execute(db)).rows[0]?.n ?? 0;
  return (total.rows[0]?.n ?? 0) - others;
}

/** The number of lines `input` matches; kept while the workspace is unchanged (scrolling). */
function countLines(db: Kysely<Database>, input: ListInput): Promise<number> {
  const key = JSON.stringify([
    'fulfillment.list',
    input.projectId,
    input.campaignId,
    input.filters,
  ]);
  return cachedCount(db, key, async () => {
    const { filters } = input;
    const unfiltered =
      filters.status === undefined &&
      filters.itemId === undefined &&
      (filters.query?.trim() ?? '') === '' &&
      filters.missingAddress !== true;
    if (unfiltered) {
      const campaigns = await db
        .selectFrom('campaigns')
        .select('id')
        .where('project_id', '=', input.projectId)
        .$if(input.campaignId !== undefined, (q) => q.where('id', '=', input.campaignId ?? 0))
        .execute();
      return linesOfCampaigns(
        db,
        campaigns.map((c) => c.id),
      );
    }
    const base = applyFilters(linesOfProject(db, input.projectId, input.campaignId), filters);
    const counted = await base
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow();
    return Number(counted.total);
  });
}

export async function listFulfillment(
  db: Kysely<Database>,
  input: ListInput,
): Promise<{ rows: FulfillmentRow[]; total: number }> {
  await requireProject(db, input.projectId);
  // Sorting by name reads the folded sort keys, refreshed lazily after writes.
  await syncContributorSearch(db);
  const total = await countLines(db, input);
  if (input.offset >= total) return { rows: [], total };
  // Far down the list, the page is found from the other end (see fromNearerEnd).
  const { reversed, offset, limit } = fromNearerEnd(input.offset, input.limit, total);
  const dir = reversed === (input.sort.dir === 'asc') ? 'desc' : 'asc';
  const page = { ...input, offset, limit, sort: { ...input.sort, dir } } satisfies ListInput;
  const rows = (await fulfillmentPageQuery(db, page).execute()).map(toRow);
  return { rows: reversed ? rows.reverse() : rows, total };
}

export async function fulfillmentSummary(
  db: Kysely<Database>,
  input: ParsedInput<'fulfillment.summary'>,
): Promise<FulfillmentSummary> {
  await requireProject(db, input.projectId);
  const lines = linesOfProject(db, input.projectId, input.campaignId);
  const statusRows = await lines
    .select(['f.status', (eb) => eb.fn.countAll<number>().as('lines')])
    .groupBy('f.status')
    .execute();
  const byStatus = Object.fromEntries(fulfillmentStatuses.map((s) => [s, 0])) as Record<
    FulfillmentStatus,
    number
  >;
  let total = 0;
  for (const row of statusRows) {
    byStatus[row.status as FulfillmentStatus] = Number(row.lines);
    total += Number(row.lines);
  }
  const itemRows = await lines
    .select([
      'f.item_id',
      'i.name',
      'i.ships',
      (eb) => eb.fn.countAll<number>().as('lines'),
      sql<number>`coalesce(sum(CASE WHEN f.status IN ('pending','ready') THEN f.quantity END), 0)`.as(
        'to_ship',
      ),
      sql<number>`coalesce(sum(CASE WHEN f.status IN ('shipped','delivered') THEN f.quantity END), 0)`.as(
        'shipped',
      ),
    ])
    .groupBy('f.item_id')
    .orderBy('i.name')
    .orderBy('f.item_id')
    .execute();
  return {
    byStatus,
    total,
    byItem: itemRows.map((row) => ({
      itemId: row.item_id,
      itemName: row.name,
      ships: row.ships === 1,
      lines: Number(row.lines),
      toShip: Number(row.to_ship),
      shipped: Number(row.shipped),
    })),
  };
}

async function lineRow(db: Kysely<Database>, id: number): Promise<FulfillmentRow> {
  const raw = await db
    .selectFrom('fulfillment_lines as f')
    .innerJoin('contributions as k', 'k.id', 'f.contribution_id')
    .innerJoin('contributors as c', 'c.id', 'k.contributor_id')
    .innerJoin('reward_items as i', 'i.id', 'f.item_id')
    .select(rowColumns)
    .where('f.id', '=', id)
    .executeTakeFirst();
  if (!raw) {
    const ids = { id: String(id) };
    throw new AppError('not_found', apiMessage('apiErrors.fulfillmentMissing', ids), [
      { path: ['id'], message: apiMessage('apiErrors.fulfillmentNoSuch', ids) },
    ]);
  }
  return toRow(raw);
}

function refuse(field: string, message: LocalizedText): AppError {
  return new AppError('validation', apiMessage('apiErrors.fulfillmentLine', { detail: message }), [
    { path: [field], message },
  ]);
}

/** Today as the user's calendar has it (YYYY-MM-DD). */
function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function updateFulfillment(
  db: Kysely<Database>,
  input: UpdateInput,
  now: Date = new Date(),
): Promise<FulfillmentRow> {
  return db.transaction().execute(async (trx) => {
    const before = await lineRow(trx, input.id);
    const status = input.status ?? before.status;
    if (status !== before.status) {
      if (status === 'shipped' && !before.ships) {
        throw refuse(
          'status',
          apiMessage('apiErrors.fulfillment.notShipped', { item: before.itemName }),
        );
      }
      if (!nextFulfillmentStatuses(before.status, before.ships).includes(status)) {
        throw refuse(
          'status',
          apiMessage('apiErrors.fulfillment.cannotGo', { from: before.status, to: status }),
        );
      }
    }
    const today = localToday(now);
    let shippedOn = input.shippedOn === undefined ? before.shippedOn : input.shippedOn;
    let deliveredOn = input.deliveredOn === undefined ? before.deliveredOn : input.deliveredOn;
    if (status === 'shipped' && before.status !== 'shipped') shippedOn ??= today;
    if (status === 'delivered' && before.status !== 'delivered') deliveredOn ??= today;
    if (shippedOn !== null && deliveredOn !== null && before.ships && deliveredOn < shippedOn) {
      throw refuse(
        'deliveredOn',
        apiMessage('apiErrors.fulfillment.deliveredBeforeShipped', {
          deliveredOn: { date: deliveredOn },
          shippedOn: { date: shippedOn },
        }),
      );
    }
    const patch: Partial<FulfillmentRow> = {
      status,
      carrier: input.carrier ?? before.carrier,
      trackingNumber: input.trackingNumber ?? before.trackingNumber,
      shippedOn,
      deliveredOn,
      notes: input.notes ?? before.notes,
    };
    const changes = diff(before, patch);
    if (Object.keys(changes).length === 0) return before;
    await trx
      .updateTable('fulfillment_lines')
      .set({
        status,
        carrier: patch.carrier,
        tracking_number: patch.trackingNumber,
        shipped_on: shippedOn,
        delivered_on: deliveredOn,
        notes: patch.notes,
        updated_at: now.toISOString(),
      })
      .where('id', '=', input.id)
      .execute();
    await audit(
      trx,
      'fulfillment_line',
      input.id,
      'status' in changes ? 'status' : 'update',
      changes,
    );
    return lineRow(trx, input.id);
  });
}
