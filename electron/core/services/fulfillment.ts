import { sql, type Kysely } from 'kysely';
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
import { rowColumns, toRow } from './fulfillmentList';
import { requireProject } from './ownership';

type UpdateInput = ParsedInput<'fulfillment.update'>;

export { fulfillmentPageQuery, listFulfillment } from './fulfillmentList';

export async function fulfillmentSummary(
  db: Kysely<Database>,
  input: ParsedInput<'fulfillment.summary'>,
): Promise<FulfillmentSummary> {
  await requireProject(db, input.projectId);
  // The list columns of migration 0006: one pass over the project's status index.
  const lines = db
    .selectFrom('fulfillment_lines as f')
    .innerJoin('reward_items as i', 'i.id', 'f.item_id')
    .where('f.project_id', '=', input.projectId)
    .$if(input.campaignId !== undefined, (q) =>
      q.where('f.campaign_id', '=', input.campaignId ?? 0),
    );
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
    .innerJoin('contributors as c', 'c.id', 'f.contributor_id')
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
