import type { FulfillmentRow, FulfillmentSortField } from '../../../../shared/contract';
import type { VirtualColumn } from '../../components/VirtualTable';
import type { I18n } from '../../i18n/I18nProvider';

export type ColumnId = FulfillmentSortField | 'quantity' | 'carrier' | 'tracking' | 'dates';

const SORTABLE: readonly string[] = ['contributor', 'item', 'status', 'country', 'updatedAt'];

export function isSortField(column: ColumnId): column is FulfillmentSortField {
  return SORTABLE.includes(column);
}

/** The status as a coloured chip: the colour says where the line stands, the text what it is. */
export function StatusChip({ row, t }: { row: Pick<FulfillmentRow, 'status'>; t: I18n['t'] }) {
  return (
    <span className={`fulfillment-chip fulfillment-chip-${row.status}`}>
      {t(`fulfillment.statuses.${row.status}`)}
    </span>
  );
}

export function fulfillmentColumns(
  i18n: Pick<I18n, 't' | 'format'>,
): VirtualColumn<FulfillmentRow, ColumnId>[] {
  const { t, format } = i18n;
  return [
    {
      id: 'contributor',
      header: t('fulfillment.table.contributor'),
      // Room for a first and last name ("Adèle Cœurderoy") beside the whole carrier header.
      width: 'minmax(9.5rem, 1.6fr)',
      sortable: true,
      cell: (row) => row.contributorName,
    },
    {
      id: 'country',
      header: t('fulfillment.table.place'),
      width: 'minmax(7.75rem, 1.2fr)',
      sortable: true,
      cell: (row) =>
        row.country === '' && row.city === '' ? (
          row.ships ? (
            <span className="fulfillment-missing">{t('fulfillment.table.noAddress')}</span>
          ) : (
            ''
          )
        ) : (
          <span>
            {row.city}
            {row.city !== '' && row.country !== '' ? ', ' : ''}
            <span className="fulfillment-country">{row.country}</span>
          </span>
        ),
    },
    {
      id: 'item',
      header: t('fulfillment.table.item'),
      width: 'minmax(7rem, 2fr)',
      sortable: true,
      cell: (row) => <span title={row.itemName}>{row.itemName}</span>,
    },
    {
      id: 'quantity',
      header: t('fulfillment.table.quantity'),
      width: '3.25rem',
      align: 'end',
      cell: (row) => format.number(row.quantity),
    },
    {
      id: 'status',
      header: t('fulfillment.table.status'),
      width: 'minmax(6.5rem, 1fr)',
      sortable: true,
      cell: (row) => <StatusChip row={row} t={t} />,
    },
    {
      id: 'carrier',
      header: t('fulfillment.table.carrier'),
      // "Transporteur" whole: one word, so the header cannot wrap onto a second line.
      width: 'minmax(7.75rem, 0.8fr)',
      cell: (row) => row.carrier,
    },
    {
      id: 'tracking',
      header: t('fulfillment.table.tracking'),
      width: 'minmax(7.5rem, 1.3fr)',
      cell: (row) => <span className="fulfillment-tracking">{row.trackingNumber}</span>,
    },
    {
      id: 'dates',
      header: t('fulfillment.table.dates'),
      // "– / 15 oct. 2026" whole, in French too.
      width: 'minmax(9.25rem, 1.4fr)',
      cell: (row) =>
        [row.shippedOn, row.deliveredOn]
          .map((day) => (day === null ? '–' : format.date(day)))
          .join(' / '),
    },
  ];
}
