import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { toApiError, type ApiError } from '../api';
import { getSnapshot, subscribe } from '../api/store';

export interface Page<Row> {
  rows: readonly Row[];
  total: number;
}

export interface PagedRows<Row> {
  /** How many rows the request matches; undefined until its first page has answered. */
  total: number | undefined;
  rowAt: (index: number) => Row | undefined;
  /** True while the latest request (new search, or a reload after a write) has not answered. */
  updating: boolean;
  error: ApiError | undefined;
  retry: () => void;
}

interface Cache<Row> {
  key: string;
  total: number;
  pages: ReadonlyMap<number, readonly Row[]>;
}

const PAGE_SIZE = 100;
/** Pages kept around the visible ones, so scrolling back a little costs no call. */
const PAGES_KEPT = 8;
/** At most this many pages asked for one range. */
const MAX_PAGES_AT_ONCE = 3;
/** A scrollbar dragged across 250,000 rows asks only for where it stops. */
const SETTLE_MS = 60;

/** Adds a page and keeps the PAGES_KEPT pages nearest to where the user is (`around`). */
function withPage<Row>(
  pages: ReadonlyMap<number, readonly Row[]>,
  page: number,
  rows: readonly Row[],
  around: number,
): Map<number, readonly Row[]> {
  const next = new Map(pages);
  next.set(page, rows);
  const byDistance = [...next.keys()].sort((a, b) => Math.abs(a - around) - Math.abs(b - around));
  for (const far of byDistance.slice(PAGES_KEPT)) next.delete(far);
  return next;
}

/**
 * Windowed paging: fetches only the pages covering the rows on screen, caches a few, and keeps
 * showing the previous answer until the new one arrives (no flash of empty rows while typing).
 * An answer to a request that is no longer the latest is dropped, so a slow search never
 * overwrites a newer one. Writes elsewhere (mutate) reload the pages in view.
 */
export function usePagedRows<Row>(
  /** The request's identity (its JSON); null waits (e.g. until the current project is known). */
  requestKey: string | null,
  fetchPage: (offset: number, limit: number) => Promise<Page<Row>>,
  range: { start: number; end: number },
): PagedRows<Row> {
  const { dataVersion } = useSyncExternalStore(subscribe, getSnapshot);
  const [retries, setRetries] = useState(0);
  const key = requestKey === null ? null : `${requestKey}\u0000${dataVersion}\u0000${retries}`;
  const [cache, setCache] = useState<Cache<Row> | null>(null);
  const [failure, setFailure] = useState<{ key: string; error: ApiError } | null>(null);
  const latestKey = useRef(key);
  const inFlight = useRef(new Set<string>());
  const fetchRef = useRef(fetchPage);

  const firstPage = Math.floor(range.start / PAGE_SIZE);
  // Where the user is: a late answer for a page scrolled past never pushes out the ones in view.
  const currentPage = useRef(firstPage);
  useEffect(() => {
    latestKey.current = key;
    fetchRef.current = fetchPage;
    currentPage.current = firstPage;
  });

  // A screen shows a few dozen rows: a wider range is a mistake, never a reason to load it all.
  const lastPage = Math.min(
    Math.floor(Math.max(range.start, range.end) / PAGE_SIZE),
    firstPage + MAX_PAGES_AT_ONCE - 1,
  );
  const current = cache?.key === key ? cache : null;
  // The pages on screen that this request has not answered yet (all of them for a new request:
  // a reload after a write keeps the user where they are).
  const missing: number[] = [];
  for (let page = firstPage; key !== null && page <= lastPage; page += 1) {
    if (!current?.pages.has(page)) missing.push(page);
  }
  const missingText = missing.join(',');

  useEffect(() => {
    if (missingText === '' || key === null) return;
    const timer = window.setTimeout(() => {
      for (const page of missingText.split(',').map(Number)) {
        const flightKey = `${key}\u0000${page}`;
        if (inFlight.current.has(flightKey)) continue;
        inFlight.current.add(flightKey);
        fetchRef.current(page * PAGE_SIZE, PAGE_SIZE).then(
          (answer) => {
            inFlight.current.delete(flightKey);
            if (latestKey.current !== key) return;
            setCache((previous) =>
              previous?.key === key
                ? {
                    key,
                    total: answer.total,
                    pages: withPage(previous.pages, page, answer.rows, currentPage.current),
                  }
                : { key, total: answer.total, pages: new Map([[page, answer.rows]]) },
            );
          },
          (error: unknown) => {
            inFlight.current.delete(flightKey);
            if (latestKey.current === key) setFailure({ key, error: toApiError(error) });
          },
        );
      }
    }, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [key, missingText]);

  const rowAt = useCallback(
    (index: number): Row | undefined =>
      cache?.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [cache],
  );
  const retry = useCallback(() => setRetries((count) => count + 1), []);

  return {
    total: cache?.total,
    rowAt,
    updating: cache?.key !== key,
    error: failure?.key === key ? failure.error : undefined,
    retry,
  };
}
