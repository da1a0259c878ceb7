import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import type { BudgetChapter, BudgetLine } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';
import { AddLineRow } from './AddLineRow';
import {
  CHAPTER_CONTROLS,
  navigableColumns,
  navigableRowAfter,
  nextNavigableRow,
  type BudgetRow,
  type LineSort,
} from './budgetRows';
import { ChapterRow } from './ChapterRow';
import { GridHeader } from './GridHeader';
import { LineRow } from './LineRow';
import type { RowFrame } from './rowFrame';

interface BudgetGridProps {
  rows: readonly BudgetRow[];
  projectId: number;
  projectTitle: string;
  currency: string;
  decimal: '.' | ',';
  sort: LineSort | null;
  onSort: (sort: LineSort | null) => void;
  onToggle: (chapter: BudgetChapter) => void;
  onMoveChapter: (chapter: BudgetChapter, position: number) => Promise<void>;
  onAddLine: (chapter: BudgetChapter) => void;
  onCloseAdd: () => void;
  onRemoveLine: (line: BudgetLine) => void;
  /** A chapter to scroll to and focus once it is in the rows (a chapter just added). */
  reveal: { chapterId: number } | null;
}

/** Height of what stays pinned over the list (top bar + column headers; the total footer). */
const PINNED_TOP = 60 + 40;
const PINNED_BOTTOM = 64;

function estimateSize(row: BudgetRow | undefined): number {
  if (row?.kind === 'chapter') return 52;
  if (row?.kind === 'add') return 56;
  return 42;
}

interface FocusTarget {
  row: number;
  col: number;
  /** Which way to look when the target is disabled (a first chapter's "move up"). */
  step: 1 | -1;
}

/**
 * The budget as one keyboard-navigable grid: arrow keys move between cells, Home/End along a row,
 * Ctrl+Home/End and PageUp/PageDown between rows;
 * rows are virtualised against the window so a devis of hundreds of lines scrolls smoothly.
 */
