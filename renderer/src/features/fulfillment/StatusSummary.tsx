import {
  fulfillmentStatuses,
  type FulfillmentStatus,
  type FulfillmentSummary,
} from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';

interface StatusSummaryProps {
  summary: FulfillmentSummary;
  active: FulfillmentStatus | undefined;
  onPick: (status: FulfillmentStatus | undefined) => void;
}

/** Counts per status (each one a quick filter) and the pick list: what is left to send per item. */
export function StatusSummary({ summary, active, onPick }: StatusSummaryProps) {
  const { t, format } = useI18n();
  const toShip = summary.byItem.filter((item) => item.ships && item.toShip > 0);
  return (
    <section className="fulfillment-summary" aria-label={t('fulfillment.summary.label')}>
      <div className="fulfillment-summary-statuses">
        {fulfillmentStatuses.map((status) => (
          <button
            key={status}
            type="button"
            className={`fulfillment-count fulfillment-count-${status}`}
            aria-pressed={active === status}
            onClick={() => onPick(active === status ? undefined : status)}
          >
            <span className="fulfillment-count-value">
              {format.number(summary.byStatus[status])}
            </span>
            <span className="fulfillment-count-label">{t(`fulfillment.statuses.${status}`)}</span>
          </button>
        ))}
      </div>
      <p className="fulfillment-picklist">
        {toShip.length === 0
          ? t('fulfillment.summary.nothingToShip')
          : t('fulfillment.summary.toShip', {
              items: toShip
                .map((item) =>
                  t('fulfillment.summary.pickItem', {
                    quantity: format.number(item.toShip),
                    item: item.itemName,
                  }),
                )
                .join(' · '),
            })}
      </p>
    </section>
  );
}
