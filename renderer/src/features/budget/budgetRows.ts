import type { BudgetChapter, BudgetLine } from '../../../../shared/contract';

/**
 * The budget grid is one flat list of rows (chapter headers, their lines, the form adding a
 * line), so a single window virtualiser can scroll a devis of a few hundred lines smoothly.
 */
export type BudgetRow =
  | {
      kind: 'chapter';
      key: string;
      chapter: BudgetChapter;
      /** Position among the chapters (for the move buttons). */
      chapterIndex: number;
      chapterCount: number;
      expanded: boolean;
    }
  | { kind: 'line'; key: string; line: BudgetLine; chapter: BudgetChapter }
  | { kind: 'empty'; key: string; chapter: BudgetChapter }
  | { kind: 'add'; key: string; chapter: BudgetChapter };

/** Cells reachable with the arrow keys, per kind of row (an input row has none: Tab walks it). */
export const LINE_COLUMNS = [
  'code',
  'label',
  'quantity',
  'unit',
  'rate',
  'amount',
  'notes',
  'remove',
] as const;
export type LineColumn = (typeof LINE_COLUMNS)[number];

/** In the order they sit in the row. */
export const CHAPTER_CONTROLS = ['toggle', 'add', 'rename', 'up', 'down'] as const;
export type ChapterControl = (typeof CHAPTER_CONTROLS)[number];

export function navigableColumns(row: BudgetRow): number {
  if (row.kind === 'line') return LINE_COLUMNS.length;
  if (row.kind === 'chapter') return CHAPTER_CONTROLS.length;
  return 0;
}

/** Columns a chapter's lines can be sorted by; chapters themselves keep the devis order. */
export const sortableColumns = ['code', 'label', 'quantity', 'rate', 'amount'] as const;
export type SortColumn = (typeof sortableColumns)[number];

export interface LineSort {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

export interface RowModelInput {
  chapters: readonly BudgetChapter[];
  lines: readonly BudgetLine[];
  collapsed: ReadonlySet<number>;
  /** The chapter whose "new line" form is open, if any. */
  addingTo: number | null;
  /** Within each chapter; null keeps the devis order. */
  sort: LineSort | null;
  /** Compares texts the way the user's language orders them. */
  collator: Intl.Collator;
}

function lineComparator(sort: LineSort, collator: Intl.Collator) {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byColumn = (a: BudgetLine, b: BudgetLine): number => {
    switch (sort.column) {
      case 'code':
        return collator.compare(a.code, b.code);
      case 'label':
        return collator.compare(a.label, b.label);
      case 'quantity':
        return a.quantityMilli - b.quantityMilli;
      case 'rate':
        return a.rateCents - b.rateCents;
      case 'amount':
        return a.amountCents - b.amountCents;
    }
  };
  // Ties keep the devis order, whichever the direction.
  return (a: BudgetLine, b: BudgetLine) => sign * byColumn(a, b) || a.position - b.position;
}

/** Chapters in order; under each expanded one its lines (server order), then the form if open. */
export function buildRows({
  chapters,
  lines,
  collapsed,
  addingTo,
  sort,
  collator,
}: RowModelInput): BudgetRow[] {
  const linesByChapter = new Map<number, BudgetLine[]>();
  for (const line of lines) {
    const list = linesByChapter.get(line.chapterId);
    if (list) list.push(line);
    else linesByChapter.set(line.chapterId, [line]);
  }
  const rows: BudgetRow[] = [];
  chapters.forEach((chapter, chapterIndex) => {
    const expanded = !collapsed.has(chapter.id);
    rows.push({
      kind: 'chapter',
      key: `chapter-${chapter.id}`,
      chapter,
      chapterIndex,
      chapterCount: chapters.length,
      expanded,
    });
    if (!expanded) return;
    const chapterLines = linesByChapter.get(chapter.id) ?? [];
    if (sort) chapterLines.sort(lineComparator(sort, collator));
    for (const line of chapterLines) {
      rows.push({ kind: 'line', key: `line-${line.id}`, line, chapter });
    }
    if (addingTo === chapter.id) {
      rows.push({ kind: 'add', key: `add-${chapter.id}`, chapter });
    } else if (chapterLines.length === 0) {
      rows.push({ kind: 'empty', key: `empty-${chapter.id}`, chapter });
    }
  });
  return rows;
}

/** The next row (from `from`, in `step` direction) that has cells to land on, or null. */
export function nextNavigableRow(
  rows: readonly BudgetRow[],
  from: number,
  step: 1 | -1,
): number | null {
  for (let index = from + step; index >= 0 && index < rows.length; index += step) {
    const row = rows[index];
    if (row && navigableColumns(row) > 0) return index;
  }
  return null;
}

/**
 * The navigable row `count` steps away (PageUp/PageDown), or the last one on the way when the
 * devis ends first; null when there is none in that direction.
 */
export function navigableRowAfter(
  rows: readonly BudgetRow[],
  from: number,
  step: 1 | -1,
  count: number,
): number | null {
  let reached: number | null = null;
  let index = from;
  for (let moved = 0; moved < count; moved += 1) {
    const next = nextNavigableRow(rows, index, step);
    if (next === null) break;
    reached = next;
    index = next;
  }
  return reached;
}
