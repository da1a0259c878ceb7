import type { ImportIssue } from '../../../shared/contract/imports';

/** How many errors a summary lists; the count covers all of them. */
export const MAX_LISTED_ERRORS = 1000;

/** Collects import errors: keeps the first ones, counts them all. */
export class IssueSink {
  readonly list: ImportIssue[] = [];
  count = 0;

  add(issue: ImportIssue): void {
    this.count += 1;
    if (this.list.length < MAX_LISTED_ERRORS) this.list.push(issue);
  }
}

/** Spreadsheet letter of a 1-based column: 1 → A, 28 → AB. */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "column 4 (D) “Email”": the 1-based index, the spreadsheet letter and the header, together. */
export function describeColumn(index: number, header: string | undefined): string {
  const name = header !== undefined && header.trim() !== '' ? ` “${header}”` : '';
  return `column ${index} (${columnLetter(index)})${name}`;
}

/** Where a header sits, for a column-level issue: its name, or its position when it has none. */
export function columnName(index: number, header: string | undefined): string {
  return header !== undefined && header.trim() !== '' ? header : `column ${index}`;
}
