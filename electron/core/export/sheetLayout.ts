import type { Cell, CellValue, Row, Worksheet } from 'exceljs';
import { intlLocales } from '../../../shared/i18n';
import { safeText } from './cellSafety';
import type { WorkbookFormats } from './workbookFormat';

const HEADER_FILL = 'FFE8ECF2';
const TOTAL_FILL = 'FFF4F6F9';
const THIN = { style: 'thin' as const, color: { argb: 'FF8A94A6' } };
/** Named on every font we set: a font without a name prints in a serif fallback in LibreOffice. */
export const FONT = { name: 'Calibri', size: 11 };
export const BOLD = { ...FONT, bold: true };

/** The sheet's title lines: the project title (user text), large, and what the sheet is. */
export function writeTitle(sheet: Worksheet, title: string, subtitle: string): void {
  const top = sheet.getCell('A1');
  safeText(top, title);
  top.font = { ...BOLD, size: 14 };
  const second = sheet.getCell('A2');
  second.value = subtitle;
  second.font = { ...BOLD, color: { argb: 'FF4A5568' } };
}

/** A bold, shaded header row with a rule under it. */
export function styleHeader(row: Row, columns: number): void {
  for (let c = 1; c <= columns; c += 1) {
    const cell = row.getCell(c);
    cell.font = BOLD;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: THIN };
    cell.alignment = { vertical: 'middle', wrapText: true };
  }
}

/** A bold total row with a rule above it (shaded when it is a grand total). */
export function styleTotal(row: Row, columns: number, grand = false): void {
  for (let c = 1; c <= columns; c += 1) {
    const cell = row.getCell(c);
    cell.font = BOLD;
    cell.border = grand ? { top: THIN, bottom: THIN } : { top: THIN };
    if (grand) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: TOTAL_FILL } };
  }
}

/**
 * Print and view settings every sheet shares: the header row frozen and repeated on each printed
 * page, landscape A4 fitted to one page wide, and page numbers in the footer.
 */
export function finishSheet(sheet: Worksheet, headerRow: number): void {
  sheet.views = [
    { state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` },
  ];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: '&L&A&R&P / &N' };
}

/** Characters a cell needs to show its value as formatted (an estimate: Excel widths are in "0"s). */
function displayLength(cell: Cell, formats: WorkbookFormats, money: Intl.NumberFormat): number {
  const value: CellValue = cell.value;
  const shown =
    value !== null && typeof value === 'object' && 'formula' in value ? value.result : value;
  if (typeof shown === 'string') {
    return Math.max(...shown.split(/\r?\n/).map((line) => line.length));
  }
  if (typeof shown === 'number') {
    if (cell.numFmt === formats.money) return money.format(shown).length;
    if (cell.numFmt === formats.percent) return 8;
    return String(shown).length;
  }
  if (shown instanceof Date) return 10;
  return 0;
}

interface FitOptions {
  /** The header row: rows above it (titles) do not widen the columns, their text may overflow. */
  headerRow: number;
  /** Rows from this one on are measured (default: the header row). */
  fromRow?: number;
  /** Widest column, in characters; longer text wraps. */
  maxWidth?: number;
  minWidth?: number;
}

function isNumeric(cell: Cell): boolean {
  const value = cell.value;
  return (
    typeof value === 'number' ||
    value instanceof Date ||
    (value !== null && typeof value === 'object' && 'formula' in value)
  );
}

/**
 * Alignment an accountant expects: numbers right, their headers too; text indented by one so a
 * label never touches the amount on its left.
 */
function alignCells(sheet: Worksheet, headerRow: number): void {
  const numericColumns = new Set<number>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    row.eachCell((cell, column) => {
      if (isNumeric(cell)) numericColumns.add(column);
      else if (typeof cell.value === 'string' && column > 1) {
        cell.alignment = { ...cell.alignment, horizontal: 'left', indent: 1 };
      }
    });
  });
  sheet.getRow(headerRow).eachCell((cell, column) => {
    cell.alignment = numericColumns.has(column)
      ? { ...cell.alignment, horizontal: 'right' }
      : { ...cell.alignment, horizontal: 'left', indent: column > 1 ? 1 : 0 };
  });
}

/**
 * Sets each column's width to fit its widest value (with a little air), wrapping text in the cells
 * that would still not fit, so no amount shows as ##### and no label is cut.
 */
export function fitColumns(sheet: Worksheet, formats: WorkbookFormats, options: FitOptions): void {
  const maxWidth = options.maxWidth ?? 60;
  const minWidth = options.minWidth ?? 8;
  const fromRow = options.fromRow ?? options.headerRow;
  alignCells(sheet, options.headerRow);
  const money = new Intl.NumberFormat(intlLocales[formats.language], {
    style: 'currency',
    currency: formats.currency,
  });
  const widths = new Map<number, number>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber < fromRow) return;
    row.eachCell((cell, column) => {
      // Bold text is wider; the factor keeps a bold total from showing as #####.
      const factor = cell.font?.bold === true ? 1.15 : 1;
      const indent = cell.alignment?.indent ?? 0;
      // A header may wrap onto two lines: its longest word sets the width, not the whole text.
      const length =
        rowNumber === options.headerRow && typeof cell.value === 'string'
          ? Math.max(...cell.value.split(' ').map((word) => word.length))
          : displayLength(cell, formats, money);
      const width = Math.ceil(length * factor) + 2 + indent;
      widths.set(column, Math.max(widths.get(column) ?? minWidth, width));
    });
  });
  for (const [column, width] of widths) {
    sheet.getColumn(column).width = Math.min(maxWidth, Math.max(minWidth, width));
  }
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber < fromRow) return;
    let lines = 1;
    row.eachCell((cell, column) => {
      if (typeof cell.value !== 'string') return;
      const width = sheet.getColumn(column).width ?? minWidth;
      const cellLines = linesNeeded(cell.value, cell, width);
      if (cellLines === 1) return;
      const header = rowNumber === options.headerRow;
      cell.alignment = { ...cell.alignment, wrapText: true, vertical: header ? 'middle' : 'top' };
      lines = Math.max(lines, cellLines);
    });
    // Neither Excel nor LibreOffice grows a row to fit wrapped text when it opens the file.
    if (lines === 1) return;
    row.height = LINE_HEIGHT * lines;
    // The row's other cells line up with the first line of the wrapped text.
    const vertical = rowNumber === options.headerRow ? 'middle' : 'top';
    row.eachCell((cell) => {
      cell.alignment = { ...cell.alignment, vertical };
    });
  });
}

/** Points per line of 11-point Calibri: Excel's default row height. */
const LINE_HEIGHT = 15;

/** How many lines a text needs in a column `width` characters wide (an estimate, on the safe side). */
function linesNeeded(text: string, cell: Cell, width: number): number {
  const factor = cell.font?.bold === true ? 1.15 : 1;
  const room = Math.max(1, width - 2 - (cell.alignment?.indent ?? 0));
  return text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil((line.length * factor) / room)), 0);
}
