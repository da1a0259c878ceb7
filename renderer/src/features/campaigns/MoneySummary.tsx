import { useId } from 'react';
import type { Campaign } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';

const COSTS = ['commission', 'paymentFees', 'rewardCost', 'shippingCost'] as const;

/**
 * The money side of the campaign (DESIGN, net crowd proceeds): gross collected, each thing the
 * crowd costs, and what it really brings.
 */
export function MoneySummary({
  campaign,
  contributors,
}: {
  campaign: Campaign;
  /** Distinct contributors of the campaign (from its stats), once known. */
  contributors: number | undefined;
}) {
  const { t, format } = useI18n();
  const headingId = useId();
  const money = (cents: number) => format.money(cents, campaign.currency);
  const costs: Record<(typeof COSTS)[number], number> = {
    commission: campaign.commissionCents,
    paymentFees: campaign.paymentFeesCents,
    rewardCost: campaign.rewardCostCents,
    shippingCost: campaign.shippingCostCents,
  };
  const fees = t('campaigns.money.terms', {
    commission: format.percentBp(campaign.commissionBp),
    payment: format.percentBp(campaign.paymentBp),
    fixed: money(campaign.paymentFixedCents),
  });

  return (
    <section className="campaign-card campaign-money" aria-labelledby={headingId}>
      <h2 id={headingId} className="campaign-card-title">
        {t('campaigns.money.title')}
      </h2>
      <dl className="campaign-money-figures">
        <div className="campaign-figure">
          <dt>{t('campaigns.money.collected')}</dt>
          <dd data-testid="money-collected">{money(campaign.collectedCents)}</dd>
        </div>
        {COSTS.map((key) => (
          <div key={key} className="campaign-figure is-cost">
            <dt>{t(`campaigns.money.${key}`)}</dt>
            <dd>{t('campaigns.money.minus', { amount: money(costs[key]) })}</dd>
          </div>
        ))}
        <div
          className={
            campaign.netCents < 0 ? 'campaign-figure is-net is-negative' : 'campaign-figure is-net'
          }
        >
          <dt>{t('campaigns.money.net')}</dt>
          <dd data-testid="money-net">{money(campaign.netCents)}</dd>
        </div>
      </dl>
      <p className="campaign-money-note">{t('campaigns.money.netHint')}</p>
      <dl className="campaign-money-facts">
        <div>
          <dt>{t('campaigns.money.goal')}</dt>
          <dd>{money(campaign.goalCents)}</dd>
        </div>
        <div>
          <dt>{t('campaigns.money.pledged')}</dt>
          <dd>{money(campaign.pledgedCents)}</dd>
        </div>
        <div>
          <dt>{t('campaigns.money.counted')}</dt>
          <dd>{money(campaign.countedCents)}</dd>
        </div>
        <div>
          <dt>{t('campaigns.money.contributions')}</dt>
          <dd data-testid="contribution-count">{format.number(campaign.contributionCount)}</dd>
        </div>
        <div>
          <dt>{t('campaigns.money.contributors')}</dt>
          <dd data-testid="contributor-count">
            {contributors === undefined ? '…' : format.number(contributors)}
          </dd>
        </div>
        <div>
          <dt>{t('campaigns.money.fees')}</dt>
          <dd>{fees}</dd>
        </div>
      </dl>
    </section>
  );
}
