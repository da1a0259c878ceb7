import type { Kysely } from 'kysely';
import type {
  BudgetImportResult,
  ParsedBudgetImportInput,
} from '../../../shared/contract/budgetImport';
import { AppError, apiMessage } from '../../../shared/errors';
import type { Database } from '../db/schema';
import { audit } from '../services/audit';
import { addChapter, addLine, listLines, removeLine } from '../services/budget';
import { analyseBudgetImport, refusal } from './preview';

/** Lines written between two looks at the cancel signal (a devis has hundreds, rarely more). */
const YIELD_EVERY = 200;

/**
 * Imports a devis in ONE transaction through the budget service (the same checks and audit lines as
 * typing it in): the file is read again inside it, a single error refuses the whole import, and any
 * failure while writing rolls everything back, so the budget is either fully imported or untouched.
 * A cancel (`signal`) is noticed between chapters and every YIELD_EVERY lines: it rolls back too.
 */
export async function runBudgetImport(
  db: Kysely<Database>,
  input: ParsedBudgetImportInput,
  signal?: AbortSignal,
): Promise<BudgetImportResult> {
  let sinceYield = 0;
  /** Lets the transport's "client went away" event run, then stops if it cancelled the call. */
  const checkpoint = async (): Promise<void> => {
    sinceYield = 0;
    await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) {
      throw new AppError('cancelled', apiMessage('apiErrors.budgetImport.cancelled'));
    }
  };
  return db.transaction().execute(async (trx) => {
    if (signal?.aborted) await checkpoint();
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
      if (signal) await checkpoint();
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
        sinceYield += 1;
        if (signal && sinceYield >= YIELD_EVERY) await checkpoint();
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
