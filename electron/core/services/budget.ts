import { sql, type Kysely } from 'kysely';
import type { BudgetChapter, BudgetLine, BudgetUnit, ParsedInput } from '../../../shared/contract';
import { AppError, apiMessage, type LocalizedText } from '../../../shared/errors';
import {
  asCents,
  MAX_CENTS,
  multiplyQuantity,
  sharesBasisPoints,
  sumCents,
  type Cents,
} from '../../../shared/money';
import type { BudgetLineRow, Database } from '../db/schema';
import { audit, diff } from './audit';
import { notFound, requireChapter, requireProject } from './ownership';

/*
 * Rates are never negative (the contract refuses them). A producer's discount is a lower rate, and
 * an in-kind deal (equipment lent by a co-producer) is a financing source: a negative line would let
 * the budget total shrink below what the film costs and silently lower the crowd cap with it.
 */

/** 1500 → "1.5", 12000 → "12", 125 → "0.125": the quantity as typed, exactly. */
export function quantityText(quantityMilli: number): string {
  const whole = Math.trunc(quantityMilli / 1000);
  const fraction = String(quantityMilli % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
}

/**
 * Runs `work` in the caller's transaction when there is one (a budget import writes all its chapters
 * and lines in one), else in a transaction of its own.
 */
function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

type LineRow = BudgetLineRow & { project_id: number };

function toLine(row: LineRow): BudgetLine {
  return {
    id: row.id,
    projectId: row.project_id,
    chapterId: row.chapter_id,
    code: row.code,
    label: row.label,
    quantityMilli: row.quantity_milli,
    quantity: quantityText(row.quantity_milli),
    unit: row.unit as BudgetUnit,
    rateCents: asCents(row.rate_cents),
    amountCents: asCents(row.amount_cents),
    notes: row.notes,
    position: row.position,
  };
}

function linesQuery(db: Kysely<Database>) {
  return db
    .selectFrom('budget_lines as l')
    .innerJoin('budget_chapters as ch', 'ch.id', 'l.chapter_id')
    .selectAll('l')
    .select('ch.project_id');
}

async function lineRow(db: Kysely<Database>, id: number): Promise<LineRow> {
  const row = await linesQuery(db).where('l.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Budget line', id);
  return row;
}

/**
 * round(quantity × rate) for a line, refusing an amount (or a budget total) beyond the largest
 * amount with issues on both fields that make it.
 */
function lineAmount(quantityMilli: number, rateCents: number, otherLinesTotal: number): Cents {
  const tooLarge = (message: LocalizedText): AppError =>
    new AppError('validation', message, [
      { path: ['rateCents'], message: apiMessage('apiErrors.amountTooLarge') },
      { path: ['quantity'], message: apiMessage('apiErrors.amountTooLarge') },
    ]);
  let amount: Cents;
  try {
    amount = multiplyQuantity(quantityMilli, rateCents);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw tooLarge(
      apiMessage('apiErrors.lineTooLarge', {
        quantity: quantityText(quantityMilli),
        rateCents: String(rateCents),
        max: String(MAX_CENTS),
      }),
    );
  }
  if (otherLinesTotal + amount > MAX_CENTS) {
    throw tooLarge(apiMessage('apiErrors.budgetTooLarge', { max: String(MAX_CENTS) }));
  }
  return amount;
}

async function budgetTotalWithout(
  db: Kysely<Database>,
  projectId: number,
  lineId?: number,
): Promise<number> {
  let query = linesQuery(db).where('ch.project_id', '=', projectId);
  if (lineId !== undefined) query = query.where('l.id', '!=', lineId);
  const row = await query
    .clearSelect()
    .select(sql<number>`coalesce(sum(l.amount_cents), 0)`.as('total'))
    .executeTakeFirstOrThrow();
  return row.total;
}

async function nextLinePosition(db: Kysely<Database>, chapterId: number): Promise<number> {
  const row = await db
    .selectFrom('budget_lines')
    .select(sql<number>`coalesce(max(position) + 1, 0)`.as('next'))
    .where('chapter_id', '=', chapterId)
    .executeTakeFirstOrThrow();
  return row.next;
}

export async function listChapters(
  db: Kysely<Database>,
  projectId: number,
): Promise<BudgetChapter[]> {
  await requireProject(db, projectId);
  const rows = await db
    .selectFrom('budget_chapters as ch')
    .leftJoin('budget_lines as l', 'l.chapter_id', 'ch.id')
    .where('ch.project_id', '=', projectId)
    .groupBy('ch.id')
    .orderBy('ch.position')
    .orderBy('ch.id')
    .selectAll('ch')
    .select([
      sql<number>`count(l.id)`.as('line_count'),
      sql<number>`coalesce(sum(l.amount_cents), 0)`.as('total'),
    ])
    .execute();
  const totals = rows.map((r) => r.total);
  const shares = sharesBasisPoints(totals, sumCents(totals));
  return rows.map((row, i) => ({
    id: row.id,
    projectId: row.project_id,
    code: row.code,
    title: row.title,
    position: row.position,
    lineCount: row.line_count,
    totalCents: asCents(row.total),
    shareBp: shares[i] ?? 0,
  }));
}

async function chapterOf(db: Kysely<Database>, id: number): Promise<BudgetChapter> {
  const row = await db
    .selectFrom('budget_chapters')
    .select('project_id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Budget chapter', id);
  const chapter = (await listChapters(db, row.project_id)).find((c) => c.id === id);
  if (!chapter) throw notFound('Budget chapter', id);
  return chapter;
}

async function refuseDuplicateCode(
  db: Kysely<Database>,
  projectId: number,
  code: string,
  exceptId?: number,
): Promise<void> {
  let query = db
    .selectFrom('budget_chapters')
    .select('id')
    .where('project_id', '=', projectId)
    .where('code', '=', code);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) {
    throw new AppError('conflict', apiMessage('apiErrors.chapterCodeTaken', { code }), [
      { path: ['code'], message: apiMessage('apiErrors.chapterCodeUsed', { code }) },
    ]);
  }
}

