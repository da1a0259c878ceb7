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
