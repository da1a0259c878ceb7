import type { PlainMessageKey } from '../../../../shared/i18n';
import { useI18n } from '../../i18n/useI18n';
import { sortableColumns, type LineSort, type SortColumn } from './budgetRows';

interface GridHeaderProps {
  sort: LineSort | null;
  onSort: (sort: LineSort | null) => void;
}

const columns: readonly { id: string; label: PlainMessageKey; sortable: boolean; end?: boolean }[] =
  [
    { id: 'code', label: 'budget.columns.code', sortable: true },
    { id: 'label', label: 'budget.columns.label', sortable: true },
    { id: 'quantity', label: 'budget.columns.quantity', sortable: true, end: true },
    { id: 'unit', label: 'budget.columns.unit', sortable: false },
    { id: 'rate', label: 'budget.columns.rate', sortable: true, end: true },
    { id: 'amount', label: 'budget.columns.amount', sortable: true, end: true },
    { id: 'notes', label: 'budget.columns.notes', sortable: false },
    { id: 'actions', label: 'budget.columns.actions', sortable: false },
  ];

/** Ascending, then descending, then back to the devis order. */
function nextSort(current: LineSort | null, column: SortColumn): LineSort | null {
  if (current?.column !== column) return { column, direction: 'ascending' };
  return current.direction === 'ascending' ? { column, direction: 'descending' } : null;
}

function asSortColumn(id: string): SortColumn | undefined {
  return sortableColumns.find((column) => column === id);
}

/** The column names, pinned under the top bar while the lines scroll. */
export function GridHeader({ sort, onSort }: GridHeaderProps) {
  const { t } = useI18n();
  return (
    <div role="rowgroup" className="budget-grid-head">
      <div role="row" aria-rowindex={1} className="budget-row budget-head-row">
        {columns.map((column) => {
          const sortColumn = column.sortable ? asSortColumn(column.id) : undefined;
          const active = sortColumn !== undefined && sort?.column === sortColumn;
          const label = t(column.label);
          return (
            <div
              key={column.id}
              role="columnheader"
              className={column.end ? 'budget-head budget-cell-end' : 'budget-head'}
              aria-sort={sortColumn === undefined ? undefined : active ? sort.direction : 'none'}
            >
              {sortColumn === undefined ? (
                <span className={column.id === 'actions' ? 'visually-hidden' : undefined}>
                  {label}
                </span>
              ) : (
                <button
                  type="button"
                  className="budget-sort"
                  title={t('budget.grid.sortHint')}
                  onClick={() => onSort(nextSort(sort, sortColumn))}
                >
                  {label}
                  {active && (
                    <span className="budget-sort-mark" aria-hidden="true">
                      {sort.direction === 'ascending' ? '▲' : '▼'}
                    </span>
                  )}
                </button>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
