import type { RewardItem, RewardTier } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';
import { EditableTableSection } from './EditableTableSection';
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
    <EditableTableSection
      title={t('campaigns.tiers.title')}
      newLabel={t('campaigns.tiers.new')}
      savedMessage={(title) => t('campaigns.tiers.saved', { title })}
      renderForm={(tier, done) => (
        <TierForm
          campaign={campaign}
          tier={tier}
          items={items}
          onDone={(saved) => done(saved?.title)}
        />
      )}
      columnHeaders={
        <>
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
        </>
      }
      columnCount={8}
      emptyText={t('campaigns.tiers.empty')}
      rows={tiers}
      rowCells={(tier) => (
        <>
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
        </>
      )}
      editLabel={(tier) => t('campaigns.tiers.edit', { title: tier.title })}
    />
  );
}
