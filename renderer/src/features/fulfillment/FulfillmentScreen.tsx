import { useCallback, useMemo, useState } from 'react';
import type { FulfillmentRow } from '../../../../shared/contract';
import { invoke, useQuery } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { useSortToggle } from '../../components/tableSort';
import { PagedTableHint, usePagedTable } from '../../components/usePagedTable';
import { VirtualTable } from '../../components/VirtualTable';
import { useI18n } from '../../i18n/useI18n';
import { useCurrentProject } from '../../shell/CurrentProject';
import { useDebounced } from '../contributors/useDebounced';
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
  const { project } = useCurrentProject();
  const [state, setState] = useListStateInAddress();
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
  const { paged, hintId, tableProps } = usePagedTable<FulfillmentRow>(requestKey, fetchPage);
  // With a line open, the panel takes the room of the shipping columns (they are in the panel).
  const compact = opened !== null;
  const columns = useMemo(() => fulfillmentColumns(i18n, compact), [i18n, compact]);
  const sortShown = columns.some((column) => column.sortable && column.id === state.sort.field);

  const onSort = useSortToggle(setState, isSortField, firstDirection);

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
      <PagedTableHint paged={paged} hintId={hintId} hint={t('fulfillment.table.hint')} />
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
          {...tableProps}
          columns={columns}
          rowCount={total ?? 0}
          loadingLabel={t('fulfillment.table.loadingRow')}
          sort={{ column: state.sort.field, dir: state.sort.dir }}
          onSort={onSort}
          onOpen={setOpened}
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
