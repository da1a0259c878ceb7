import { unzipSync } from 'fflate';
import { apiMessage, type LocalizedText } from '../../../shared/errors';
import { CsvReader } from './csvReader';
import { decodeBytes, detectDelimiter } from './decode';
import type { IssueSink } from './issues';
import type { RowSource, TableRow } from './table';
import { readXlsx } from './xlsxReader';

/** One file as handed over by a transport (name + bytes). */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** Anything bigger, once unzipped, is refused rather than exhausting memory (a zip bomb). */
const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function isOldExcel(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

class CsvRowSource implements RowSource {
  readonly headers: readonly string[];
  readonly headerLine: number;
  readonly estimatedRows: number;

  constructor(
    readonly file: string,
    readonly encoding: string,
    readonly delimiter: string,
    private readonly reader: CsvReader,
    header: TableRow,
    text: string,
  ) {
    this.headers = header.cells;
    this.headerLine = header.line;
    reader.headers = header.cells;
    this.estimatedRows = Math.max(0, countLineFeeds(text) - header.line);
  }

  next(): TableRow | null {
    return this.reader.next();
  }
}

function countLineFeeds(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
  return lines;
}

function csvSource(file: string, bytes: Uint8Array, sink: IssueSink): RowSource | null {
  const { text, encoding } = decodeBytes(bytes);
  const delimiter = detectDelimiter(text);
  const reader = new CsvReader(text, delimiter, file, sink);
  const header = reader.next();
  if (header === null) {
    fileError(sink, file, apiMessage('apiErrors.imports.fileEmpty'));
    return null;
  }
  return new CsvRowSource(file, encoding, delimiter, reader, header, text);
}

function fileError(sink: IssueSink, file: string, message: LocalizedText): void {
  sink.add({ file, line: 1, column: null, message });
}

/** Entries worth reading in an archive: tables, not folders or macOS metadata. */
function isTableEntry(name: string): boolean {
  const base = name.split('/').pop() ?? '';
  if (name.endsWith('/') || name.startsWith('__MACOSX/') || base.startsWith('.')) return false;
  return /\.(csv|tsv|txt|xlsx)$/i.test(base);
}

async function archiveSources(
  file: InputFile,
  decimal: '.' | ',',
  sink: IssueSink,
): Promise<RowSource[]> {
  let entries: Record<string, Uint8Array>;
  let total = 0;
  let tooLarge = false;
  try {
    entries = unzipSync(file.bytes, {
      filter: (info) => {
        total += info.originalSize;
        tooLarge = total > MAX_UNZIPPED_BYTES;
        if (tooLarge) throw new Error('it unpacks to more than 1 GB');
        return true;
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fileError(
      sink,
      file.name,
      tooLarge
        ? apiMessage('apiErrors.imports.unzipsTooLarge')
        : apiMessage('apiErrors.imports.notZip', { reason }),
    );
    return [];
  }
  const names = Object.keys(entries);
  if (names.includes('xl/workbook.xml')) {
    // An .xlsx is a zip too.
    const source = await readXlsx(file.name, file.bytes, decimal);
    if ('error' in source) fileError(sink, file.name, source.error);
    return 'error' in source ? [] : [source];
  }
  const sources: RowSource[] = [];
  const tables = names.filter(isTableEntry).sort((a, b) => a.localeCompare(b));
  if (tables.length === 0) {
    fileError(sink, file.name, apiMessage('apiErrors.imports.noTableInArchive'));
  }
  for (const name of tables) {
    const bytes = entries[name];
    if (bytes === undefined) continue;
    sources.push(
      ...(await fileSources({ name: `${file.name}/${name}`, bytes }, decimal, sink, false)),
    );
  }
  return sources;
}

async function fileSources(
  file: InputFile,
  decimal: '.' | ',',
  sink: IssueSink,
  allowArchive: boolean,
): Promise<RowSource[]> {
  if (isOldExcel(file.bytes)) {
    fileError(sink, file.name, apiMessage('apiErrors.imports.oldExcel'));
    return [];
  }
  if (isZip(file.bytes)) {
    if (!allowArchive && !/\.xlsx$/i.test(file.name)) {
      fileError(sink, file.name, apiMessage('apiErrors.imports.archiveInArchive'));
      return [];
    }
    return archiveSources(file, decimal, sink);
  }
  const source = csvSource(file.name, file.bytes, sink);
  return source === null ? [] : [source];
}

/**
 * Every table the files hold, in order: a CSV is one, a zip one per CSV/XLSX inside (sorted by
 * name, so errors come in a stable order), an XLSX its first worksheet with data.
 */
export async function openSources(
  files: readonly InputFile[],
  decimal: '.' | ',',
  sink: IssueSink,
): Promise<RowSource[]> {
  const sources: RowSource[] = [];
  for (const file of files) sources.push(...(await fileSources(file, decimal, sink, true)));
  return sources;
}
