import type { Worksheet } from 'exceljs';
import type { BudgetLine } from '../../../../shared/contract';
import { sumCents } from '../../../../shared/money';
import type { BudgetWorkbookData } from '../budgetWorkbookData';
import { safeText } from '../cellSafety';
import type { WorkbookLabels } from '../labels';
import { BOLD, finishSheet, fitColumns, styleHeader, styleTotal, writeTitle } from '../sheetLayout';
import { setMoney, sumOf, type WorkbookFormats } from '../workbookFormat';

/** Where the other sheets find the budget detail's totals. */
export interface DetailCells {
  /** Chapter id → address of its subtotal (chapters without lines are not on the sheet). */
  chapterTotals: Map<number, string>;
  grandTotal: string;
}

const HEADER_ROW = 4;
const COLUMNS = 7; // code, label, quantity, unit, rate, amount, notes

function writeLine(
  sheet: Worksheet,
  rowNumber: number,
  line: BudgetLine,
  labels: WorkbookLabels,
  formats: WorkbookFormats,
): void {
  const row = sheet.getRow(rowNumber);
  safeText(row.getCell(1), line.code);
  safeText(row.getCell(2), line.label);
  // The quantity as typed (thousandths → 1.5); General format shows it without trailing zeros.
  row.getCell(3).value = line.quantityMilli / 1000;
  row.getCell(4).value = labels.units[line.unit];
  setMoney(row.getCell(5), formats, line.rateCents);
  // Excel's ROUND is half away from zero, like the app's rounding: the cached amount (stored
  // amount_cents) is what Excel and LibreOffice compute again.
  setMoney(
    row.getCell(6),
    formats,
    line.amountCents,
    `ROUND(C${rowNumber}*E${rowNumber},${formats.digits})`,
  );
  if (line.notes !== '') safeText(row.getCell(7), line.notes);
}

/**
 * Devis détaillé: per chapter a header row, its lines (amount = ROUND(quantity × rate)), a SUM
 * subtotal; then the grand total as the SUM of the subtotals.
 */
export function writeDetailSheet(
  sheet: Worksheet,
  data: BudgetWorkbookData,
  labels: WorkbookLabels,
  formats: WorkbookFormats,
): DetailCells {
  writeTitle(sheet, data.title, labels.sheets.detail);
  const header = sheet.getRow(HEADER_ROW);
  header.values = [
    labels.code,
    labels.label,
    labels.quantity,
    labels.unit,
    labels.rate,
    labels.amount,
    labels.notes,
  ];
  styleHeader(header, COLUMNS);

  const chapterTotals = new Map<number, string>();
  let rowNumber = HEADER_ROW + 1;
  for (const chapter of data.chapters) {
    const lines = data.lines.filter((l) => l.chapterId === chapter.id);
    if (lines.length === 0) continue;
    const chapterRow = sheet.getRow(rowNumber);
    safeText(chapterRow.getCell(1), chapter.code);
    safeText(chapterRow.getCell(2), chapter.title);
    chapterRow.font = BOLD;
    rowNumber += 1;
    const first = rowNumber;
    for (const line of lines) {
      writeLine(sheet, rowNumber, line, labels, formats);
      rowNumber += 1;
    }
    const subtotal = sheet.getRow(rowNumber);
    safeText(subtotal.getCell(1), chapter.code);
    subtotal.getCell(2).value = labels.chapterSubtotal;
    setMoney(
      subtotal.getCell(6),
      formats,
      sumCents(lines.map((l) => l.amountCents)),
      `SUM(F${first}:F${rowNumber - 1})`,
    );
    styleTotal(subtotal, COLUMNS);
    chapterTotals.set(chapter.id, `F${rowNumber}`);
    rowNumber += 2;
  }

  const total = sheet.getRow(rowNumber);
  total.getCell(2).value = labels.grandTotal;
  setMoney(total.getCell(6), formats, data.summary.budgetTotal, sumOf([...chapterTotals.values()]));
  styleTotal(total, COLUMNS, true);

  fitColumns(sheet, formats, { headerRow: HEADER_ROW });
  finishSheet(sheet, HEADER_ROW);
  return { chapterTotals, grandTotal: `F${rowNumber}` };
}