/** The next chapter number after the highest numeric code (CNC chapters are 1–9: a custom one is 10). */
function nextChapterCode(codes: readonly string[]): string {
  const numbers = codes.filter((c) => /^\d+$/.test(c)).map(Number);
  return String(numbers.length === 0 ? 1 : Math.max(...numbers) + 1);
}

export async function addChapter(
  db: Kysely<Database>,
  input: ParsedInput<'budget.addChapter'>,
): Promise<BudgetChapter> {
  const id = await inTransaction(db, async (trx) => {
    await requireProject(trx, input.projectId);
    const existing = await trx
      .selectFrom('budget_chapters')
      .select(['code', 'position'])
      .where('project_id', '=', input.projectId)
      .execute();
    const code = input.code ?? nextChapterCode(existing.map((c) => c.code));
    await refuseDuplicateCode(trx, input.projectId, code);
    const position = existing.reduce((max, c) => Math.max(max, c.position + 1), 0);
    const { id } = await trx
      .insertInto('budget_chapters')
      .values({ project_id: input.projectId, code, title: input.title, position })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, 'budget_chapter', id, 'create', { code, title: input.title });
    return id;
  });
  return chapterOf(db, id);
}

export async function updateChapter(
  db: Kysely<Database>,
  input: ParsedInput<'budget.updateChapter'>,
): Promise<BudgetChapter> {
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('budget_chapters')
      .selectAll()
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!before) throw notFound('Budget chapter', input.id);
    if (input.code !== undefined)
      await refuseDuplicateCode(trx, before.project_id, input.code, input.id);
    const patch = { code: input.code, title: input.title };
    const changes = diff(before, patch);
    if (Object.keys(changes).length === 0) return;
    await trx.updateTable('budget_chapters').set(patch).where('id', '=', input.id).execute();
    await audit(trx, 'budget_chapter', input.id, 'update', changes);
  });
  return chapterOf(db, input.id);
}

