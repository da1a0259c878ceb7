import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Language, ProgressEvent } from '../../../shared/contract';
import type { Database } from '../db/schema';
import { readBudgetWorkbookData } from './budgetWorkbookData';
import { exportFileName } from './fileName';
import { workbookLabels } from './labels';
import { writeCrowdSheet } from './sheets/crowdSheet';
import { writeDetailSheet } from './sheets/detailSheet';
import { writePlanSheet } from './sheets/planSheet';
import { writeTopSheet } from './sheets/topSheet';
import { workbookFormats } from './workbookFormat';

export interface BudgetWorkbookOptions {
  language: Language;
  /** The export date shown on the top sheet and in the file name (tests pin it). */
  now?: Date;
  /** Phases `read` (the project's figures), `sheets` (done/total sheets) and `write` (the file). */
  onProgress?: (event: ProgressEvent) => void;
}

export interface BudgetWorkbookFile {
  fileName: string;
  content: Buffer;
  sheets: string[];
}

/**
 * The accountant's budget workbook: top sheet, budget detail, financing plan and crowd. Totals are
 * real formulas with their values cached, so Excel and LibreOffice show the same figures as the
 * app before and after they recalculate.
 */
export async function budgetWorkbookFile(
  db: Kysely<Database>,
  projectId: number,
  options: BudgetWorkbookOptions,
): Promise<BudgetWorkbookFile> {
  const now = options.now ?? new Date();
  const labels = workbookLabels[options.language];
  const report = (phase: 'read' | 'sheets' | 'write', done: number, total: number): void =>
    options.onProgress?.({ operation: 'export', phase, done, total });
  report('read', 0, 1);
  const data = await readBudgetWorkbookData(db, projectId);
  report('read', 1, 1);
  const formats = workbookFormats(data.currency, options.language);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Copro';
  workbook.created = now;
  workbook.title = data.title;
  // Created in reading order; filled in dependency order (the top sheet refers to the others).
  const top = workbook.addWorksheet(labels.sheets.top);
  const detail = workbook.addWorksheet(labels.sheets.detail);
  const plan = workbook.addWorksheet(labels.sheets.plan);
  const crowd = workbook.addWorksheet(labels.sheets.crowd);

  const sheetCount = workbook.worksheets.length;
  report('sheets', 0, sheetCount);
  const detailCells = writeDetailSheet(detail, data, labels, formats);
  report('sheets', 1, sheetCount);
  const budgetTotal = { sheet: detail, address: detailCells.grandTotal };
  const crowdCells = writeCrowdSheet(crowd, data, labels, formats, budgetTotal);
  report('sheets', 2, sheetCount);
  const planCells = writePlanSheet(plan, data, labels, formats, {
    budgetTotal,
    crowdLine: { sheet: crowd, address: crowdCells.crowdLine },
  });
  report('sheets', 3, sheetCount);
  writeTopSheet(
    top,
    data,
    labels,
    formats,
    {
      detail: { sheet: detail, cells: detailCells },
      plan: { sheet: plan, cells: planCells },
    },
    now,
  );
  report('sheets', sheetCount, sheetCount);

  report('write', 0, 1);
  const content = Buffer.from(await workbook.xlsx.writeBuffer());
  report('write', 1, 1);
  return {
    fileName: exportFileName(data.title, labels.fileKind, now, 'xlsx'),
    content,
    sheets: workbook.worksheets.map((sheet) => sheet.name),
  };
}

/** The workbook's bytes (see budgetWorkbookFile for its name and sheets). */
export async function buildBudgetWorkbook(
  db: Kysely<Database>,
  projectId: number,
  options: BudgetWorkbookOptions,
): Promise<Buffer> {
  return (await budgetWorkbookFile(db, projectId, options)).content;
}
