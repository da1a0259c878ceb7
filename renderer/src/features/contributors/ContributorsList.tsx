import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ContributorSearchRow } from '../../../../shared/contract';
import { invoke } from '../../api';
import { useSortToggle } from '../../components/tableSort';
import { PagedTableHint, usePagedTable } from '../../components/usePagedTable';
import { VirtualTable, type TableView } from '../../components/VirtualTable';
import { useI18n } from '../../i18n/useI18n';
import { useCurrentProject } from '../../shell/CurrentProject';
import { Icon } from '../../shell/icons';
import { contributorColumns, isSortField, type ColumnId } from './contributorColumns';
import { ContributorFilters, ContributorSearchBox } from './ContributorFilters';
import { firstDirection, listHref, parseListState, projectIdOf, searchRequest } from './listState';
import { EmptyList } from './EmptyList';
import { setFlash } from './flash';
import { OfflinePledgeDialog } from './OfflinePledgeDialog';
import { useDebounced } from './useDebounced';

const SEARCH_DELAY_MS = 200;

/**
 * Where the list was when a contributor was opened: the same search comes back at the same
 * place with its count, instead of starting from the top.
 */
let remembered: { requestKey: string; total: number; view: TableView } | null = null;

export function ContributorsList({ initialQuery }: { initialQuery: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { project: currentProject, projects } = useCurrentProject();
  const [state, setState] = useState(() => parseListState(initialQuery));
  const [adding, setAdding] = useState(false);

  // The address follows the list (replace, not push: typing is not a step back in history).
  useEffect(() => {
    const href = listHref(state);
    if (window.location.hash !== href) window.history.replaceState(window.history.state, '', href);
  }, [state]);

  const debouncedQuery = useDebounced(state.query, SEARCH_DELAY_MS);
  // Until the projects are known, "the current project" is not either: wait rather than search all.
  const waiting = state.project === 'current' && projects.data === undefined;
  const request = searchRequest(state, debouncedQuery, currentProject?.id);
  const requestKey = waiting ? null : JSON.stringify(request);

  const fetchPage = useCallback(
    (offset: number, limit: number) => {
      const input = JSON.parse(requestKey ?? '{}') as typeof request;
      return invoke('contributors.search', { ...input, offset, limit });
    },
    [requestKey],
  );
  const { paged, hintId, tableProps } = usePagedTable<ContributorSearchRow>(requestKey, fetchPage);
  const back = remembered !== null && remembered.requestKey === requestKey ? remembered : null;
  const total = paged.total ?? back?.total;

  const onViewChange = useCallback(
    (view: TableView) => {
      if (requestKey !== null && paged.total !== undefined) {
        remembered = { requestKey, total: paged.total, view };
      }
    },
    [requestKey, paged.total],
  );

  const projectId = projectIdOf(state, currentProject?.id);
  const list = projects.data ?? [];
  const currencies = new Set(
    list
      .filter((project) => projectId === undefined || project.id === projectId)
      .map((p) => p.currency),
  );
  const currency = currencies.size === 1 ? ([...currencies][0] ?? null) : null;
  const columns = useMemo(
    () => contributorColumns(i18n, currency, (row) => listHref(state, row.id)),
    [i18n, currency, state],
  );

  const onSort = useSortToggle(setState, isSortField, firstDirection);

  const open = useCallback(
    (row: ContributorSearchRow) => {
      window.location.hash = listHref(state, row.id);
    },
    [state],
  );

  return (
    <div className="page contributors-page">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('contributors.title')}</h1>
          <p className="page-subtitle contributors-count" role="status">
            {total === undefined ? t('app.loading') : t('contributors.count', { count: total })}
            {paged.updating && total !== undefined && (
              <span className="contributors-updating">{t('contributors.updating')}</span>
            )}
          </p>
        </div>
        <div className="contributors-tools">
          <ContributorSearchBox
            value={state.query}
            onChange={(query) => setState((previous) => ({ ...previous, query }))}
          />
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            <Icon name="plus" />
            {t('contributors.addPledge')}
          </button>
        </div>
      </header>
      <ContributorFilters
        state={state}
        onChange={setState}
        projects={list}
        currentProjectId={currentProject?.id}
      />
      <PagedTableHint paged={paged} hintId={hintId} hint={t('contributors.table.hint')} />
      <VirtualTable<ContributorSearchRow, ColumnId>
        label={t('contributors.table.label')}
        className="contributors-table"
        {...tableProps}
        columns={columns}
        rowCount={total ?? 0}
        loadingLabel={t('contributors.table.loadingRow')}
        sort={{ column: state.sort.field, dir: state.sort.dir }}
        onSort={onSort}
        onOpen={open}
        initialView={back?.view}
        onViewChange={onViewChange}
        empty={
          total === 0 && (
            <EmptyList
              state={state}
              projectTitle={list.find((p) => p.id === projectId)?.title}
              onChange={setState}
            />
          )
        }
      />
      {adding && (
        <OfflinePledgeDialog
          projectId={projectId ?? currentProject?.id}
          onClose={() => setAdding(false)}
          onAdded={(contributorId, message) => {
            setAdding(false);
            setFlash(contributorId, message);
            window.location.hash = listHref(state, contributorId);
          }}
        />
      )}
    </div>
  );
}
