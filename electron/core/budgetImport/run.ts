import type { Kysely } from 'kysely';
import type {
  BudgetImportResult,
  ParsedBudgetImportInput,
} from '../../../shared/contract/budgetImport';
import type { Database } from '../db/schema';
import { audit } from '../services/audit';
import { addChapter, addLine, listLines, removeLine } from '../services/budget';
import { analyseBudgetImport, refusal } from './preview';

/**
 * Imports a devis in ONE transaction through the budget service (the same checks and audit lines as
 * typing it in): the file is read again inside it, a single error refuses the whole import, and any
 * failure while writing rolls everything back, so the budget is either fully imported or untouched.
 */
export async function runBudgetImport(
  db: Kysely<Database>,
  input: ParsedBudgetImportInput,
): Promise<BudgetImportResult> {
  return db.transaction().execute(async (trx) => {
    const { preview, chapters } = await analyseBudgetImport(trx, input);
    if (preview.errorCount > 0) throw refusal(preview);
    const { projectId } = input;
    let linesRemoved = 0;
    if (preview.replace) {
      for (const line of await listLines(trx, { projectId })) {
        await removeLine(trx, line.id);
        linesRemoved += 1;
      }
    }
    let chaptersCreated = 0;
    let linesCreated = 0;
    for (const chapter of chapters) {
      let chapterId = chapter.chapterId;
      if (chapterId === null) {
        chapterId = (await addChapter(trx, { projectId, title: chapter.title, code: chapter.code }))
          .id;
        chaptersCreated += 1;
      }
      for (const line of chapter.lines) {
        await addLine(trx, {
          projectId,
          chapterId,
          code: line.code,
          label: line.label,
          quantity: line.quantityMilli,
          unit: line.unit,
          rateCents: line.rateCents,
          notes: line.notes,
        });
        linesCreated += 1;
      }
    }
    await audit(trx, 'project', projectId, 'import', {
      budgetImport: input.file.name,
      replace: preview.replace,
      chaptersCreated,
      linesCreated,
      linesRemoved,
    });
    return { ...preview, chaptersCreated, linesCreated, linesRemoved };
  });
}
