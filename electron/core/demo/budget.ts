import type { Kysely } from 'kysely';
import { applyBasisPoints, multiplyQuantity } from '../../../shared/money';
import type { Database } from '../db/schema';
import type { DemoLine } from './budgetData';

export interface ComputedLine {
  chapterCode: string;
  code: string;
  label: string;
  quantityMilli: number;
  unit: string;
  rateCents: number;
  amountCents: number;
  notes: string;
}

/** "2.10" → chapter "2", "FG.1" → "FG". */
function chapterOf(code: string): string {
  return code.split('.')[0] ?? code;
}

/** Amounts of every line; share lines use the totals of the chapters listed above them. */
export function computeBudget(lines: readonly DemoLine[]): ComputedLine[] {
  const chapterTotals = new Map<string, number>();
  return lines.map((line) => {
    const chapterCode = chapterOf(line.code);
    let computed: ComputedLine;
    if (line.kind === 'fixed') {
      computed = {
        chapterCode,
        code: line.code,
        label: line.label,
        quantityMilli: line.quantityMilli,
        unit: line.unit,
        rateCents: line.rateCents,
        amountCents: multiplyQuantity(line.quantityMilli, line.rateCents),
        notes: line.notes ?? '',
      };
    } else {
      const base = line.ofChapters.reduce((sum, code) => sum + (chapterTotals.get(code) ?? 0), 0);
      const rate = applyBasisPoints(base, line.bp);
      computed = {
        chapterCode,
        code: line.code,
        label: line.label,
        quantityMilli: 1000,
        unit: 'flat',
        rateCents: rate,
        amountCents: multiplyQuantity(1000, rate),
        notes: `${line.bp / 100} % des chapitres ${line.ofChapters.join(', ')}`,
      };
    }
    chapterTotals.set(chapterCode, (chapterTotals.get(chapterCode) ?? 0) + computed.amountCents);
    return computed;
  });
}

/** Inserts the lines under the project's chapters (seeded by createProject). */
export async function insertBudget(
  trx: Kysely<Database>,
  projectId: number,
  lines: readonly DemoLine[],
): Promise<number> {
  const chapters = await trx
    .selectFrom('budget_chapters')
    .select(['id', 'code'])
    .where('project_id', '=', projectId)
    .execute();
  const chapterIds = new Map(chapters.map((c) => [c.code, c.id]));
  const positions = new Map<string, number>();
  const computed = computeBudget(lines);
  const rows = computed.map((line) => {
    const chapterId = chapterIds.get(line.chapterCode);
    if (chapterId === undefined) throw new Error(`demo budget: no chapter ${line.chapterCode}`);
    const position = positions.get(line.chapterCode) ?? 0;
    positions.set(line.chapterCode, position + 1);
    return {
      chapter_id: chapterId,
      code: line.code,
      label: line.label,
      quantity_milli: line.quantityMilli,
      unit: line.unit,
      rate_cents: line.rateCents,
      amount_cents: line.amountCents,
      notes: line.notes,
      position,
    };
  });
  await trx.insertInto('budget_lines').values(rows).execute();
  return computed.reduce((sum, line) => sum + line.amountCents, 0);
}
