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

/**
 * The list's columns. `compact` while a line's panel is open beside the list: only who, where,
 * what and how far along (the rest is in the panel), so the list fits beside it at 1280 px
 * without scrolling sideways. Item and quantity then share one column; sorting by item stays.
 */
export function fulfillmentColumns(
  i18n: Pick<I18n, 't' | 'format'>,
  compact = false,
): VirtualColumn<FulfillmentRow, ColumnId>[] {
  const all = everyColumn(i18n);
  if (!compact) return all;
  const { t, format } = i18n;
  // Widths for the room beside the panel (~700 px at 1280): whole names ("Mathilde
  // Saint-Jean"), the place whole ("Strasbourg, FR") under a one-line header, the item the rest.
  const compactWidths: Partial<Record<ColumnId, string>> = {
    contributor: 'minmax(10.5rem, 1fr)',
    country: 'minmax(8.75rem, 0.9fr)',
    status: 'minmax(6.5rem, 0.6fr)',
  };
  return all.flatMap((column): VirtualColumn<FulfillmentRow, ColumnId>[] => {
    const width = compactWidths[column.id];
    if (width !== undefined) return [{ ...column, width }];
    if (column.id !== 'item') return [];
    return [
      {
        id: 'item',
        header: t('fulfillment.table.itemQuantity'),
        // The widest share: item names are long ("Affiche 40 × 60 signée par l’équipe").
        width: 'minmax(8rem, 2.4fr)',
        sortable: true,
        // The name gives way (cut with an ellipsis, whole in its title); the quantity stays.
        cell: (row) => (
          <span className="fulfillment-item-quantity">
            <span className="fulfillment-item-name" title={row.itemName}>
              {row.itemName}
            </span>
            <span className="fulfillment-item-times">
              {t('fulfillment.table.quantityMark', { quantity: format.number(row.quantity) })}
            </span>
          </span>
        ),
      },
    ];
  });
}

/** The sort field's name in a sentence ("Sorted by last change"), for a sort no header shows. */
export function sortFieldName(t: I18n['t'], field: FulfillmentSortField): string {
  return t(`fulfillment.table.sortFields.${field}`);
}

function everyColumn(i18n: Pick<I18n, 't' | 'format'>): VirtualColumn<FulfillmentRow, ColumnId>[] {
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
