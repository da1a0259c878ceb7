import { useCallback, useId, useMemo, useState } from 'react';
import type { FulfillmentRow } from '../../../../shared/contract';
import { invoke, useQuery } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { nextSort } from '../../components/tableSort';
import { VirtualTable } from '../../components/VirtualTable';
import { useI18n } from '../../i18n/useI18n';
import { useCurrentProject } from '../../shell/CurrentProject';
import { useDebounced } from '../contributors/useDebounced';
import { usePagedRows } from '../contributors/usePagedRows';
import { FulfillmentFilters } from './FulfillmentFilters';
import {
  fulfillmentColumns,
  isSortField,
  sortFieldName,
  type ColumnId,
} from './fulfillmentColumns';
import { LinePanel } from './LinePanel';
import { firstDirection, listRequest } from './listState';
import { StatusSummary } from './StatusSummary';
import { useListStateInAddress } from './useListStateInAddress';
import './fulfillment.css';

const SEARCH_DELAY_MS = 200;

/** The rewards to send for the current project: counts, filters, the lines, one line's panel. */
export function FulfillmentScreen() {
  const i18n = useI18n();
  const { t } = i18n;
  const hintId = useId();
  const { project } = useCurrentProject();
  const [state, setState] = useListStateInAddress();
  const [range, setRange] = useState({ start: 0, end: 0 });
  const [opened, setOpened] = useState<FulfillmentRow | null>(null);
  const projectId = project?.id;

  const summary = useQuery(
    'fulfillment.summary',
    projectId === undefined ? null : { projectId, campaignId: state.campaignId },
  );
  const campaigns = useQuery('campaigns.list', projectId === undefined ? null : { projectId });
  const query = useDebounced(state.query, SEARCH_DELAY_MS);
  const requestKey =
    projectId === undefined ? null : JSON.stringify(listRequest(state, query, projectId));
  const fetchPage = useCallback(
    (offset: number, limit: number) => {
      const input = JSON.parse(requestKey ?? '{}') as ReturnType<typeof listRequest>;
      return invoke('fulfillment.list', { ...input, offset, limit });
    },
    [requestKey],
  );
  const paged = usePagedRows<FulfillmentRow>(requestKey, fetchPage, range);
  // With a line open, the panel takes the room of the shipping columns (they are in the panel).
  const compact = opened !== null;
  const columns = useMemo(() => fulfillmentColumns(i18n, compact), [i18n, compact]);
  const sortShown = columns.some((column) => column.sortable && column.id === state.sort.field);

  const onSort = useCallback(
    (column: ColumnId) => {
      if (!isSortField(column)) return;
      setState((previous) => ({
        ...previous,
        sort: nextSort(previous.sort, column, firstDirection),
      }));
    },
    [setState],
  );

  if (projectId === undefined) {
    return (
      <div className="page">
        <EmptyState icon="fulfillment" title={t('fulfillment.title')} level={1}>
          <p>{t('fulfillment.noProject')}</p>
        </EmptyState>
      </div>
    );
  }

  const total = paged.total;
  const noLines = summary.data?.total === 0;
  return (
    <div className="page fulfillment-page">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('fulfillment.title')}</h1>
          <p className="page-subtitle fulfillment-total" role="status">
            {total === undefined ? t('app.loading') : t('fulfillment.count', { count: total })}
            {paged.updating && total !== undefined && (
              <span className="fulfillment-updating">{t('fulfillment.updating')}</span>
            )}
          </p>
        </div>
      </header>
      {summary.data && (
        <StatusSummary
          summary={summary.data}
          active={state.status}
          onPick={(status) => setState((previous) => ({ ...previous, status }))}
        />
      )}
      <FulfillmentFilters
        state={state}
        onChange={setState}
        campaigns={campaigns.data ?? []}
        items={summary.data?.byItem ?? []}
      />
      {paged.error && <ErrorNotice error={paged.error} onRetry={paged.retry} />}
      <p id={hintId} className="visually-hidden">
        {t('fulfillment.table.hint')}
      </p>
      {!sortShown && (
        // No header carries the sort mark (a hidden column, or the last change): say it here.
        <p className="fulfillment-sorted">
          {t(`fulfillment.table.sortedBy.${state.sort.dir}`, {
            field: sortFieldName(t, state.sort.field),
          })}
        </p>
      )}
      <div className="fulfillment-body">
        <VirtualTable<FulfillmentRow, ColumnId>
          label={t('fulfillment.table.label')}
          className="fulfillment-table"
          describedBy={hintId}
          columns={columns}
          rowCount={total ?? 0}
          rowAt={paged.rowAt}
          loadingLabel={t('fulfillment.table.loadingRow')}
          sort={{ column: state.sort.field, dir: state.sort.dir }}
          onSort={onSort}
          onOpen={setOpened}
          onRangeChange={setRange}
          resetKey={requestKey ?? ''}
          empty={
            total === 0 &&
            (noLines ? (
              <EmptyState icon="fulfillment" title={t('fulfillment.empty.title')}>
                <p>{t('fulfillment.empty.body')}</p>
              </EmptyState>
            ) : (
              <p className="fulfillment-no-match">{t('fulfillment.empty.noMatch')}</p>
            ))
          }
        />
        {opened && <LinePanel key={opened.id} row={opened} onClose={() => setOpened(null)} />}
      </div>
    </div>
  );
}
