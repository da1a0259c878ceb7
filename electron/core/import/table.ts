/**
 * A table read from one file (a CSV, a zip entry or a worksheet): header + rows, each row with
 * its physical line (or worksheet row), and each cell's own line when a quoted field spans lines.
 */
export interface TableRow {
  /** Physical line where the row starts (1-based), or the worksheet row number. */
  line: number;
  /** Cells by 0-based column; column N in messages is cells[N - 1]. */
  cells: string[];
  /** Line of each cell when the row spans several lines; null when the row is on one line. */
  cellLines: number[] | null;
}

export interface RowSource {
  /** The name errors use: the file, or `archive.zip/entry.csv`. */
  readonly file: string;
  readonly encoding: string;
  readonly delimiter: string | null;
  readonly headers: readonly string[];
  readonly headerLine: number;
  /** About how many rows follow the header (physical lines), for progress. */
  readonly estimatedRows: number;
  /** Next non-blank row, or null at the end. */
  next(): TableRow | null;
}

/** Line of a cell: its own when the row spans lines, else the row's. */
export function cellLine(row: TableRow, column: number): number {
  return row.cellLines?.[column] ?? row.line;
}

/** A worksheet or an already split table, served row by row like a CSV. */
export class ArrayRowSource implements RowSource {
  private index = 0;

  constructor(
    readonly file: string,
    readonly encoding: string,
    readonly headers: readonly string[],
    readonly headerLine: number,
    private readonly rows: readonly TableRow[],
  ) {}

  readonly delimiter = null;

  get estimatedRows(): number {
    return this.rows.length;
  }

  next(): TableRow | null {
    return this.rows[this.index++] ?? null;
  }
}
