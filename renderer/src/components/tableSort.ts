import { useCallback } from 'react';

/** A list's sort: which field, which way. */
export interface ListSort<F extends string> {
  field: F;
  dir: 'asc' | 'desc';
}

/**
 * A click on a sortable header: the sorted column turns around; another column starts the way
 * that reads best for it (amounts and dates newest or biggest first, names from A).
 */
export function nextSort<F extends string>(
  previous: ListSort<F>,
  field: F,
  firstDirection: (field: F) => 'asc' | 'desc',
): ListSort<F> {
  return previous.field === field
    ? { field, dir: previous.dir === 'asc' ? 'desc' : 'asc' }
    : { field, dir: firstDirection(field) };
}

/**
 * A sortable header's handler for a list whose state holds its sort: a column that is not a
 * sort field does nothing, another turns the sort as `nextSort` says.
 */
export function useSortToggle<C extends string, F extends C, S extends { sort: ListSort<F> }>(
  setState: (update: (previous: S) => S) => void,
  isSortField: (column: C) => column is F,
  firstDirection: (field: F) => 'asc' | 'desc',
): (column: C) => void {
  return useCallback(
    (column: C) => {
      if (!isSortField(column)) return;
      setState((previous) => ({
        ...previous,
        sort: nextSort(previous.sort, column, firstDirection),
      }));
    },
    [setState, isSortField, firstDirection],
  );
}