/** Moves a chapter to `position` (0 = first; past the end = last) and renumbers the others. */
export async function moveChapter(
  db: Kysely<Database>,
  input: ParsedInput<'budget.moveChapter'>,
): Promise<BudgetChapter[]> {
  const projectId = await db.transaction().execute(async (trx) => {
    const moved = await trx
      .selectFrom('budget_chapters')
      .select(['project_id', 'position'])
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!moved) throw notFound('Budget chapter', input.id);
    const order = await trx
      .selectFrom('budget_chapters')
      .select(['id', 'position'])
      .where('project_id', '=', moved.project_id)
      .orderBy('position')
      .orderBy('id')
      .execute();
    const from = order.findIndex((c) => c.id === input.id);
    const to = Math.min(input.position, order.length - 1);
    if (from === to) return moved.project_id;
    const ids = order.map((c) => c.id);
    ids.splice(from, 1);
    ids.splice(to, 0, input.id);
    for (const [position, id] of ids.entries()) {
      if (order.find((c) => c.id === id)?.position === position) continue;
      await trx.updateTable('budget_chapters').set({ position }).where('id', '=', id).execute();
    }
    await audit(trx, 'budget_chapter', input.id, 'update', { position: [from, to] });
    return moved.project_id;
  });
  return listChapters(db, projectId);
}

export async function listLines(
  db: Kysely<Database>,
  input: ParsedInput<'budget.listLines'>,
): Promise<BudgetLine[]> {
  await requireProject(db, input.projectId);
  let query = linesQuery(db).where('ch.project_id', '=', input.projectId);
  if (input.chapterId !== undefined) {
    await requireChapter(db, input.projectId, input.chapterId);
    query = query.where('l.chapter_id', '=', input.chapterId);
  }
  const rows = await query
    .orderBy('ch.position')
    .orderBy('ch.id')
    .orderBy('l.position')
    .orderBy('l.id')
    .execute();
  return rows.map(toLine);
}

export async function addLine(
  db: Kysely<Database>,
  input: ParsedInput<'budget.addLine'>,
): Promise<BudgetLine> {
  const id = await inTransaction(db, async (trx) => {
    await requireProject(trx, input.projectId);
    await requireChapter(trx, input.projectId, input.chapterId);
    const others = await budgetTotalWithout(trx, input.projectId);
    const amount = lineAmount(input.quantity, input.rateCents, others);
    const { id } = await trx
      .insertInto('budget_lines')
      .values({
        chapter_id: input.chapterId,
        code: input.code,
        label: input.label,
        quantity_milli: input.quantity,
        unit: input.unit,
        rate_cents: input.rateCents,
        amount_cents: amount,
        notes: input.notes,
        position: await nextLinePosition(trx, input.chapterId),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, 'budget_line', id, 'create', {
      chapter_id: input.chapterId,
      label: input.label,
      quantity_milli: input.quantity,
      rate_cents: input.rateCents,
      amount_cents: amount,
    });
    return id;
  });
  return toLine(await lineRow(db, id));
}

export async function updateLine(
  db: Kysely<Database>,
  input: ParsedInput<'budget.updateLine'>,
): Promise<BudgetLine> {
  await db.transaction().execute(async (trx) => {
    const before = await lineRow(trx, input.id);
    const moving = input.chapterId !== undefined && input.chapterId !== before.chapter_id;
    if (moving) await requireChapter(trx, before.project_id, input.chapterId ?? before.chapter_id);
    const quantity = input.quantity ?? before.quantity_milli;
    const rate = input.rateCents ?? before.rate_cents;
    const others = await budgetTotalWithout(trx, before.project_id, before.id);
    const patch = {
      chapter_id: input.chapterId,
      code: input.code,
      label: input.label,
      quantity_milli: input.quantity,
      unit: input.unit,
      rate_cents: input.rateCents,
      amount_cents: lineAmount(quantity, rate, others),
      notes: input.notes,
      position: moving
        ? await nextLinePosition(trx, input.chapterId ?? before.chapter_id)
        : undefined,
    };
    const changes = diff(before, patch);
    if (Object.keys(changes).length === 0) return;
    await trx.updateTable('budget_lines').set(patch).where('id', '=', input.id).execute();
    await audit(trx, 'budget_line', input.id, 'update', changes);
  });
  return toLine(await lineRow(db, input.id));
}

export async function removeLine(db: Kysely<Database>, id: number): Promise<BudgetLine> {
  return inTransaction(db, async (trx) => {
    const before = await lineRow(trx, id);
    await trx.deleteFrom('budget_lines').where('id', '=', id).execute();
    await audit(trx, 'budget_line', id, 'delete', {
      chapter_id: before.chapter_id,
      label: before.label,
      amount_cents: before.amount_cents,
    });
    return toLine(before);
  });
}
