import type { Kysely } from 'kysely';
import type {
  BudgetImportMapping,
  BudgetImportPreview,
  BudgetImportSkipped,
  ParsedBudgetImportInput,
} from '../../../shared/contract/budgetImport';
import { budgetImportFields } from '../../../shared/contract/budgetImport';
import { issueFromImportIssue } from '../../../shared/contract/imports';
import { AppError, apiMessage } from '../../../shared/errors';
import { MAX_CENTS, sumCents } from '../../../shared/money';
import type { Database } from '../db/schema';
import { HeaderIndex } from '../import/headers';
import { IssueSink } from '../import/issues';
import { ArrayRowSource, type TableRow } from '../import/table';
import { listChapters } from '../services/budget';
import { languageOf } from '../services/workspace';
import { requireProject } from '../services/ownership';
import { ChapterPlan, titleKey, type PlannedChapter } from './chapters';
import { suggestMapping } from './fields';
import { readBudgetTable, type BudgetTable } from './readTable';
import { readLines, type Columns } from './rows';

export interface BudgetImportAnalysis {
  preview: BudgetImportPreview;
  /** The chapters to fill, with the project's chapter id or null for one to create. */
  chapters: readonly PlannedChapter[];
}

/** Field → header: the suggestion, overridden field by field (null: leave unmapped). */
function mergeMapping(
  suggested: BudgetImportMapping,
  requested: ParsedBudgetImportInput['mapping'],
): BudgetImportMapping {
  const mapping: BudgetImportMapping = { ...suggested };
  for (const field of budgetImportFields) {
    const value = requested?.[field];
    if (value === null) delete mapping[field];
    else if (value !== undefined) mapping[field] = value;
  }
  return mapping;
}

/** The mapping as column indexes; a header that is not there, or a column used twice, is an error. */
function columnsOf(
  mapping: BudgetImportMapping,
  headers: readonly string[],
  where: { file: string; line: number },
  errors: IssueSink,
): Columns {
  const index = new HeaderIndex(headers);
  const columns: Columns = {};
  const usedBy = new Map<number, string>();
  for (const field of budgetImportFields) {
    const header = mapping[field];
    if (header === undefined) continue;
    const column = index.find(header);
    if (column === undefined) {
      errors.add({
        ...where,
        column: null,
        message: apiMessage('apiErrors.budgetImport.mappedColumnMissing', { field, header }),
      });
      continue;
    }
    const other = usedBy.get(column);
    if (other !== undefined) {
      errors.add({
        ...where,
        column: header,
        message: apiMessage('apiErrors.budgetImport.mappedTwice', { header, other, field }),
      });
      continue;
    }
    usedBy.set(column, field);
    columns[field] = column;
  }
  if (mapping.label === undefined) {
    errors.add({
      ...where,
      column: null,
      message: apiMessage('apiErrors.budgetImport.noLabelColumn'),
    });
  }
  if (mapping.rate === undefined && mapping.amount === undefined) {
    errors.add({
      ...where,
      column: null,
      message: apiMessage('apiErrors.budgetImport.noFigureColumn'),
    });
  }
  return columns;
}

/** Which separator the file's numbers use for decimals: the one seen before 1 or 2 final digits. */
function detectDecimal(table: BudgetTable, rows: readonly TableRow[], columns: Columns): '.' | ',' {
  let dots = 0;
  let commas = 0;
  const numeric = [columns.quantity, columns.rate, columns.amount].filter((c) => c !== undefined);
  for (const row of rows) {
    for (const column of numeric) {
      if (!table.isTextCell(row.line, column)) continue;
      const match = /\d([.,])(\d+)\D*$/u.exec((row.cells[column] ?? '').trim());
      if (match === null || (match[2] ?? '').length > 2) continue;
      if (match[1] === '.') dots += 1;
      else commas += 1;
    }
  }
  if (commas !== dots) return commas > dots ? ',' : '.';
  // Nothing to tell: French Excel writes ';'-separated files with decimal commas.
  return table.delimiter === ';' ? ',' : '.';
}

/** A CSV that stops mid-row: the last row is short and no line break ends the file. */
function checkTruncated(table: BudgetTable, width: number, errors: IssueSink): void {
  const last = table.rows[table.rows.length - 1];
  if (table.kind !== 'csv' || table.endsWithNewline || last === undefined) return;
  if (table.rows.length - 1 <= table.headerIndex || last.cells.length >= width) return;
  errors.add({
    file: table.file,
    line: last.line,
    column: null,
    message: apiMessage('apiErrors.budgetImport.truncated', { cells: last.cells.length, width }),
  });
}

function fallbackTitle(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const title = base.replace(/\.[^.]*$/, '').trim();
  return (title === '' ? 'Import' : title).slice(0, 120);
}

