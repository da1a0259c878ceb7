import type { Kysely } from 'kysely';
import type {
  BudgetChapter,
  BudgetLine,
  FinancingSource,
  FinancingSummary,
} from '../../../shared/contract';
import { AppError, apiMessage } from '../../../shared/errors';
import { sumCents } from '../../../shared/money';
import type { Database } from '../db/schema';
import { listChapters, listLines } from '../services/budget';
import { listSources } from '../services/financing';
import { financingSummary } from '../services/financingSummary';
import { requireProject } from '../services/ownership';

/** Everything the budget workbook shows, read from one state of the workspace. */
export interface BudgetWorkbookData {
  title: string;
  currency: string;
  crowdCapBp: number;
  chapters: BudgetChapter[];
  lines: BudgetLine[];
  sources: FinancingSource[];
  summary: FinancingSummary;
}

const ATTEMPTS = 3;

async function readDetail(db: Kysely<Database>, projectId: number) {
  // One read transaction: chapters, lines and sources come from the same state of the file.
  return db.transaction().execute(async (trx) => {
    const project = await requireProject(trx, projectId);
    return {
      project,
      chapters: await listChapters(trx, projectId),
      lines: await listLines(trx, { projectId }),
      sources: await listSources(trx, projectId),
    };
  });
}

function sumOfStatus(sources: readonly FinancingSource[], statuses: readonly string[]): number {
  return sumCents(sources.filter((s) => statuses.includes(s.status)).map((s) => s.amountCents));
}

/** Whether the summary (its own transaction) was computed from the same lines and sources. */
function agrees(
  summary: FinancingSummary,
  detail: Awaited<ReturnType<typeof readDetail>>,
): boolean {
  return (
    summary.budgetTotal === sumCents(detail.lines.map((l) => l.amountCents)) &&
    summary.secured === sumOfStatus(detail.sources, ['confirmed', 'received']) &&
    summary.pending === sumOfStatus(detail.sources, ['planned']) &&
    summary.declined === sumOfStatus(detail.sources, ['declined']) &&
    summary.crowdCapBp === detail.project.crowd_cap_bp &&
    summary.chapters.length === detail.chapters.length
  );
}

/**
 * Reads the project for its workbook. financing.summary runs in its own transaction, so the rest
 * is read in a second one and the two are compared: an edit that landed in between (another
 * window, the browser mode) makes us read again rather than export totals that disagree.
 */
export async function readBudgetWorkbookData(
  db: Kysely<Database>,
  projectId: number,
): Promise<BudgetWorkbookData> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const summary = await financingSummary(db, projectId);
    const detail = await readDetail(db, projectId);
    if (agrees(summary, detail)) {
      return {
        title: detail.project.title,
        currency: detail.project.currency,
        crowdCapBp: detail.project.crowd_cap_bp,
        chapters: detail.chapters,
        lines: detail.lines,
        sources: detail.sources,
        summary,
      };
    }
  }
  throw new AppError('conflict', apiMessage('apiErrors.exportChanged', { id: String(projectId) }));
}
