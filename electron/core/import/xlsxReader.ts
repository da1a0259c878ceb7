import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { apiMessage, type LocalizedText } from '../../../shared/errors';
import { ArrayRowSource, type RowSource, type TableRow } from './table';

/**
 * A worksheet as text cells, so one code path reads CSV and XLSX. Numbers are written with the
 * import's decimal separator (so the amount reader treats both alike) after rounding to 15
 * significant digits, as Excel shows them (a computed 0.1 + 0.2 reads 0.3, not 0.30000000000000004).
 * Dates become ISO text (`2026-05-06`, or `2026-05-06T14:30:00` when they carry a time).
 */
export function cellText(value: CellValue, decimal: '.' | ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    const text = String(Number(value.toPrecision(15)));
    return decimal === ',' ? text.replace('.', ',') : text;
  }
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result, decimal);
  return '';
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** The first worksheet with content; header = its first non-empty row. */
export async function readXlsx(
  file: string,
  bytes: Uint8Array,
  decimal: '.' | ',',
): Promise<RowSource | { error: LocalizedText }> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer (JSZip reads either); give it an exact copy.
    const copy = bytes.slice();
    await workbook.xlsx.load(copy.buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: apiMessage('apiErrors.imports.notWorkbook', { reason }) };
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (sheet === undefined) return { error: apiMessage('apiErrors.imports.noWorksheet') };
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      cells.push(cellText(row.getCell(column).value, decimal));
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > 0) rows.push({ line: rowNumber, cells, cellLines: null });
  });
  const [header, ...data] = rows;
  if (header === undefined) return { error: apiMessage('apiErrors.imports.noWorksheet') };
  return new ArrayRowSource(`${file}`, 'xlsx', header.cells, header.line, data);
}
