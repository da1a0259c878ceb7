import {
  fulfillmentStatuses,
  type Campaign,
  type FulfillmentStatus,
  type FulfillmentSummary,
} from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';
import type { FulfillmentListState } from './listState';

interface FiltersProps {
  state: FulfillmentListState;
  onChange: (update: (previous: FulfillmentListState) => FulfillmentListState) => void;
  campaigns: readonly Campaign[];
  items: FulfillmentSummary['byItem'];
}

function idOrUndefined(value: string): number | undefined {
  return value === '' ? undefined : Number(value);
}

/** Campaign, status, item, text search and "missing address", above the table. */
export function FulfillmentFilters({ state, onChange, campaigns, items }: FiltersProps) {
  const { t } = useI18n();
  return (
    <div className="fulfillment-filters" role="search" aria-label={t('fulfillment.filters.label')}>
      <input
        className="control fulfillment-search"
        type="search"
        aria-label={t('fulfillment.filters.search')}
        placeholder={t('fulfillment.filters.searchPlaceholder')}
        value={state.query}
        onChange={(event) => {
          const query = event.target.value;
          onChange((previous) => ({ ...previous, query }));
        }}
      />
      <select
        className="control"
        aria-label={t('fulfillment.filters.campaign')}
        value={state.campaignId ?? ''}
        onChange={(event) => {
          const campaignId = idOrUndefined(event.target.value);
          onChange((previous) => ({ ...previous, campaignId }));
        }}
      >
        <option value="">{t('fulfillment.filters.allCampaigns')}</option>
        {campaigns.map((campaign) => (
          <option key={campaign.id} value={campaign.id}>
            {campaign.title}
          </option>
        ))}
      </select>
      <select
        className="control"
        aria-label={t('fulfillment.filters.status')}
        value={state.status ?? ''}
        onChange={(event) => {
          const value = event.target.value;
          const status = fulfillmentStatuses.find((s) => s === value);
          onChange((previous) => ({ ...previous, status }));
        }}
      >
        <option value="">{t('fulfillment.filters.allStatuses')}</option>
        {fulfillmentStatuses.map((status: FulfillmentStatus) => (
          <option key={status} value={status}>
            {t(`fulfillment.statuses.${status}`)}
          </option>
        ))}
      </select>
      <select
        className="control"
        aria-label={t('fulfillment.filters.item')}
        value={state.itemId ?? ''}
        onChange={(event) => {
          const itemId = idOrUndefined(event.target.value);
          onChange((previous) => ({ ...previous, itemId }));
        }}
      >
        <option value="">{t('fulfillment.filters.allItems')}</option>
        {items.map((item) => (
          <option key={item.itemId} value={item.itemId}>
            {item.itemName}
          </option>
        ))}
      </select>
      <label className="fulfillment-check">
        <input
          type="checkbox"
          checked={state.missingAddress}
          onChange={(event) => {
            const missingAddress = event.target.checked;
            onChange((previous) => ({ ...previous, missingAddress }));
          }}
        />
        {t('fulfillment.filters.missingAddress')}
      </label>
    </div>
  );
}
