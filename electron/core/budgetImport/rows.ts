import type { BudgetUnit } from '../../../shared/contract/budget';
import type { BudgetImportField, BudgetImportSkipped } from '../../../shared/contract/budgetImport';
import { apiMessage, type LocalizedText } from '../../../shared/errors';
import { MoneyParseError, parseMoney, parseQuantity } from '../../../shared/money';
import type { IssueSink } from '../import/issues';
import { RowReader } from '../import/record';
import type { RowSource, TableRow } from '../import/table';
import { CellError } from '../import/values';
import { quantityText } from '../services/budget';
import { parseChapterText, type ChapterPlan, type PlannedChapter } from './chapters';
import { lineFigures } from './figures';
import { unitOf } from './units';

/** Field → 0-based column of the mapped header. */
export type Columns = Partial<Record<BudgetImportField, number>>;

export interface RowContext {
  source: RowSource;
  columns: Columns;
  decimal: '.' | ',';
  currency: string;
  errors: IssueSink;
  warnings: IssueSink;
  plan: ChapterPlan;
  skipped: BudgetImportSkipped[];
  /** Whether a text is the title of one of the project's chapters (to recognise a header row). */
  isChapterTitle(text: string): boolean;
}

const MAX_CODE = 20;
const MAX_LABEL = 200;
const MAX_NOTES = 2000;

/** "Total", "Sous-total chapitre 2", "TOTAL GÉNÉRAL", "Subtotal": the file's own sums, not lines. */
const SUBTOTAL =
  /^(?:sous[\s-]?totaux|sous[\s-]?total|sub[\s-]?totals?|totaux|totals?|grand[\s-]total|montant total)\b/iu;
