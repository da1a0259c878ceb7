import { apiMessage, type LocalizedText } from '../../../shared/errors';
import type { IssueSink } from './issues';
import { cellProblem, columnName } from './issues';
import type { TableRow } from './table';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * A hand-written RFC 4180 tokenizer rather than csv-parse: csv-parse's `info` gives the line where
 * a record ENDS, not where it starts, and nothing per cell; after a quoted multi-line field every
 * later cell of the row sits on another physical line, and an error must name that line. It also
 * reports an unterminated quote on the last line of the file instead of the line where the quote
 * opened. This reader walks the text once (no backtracking, so no hang on any input), tracks the
 * physical line of every cell (CRLF, LF or lone CR all end a line), keeps values verbatim, and
 * reports malformed quoting with file, line and column instead of throwing.
 */
export class CsvReader {
  private pos = 0;
  private line = 1;
  private readonly delimiter: number;
  /** Set once the header row is read, so later errors can name the column. */
  headers: readonly string[] = [];

  constructor(
    private readonly text: string,
    delimiter: string,
    private readonly file: string,
    private readonly issues: IssueSink,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The next record that is not an empty line, or null at the end of the text. */
  next(): TableRow | null {
    while (this.pos < this.text.length) {
      // An empty line holds no record; a line holding `""` holds one empty value.
      const emptyLine = this.endsLine(this.text.charCodeAt(this.pos));
      const row = this.readRecord();
      if (row !== null && !(emptyLine && row.cells.length === 1)) return row;
    }
    return null;
  }

  private endsLine(c: number): boolean {
    return c === LF || c === CR;
  }

  private reportCell(line: number, index: number, message: LocalizedText): void {
    const header = this.headers[index - 1];
    this.issues.add({
      file: this.file,
      line,
      column: columnName(index, header),
      message: cellProblem(index, header, message),
    });
  }

  /** Reads one record from `pos`; null when it was malformed (reported) and must be dropped. */
  private readRecord(): TableRow | null {
    const text = this.text;
    const end = text.length;
    const startLine = this.line;
    const cells: string[] = [];
    let cellLines: number[] | null = null;
    let malformed = false;
    for (;;) {
      const lineOfCell = this.line;
      let p = this.pos;
      let value: string;
      if (p < end && text.charCodeAt(p) === QUOTE) {
        const quoted = this.readQuoted(p + 1, lineOfCell, cells.length + 1);
        if (quoted === null) return null;
        value = quoted.value;
        p = quoted.end;
        while (p < end && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) {
          if (text.charCodeAt(p) === this.delimiter) break;
          p += 1;
        }
        if (p < end && !this.endsCell(text.charCodeAt(p))) {
          this.reportCell(
            this.line,
            cells.length + 1,
            apiMessage('apiErrors.imports.textAfterQuote', {
              text: JSON.stringify(text.slice(p, p + 20)),
            }),
          );
          malformed = true;
          while (p < end && !this.endsCell(text.charCodeAt(p))) p += 1;
        }
      } else {
        while (p < end && !this.endsCell(text.charCodeAt(p))) p += 1;
        value = text.slice(this.pos, p);
      }
      if (lineOfCell !== startLine && cellLines === null) {
        cellLines = cells.map(() => startLine);
      }
      cells.push(value);
      cellLines?.push(lineOfCell);
      if (p >= end) {
        this.pos = end;
        break;
      }
      const c = text.charCodeAt(p);
      if (c === this.delimiter) {
        this.pos = p + 1;
        continue;
      }
      this.pos = c === CR && text.charCodeAt(p + 1) === LF ? p + 2 : p + 1;
      this.line += 1;
      break;
    }
    return malformed ? null : { line: startLine, cells, cellLines };
  }

  private endsCell(c: number): boolean {
    return c === this.delimiter || c === LF || c === CR;
  }

  /** A quoted value from just after its opening quote; null (reported) when never closed. */
  private readQuoted(
    start: number,
    openedOnLine: number,
    columnIndex: number,
  ): { value: string; end: number } | null {
    const text = this.text;
    let value = '';
    let p = start;
    for (;;) {
      const q = text.indexOf('"', p);
      if (q === -1) {
        this.countLines(p, text.length);
        this.pos = text.length;
        this.reportCell(
          openedOnLine,
          columnIndex,
          apiMessage('apiErrors.imports.quoteNeverClosed', {
            line: String(openedOnLine),
            lastLine: String(this.line),
          }),
        );
        return null;
      }
      this.countLines(p, q);
      value += text.slice(p, q);
      if (text.charCodeAt(q + 1) === QUOTE) {
        value += '"';
        p = q + 2;
        continue;
      }
      return { value, end: q + 1 };
    }
  }

  /** Advances the line counter over text[from, to): CRLF, LF and a lone CR each end a line. */
  private countLines(from: number, to: number): void {
    const text = this.text;
    for (let i = from; i < to; i += 1) {
      const c = text.charCodeAt(i);
      if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) this.line += 1;
    }
  }
}
