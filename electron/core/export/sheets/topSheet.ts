import type { Worksheet } from 'exceljs';
import type { BudgetWorkbookData } from '../budgetWorkbookData';
import { safeText } from '../cellSafety';
import type { WorkbookLabels } from '../labels';
import { finishSheet, fitColumns, styleHeader, styleTotal, writeTitle } from '../sheetLayout';
import type { PlanCells } from './planSheet';
import type { DetailCells } from './detailSheet';
import { localIsoDate } from '../fileName';
import {
  absolute,
  setDate,
  setMoney,
  setShare,
  sheetRef,
  type WorkbookFormats,
} from '../workbookFormat';

const HEADER_ROW = 6;
const COLUMNS = 4; // code, chapter, total, % of budget

interface TopRefs {
  detail: { sheet: Worksheet; cells: DetailCells };
  plan: { sheet: Worksheet; cells: PlanCells };
}

/**
 * Récapitulatif: the project, its currency and the export date; the chapters with their totals
 * (references to the budget detail's subtotals) and a SUM total; then the financing headline
 * (secured, pending, crowd line from the plan sheet; the gap computed here).
 */
export function writeTopSheet(
  sheet: Worksheet,
  data: BudgetWorkbookData,
  labels: WorkbookLabels,
  formats: WorkbookFormats,
  refs: TopRefs,
  exportedOn: Date,
): void {
  const s = data.summary;
  writeTitle(sheet, data.title, labels.sheets.top);
  sheet.getCell('A3').value = labels.currency;
  sheet.getCell('B3').value = data.currency;
  sheet.getCell('A4').value = labels.exportedOn;
  const date = sheet.getCell('B4');
  setDate(date, formats, localIsoDate(exportedOn));
  date.alignment = { horizontal: 'left' };

  const header = sheet.getRow(HEADER_ROW);
  header.values = [labels.code, labels.chapter, labels.amount, labels.shareOfBudget];
  styleHeader(header, COLUMNS);

  const first = HEADER_ROW + 1;
  const totalRow = first + s.chapters.length;
  const total = sheet.getCell(`C${totalRow}`);
  const budget = { address: absolute(total), cents: s.budgetTotal };
  s.chapters.forEach((chapter, i) => {
    const r = first + i;
    safeText(sheet.getCell(`A${r}`), chapter.code);
    safeText(sheet.getCell(`B${r}`), chapter.title);
    const subtotal = refs.detail.cells.chapterTotals.get(chapter.id);
    setMoney(
      sheet.getCell(`C${r}`),
      formats,
      chapter.totalCents,
      subtotal === undefined ? undefined : sheetRef(refs.detail.sheet, subtotal),
    );
    setShare(
      sheet.getCell(`D${r}`),
      formats,
      `C${r}`,
      budget.address,
      chapter.totalCents,
      s.budgetTotal,
    );
  });
  sheet.getCell(`B${totalRow}`).value = labels.total;
  setMoney(
    total,
    formats,
    s.budgetTotal,
    s.chapters.length > 0 ? `SUM(C${first}:C${totalRow - 1})` : undefined,
  );
  setShare(
    sheet.getCell(`D${totalRow}`),
    formats,
    `C${totalRow}`,
    budget.address,
    s.budgetTotal,
    s.budgetTotal,
  );
  styleTotal(sheet.getRow(totalRow), COLUMNS, true);

  const headline = totalRow + 2;
  const headlineHeader = sheet.getRow(headline);
  headlineHeader.getCell('B').value = labels.financingHeadline;
  headlineHeader.getCell('C').value = labels.amount;
  headlineHeader.getCell('D').value = labels.shareOfBudget;
  styleHeader(headlineHeader, COLUMNS);
  const plan = (address: string) => sheetRef(refs.plan.sheet, address);
  const r = {
    budget: headline + 1,
    secured: headline + 2,
    pending: headline + 3,
    crowd: headline + 4,
    gap: headline + 5,
  };
  const figures: Array<[row: number, label: string, cents: number, expression: string]> = [
    [r.budget, labels.budgetTotal, s.budgetTotal, `C${totalRow}`],
    [r.secured, labels.secured, s.secured, plan(refs.plan.cells.secured)],
    [r.pending, labels.pending, s.pending, plan(refs.plan.cells.pending)],
    [r.crowd, labels.crowdLine, s.crowdLine, plan(refs.plan.cells.crowdLine)],
    [r.gap, labels.gap, s.gap, `C${r.budget}-C${r.secured}-C${r.pending}-C${r.crowd}`],
  ];
  for (const [row, label, cents, expression] of figures) {
    sheet.getCell(`B${row}`).value = label;
    setMoney(sheet.getCell(`C${row}`), formats, cents, expression);
    setShare(sheet.getCell(`D${row}`), formats, `C${row}`, budget.address, cents, s.budgetTotal);
  }
  styleTotal(sheet.getRow(r.gap), COLUMNS, true);

  // The currency and date lines (rows 3–4) count: their labels must not be cut.
  fitColumns(sheet, formats, { headerRow: HEADER_ROW, fromRow: 3 });
  finishSheet(sheet, HEADER_ROW);
}
