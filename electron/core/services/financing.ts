import { sql, type Kysely } from 'kysely';
import type {
  FinancingKind,
  FinancingSource,
  FinancingStatus,
  ParsedInput,
} from '../../../shared/contract';
import { AppError, apiMessage } from '../../../shared/errors';
import { asCents, sharesBasisPoints } from '../../../shared/money';
import type { Database, FinancingSourceRow } from '../db/schema';
import { audit, diff } from './audit';
import { notFound, requireProject, requireProjectCurrency } from './ownership';
import { planTotals } from './projectFigures';

function toSource(row: FinancingSourceRow, shareBp: number): FinancingSource {
  return {
    id: row.id,
    projectId: row.project_id,
    kind: row.kind as FinancingKind,
    counterparty: row.counterparty,
    amountCents: asCents(row.amount_cents),
    status: row.status as FinancingStatus,
    expectedOn: row.expected_on,
    receivedOn: row.received_on,
    notes: row.notes,
    position: row.position,
    shareBp,
  };
}

/** Each source's share of the budget total (largest remainder, so shares of a closed plan make 10 000). */
async function sourcesWithShares(
  db: Kysely<Database>,
  projectId: number,
  rows: readonly FinancingSourceRow[],
): Promise<FinancingSource[]> {
  const { budget } = await planTotals(db, projectId);
  const shares = sharesBasisPoints(
    rows.map((r) => r.amount_cents),
    budget,
  );
  return rows.map((row, i) => toSource(row, shares[i] ?? 0));
}

export async function listSources(
  db: Kysely<Database>,
  projectId: number,
): Promise<FinancingSource[]> {
  await requireProject(db, projectId);
  const rows = await db
    .selectFrom('financing_sources')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return sourcesWithShares(db, projectId, rows);
}

async function sourceRow(db: Kysely<Database>, id: number): Promise<FinancingSourceRow> {
  const row = await db
    .selectFrom('financing_sources')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Financing source', id);
  return row;
}

/** One source with its share, taken from the list so it matches the list's largest-remainder share. */
async function getSource(db: Kysely<Database>, row: FinancingSourceRow): Promise<FinancingSource> {
  const source = (await listSources(db, row.project_id)).find((s) => s.id === row.id);
  if (!source) throw notFound('Financing source', row.id);
  return source;
}

/** A received date only makes sense for money that was received. */
function refuseReceivedOnUnlessReceived(status: string, receivedOn: string | null): void {
  if (receivedOn !== null && status !== 'received') {
    throw new AppError('validation', apiMessage('apiErrors.receivedDateOnlyReceived', { status }), [
      { path: ['receivedOn'], message: apiMessage('apiErrors.onlyReceivedHasDate') },
    ]);
  }
}

export async function addSource(
  db: Kysely<Database>,
  input: ParsedInput<'financing.addSource'>,
): Promise<FinancingSource> {
  const id = await db.transaction().execute(async (trx) => {
    const project = await requireProject(trx, input.projectId);
    requireProjectCurrency(project, input.currency, 'A source amount');
    refuseReceivedOnUnlessReceived(input.status, input.receivedOn);
    const { next } = await trx
      .selectFrom('financing_sources')
      .select(sql<number>`coalesce(max(position) + 1, 0)`.as('next'))
      .where('project_id', '=', input.projectId)
      .executeTakeFirstOrThrow();
    const { id } = await trx
      .insertInto('financing_sources')
      .values({
        project_id: input.projectId,
        kind: input.kind,
        counterparty: input.counterparty,
        amount_cents: input.amountCents,
        status: input.status,
        expected_on: input.expectedOn,
        received_on: input.receivedOn,
        notes: input.notes,
        position: next,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, 'financing_source', id, 'create', {
      kind: input.kind,
      counterparty: input.counterparty,
      amount_cents: input.amountCents,
      status: input.status,
    });
    return id;
  });
  return getSource(db, await sourceRow(db, id));
}

export async function updateSource(
  db: Kysely<Database>,
  input: ParsedInput<'financing.updateSource'>,
): Promise<FinancingSource> {
  await db.transaction().execute(async (trx) => {
    const before = await sourceRow(trx, input.id);
    const project = await requireProject(trx, before.project_id);
    requireProjectCurrency(project, input.currency, 'A source amount');
    const status = input.status ?? before.status;
    // Leaving "received" drops the received date (the audit log keeps it), unless one is given.
    const receivedOn =
      input.receivedOn !== undefined
        ? input.receivedOn
        : status === 'received'
          ? before.received_on
          : null;
    refuseReceivedOnUnlessReceived(status, receivedOn);
    const patch = {
      kind: input.kind,
      counterparty: input.counterparty,
      amount_cents: input.amountCents,
      status: input.status,
      expected_on: input.expectedOn,
      received_on: receivedOn,
      notes: input.notes,
    };
    const changes = diff(before, patch);
    if (Object.keys(changes).length === 0) return;
    const action =
      input.status !== undefined && input.status !== before.status ? 'status' : 'update';
    await trx.updateTable('financing_sources').set(patch).where('id', '=', input.id).execute();
    await audit(trx, 'financing_source', input.id, action, changes);
  });
  return getSource(db, await sourceRow(db, input.id));
}

export async function removeSource(db: Kysely<Database>, id: number): Promise<FinancingSource> {
  return db.transaction().execute(async (trx) => {
    const before = await sourceRow(trx, id);
    const source = await getSource(trx, before);
    await trx.deleteFrom('financing_sources').where('id', '=', id).execute();
    await audit(trx, 'financing_source', id, 'delete', {
      kind: before.kind,
      counterparty: before.counterparty,
      amount_cents: before.amount_cents,
      status: before.status,
    });
    return source;
  });
}