/** VAT rows after the total: a budget is kept before tax. */
const TAX = /^(?:tva|t\.v\.a\.|vat|taxes?|total\s+ttc)\b/iu;
/** A cell that is only a number, an amount or a percentage. */
const NUMERIC = /^[\d\s.,'\u00a0\u202f€$£%+\-\u2212]+$/u;

function rowText(row: TableRow): string {
  return row.cells
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .join(' · ')
    .slice(0, 200);
}

/** The first cell holding words: where a devis writes "Total chapitre 2" or "TVA 20 %". */
function firstWords(row: TableRow): string {
  return (
    row.cells.map((cell) => cell.trim()).find((cell) => cell !== '' && !NUMERIC.test(cell)) ?? ''
  );
}

function isUpperCaseTitle(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** Reads a devis's rows one by one, keeping which chapter a header row opened. */
class LineReader {
  private readonly reader: RowReader;
  /** Sums of the lines read since the last chapter header or subtotal, and since the start. */
  private sectionCents = 0;
  private grandCents = 0;
  /** A chapter header row that states its chapter's total, checked when the chapter ends. */
  private statedTotal: { line: number; cents: number } | null = null;

  constructor(private readonly ctx: RowContext) {
    this.reader = new RowReader(ctx.source, ctx.errors);
  }

  private cell(field: BudgetImportField): string {
    return this.reader.trimmed(this.ctx.columns[field]);
  }

  /** Parses a mapped cell; empty → null; a bad value is reported on its column and gives null. */
  private parsed(field: BudgetImportField, parse: (text: string) => number): number | null {
    const column = this.ctx.columns[field];
    if (this.reader.trimmed(column) === '') return null;
    return this.reader.read<number | null>(
      column,
      (text) => {
        try {
          return parse(text);
        } catch (error) {
          if (error instanceof MoneyParseError) throw new CellError(error.reason);
          throw error;
        }
      },
      null,
    );
  }

  private money(field: 'rate' | 'amount'): number | null {
    const { currency, decimal } = this.ctx;
    return this.parsed(field, (text) => {
      const cents = parseMoney(text, { currency, decimal });
      if (cents < 0) {
        throw new CellError(
          apiMessage('apiErrors.budgetImport.negativeAmount', { input: JSON.stringify(text) }),
        );
      }
      return cents;
    });
  }

  private checkLength(field: 'code' | 'label' | 'notes', max: number): void {
    const column = this.ctx.columns[field];
    if (column !== undefined && this.reader.trimmed(column).length > max) {
      this.reader.fail(column, apiMessage('apiErrors.budgetImport.tooLong', { max }));
    }
  }

  /** Values beyond the header's last column: a stray separator shifted the row. */
  private checkWidth(row: TableRow): void {
    const width = this.ctx.source.headers.length;
    for (let i = width; i < row.cells.length; i += 1) {
      if ((row.cells[i] ?? '').trim() === '') continue;
      this.reader.fail(i, apiMessage('apiErrors.imports.valueBeyondHeader', { count: width }));
      return;
    }
  }

  private unit(quantityMilli: number, fromQuantity: boolean): BudgetUnit {
    const text = this.cell('unit');
    const fallback: BudgetUnit = fromQuantity && quantityMilli !== 1000 ? 'unit' : 'flat';
    if (text === '') return fallback;
    const unit = unitOf(text);
    if (unit !== undefined) return unit;
    this.warn(
      'unit',
      apiMessage('apiErrors.budgetImport.unknownUnit', {
        input: JSON.stringify(text),
        unit: fallback,
      }),
    );
    return fallback;
  }

  private warn(
    field: BudgetImportField | null,
    message: LocalizedText,
    line = this.reader.row.line,
  ): void {
    const column = field === null ? undefined : this.ctx.columns[field];
    const header = column === undefined ? undefined : this.ctx.source.headers[column];
    this.ctx.warnings.add({ file: this.ctx.source.file, line, column: header ?? null, message });
  }

  private skip(row: TableRow, reason: BudgetImportSkipped['reason']): void {
    this.ctx.skipped.push({ line: row.line, reason, text: rowText(row) });
  }

  /** The chapter a header row (a code and a title, no figures) opens, or null when it is a line. */
  private chapterHeader(code: string, label: string, chapterCell: string): PlannedChapter | null {
    if (chapterCell !== '') return this.ctx.plan.resolve(parseChapterText(chapterCell));
    if (code !== '') {
      const ref = parseChapterText(code);
      const title = label === '' ? ref.title : label;
      return this.ctx.plan.resolve({ code: ref.code ?? code, title });
    }
    const looksLikeChapter =
      isUpperCaseTitle(label) ||
      this.ctx.isChapterTitle(label) ||
      /^(?:chapitre|chapter)\b/iu.test(label);
    return looksLikeChapter ? this.ctx.plan.resolve(parseChapterText(label)) : null;
  }

  /**
   * A chapter header that also shows the chapter's total ("2 PERSONNEL … 12 500,00"), as many devis
   * do: only in a file with quantity and rate columns (lines have their own figures), and when the
   * label reads as a chapter title rather than a line.
   */
  private isHeaderWithTotal(code: string, label: string): boolean {
    const { columns } = this.ctx;
    if (columns.rate === undefined || columns.quantity === undefined) return false;
    if (code !== '' && !/^\d+$/.test(code)) return false;
    return isUpperCaseTitle(label) || this.ctx.isChapterTitle(label);
  }

  /** The chapter of a line: its chapter cell, else the last header row, else its dotted code. */
  private chapterOfLine(code: string, chapterCell: string, current: PlannedChapter | null) {
    if (chapterCell !== '') return this.ctx.plan.resolve(parseChapterText(chapterCell));
    if (current !== null) return current;
    const dotted = /^(\d+)[.\-/]\d/.exec(code);
    if (dotted?.[1] !== undefined) return this.ctx.plan.resolve({ code: dotted[1], title: null });
    return this.ctx.plan.fallback();
  }

  private openChapter(chapter: PlannedChapter, statedCents: number | null): PlannedChapter {
    this.endChapter();
    this.sectionCents = 0;
    const line = this.reader.row.line;
    this.statedTotal = statedCents === null ? null : { line, cents: statedCents };
    return chapter;
  }

  /** The total a chapter header stated, against its lines. */
  endChapter(): void {
    const stated = this.statedTotal;
    this.statedTotal = null;
    if (stated === null || stated.cents === this.sectionCents) return;
    const money = (cents: number) => ({ cents, currency: this.ctx.currency });
    this.warn(
      'amount',
      apiMessage('apiErrors.budgetImport.chapterTotalDiffers', {
        stated: money(stated.cents),
        lines: money(this.sectionCents),
      }),
      stated.line,
    );
  }

  /** A subtotal row's amount against the lines above it (since the last subtotal, or all). */
  private checkSubtotal(row: TableRow): void {
    const text = this.cell('amount');
    if (text === '') return;
    let cents: number;
    try {
      cents = parseMoney(text, { currency: this.ctx.currency, decimal: this.ctx.decimal });
    } catch (error) {
      if (error instanceof MoneyParseError) return;
      throw error;
    }
    if (cents === this.sectionCents || cents === this.grandCents) return;
    const money = (amount: number) => ({ cents: amount, currency: this.ctx.currency });
    const figures = { row: firstWords(row), shown: money(cents), lines: money(this.sectionCents) };
    this.warn(
      'amount',
      this.sectionCents === this.grandCents
        ? apiMessage('apiErrors.budgetImport.subtotalDiffers', figures)
        : apiMessage('apiErrors.budgetImport.subtotalDiffersInAll', {
            ...figures,
            all: money(this.grandCents),
          }),
    );
  }

  /** Reads one row; returns the chapter the following rows belong to. */
  read(row: TableRow, current: PlannedChapter | null): PlannedChapter | null {
    const reader = this.reader;
    reader.start(row);
    if (reader.isBlank()) {
      this.skip(row, 'empty');
      return current;
    }
    const words = firstWords(row);
    if (TAX.test(words)) {
      this.skip(row, 'tax');
      return current;
    }
    if (SUBTOTAL.test(words)) {
      this.skip(row, 'subtotal');
      this.checkSubtotal(row);
      this.endChapter();
      this.sectionCents = 0;
      return current;
    }
    this.checkWidth(row);
    this.checkLength('code', MAX_CODE);
    this.checkLength('label', MAX_LABEL);
    this.checkLength('notes', MAX_NOTES);
    const decimal = this.ctx.decimal;
    const quantity = this.parsed('quantity', (text) => parseQuantity(text, { decimal }));
    const rate = this.money('rate');
    const amount = this.money('amount');
    if (reader.bad) return current;

    const code = this.cell('code');
    const label = this.cell('label');
    const chapterCell = this.cell('chapter');
    if (quantity === null && rate === null && amount === null) {
      const opened = this.chapterHeader(code, label, chapterCell);
      if (opened !== null) return this.openChapter(opened, null);
      if (label === '') {
        this.skip(row, 'empty');
        return current;
      }
      this.warn('amount', apiMessage('apiErrors.budgetImport.noFigures', { label }));
    }
    if (
      quantity === null &&
      rate === null &&
      amount !== null &&
      this.isHeaderWithTotal(code, label)
    ) {
      const opened = this.chapterHeader(code, label, chapterCell);
      if (opened !== null) return this.openChapter(opened, amount);
    }
    const { columns } = this.ctx;
    if (label === '' && columns.label !== undefined) {
      reader.fail(columns.label, apiMessage('apiErrors.budgetImport.labelMissing'));
      return current;
    }
    const outcome = lineFigures(quantity, rate, amount, this.ctx.currency);
    if (!outcome.ok) {
      reader.fail(columns[outcome.field] ?? columns.amount ?? columns.rate ?? 0, outcome.message);
      return current;
    }
    if (outcome.warning !== null) this.warn('quantity', outcome.warning);
    const { figures } = outcome;
    this.ctx.plan.addLine(this.chapterOfLine(code, chapterCell, current), {
      line: row.line,
      code,
      label,
      quantityMilli: figures.quantityMilli,
      quantity: quantityText(figures.quantityMilli),
      unit: this.unit(figures.quantityMilli, quantity !== null),
      rateCents: figures.rateCents,
      amountCents: figures.amountCents,
      notes: this.cell('notes'),
    });
    this.sectionCents += figures.amountCents;
    this.grandCents += figures.amountCents;
    return current;
  }
}

/** Reads the data rows (below the header) into the chapter plan, errors, warnings and skipped rows. */
export function readLines(ctx: RowContext, rows: readonly TableRow[]): void {
  const lines = new LineReader(ctx);
  let current: PlannedChapter | null = null;
  for (const row of rows) current = lines.read(row, current);
  lines.endChapter();
}
