import type { ImportMapping } from '../../../../shared/contract/imports';
import type { IssueSink } from '../issues';
import type { ImportRecord, PaymentStatus, RowReader } from '../record';
import type { RowSource } from '../table';
import { CellError, type DateOrder } from '../values';

/** What every format needs besides the file: the campaign's terms and the user's choices. */
export interface FormatContext {
  /** ISO code amounts must be in (the campaign's). */
  currency: string;
  /** The campaign's platform: identity and snapshots of generic imports belong to it. */
  campaignPlatform: string;
  /** Generic only: decimal separator of amounts; null = ',' for a `;` CSV, else '.'. */
  decimal: '.' | ',' | null;
  dateOrder: DateOrder;
  /** Generic only: field → header. */
  mapping: ImportMapping;
}

/** Turns the rows of one table into records; `map` returns null for a bad row (issues reported). */
export interface RecordMapper {
  map(reader: RowReader): ImportRecord | null;
}

/**
 * A format reads each table with a mapper built from its header; null when a required column is
 * missing (reported on the header line). One format instance serves every table of an import.
 */
export interface Format {
  mapper(source: RowSource, sink: IssueSink): RecordMapper | null;
}

/** Reports each missing required column on the header line; true when all are there. */
export function requireColumns(
  source: RowSource,
  sink: IssueSink,
  required: ReadonlyArray<{ label: string; index: number | undefined }>,
): boolean {
  let complete = true;
  for (const { label, index } of required) {
    if (index !== undefined) continue;
    complete = false;
    sink.add({
      file: source.file,
      line: source.headerLine,
      column: null,
      message: `required column ${label} is missing from the header`,
    });
  }
  return complete;
}

/** Reads a payment status through a table of the platform's words. */
export function statusReader(
  platform: string,
  table: Readonly<Record<string, PaymentStatus>>,
): (text: string) => PaymentStatus {
  const known = Object.keys(table)
    .filter((word) => word !== '')
    .join(', ');
  return (text) => {
    const status = table[text.trim().toLowerCase()];
    if (status === undefined) {
      throw new CellError(
        `${JSON.stringify(text)} is not a ${platform} payment status (known: ${known})`,
      );
    }
    return status;
  };
}
