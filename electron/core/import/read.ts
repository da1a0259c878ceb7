import type {
  DetectedImportFormat,
  ImportFormat,
  ImportMapping,
  ImportOptions,
} from '../../../shared/contract/imports';
import { apiMessage } from '../../../shared/errors';
import { genericFormat } from './formats/generic';
import { suggestMapping } from './formats/genericSynonyms';
import { kickstarterFormat, looksLikeKickstarter } from './formats/kickstarter';
import type { Format, FormatContext } from './formats/types';
import { looksLikeUlule, ululeFormat } from './formats/ulule';
import { HeaderIndex } from './headers';
import type { IssueSink } from './issues';
import { RowReader, type ImportRecord } from './record';
import { openSources, type InputFile } from './sources';
import type { RowSource } from './table';

export interface FileInfo {
  name: string;
  encoding: string;
  delimiter: string | null;
  rows: number;
  headers: string[];
}

export interface ReadCounters {
  /** Data rows seen (blank ones included). */
  rows: number;
  /** Rows not turned into records: blank, or with errors. */
  skipped: number;
}

/** An import's files opened and understood: which format, which mapping, and its records. */
export interface ImportReading {
  format: DetectedImportFormat;
  mapping: ImportMapping;
  files: FileInfo[];
  /** A rough row count for progress (physical lines), known before reading. */
  estimatedRows: number;
  records(counters: ReadCounters): Generator<ImportRecord>;
}

export interface CampaignTerms {
  currency: string;
  platform: string;
}

function detect(sources: readonly RowSource[]): DetectedImportFormat {
  const first = sources[0];
  if (first === undefined) return 'generic';
  const headers = new HeaderIndex(first.headers);
  if (looksLikeKickstarter(headers)) return 'kickstarter';
  if (looksLikeUlule(headers)) return 'ulule';
  return 'generic';
}

function formatFor(format: DetectedImportFormat, ctx: FormatContext): Format {
  if (format === 'kickstarter') return kickstarterFormat(ctx);
  if (format === 'ulule') return ululeFormat(ctx);
  return genericFormat(ctx);
}

/** Values beyond the header's last column are refused (a stray separator shifted the row). */
function checkRowWidth(source: RowSource, reader: RowReader): void {
  const { cells } = reader.row;
  for (let i = source.headers.length; i < cells.length; i += 1) {
    if ((cells[i] ?? '').trim() === '') continue;
    reader.fail(
      i,
      apiMessage('apiErrors.imports.valueBeyondHeader', { count: source.headers.length }),
    );
    return;
  }
}

/**
 * Opens the files, picks the format (`auto`: from the first table's headers), checks every table is
 * in that format, and gives the records row by row, so 250,000 backers never sit in memory twice.
 */
export async function readImport(
  files: readonly InputFile[],
  request: { format: ImportFormat; mapping?: ImportMapping; options: ImportOptions },
  campaign: CampaignTerms,
  sink: IssueSink,
): Promise<ImportReading> {
  const { options } = request;
  const sources = await openSources(files, options.decimal ?? '.', sink);
  const format = request.format === 'auto' ? detect(sources) : request.format;
  // A given mapping is complete (a column left out is not read); without one, guess from headers.
  const mapping: ImportMapping =
    format !== 'generic' ? {} : (request.mapping ?? suggestMapping(sources[0]?.headers ?? []));
  const currency = options.currency ?? campaign.currency;
  if (currency !== campaign.currency) {
    sink.add({
      file: files[0]?.name ?? '(no file)',
      line: 1,
      column: null,
      message: apiMessage('apiErrors.imports.otherCurrency', {
        currency,
        campaignCurrency: campaign.currency,
      }),
    });
  }
  const ctx: FormatContext = {
    currency: campaign.currency,
    campaignPlatform: campaign.platform,
    decimal: options.decimal ?? null,
    dateOrder: options.dateOrder ?? 'dmy',
    mapping,
  };
  const reader = formatFor(format, ctx);
  const infos: FileInfo[] = sources.map((source) => ({
    name: source.file,
    encoding: source.encoding,
    delimiter: source.delimiter,
    rows: 0,
    headers: [...source.headers],
  }));
  if (request.format === 'auto') {
    for (const source of sources.slice(1)) {
      const other = detect([source]);
      if (other === format) continue;
      sink.add({
        file: source.file,
        line: source.headerLine,
        column: null,
        message: apiMessage('apiErrors.imports.mixedFormats', {
          other,
          first: sources[0]?.file ?? '',
          format,
        }),
      });
    }
  }

  function* records(counters: ReadCounters): Generator<ImportRecord> {
    for (const [index, source] of sources.entries()) {
      const mapper = reader.mapper(source, sink);
      const info = infos[index];
      const rowReader = new RowReader(source, sink);
      for (let row = source.next(); row !== null; row = source.next()) {
        counters.rows += 1;
        if (info !== undefined) info.rows += 1;
        rowReader.start(row);
        if (rowReader.isBlank() || mapper === null) {
          counters.skipped += 1;
          continue;
        }
        checkRowWidth(source, rowReader);
        const record = mapper.map(rowReader);
        if (record === null || rowReader.bad) {
          counters.skipped += 1;
          continue;
        }
        yield record;
      }
    }
  }

  const estimatedRows = sources.reduce((sum, source) => sum + source.estimatedRows, 0);
  return { format, mapping, files: infos, estimatedRows, records };
}
