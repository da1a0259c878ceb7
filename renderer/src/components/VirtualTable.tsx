import {
  defaultRangeExtractor,
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type Range,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useReducer,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import './VirtualTable.css';

/** One column: its header, how wide it may be, and what a row shows in it. */
export interface VirtualColumn<Row, Id extends string = string> {
  id: Id;
  header: string;
  /** A CSS grid track: `minmax(10rem, 2fr)`, `7rem`… */
  width: string;
  /** Numbers and amounts line up on the right. */
  align?: 'start' | 'end';
  /** A sortable column's header is a button that calls `onSort` with its id. */
  sortable?: boolean;
  cell: (row: Row) => ReactNode;
}

export interface TableSort<Id extends string> {
  column: Id;
  dir: 'asc' | 'desc';
}

/** Where the table stands, to come back to the same place (a detail opened, then Back). */
export interface TableView {
  offset: number;
  activeIndex: number;
}

export interface VirtualTableProps<Row, Id extends string> {
  /** The grid's accessible name. */
  label: string;
  /** Id of a text describing how to use the table (keys, what Enter does). */
  describedBy?: string;
  columns: readonly VirtualColumn<Row, Id>[];
  /** Every row there is (the scrollbar reflects it), loaded or not. */
  rowCount: number;
  /** The row at an index, or undefined while its page loads (a placeholder row shows). */
  rowAt: (index: number) => Row | undefined;
  /** Read by assistive technology on a placeholder row ("Loading…"). */
  loadingLabel: string;
  sort?: TableSort<Id> | null;
  onSort?: (column: Id) => void;
  /** Enter on the active row, or a double click. */
  onOpen?: (row: Row, index: number) => void;
  /** The rows rendered (visible + overscan) changed: fetch what they need. */
  onRangeChange?: (range: { start: number; end: number }) => void;
  /** When it changes (new search, new sort…), the table goes back to its first row. */
  resetKey?: string;
  initialView?: TableView;
  onViewChange?: (view: TableView) => void;
  /** Fixed row height in pixels: fixed heights keep 250,000 rows cheap to place. */
  rowHeight?: number;
  /** Shown instead of rows when there are none. */
  empty?: ReactNode;
  className?: string;
}

type RowOptions = Omit<
  VirtualizerOptions<HTMLDivElement, HTMLDivElement>,
  'observeElementRect' | 'observeElementOffset' | 'scrollToFn' | 'onChange'
>;

/**
 * TanStack's Virtualizer bound to this component: what `useVirtualizer` does, minus what fixed
 * row heights never need (measuring rows). The instance is mutable and read while rendering,
 * which is why VirtualTable opts out of React Compiler memoisation ('use no memo').
 */
function useRowVirtualizer(options: RowOptions): Virtualizer<HTMLDivElement, HTMLDivElement> {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const resolved: VirtualizerOptions<HTMLDivElement, HTMLDivElement> = {
    ...options,
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    onChange: () => rerender(),
  };
  const [instance] = useState(() => new Virtualizer(resolved));
  instance.setOptions(resolved);
  useLayoutEffect(() => instance._didMount(), [instance]);
  useLayoutEffect(() => instance._willUpdate());
  return instance;
}

const HEADER_HEIGHT = 40;
const OVERSCAN = 10;

function ariaSort(
  sort: TableSort<string> | null | undefined,
  column: string,
): 'ascending' | 'descending' | 'none' {
  if (!sort || sort.column !== column) return 'none';
  return sort.dir === 'asc' ? 'ascending' : 'descending';
}

/**
 * A virtualised, sortable, keyboard-navigable table (ARIA grid). Only the rows in view plus a
 * small overscan are in the DOM, so it stays smooth with hundreds of thousands of rows; rows not
 * loaded yet show as placeholders. The keyboard moves an active row (aria-activedescendant):
 * ↑/↓, PageUp/PageDown, Home/End; Enter opens it.
 */
export function VirtualTable<Row, Id extends string>(props: VirtualTableProps<Row, Id>) {
  // The virtualizer hands out fresh measurements on every scroll: memoising this component (React
  // Compiler) would show stale rows, so it opts out.
  'use no memo';
  const { columns, rowCount, rowAt, sort, onSort, onOpen, onRangeChange, onViewChange } = props;
  const rowHeight = props.rowHeight ?? 40;
  const id = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(props.initialView?.activeIndex ?? 0);
  const [resetKey, setResetKey] = useState(props.resetKey);
  // A new search or sort starts over at the first row (state adjusted while rendering, as React
  // recommends, so no frame shows the old active row).
  if (resetKey !== props.resetKey) {
    setResetKey(props.resetKey);
    setActiveIndex(0);
  }
  const active = rowCount === 0 ? -1 : Math.min(activeIndex, rowCount - 1);

  // The active row stays rendered even when scrolled away, so aria-activedescendant points at
  // an element that exists.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (active < 0 || indexes.includes(active)) return indexes;
      return [...indexes, active].sort((a, b) => a - b);
    },
    [active],
  );

  const virtualizer = useRowVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialOffset: props.initialView?.offset ?? 0,
    rangeExtractor,
  });

  // Coming back to the table (Back from a detail): the same place in the list, and the keyboard
  // on the row it left.
  const restoreView = useRef(props.initialView);
  useLayoutEffect(() => {
    const element = scroller.current;
    const view = restoreView.current;
    if (!element || !view) return;
    element.scrollTop = view.offset;
    element.focus({ preventScroll: true });
  }, []);

  const appliedResetKey = useRef(props.resetKey);
  useEffect(() => {
    if (appliedResetKey.current === props.resetKey) return;
    appliedResetKey.current = props.resetKey;
    scroller.current?.scrollTo({ top: 0 });
  }, [props.resetKey]);

  const items = virtualizer.getVirtualItems();
  // The rows in view plus overscan, from the virtualizer's own range: the active row, kept
  // rendered far away, must not stretch it (a range from the middle to the end would ask for
  // every page in between).
  const visible = virtualizer.range;
  const first = visible ? Math.max(0, visible.startIndex - OVERSCAN) : 0;
  const last = visible ? Math.min(rowCount - 1, visible.endIndex + OVERSCAN) : -1;
  useEffect(() => {
    if (last >= first) onRangeChange?.({ start: first, end: last });
  }, [first, last, onRangeChange]);

  useEffect(() => {
    const element = scroller.current;
    if (!onViewChange || !element) return;
    const report = () => onViewChange({ offset: element.scrollTop, activeIndex: active });
    report();
    element.addEventListener('scroll', report, { passive: true });
    return () => element.removeEventListener('scroll', report);
  }, [onViewChange, active]);

  // Enter on a row still loading opens it once it arrives (unless the keyboard moved on).
  const pendingOpen = useRef<number | null>(null);
  useEffect(() => {
    const index = pendingOpen.current;
    if (index === null) return;
    if (index !== active) {
      pendingOpen.current = null;
      return;
    }
    const row = rowAt(index);
    if (row === undefined) return;
    pendingOpen.current = null;
    onOpen?.(row, index);
  }, [active, rowAt, onOpen]);

  const moveTo = (index: number) => {
    if (rowCount === 0) return;
    pendingOpen.current = null;
    const next = Math.max(0, Math.min(rowCount - 1, index));
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Keys pressed on a header button keep their own meaning.
    if (event.target !== event.currentTarget || rowCount === 0) return;
    const element = scroller.current;
    const pageRows = Math.max(
      1,
      Math.floor(((element?.clientHeight ?? 0) - HEADER_HEIGHT) / rowHeight) - 1,
    );
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + pageRows,
      PageUp: active - pageRows,
      Home: 0,
      End: rowCount - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
      return;
    }
    if (event.key === 'Enter' && onOpen) {
      event.preventDefault();
      const row = rowAt(active);
      if (row !== undefined) onOpen(row, active);
      else pendingOpen.current = active;
    }
  }

  const gridStyle = {
    '--vt-columns': columns.map((column) => column.width).join(' '),
    '--vt-row-height': `${rowHeight}px`,
    '--vt-header-height': `${HEADER_HEIGHT}px`,
  } as CSSProperties;
  const rowId = (index: number) => `${id}-row-${index}`;

  return (
    <div
      ref={scroller}
      role="grid"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      aria-rowcount={rowCount + 1}
      aria-colcount={columns.length}
      aria-activedescendant={active >= 0 ? rowId(active) : undefined}
      tabIndex={0}
      className={props.className ? `vt ${props.className}` : 'vt'}
      style={gridStyle}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="vt-head">
        <div role="row" className="vt-row vt-header-row" aria-rowindex={1}>
          {columns.map((column) => (
            <div
              key={column.id}
              role="columnheader"
              className={column.align === 'end' ? 'vt-cell vt-end' : 'vt-cell'}
              aria-sort={column.sortable ? ariaSort(sort, column.id) : undefined}
            >
              {column.sortable && onSort ? (
                <button type="button" className="vt-sort" onClick={() => onSort(column.id)}>
                  <span className="vt-sort-label">{column.header}</span>
                  <span className="vt-sort-mark" aria-hidden="true">
                    {sort?.column === column.id ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              ) : (
                column.header
              )}
            </div>
          ))}
        </div>
      </div>
      {rowCount === 0 ? (
        <div className="vt-empty">{props.empty}</div>
      ) : (
        <div role="rowgroup" className="vt-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            const isActive = item.index === active;
            return (
              <div
                key={item.index}
                id={rowId(item.index)}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={isActive}
                aria-busy={row === undefined || undefined}
                className={isActive ? 'vt-row vt-row-active' : 'vt-row'}
                style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
                onClick={() => {
                  setActiveIndex(item.index);
                  scroller.current?.focus({ preventScroll: true });
                }}
                onDoubleClick={() => {
                  if (row !== undefined) onOpen?.(row, item.index);
                }}
              >
                {columns.map((column, columnIndex) => (
                  <div
                    key={column.id}
                    role="gridcell"
                    className={column.align === 'end' ? 'vt-cell vt-end' : 'vt-cell'}
                  >
                    {row !== undefined ? (
                      column.cell(row)
                    ) : (
                      <span className="vt-placeholder">
                        {columnIndex === 0 && (
                          <span className="visually-hidden">{props.loadingLabel}</span>
                        )}
                      </span>
                    )}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