function totalOf(
  values: readonly number[],
  errors: IssueSink,
  file: string,
  tooLarge: 'importedTotalTooLarge' | 'budgetTotalTooLarge',
): number {
  try {
    return sumCents(values);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    errors.add({
      file,
      line: 1,
      column: null,
      message: apiMessage(`apiErrors.budgetImport.${tooLarge}`, { max: String(MAX_CENTS) }),
    });
    return 0;
  }
}

/**
 * Reads the file and works out what an import would write, without writing: the chapters (the
 * project's, or custom ones to create) with their lines, skipped rows, errors and warnings.
 */
export async function analyseBudgetImport(
  db: Kysely<Database>,
  input: ParsedBudgetImportInput,
): Promise<BudgetImportAnalysis> {
  const project = await requireProject(db, input.projectId);
  const existing = await listChapters(db, input.projectId);
  const { options } = input;
  const file = input.file.name;
  // Errors and warnings are listed in the workspace's language, as the preview shows them.
  const language = await languageOf(db);
  const errors = new IssueSink(language);
  const warnings = new IssueSink(language);
  const bytes = new Uint8Array(Buffer.from(input.file.contentBase64, 'base64'));
  const table = await readBudgetTable({ name: file, bytes }, options, errors);
  const header = table?.rows[table.headerIndex];
  const headers = header?.cells ?? [];
  const suggestedMapping = suggestMapping(headers);
  const mapping = mergeMapping(suggestedMapping, input.mapping);
  const plan = new ChapterPlan(existing, fallbackTitle(file));
  const skipped: BudgetImportSkipped[] = [];
  let decimal = options.decimal ?? '.';

  if (table !== null && header !== undefined) {
    const where = { file, line: header.line };
    const columns = columnsOf(mapping, headers, where, errors);
    const firstRows = table.rows.slice(table.headerIndex + 1);
    decimal = options.decimal ?? detectDecimal(table, firstRows, columns);
    const rows = table.withDecimal(decimal);
    for (const row of rows.slice(0, table.headerIndex)) {
      skipped.push({
        line: row.line,
        reason: 'beforeHeader',
        text: row.cells
          .filter((c) => c.trim() !== '')
          .join(' · ')
          .slice(0, 200),
      });
    }
    const titles = new Set(existing.map((chapter) => titleKey(chapter.title)));
    readLines(
      {
        source: new ArrayRowSource(file, table.encoding ?? 'xlsx', headers, header.line, []),
        columns,
        decimal,
        currency: project.currency,
        errors,
        warnings,
        plan,
        skipped,
        isChapterTitle: (text) => titles.has(titleKey(text)),
      },
      rows.slice(table.headerIndex + 1),
    );
    checkTruncated(table, headers.length, errors);
  }

  const chapters = plan.chapters();
  const lines = chapters.flatMap((chapter) => chapter.lines);
  const importedCents = totalOf(
    lines.map((l) => l.amountCents),
    errors,
    file,
    'importedTotalTooLarge',
  );
  const existingCents = sumCents(existing.map((c) => c.totalCents));
  const resultingCents = options.replace
    ? importedCents
    : totalOf([existingCents, importedCents], errors, file, 'budgetTotalTooLarge');
  const preview: BudgetImportPreview = {
    source: {
      name: file,
      kind: table?.kind ?? 'csv',
      encoding: table?.encoding ?? null,
      delimiter: table?.delimiter ?? null,
      sheet: table?.sheet ?? null,
      sheets: table?.sheets ?? [],
      decimal,
      headerLine: header?.line ?? 0,
    },
    headers: [...headers],
    suggestedMapping,
    mapping,
    chapters: chapters.map((chapter) => ({
      code: chapter.code,
      title: chapter.title,
      chapterId: chapter.chapterId,
      lines: chapter.lines,
      totalCents: sumCents(chapter.lines.map((l) => l.amountCents)),
    })),
    skipped: skipped.sort((a, b) => a.line - b.line),
    errors: errors.list,
    errorCount: errors.count,
    warnings: warnings.list,
    replace: options.replace,
    totals: {
      lineCount: lines.length,
      importedCents,
      existingLineCount: existing.reduce((n, c) => n + c.lineCount, 0),
      existingCents,
      resultingCents,
    },
  };
  return { preview, chapters };
}

export async function previewBudgetImport(
  db: Kysely<Database>,
  input: ParsedBudgetImportInput,
): Promise<BudgetImportPreview> {
  return (await analyseBudgetImport(db, input)).preview;
}

/** Thrown by a run with errors: nothing was written; the issues carry file, line and column. */
export function refusal(preview: BudgetImportPreview): AppError {
  const first = preview.errors[0];
  const count = preview.errorCount;
  return new AppError(
    'validation',
    first === undefined
      ? apiMessage('apiErrors.importHasErrors', { count })
      : apiMessage('apiErrors.importHasErrorsFirst', {
          count,
          file: first.file,
          line: first.line,
          detail: first.message,
        }),
    preview.errors.map(issueFromImportIssue),
  );
}
