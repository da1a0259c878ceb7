import type { ContributorSearchRow } from '../../../../shared/contract';
import type { VirtualColumn } from '../../components/VirtualTable';
import type { I18n } from '../../i18n/I18nProvider';
import { moneyInputText } from '../budget/lineEdits';
import { countryName } from './countries';
import type { SortField } from './listState';

export type ColumnId = SortField | 'pledges';

/** Sortable columns are the contract's sort fields; the pledge count is not one. */
export function isSortField(column: ColumnId): column is SortField {
  return column !== 'pledges';
}

/**
 * The list's columns. `currency` is the one the totals are in: the project's, or null when the
 * list mixes projects in several currencies (the amount is then shown without a symbol).
 */
export function contributorColumns(
  i18n: Pick<I18n, 't' | 'format' | 'locale'>,
  currency: string | null,
  hrefOf: (row: ContributorSearchRow) => string,
): VirtualColumn<ContributorSearchRow, ColumnId>[] {
  const { t, format, locale } = i18n;
  return [
    {
      id: 'name',
      header: t('contributors.table.name'),
      width: 'minmax(10rem, 1.6fr)',
      sortable: true,
      cell: (row) => (
        // Not a tab stop: the grid moves the keyboard; the link serves the mouse.
        <a className="contributor-link" href={hrefOf(row)} tabIndex={-1}>
          {row.displayName}
        </a>
      ),
    },
    {
      id: 'email',
      header: t('contributors.table.email'),
      // The widest share: addresses run longer than names ("adele.coeurderoy@example.fr"); at
      // 1280 px the other columns sit at their minimums, so this minimum is what it gets.
      width: 'minmax(13rem, 3fr)',
      sortable: true,
      // A long address is cut with an ellipsis (the cell's own overflow); the whole one on hover.
      cell: (row) =>
        row.email === null ? (
          ''
        ) : (
          <span className="contributor-email" title={row.email}>
            {row.email}
          </span>
        ),
    },
    {
      id: 'city',
      header: t('contributors.table.city'),
      width: 'minmax(7rem, 1.1fr)',
      sortable: true,
      // A long city ("Saint-Étienne") may be cut in the narrow column: whole on hover.
      cell: (row) => <span title={row.city}>{row.city}</span>,
    },
    {
      id: 'country',
      header: t('contributors.table.country'),
      width: 'minmax(7.5rem, 1fr)',
      sortable: true,
      cell: (row) =>
        row.countryCode === '' ? (
          ''
        ) : (
          <span className="country-cell" title={countryName(row.countryCode, locale)}>
            <span className="country-code">{row.countryCode}</span>{' '}
            {countryName(row.countryCode, locale)}
          </span>
        ),
    },
    {
      id: 'total',
      header: t('contributors.table.total'),
      width: 'minmax(6.5rem, 1fr)',
      align: 'end',
      sortable: true,
      cell: (row) =>
        currency === null
          ? moneyInputText(row.totalCents, 'EUR', locale)
          : format.money(row.totalCents, currency),
    },
    {
      id: 'lastPledge',
      header: t('contributors.table.lastPledge'),
      width: 'minmax(8.5rem, 1fr)',
      align: 'end',
      sortable: true,
      // The day is enough in a list; the detail shows the time.
      cell: (row) => (row.lastPledgeAt === null ? '' : format.date(row.lastPledgeAt.slice(0, 10))),
    },
    {
      id: 'pledges',
      header: t('contributors.table.pledges'),
      // The French header "Contributions" whole (one word: it cannot wrap).
      width: '8.25rem',
      align: 'end',
      cell: (row) => format.number(row.pledgeCount),
    },
  ];
}
