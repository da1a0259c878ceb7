import type { Contribution, ContributionSortField } from '../../../../shared/contract';
import type { VirtualColumn } from '../../components/VirtualTable';
import type { I18n } from '../../i18n/I18nProvider';

export type PledgeColumnId = ContributionSortField | 'bonus' | 'externalId' | 'flags';

export function isPledgeSortField(column: PledgeColumnId): column is ContributionSortField {
  return column !== 'bonus' && column !== 'externalId' && column !== 'flags';
}

export function contributorHref(contributorId: number): string {
  return `#/contributors/${contributorId}`;
}

/** The pledge table's columns; amounts are in the campaign's currency. */
export function pledgeColumns(
  i18n: Pick<I18n, 't' | 'format'>,
): VirtualColumn<Contribution, PledgeColumnId>[] {
  const { t, format } = i18n;
  return [
    {
      id: 'pledgedAt',
      header: t('pledges.table.date'),
      width: 'minmax(8rem, 0.9fr)',
      sortable: true,
      cell: (row) => format.date(row.pledgedAt.slice(0, 10)),
    },
    {
      id: 'contributor',
      header: t('pledges.table.contributor'),
      width: 'minmax(10rem, 2fr)',
      sortable: true,
      cell: (row) => (
        // Not a tab stop: the grid moves the keyboard; the link serves the mouse.
        <a className="pledge-contributor" href={contributorHref(row.contributorId)} tabIndex={-1}>
          {row.contributorName}
        </a>
      ),
    },
    {
      id: 'tier',
      header: t('pledges.table.tier'),
      width: 'minmax(9rem, 1.8fr)',
      sortable: true,
      cell: (row) => row.tierTitle ?? t('pledges.table.noTier'),
    },
    {
      id: 'amount',
      header: t('pledges.table.amount'),
      width: 'minmax(6.5rem, 1fr)',
      align: 'end',
      sortable: true,
      cell: (row) => format.money(row.amountCents, row.currency),
    },
    {
      id: 'bonus',
      header: t('pledges.table.bonus'),
      width: 'minmax(5.5rem, 0.8fr)',
      align: 'end',
      cell: (row) => (row.bonusCents === 0 ? '' : format.money(row.bonusCents, row.currency)),
    },
    {
      id: 'status',
      header: t('pledges.table.status'),
      width: 'minmax(7.5rem, 1fr)',
      sortable: true,
      cell: (row) => (
        <span className={`pledge-status pledge-status-${row.paymentStatus}`}>
          {t(`pledges.statuses.${row.paymentStatus}`)}
        </span>
      ),
    },
    {
      id: 'externalId',
      header: t('pledges.table.externalId'),
      width: 'minmax(6.5rem, 0.9fr)',
      cell: (row) => <span className="pledge-external">{row.externalId ?? ''}</span>,
    },
    {
      id: 'flags',
      header: t('pledges.table.flags'),
      width: 'minmax(6rem, 0.7fr)',
      cell: (row) =>
        row.missingFromLastImport ? (
          <span className="tag pledge-missing" title={t('pledges.table.missingHint')}>
            {t('pledges.table.missing')}
          </span>
        ) : (
          ''
        ),
    },
  ];
}
