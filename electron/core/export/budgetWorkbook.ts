import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Language } from '../../../shared/contract';
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
  const data = await readBudgetWorkbookData(db, projectId);
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

  const detailCells = writeDetailSheet(detail, data, labels, formats);
  const budgetTotal = { sheet: detail, address: detailCells.grandTotal };
  const crowdCells = writeCrowdSheet(crowd, data, labels, formats, budgetTotal);
  const planCells = writePlanSheet(plan, data, labels, formats, {
    budgetTotal,
    crowdLine: { sheet: crowd, address: crowdCells.crowdLine },
  });
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

  const content = Buffer.from(await workbook.xlsx.writeBuffer());
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
