import { useId } from 'react';
import type { ContributorPledge, PaymentStatus } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';
import { PledgeActions } from './PledgeActions';

const STATUS_TONE: Record<PaymentStatus, string> = {
  pledged: 'tag',
  collected: 'tag tag-positive',
  failed: 'tag tag-negative',
  refund_due: 'tag tag-warning',
  refunded: 'tag',
  not_collected: 'tag',
};

/** One pledge of the contributor: which film and campaign, the money, its rewards, what to do. */
export function PledgeCard({ pledge }: { pledge: ContributorPledge }) {
  const { t, format } = useI18n();
  const headingId = useId();
  const money = (cents: number) => format.money(cents, pledge.currency);
  return (
    <article className="pledge-card" aria-labelledby={headingId}>
      <header className="pledge-head">
        <div>
          <h3 id={headingId} className="pledge-title">
            {pledge.campaignTitle}
          </h3>
          <p className="pledge-project">{pledge.projectTitle}</p>
        </div>
        <span className={STATUS_TONE[pledge.paymentStatus]}>
          {t(`contributors.statuses.${pledge.paymentStatus}`)}
        </span>
      </header>
      <dl className="pledge-facts">
        <div>
          <dt>{t('contributors.pledge.amount')}</dt>
          <dd className="numeric">{money(pledge.amountCents)}</dd>
        </div>
        <div>
          <dt>{t('contributors.pledge.tier')}</dt>
          <dd>{pledge.tierTitle ?? t('contributors.pledge.noTier')}</dd>
        </div>
        <div>
          <dt>{t('contributors.pledge.date')}</dt>
          <dd>{format.date(pledge.pledgedAt)}</dd>
        </div>
        {pledge.externalId !== null && (
          <div>
            <dt>{t('contributors.pledge.reference')}</dt>
            <dd>{pledge.externalId}</dd>
          </div>
        )}
        {pledge.refundedCents > 0 && (
          <div>
            <dt>{t('contributors.pledge.refunded')}</dt>
            <dd>
              {pledge.refundedOn === null
                ? money(pledge.refundedCents)
                : t('contributors.pledge.refundedOn', {
                    amount: money(pledge.refundedCents),
                    date: format.date(pledge.refundedOn),
                  })}
            </dd>
          </div>
        )}
      </dl>
      <PledgeActions pledge={pledge} />
      {pledge.fulfillment.length === 0 ? (
        <p className="pledge-note">{t('contributors.pledge.noFulfillment')}</p>
      ) : (
        <table className="fulfillment-table">
          <caption>{t('contributors.pledge.fulfillment')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('contributors.pledge.item')}</th>
              <th scope="col" className="numeric-cell">
                {t('contributors.pledge.quantity')}
              </th>
              <th scope="col">{t('contributors.pledge.fulfillmentStatus')}</th>
              <th scope="col">{t('contributors.pledge.carrier')}</th>
              <th scope="col">{t('contributors.pledge.tracking')}</th>
            </tr>
          </thead>
          <tbody>
            {pledge.fulfillment.map((line) => (
              <tr key={line.id}>
                <td>{line.itemName}</td>
                <td className="numeric-cell">{format.number(line.quantity)}</td>
                <td>{t(`contributors.fulfillmentStatuses.${line.status}`)}</td>
                <td>{line.carrier}</td>
                <td className="tracking">{line.trackingNumber}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
