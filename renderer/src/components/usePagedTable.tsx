import { useId, useState } from 'react';
import { ErrorNotice } from './ErrorNotice';
import { usePagedRows, type Page, type PagedRows } from './usePagedRows';

/** The VirtualTable props a paged list fills the same way on every screen. */
export interface PagedTableProps<Row> {
  describedBy: string;
  rowAt: (index: number) => Row | undefined;
  onRangeChange: (range: { start: number; end: number }) => void;
  resetKey: string;
}

/**
 * The wiring of a windowed list screen around VirtualTable: the rows on screen decide which
 * pages are fetched, a new request (search, filter, sort) takes the table back to its top, and
 * a hidden hint tells how to use the table.
 */
export function usePagedTable<Row>(
  /** The request's identity (its JSON); null waits. */
  requestKey: string | null,
  fetchPage: (offset: number, limit: number) => Promise<Page<Row>>,
): { paged: PagedRows<Row>; hintId: string; tableProps: PagedTableProps<Row> } {
  const hintId = useId();
  const [range, setRange] = useState({ start: 0, end: 0 });
  const paged = usePagedRows<Row>(requestKey, fetchPage, range);
  return {
    paged,
    hintId,
    tableProps: {
      describedBy: hintId,
      rowAt: paged.rowAt,
      onRangeChange: setRange,
      resetKey: requestKey ?? '',
    },
  };
}

/** What stands above a paged table: the failed page call (with Retry), then the hidden hint. */
export function PagedTableHint<Row>({
  paged,
  hintId,
  hint,
}: {
  paged: PagedRows<Row>;
  hintId: string;
  hint: string;
}) {
  return (
    <>
      {paged.error && <ErrorNotice error={paged.error} onRetry={paged.retry} />}
      <p id={hintId} className="visually-hidden">
        {hint}
      </p>
    </>
  );
}
