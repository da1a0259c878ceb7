import type { Cell } from 'exceljs';

/*
 * Formula injection (CSV / spreadsheet injection): a value typed by a user or imported from a
 * platform, such as `=HYPERLINK("http://evil","x")`, must never become a formula in an export.
 *
 * In an .xlsx file a string cell is only text: exceljs writes a JavaScript string as a shared
 * string, never as `<f>`. The danger is the next edit: in Excel or LibreOffice, pressing F2 then
 * Enter on such a cell re-parses its content as if typed, and `=…` becomes a live formula. Both
 * applications take a cell formatted as Text (number format `@`) literally on input, so every cell
 * of user text is written as a string with the Text format. The alternative, a leading apostrophe
 * in the value, would show up as a character in the cell (an .xlsx string holds no input syntax),
 * and exceljs 4.4 cannot write the `quotePrefix` style attribute.
 *
 * CSV has no cell types, so CSV exports follow OWASP: a leading apostrophe turns such a value into
 * text for the spreadsheet that opens the file.
 */

/** Characters that make a spreadsheet read what follows as a formula (or a DDE command). */
const FORMULA_TRIGGERS = new Set([
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  // Full-width forms: some Excel input methods fold them to their ASCII twins.
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20',
]);

/** The number format that makes Excel and LibreOffice take an edited cell's input as text. */
export const TEXT_FORMAT = '@';

/** Whether a spreadsheet would read this text as a formula if it were typed into a cell. */
export function startsLikeFormula(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.has(text.charAt(0));
}

/**
 * Writes user text into a cell as a literal string, formatted as Text so that editing it in
 * Excel or LibreOffice can never turn it into a formula; line breaks are written as LF. Use it for every value that comes from
 * user data or an import (titles, labels, names, codes, notes), never `cell.value = text`.
 */
export function safeText(cell: Cell, text: string): void {
  // XML turns a raw CR into LF on reading (exceljs writes it raw): write what will be read back.
  cell.value = text.replace(/\r\n?/g, '\n');
  cell.numFmt = TEXT_FORMAT;
}

/**
 * A CSV field's text neutralised per OWASP: a value that a spreadsheet would read as a formula gets
 * a leading apostrophe. Quoting for the CSV syntax is `csvField`'s job.
 */
export function csvSafe(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** One CSV field: neutralised (csvSafe), then quoted when it holds the separator, a quote or a line break. */
export function csvField(text: string, separator = ','): string {
  const safe = csvSafe(text);
  const needsQuotes =
    safe.includes(separator) || safe.includes('"') || safe.includes('\n') || safe.includes('\r');
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}
