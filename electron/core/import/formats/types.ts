import type { ImportMapping } from '../../../../shared/contract/imports';
import { apiMessage } from '../../../../shared/errors';
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

/** A column a format cannot do without: its header, or another one that may stand in for it. */
export interface RequiredColumn {
  header: string;
  alternative?: string;
  index: number | undefined;
}

/** Reports each missing required column on the header line; true when all are there. */
export function requireColumns(
  source: RowSource,
  sink: IssueSink,
  required: readonly RequiredColumn[],
): boolean {
  let complete = true;
  for (const { header, alternative, index } of required) {
    if (index !== undefined) continue;
    complete = false;
    sink.add({
      file: source.file,
      line: source.headerLine,
      column: null,
      message:
        alternative === undefined
          ? apiMessage('apiErrors.imports.requiredColumn', { column: header })
          : apiMessage('apiErrors.imports.requiredColumnOr', { column: header, alternative }),
    });
  }
  return complete;
}

/** Reads a payment status through a table of the platform's words (platform null: generic). */
export function statusReader(
  platform: string | null,
  table: Readonly<Record<string, PaymentStatus>>,
): (text: string) => PaymentStatus {
  const known = Object.keys(table)
    .filter((word) => word !== '')
    .join(', ');
  return (text) => {
    const status = table[text.trim().toLowerCase()];
    if (status === undefined) {
      const input = JSON.stringify(text);
      throw new CellError(
        platform === null
          ? apiMessage('apiErrors.imports.notKnownStatus', { input, known })
          : apiMessage('apiErrors.imports.notPlatformStatus', { input, platform, known }),
      );
    }
    return status;
  };
}