export function BudgetGrid(props: BudgetGridProps) {
  const { rows, currency, decimal } = props;
  const { t } = useI18n();
  const hintId = useId();
  const grid = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [activeKey, setActiveKey] = useState<string | null>(null);

  // Where the list starts in the page changes when forms open above it: keep it measured.
  useEffect(() => {
    const element = body.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      setScrollMargin(element.getBoundingClientRect().top + window.scrollY);
    });
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  // The row holding the keyboard is always rendered, so scrolling never drops an edit in progress.
  const activeIndex = activeKey === null ? -1 : rows.findIndex((row) => row.key === activeKey);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < 0 || indexes.includes(activeIndex)) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => estimateSize(rows[index]),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
    scrollMargin,
    scrollPaddingStart: PINNED_TOP,
    scrollPaddingEnd: PINNED_BOTTOM,
    rangeExtractor,
  });

  const tryFocus = useCallback((): boolean => {
    const target = pendingFocus.current;
    const root = grid.current;
    if (!target || !root) return false;
    const row = rows[target.row];
    const count = row ? navigableColumns(row) : 0;
    const find = (col: number) =>
      root.querySelector<HTMLElement>(`[data-nav="${target.row}:${col}"]`);
    if (!find(target.col)) return false;
    // Skip disabled controls in the direction of travel, then the other way.
    const order = [
      ...Array.from({ length: count }, (_, i) => target.col + i * target.step),
      ...Array.from({ length: count }, (_, i) => target.col - i * target.step),
    ].filter((col) => col >= 0 && col < count);
    for (const col of order) {
      const element = find(col);
      if (element && !(element instanceof HTMLButtonElement && element.disabled)) {
        pendingFocus.current = null;
        element.focus({ preventScroll: true });
        return true;
      }
    }
    pendingFocus.current = null;
    return false;
  }, [rows]);

  // A target scrolled into view renders on a later pass: focus it once it is there.
  useEffect(() => {
    tryFocus();
  });

  const focusCell = useCallback(
    (row: number, col: number, step: 1 | -1 = 1) => {
      pendingFocus.current = { row, col, step };
      virtualizer.scrollToIndex(row, { align: 'auto' });
      tryFocus();
    },
    [virtualizer, tryFocus],
  );

  const onLeave = useCallback(
    (row: number, col: number, direction: 'next' | 'previous') => {
      const current = rows[row];
      const count = current ? navigableColumns(current) : 0;
      const step = direction === 'next' ? 1 : -1;
      if (col + step >= 0 && col + step < count) {
        focusCell(row, col + step, step);
        return;
      }
      const other = nextNavigableRow(rows, row, step);
      const otherRow = other === null ? undefined : rows[other];
      if (other === null || !otherRow) return;
      focusCell(other, step === 1 ? 0 : navigableColumns(otherRow) - 1, step);
    },
    [rows, focusCell],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!(event.target instanceof HTMLElement)) return;
    const nav = event.target.dataset['nav'];
    if (!nav) return;
    const [row = -1, col = -1] = nav.split(':').map(Number);
    const current = rows[row];
    if (!current) return;
    const last = navigableColumns(current) - 1;
    let target: FocusTarget | null = null;
    if (event.key === 'ArrowRight' && col < last) target = { row, col: col + 1, step: 1 };
    if (event.key === 'ArrowLeft' && col > 0) target = { row, col: col - 1, step: -1 };
    const toRow = (other: number | null) => {
      const otherRow = other === null ? undefined : rows[other];
      return other !== null && otherRow
        ? { row: other, col: Math.min(col, navigableColumns(otherRow) - 1), step: 1 as const }
        : null;
    };
    // As in the other tables: Home/End (with Ctrl, as in a spreadsheet) and PageUp/PageDown move
    // between rows; without Ctrl, Home/End stay along the row, the cell grid's own convention.
    const edge = event.ctrlKey || event.metaKey;
    if (event.key === 'Home')
      target = edge ? toRow(nextNavigableRow(rows, -1, 1)) : { row, col: 0, step: 1 };
    if (event.key === 'End')
      target = edge ? toRow(nextNavigableRow(rows, rows.length, -1)) : { row, col: last, step: -1 };
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      target = toRow(nextNavigableRow(rows, row, event.key === 'ArrowDown' ? 1 : -1));
    }
    if (event.key === 'PageDown' || event.key === 'PageUp') {
      const pageRows = Math.max(
        1,
        Math.floor((window.innerHeight - PINNED_TOP - PINNED_BOTTOM) / 42) - 1,
      );
      target = toRow(navigableRowAfter(rows, row, event.key === 'PageDown' ? 1 : -1, pageRows));
    }
    if (
      event.key.startsWith('Arrow') ||
      event.key.startsWith('Page') ||
      event.key === 'Home' ||
      event.key === 'End'
    ) {
      // The page would scroll under the grid otherwise.
      event.preventDefault();
    }
    if (target) focusCell(target.row, target.col, target.step);
  }

  function onFocus(event: FocusEvent<HTMLDivElement>) {
    const holder = event.target.closest<HTMLElement>('[data-index]');
    const index = Number(holder?.dataset['index']);
    const key = rows[index]?.key;
    if (key !== undefined && key !== activeKey) setActiveKey(key);
  }

  // After a move the chapter's row arrives at its new place with the reloaded rows: the keyboard
  // follows it there, on the same button (or the other one once it reached the first/last place).
  const movedChapter = useRef<{ chapterId: number; control: 'up' | 'down' } | null>(null);
  useEffect(() => {
    const moved = movedChapter.current;
    if (!moved) return;
    const index = rows.findIndex(
      (row) => row.kind === 'chapter' && row.chapter.id === moved.chapterId,
    );
    if (index < 0) return;
    movedChapter.current = null;
    const upCol = CHAPTER_CONTROLS.indexOf('up');
    const downCol = CHAPTER_CONTROLS.indexOf('down');
    focusCell(index, moved.control === 'up' ? upCol : downCol, moved.control === 'up' ? 1 : -1);
  }, [rows, focusCell]);

  // A chapter just added sits at the end, maybe far below: take the keyboard (and the view) there.
  const revealed = useRef<{ chapterId: number } | null>(null);
  useEffect(() => {
    const wanted = props.reveal;
    if (!wanted || revealed.current === wanted) return;
    const index = rows.findIndex(
      (row) => row.kind === 'chapter' && row.chapter.id === wanted.chapterId,
    );
    if (index < 0) return;
    revealed.current = wanted;
    focusCell(index, 0);
  }, [props.reveal, rows, focusCell]);

  async function moveChapter(chapter: BudgetChapter, position: number, control: 'up' | 'down') {
    await props.onMoveChapter(chapter, position);
    movedChapter.current = { chapterId: chapter.id, control };
  }

  const items = virtualizer.getVirtualItems();
  return (
    <div
      ref={grid}
      role="grid"
      className="budget-grid"
      aria-label={t('budget.grid.label', { title: props.projectTitle })}
      aria-rowcount={rows.length + 1}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <p id={hintId} hidden>
        {t('budget.grid.editHint')}
      </p>
      <GridHeader sort={props.sort} onSort={props.onSort} />
      <div
        ref={body}
        role="rowgroup"
        className="budget-grid-body"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const frame: RowFrame = {
            index: item.index,
            offset: item.start - scrollMargin,
            measure: virtualizer.measureElement,
          };
          switch (row.kind) {
            case 'chapter':
              return (
                <ChapterRow
                  key={row.key}
                  frame={frame}
                  chapter={row.chapter}
                  chapterIndex={row.chapterIndex}
                  chapterCount={row.chapterCount}
                  expanded={row.expanded}
                  currency={currency}
                  onToggle={props.onToggle}
                  onMove={(chapter, position, control) =>
                    void moveChapter(chapter, position, control)
                  }
                  onAddLine={props.onAddLine}
                />
              );
            case 'line':
              return (
                <LineRow
                  key={row.key}
                  frame={frame}
                  line={row.line}
                  currency={currency}
                  decimal={decimal}
                  hintId={hintId}
                  onLeave={onLeave}
                  onRemove={props.onRemoveLine}
                />
              );
            case 'add':
              return (
                <AddLineRow
                  key={row.key}
                  frame={frame}
                  projectId={props.projectId}
                  chapter={row.chapter}
                  currency={currency}
                  decimal={decimal}
                  onClose={props.onCloseAdd}
                />
              );
            case 'empty':
              return (
                <div
                  key={row.key}
                  role="row"
                  className="budget-row budget-empty"
                  ref={frame.measure}
                  data-index={frame.index}
                  aria-rowindex={frame.index + 2}
                  style={{ transform: `translateY(${frame.offset}px)` }}
                >
                  <div role="gridcell" className="budget-empty-cell">
                    {t('budget.chapter.empty')}
                  </div>
                </div>
              );
          }
        })}
      </div>
    </div>
  );
}
