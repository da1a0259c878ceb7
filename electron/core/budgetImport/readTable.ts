import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { apiMessage, type LocalizedText } from '../../../shared/errors';
import { CsvReader } from '../import/csvReader';
import { decodeBytes, detectDelimiter, type Delimiter } from '../import/decode';
import { IssueSink } from '../import/issues';
import type { TableRow } from '../import/table';
import { cellText } from '../import/xlsxReader';
import { findHeaderRow, HEADER_SEARCH_ROWS, headerScore } from './fields';

/**
 * A devis as rows of text cells, from the top of the file: unlike a platform export, a producer's
 * devis often opens with a title block, so the header row is found later (findHeaderRow), not
 * taken to be the first row.
 */
export interface BudgetTable {
  file: string;
  kind: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: Delimiter | null;
  sheet: string | null;
  sheets: string[];
  /** Non-blank rows (a row of empty cells is kept: it is listed as skipped). */
  rows: TableRow[];
  /** Index in `rows` of the header row. */
  headerIndex: number;
  /** XLSX: whether a cell held text (a number cell's text follows the decimal asked for). */
  isTextCell(line: number, column: number): boolean;
  /** XLSX: the rows again with numbers written with `decimal`; CSV: the same rows. */
  withDecimal(decimal: '.' | ','): TableRow[];
  /** CSV: whether the text ends with a line break (a file cut short usually does not). */
  endsWithNewline: boolean;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function isOldExcel(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

function fileError(sink: IssueSink, file: string, message: LocalizedText): null {
  sink.add({ file, line: 1, column: null, message });
  return null;
}

function readCsv(
  file: string,
  bytes: Uint8Array,
  delimiterOption: Delimiter | undefined,
  sink: IssueSink,
): BudgetTable | null {
  const { text, encoding } = decodeBytes(bytes);
  const delimiter = delimiterOption ?? detectDelimiter(text);
  // A first look at the top rows finds the header (its problems are reported by the full read).
  const look = new CsvReader(text, delimiter, file, new IssueSink());
  const top: TableRow[] = [];
  for (let row = look.next(); row !== null && top.length < HEADER_SEARCH_ROWS; row = look.next()) {
    top.push(row);
  }
  if (top.length === 0) return fileError(sink, file, apiMessage('apiErrors.imports.fileEmpty'));
  const headerIndex = findHeaderRow(top);
  const reader = new CsvReader(text, delimiter, file, sink);
  // So that tokenizer errors (an unclosed quote…) name the column by its header.
  reader.headers = top[headerIndex]?.cells ?? [];
  const rows: TableRow[] = [];
  for (let row = reader.next(); row !== null; row = reader.next()) rows.push(row);
  return {
    file,
    kind: 'csv',
    encoding,
    delimiter,
    sheet: null,
    sheets: [],
    rows,
    headerIndex,
    isTextCell: () => true,
    withDecimal: () => rows,
    endsWithNewline: /[\r\n]$/.test(text),
  };
}

/** A worksheet's rows; a cell merged into another (a title spanning columns) reads as empty. */
function sheetRows(
  sheet: Worksheet,
  decimal: '.' | ',',
  textCells: Set<string> | null,
): TableRow[] {
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      const cell = row.getCell(column);
      const merged = cell.isMerged && cell.master.address !== cell.address;
      const value = merged ? null : cell.value;
      if (
        textCells !== null &&
        (typeof value === 'string' ||
          (value !== null && typeof value === 'object' && 'richText' in value))
      ) {
        textCells.add(`${rowNumber}:${column - 1}`);
      }
      cells.push(cellText(value, decimal));
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > 0) rows.push({ line: rowNumber, cells, cellLines: null });
  });
  return rows;
}

/** The best header row a sheet has: a devis workbook often opens with a summary sheet. */
function sheetScore(rows: readonly TableRow[]): number {
  const header = rows[findHeaderRow(rows)];
  return header === undefined ? 0 : headerScore(header.cells);
}

async function readWorkbook(
  file: string,
  bytes: Uint8Array,
  sheetOption: string | undefined,
  sink: IssueSink,
): Promise<BudgetTable | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; give it an exact copy.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fileError(sink, file, apiMessage('apiErrors.imports.notWorkbook', { reason }));
  }
  const withData = workbook.worksheets.filter((ws) => ws.actualRowCount > 0);
  if (withData.length === 0) {
    return fileError(sink, file, apiMessage('apiErrors.imports.noWorksheet'));
  }
  let sheet: Worksheet | undefined;
  if (sheetOption !== undefined) {
    sheet = withData.find((ws) => ws.name === sheetOption);
    if (sheet === undefined) {
      const sheets = withData.map((ws) => `“${ws.name}”`).join(', ');
      return fileError(
        sink,
        file,
        apiMessage('apiErrors.budgetImport.noSuchWorksheet', { sheet: sheetOption, sheets }),
      );
    }
  } else {
    const scored = withData.map((ws) => ({ ws, score: sheetScore(sheetRows(ws, '.', null)) }));
    const best = Math.max(...scored.map((s) => s.score));
    sheet = scored.find((s) => s.score === best)?.ws;
  }
  if (sheet === undefined)
    return fileError(sink, file, apiMessage('apiErrors.imports.noWorksheet'));
  const chosen = sheet;
  const textCells = new Set<string>();
  const rows = sheetRows(chosen, '.', textCells);
  return {
    file,
    kind: 'xlsx',
    encoding: null,
    delimiter: null,
    sheet: chosen.name,
    sheets: withData.map((ws) => ws.name),
    rows,
    headerIndex: findHeaderRow(rows),
    isTextCell: (line, column) => textCells.has(`${line}:${column}`),
    withDecimal: (decimal) => (decimal === '.' ? rows : sheetRows(chosen, decimal, null)),
    endsWithNewline: true,
  };
}

/** The file as a table: an XLSX workbook (by its zip signature) or a CSV in any usual encoding. */
export async function readBudgetTable(
  file: { name: string; bytes: Uint8Array },
  options: { delimiter?: Delimiter; sheet?: string },
  sink: IssueSink,
): Promise<BudgetTable | null> {
  if (file.bytes.length === 0) {
    return fileError(sink, file.name, apiMessage('apiErrors.budgetImport.fileEmpty'));
  }
  if (isOldExcel(file.bytes)) {
    return fileError(sink, file.name, apiMessage('apiErrors.imports.oldExcel'));
  }
  if (isZip(file.bytes)) return readWorkbook(file.name, file.bytes, options.sheet, sink);
  return readCsv(file.name, file.bytes, options.delimiter, sink);
}
