import type { LocalizedText } from '../../../shared/errors';
import { CellError } from './values';
import type { IssueSink } from './issues';
import { cellProblem, columnName } from './issues';
import { cellLine, type RowSource, type TableRow } from './table';

/** Contributor columns an import may fill; the names are the `contributors` table's. */
export const contributorFields = [
  'display_name',
  'first_name',
  'last_name',
  'email',
  'phone',
  'address_line1',
  'address_line2',
  'postal_code',
  'city',
  'region',
  'country_code',
  'language',
] as const;
export type ContributorField = (typeof contributorFields)[number];
/** Only the fields the format provides; '' = the column is there but the cell is empty. */
export type ContributorValues = Partial<Record<ContributorField, string>>;

export type PaymentStatus = 'pledged' | 'collected' | 'failed' | 'refund_due' | 'refunded';

/** How a row names its reward tier; the apply step finds or creates the tier. */
export interface TierRef {
  externalId: string | null;
  title: string;
  minimumCents: number | null;
  isAddon: boolean;
}

export interface PledgeValues {
  externalId: string;
  amountCents: number;
  bonusCents: number;
  shippingCents: number;
  pledgedAt: string;
  status: PaymentStatus;
  notes: string;
  tier: TierRef | null;
  addons: { tier: TierRef; quantity: number }[];
  /** Rewards the platform says were already sent (Kickstarter "Fulfillment Status"); absent = not yet. */
  fulfillment?: 'shipped' | 'delivered';
}

/** One pledge row, normalized whatever the platform. */
export interface ImportRecord {
  file: string;
  line: number;
  /** Platform the identity and the snapshots belong to (kickstarter, ulule, the campaign's…). */
  platform: string;
  contributorExternalId: string | null;
  contributor: ContributorValues;
  pledge: PledgeValues;
}

/**
 * Reads the cells of one row for a format: typed readers that, on a bad cell, record an issue
 * naming file, line and column and mark the row bad instead of throwing.
 */
export class RowReader {
  row: TableRow = { line: 0, cells: [], cellLines: null };
  bad = false;

  constructor(
    readonly source: RowSource,
    private readonly sink: IssueSink,
  ) {}

  start(row: TableRow): void {
    this.row = row;
    this.bad = false;
  }

  /** Every cell empty: an Excel row left with only separators. */
  isBlank(): boolean {
    return this.row.cells.every((cell) => cell.trim() === '');
  }

  /** The cell verbatim ('' when the column is absent or the row is short). */
  text(column: number | undefined): string {
    return column === undefined ? '' : (this.row.cells[column] ?? '');
  }

  /** The cell trimmed: identifiers, codes, emails. */
  trimmed(column: number | undefined): string {
    return this.text(column).trim();
  }

  /** Reads a cell with `parse`; on a CellError reports it and returns `fallback`. */
  read<T>(column: number | undefined, parse: (text: string) => T, fallback: NoInfer<T>): T {
    if (column === undefined) return fallback;
    try {
      return parse(this.text(column));
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      this.fail(column, error.reason);
      return fallback;
    }
  }

  /** A cell that must not be empty; `missing` says so when it is. */
  required(column: number | undefined, missing: LocalizedText): string {
    const value = this.trimmed(column);
    if (value === '' && column !== undefined) this.fail(column, missing);
    return value;
  }

  fail(column: number, message: LocalizedText): void {
    const header = this.source.headers[column];
    this.bad = true;
    this.sink.add({
      file: this.source.file,
      line: cellLine(this.row, column),
      column: columnName(column + 1, header),
      message: cellProblem(column + 1, header, message),
    });
  }

  failRow(message: LocalizedText): void {
    this.bad = true;
    this.sink.add({ file: this.source.file, line: this.row.line, column: null, message });
  }
}
