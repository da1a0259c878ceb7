import { useId, useState } from 'react';
import type { RewardItem, RewardTier } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';
import { Icon } from '../../shell/icons';
import { TierForm } from './TierForm';

interface TiersSectionProps {
  campaign: { id: number; currency: string };
  tiers: readonly RewardTier[];
  items: readonly RewardItem[];
}

const MONTH_ONLY = /^(\d{4})-(\d{2})$/;

/** What a tier contains, e.g. "DVD × 1, Poster × 2". */
function TierItems({ tier }: { tier: RewardTier }) {
  const { t } = useI18n();
  if (tier.items.length === 0)
    return <span className="cell-muted">{t('campaigns.tiers.none')}</span>;
  return (
    <ul className="campaign-tier-item-list">
      {tier.items.map((item) => (
        <li key={item.itemId}>
          {t('campaigns.tiers.itemQuantity', { item: item.name, quantity: item.quantity })}
        </li>
      ))}
    </ul>
  );
}

/** The campaign's reward tiers with how many pledges hold each and what is left; create, edit. */
export function TiersSection({ campaign, tiers, items }: TiersSectionProps) {
  const { t, format, locale } = useI18n();
  const headingId = useId();
  const [editing, setEditing] = useState<RewardTier | 'new' | null>(null);
  const [saved, setSaved] = useState<string>();
  const monthFormat = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const delivery = (value: string | null) => {
    if (value === null) return '—';
    const month = MONTH_ONLY.exec(value);
    return month
      ? monthFormat.format(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1))
      : format.date(value);
  };
  const money = (cents: number) => format.money(cents, campaign.currency);

  return (
    <section className="campaign-section" aria-labelledby={headingId}>
      <header className="campaign-section-header">
        <h2 id={headingId} className="campaign-section-title">
          {t('campaigns.tiers.title')}
        </h2>
        {editing === null && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setSaved(undefined);
              setEditing('new');
            }}
          >
            <Icon name="plus" size={16} />
            {t('campaigns.tiers.new')}
          </button>
        )}
      </header>
      <p className="notice notice-success" role="status" hidden={saved === undefined}>
        {saved !== undefined && t('campaigns.tiers.saved', { title: saved })}
      </p>
      {editing !== null && (
        <TierForm
          key={editing === 'new' ? 'new' : editing.id}
          campaign={campaign}
          tier={editing === 'new' ? undefined : editing}
          items={items}
          onDone={(tier) => {
            setEditing(null);
            if (tier) setSaved(tier.title);
          }}
        />
      )}
      <div className="table-frame">
        <table className="data-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('campaigns.tiers.columns.title')}</th>
              <th scope="col" className="numeric-cell">
                {t('campaigns.tiers.columns.minimum')}
              </th>
              <th scope="col" className="numeric-cell">
                {t('campaigns.tiers.columns.limit')}
              </th>
              <th scope="col" className="numeric-cell">
                {t('campaigns.tiers.columns.pledged')}
              </th>
              <th scope="col" className="numeric-cell">
                {t('campaigns.tiers.columns.remaining')}
              </th>
              <th scope="col">{t('campaigns.tiers.columns.delivery')}</th>
              <th scope="col">{t('campaigns.tiers.columns.items')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('campaigns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tiers.length === 0 && (
              <tr>
                <td colSpan={8} className="table-empty">
                  {t('campaigns.tiers.empty')}
                </td>
              </tr>
            )}
            {tiers.map((tier) => (
              <tr key={tier.id}>
                <th scope="row" className="cell-strong campaign-tier-title">
                  {tier.title}
                  {tier.isAddon && <span className="tag">{t('campaigns.tiers.addon')}</span>}
                </th>
                <td className="numeric-cell">{money(tier.minimumCents)}</td>
                <td className="numeric-cell">
                  {tier.quantityLimit === null ? '—' : format.number(tier.quantityLimit)}
                </td>
                <td className="numeric-cell">{format.number(tier.pledgedCount)}</td>
                <td className={tier.remaining === 0 ? 'numeric-cell is-sold-out' : 'numeric-cell'}>
                  {tier.remaining === null
                    ? '—'
                    : tier.remaining === 0
                      ? t('campaigns.tiers.soldOut')
                      : format.number(tier.remaining)}
                </td>
                <td className="cell-date">{delivery(tier.estimatedDelivery)}</td>
                <td>
                  <TierItems tier={tier} />
                </td>
                <td className="cell-actions">
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t('campaigns.tiers.edit', { title: tier.title })}
                    onClick={() => {
                      setSaved(undefined);
                      setEditing(tier);
                    }}
                  >
                    {t('campaigns.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
