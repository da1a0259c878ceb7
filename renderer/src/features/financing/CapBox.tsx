import type { FinancingSummary } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';

/** The crowd cap, the goals already set and the room left: what a new goal must fit in. */
export function CapBox({ summary }: { summary: FinancingSummary }) {
  const { t, format } = useI18n();
  const money = (cents: number) => format.money(cents, summary.currency);
  const room = Math.max(0, summary.capRoom);
  return (
    <section className="cap-box" aria-label={t('financing.cap.label')}>
      <dl className="cap-figures">
        <div>
          <dt>{t('financing.cap.cap', { percent: format.percentBp(summary.crowdCapBp) })}</dt>
          <dd className="numeric">{money(summary.crowdCap)}</dd>
        </div>
        <div>
          <dt>{t('financing.cap.goals')}</dt>
          <dd className="numeric">{money(summary.crowdGoal)}</dd>
        </div>
        <div className="cap-room">
          <dt>{t('financing.cap.room')}</dt>
          <dd className="numeric">{money(room)}</dd>
        </div>
      </dl>
      {summary.budgetTotal === 0 && <p className="cap-note">{t('financing.cap.noBudget')}</p>}
      {summary.capRoom < 0 && (
        <p className="cap-note is-warning">
          {t('financing.cap.overCap', { amount: money(-summary.capRoom) })}
        </p>
      )}
    </section>
  );
}
