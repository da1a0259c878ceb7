import { useCallback, useId, useMemo, type ReactNode } from 'react';
import {
  paymentStatuses,
  type Campaign,
  type Contribution,
  type PaymentStatus,
} from '../../../../shared/contract';
import { useQuery } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { nextSort } from '../../components/tableSort';
import { VirtualTable } from '../../components/VirtualTable';
import { useI18n } from '../../i18n/useI18n';
import {
  contributorHref,
  isPledgeSortField,
  pledgeColumns,
  type PledgeColumnId,
} from './pledgeColumns';
import { firstPledgeDirection, usePledgeList } from './usePledgeList';
import './pledges.css';

function PledgeField({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="pledges-field">
      <label className="pledges-field-label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/**
 * Every pledge of a campaign in a virtual table (smooth at 250,000): sortable by its headers,
 * filtered by status, tier and the start of a contributor's name or email; Enter on a row (or a
 * double click) opens the contributor.
 */
export function PledgesSection({ campaign }: { campaign: Pick<Campaign, 'id'> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const hintId = useId();
  const tiers = useQuery('tiers.list', { campaignId: campaign.id });
  const { state, setState, requestKey, paged, setRange } = usePledgeList(campaign.id);
  const columns = useMemo(() => pledgeColumns(i18n), [i18n]);
  const total = paged.total;

  const onSort = useCallback(
    (column: PledgeColumnId) => {
      if (!isPledgeSortField(column)) return;
      setState((previous) => ({
        ...previous,
        sort: nextSort(previous.sort, column, firstPledgeDirection),
      }));
    },
    [setState],
  );
  const open = useCallback((row: Contribution) => {
    window.location.hash = contributorHref(row.contributorId);
  }, []);
  const narrowed = state.query.trim() !== '' || state.status !== null || state.tierId !== null;

  return (
    <section className="campaign-section" aria-labelledby={headingId}>
      <header className="campaign-section-header">
        <div>
          <h2 id={headingId} className="campaign-section-title">
            {t('pledges.title')}
          </h2>
          <p className="pledges-count" role="status">
            {total === undefined ? t('app.loading') : t('pledges.count', { count: total })}
            {paged.updating && total !== undefined && (
              <span className="pledges-updating">{t('pledges.updating')}</span>
            )}
          </p>
        </div>
        <div className="pledges-tools" role="search" aria-label={t('pledges.filters.label')}>
          <PledgeField label={t('pledges.filters.search')}>
            {(id) => (
              <input
                id={id}
                type="search"
                className="control"
                placeholder={t('pledges.filters.searchPlaceholder')}
                value={state.query}
                onChange={(event) => {
                  const query = event.target.value;
                  setState((previous) => ({ ...previous, query }));
                }}
              />
            )}
          </PledgeField>
          <PledgeField label={t('pledges.filters.status')}>
            {(id) => (
              <select
                id={id}
                className="control"
                value={state.status ?? ''}
                onChange={(event) => {
                  const value = event.target.value;
                  const status = paymentStatuses.find((s): s is PaymentStatus => s === value);
                  setState((previous) => ({ ...previous, status: status ?? null }));
                }}
              >
                <option value="">{t('pledges.filters.allStatuses')}</option>
                {paymentStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`pledges.statuses.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </PledgeField>
          <PledgeField label={t('pledges.filters.tier')}>
            {(id) => (
              <select
                id={id}
                className="control"
                value={state.tierId === null ? '' : String(state.tierId)}
                onChange={(event) => {
                  const value = event.target.value;
                  const tierId = value === '' ? null : value === 'none' ? 'none' : Number(value);
                  setState((previous) => ({ ...previous, tierId }));
                }}
              >
                <option value="">{t('pledges.filters.allTiers')}</option>
                <option value="none">{t('pledges.filters.noTier')}</option>
                {(tiers.data ?? [])
                  .filter((tier) => !tier.isAddon)
                  .map((tier) => (
                    <option key={tier.id} value={tier.id}>
                      {tier.title}
                    </option>
                  ))}
              </select>
            )}
          </PledgeField>
        </div>
      </header>
      {paged.error && <ErrorNotice error={paged.error} onRetry={paged.retry} />}
      <p id={hintId} className="visually-hidden">
        {t('pledges.table.hint')}
      </p>
      <VirtualTable<Contribution, PledgeColumnId>
        label={t('pledges.table.label')}
        className="pledges-table"
        describedBy={hintId}
        columns={columns}
        rowCount={total ?? 0}
        rowAt={paged.rowAt}
        loadingLabel={t('pledges.table.loadingRow')}
        sort={{ column: state.sort.field, dir: state.sort.dir }}
        onSort={onSort}
        onOpen={open}
        onRangeChange={setRange}
        resetKey={requestKey}
        empty={
          total === 0 && (
            <p className="campaign-section-note">
              {narrowed ? t('pledges.table.empty') : t('pledges.table.none')}
            </p>
          )
        }
      />
    </section>
  );
}
