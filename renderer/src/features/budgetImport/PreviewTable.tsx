import { useMemo, useState } from 'react';
import type { BudgetImportChapter, BudgetImportLine } from '../../../../shared/contract';
import { VirtualTable, type TableSort, type VirtualColumn } from '../../components/VirtualTable';
import { useI18n } from '../../i18n/useI18n';

type ColumnId = 'line' | 'code' | 'label' | 'quantity' | 'rate' | 'amount';
type SortableId = 'line' | 'code' | 'label' | 'amount';

type PreviewRow =
  { kind: 'chapter'; chapter: BudgetImportChapter } | { kind: 'line'; line: BudgetImportLine };

interface PreviewTableProps {
  chapters: readonly BudgetImportChapter[];
  currency: string;
}

function isSortable(column: ColumnId): column is SortableId {
  return column !== 'quantity' && column !== 'rate';
}

function compare(
  a: BudgetImportLine,
  b: BudgetImportLine,
  key: SortableId,
  collator: Intl.Collator,
) {
  if (key === 'amount') return a.amountCents - b.amountCents;
  if (key === 'line') return a.line - b.line;
  return collator.compare(a[key], b[key]);
}

/**
 * The lines the import creates under their chapters, in the shared virtualised table (a devis can
 * have hundreds of lines). Sorting reorders the lines within each chapter, never across chapters.
 */
export function PreviewTable({ chapters, currency }: PreviewTableProps) {
  const { t, format, locale } = useI18n();
  const [sort, setSort] = useState<TableSort<ColumnId>>({ column: 'line', dir: 'asc' });
  const collator = useMemo(() => new Intl.Collator(locale, { numeric: true }), [locale]);

  const rows = useMemo(() => {
    const key = isSortable(sort.column) ? sort.column : 'line';
    const list: PreviewRow[] = [];
    for (const chapter of chapters) {
      list.push({ kind: 'chapter', chapter });
      const lines = [...chapter.lines].sort((a, b) => {
        const order = compare(a, b, key, collator);
        return sort.dir === 'desc' ? -order : order;
      });
      for (const line of lines) list.push({ kind: 'line', line });
    }
    return list;
  }, [chapters, sort, collator]);

  const money = (cents: number) => format.money(cents, currency);
  const columns: VirtualColumn<PreviewRow, ColumnId>[] = [
    {
      id: 'line',
      header: t('budgetImport.preview.line'),
      width: '5.5rem',
      sortable: true,
      cell: (row) =>
        row.kind === 'line' ? <span className="budget-import-muted">{row.line.line}</span> : null,
    },
    {
      id: 'code',
      header: t('budgetImport.preview.code'),
      width: '5.5rem',
      sortable: true,
      cell: (row) => (row.kind === 'line' ? row.line.code : <strong>{row.chapter.code}</strong>),
    },
    {
      id: 'label',
      header: t('budgetImport.preview.label'),
      width: 'minmax(12rem, 1fr)',
      sortable: true,
      cell: (row) => {
        if (row.kind === 'line') return <span title={row.line.label}>{row.line.label}</span>;
        const { chapter } = row;
        return (
          <span className="budget-import-chapter-title">
            <strong>{chapter.title}</strong>
            {chapter.chapterId === null && (
              <span className="tag tag-accent">{t('budgetImport.preview.newChapter')}</span>
            )}
            <span className="budget-import-muted">
              {t('budgetImport.preview.chapterLines', { count: chapter.lines.length })}
            </span>
          </span>
        );
      },
    },
    {
      id: 'quantity',
      header: t('budgetImport.preview.quantity'),
      width: '8.5rem',
      align: 'end',
      cell: (row) =>
        row.kind === 'line'
          ? t('budgetImport.preview.quantityUnit', {
              quantity: format.number(row.line.quantityMilli / 1000),
              unit: t(`budgetImport.units.${row.line.unit}`),
            })
          : null,
    },
    {
      id: 'rate',
      header: t('budgetImport.preview.rate'),
      width: '8.5rem',
      align: 'end',
      cell: (row) => (row.kind === 'line' ? money(row.line.rateCents) : null),
    },
    {
      id: 'amount',
      header: t('budgetImport.preview.amount'),
      width: '9rem',
      align: 'end',
      sortable: true,
      cell: (row) =>
        row.kind === 'line' ? (
          money(row.line.amountCents)
        ) : (
          <strong>{money(row.chapter.totalCents)}</strong>
        ),
    },
  ];

  return (
    <VirtualTable
      label={t('budgetImport.preview.tableLabel')}
      className="budget-import-table"
      columns={columns}
      rowCount={rows.length}
      rowAt={(index) => rows[index]}
      loadingLabel={t('budgetImport.reading')}
      rowHeight={36}
      sort={sort}
      onSort={(column) =>
        setSort((previous) => ({
          column,
          dir: previous.column === column && previous.dir === 'asc' ? 'desc' : 'asc',
        }))
      }
    />
  );
}
