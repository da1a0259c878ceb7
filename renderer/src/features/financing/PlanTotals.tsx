import type { ReactNode } from 'react';
import type { FinancingSummary } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';

function Figure({
  term,
  value,
  note,
  className,
}: {
  term: string;
  value: ReactNode;
  note?: ReactNode;
  className?: string;
}) {
  return (
    <div className={`plan-figure ${className ?? ''}`}>
      <dt>{term}</dt>
      <dd className="plan-figure-value numeric">{value}</dd>
      {note && <dd className="plan-figure-note">{note}</dd>}
    </div>
  );
}

/** The plan's totals and, prominent, what is left to finance (red while something is missing). */
export function PlanTotals({ summary }: { summary: FinancingSummary }) {
  const { t, format } = useI18n();
  const money = (cents: number) => format.money(cents, summary.currency);
  const percent = format.percentBp;
  const gapOpen = summary.gap > 0;
  return (
    <section className="plan-totals" aria-label={t('financing.totals.label')}>
      <dl className="plan-figures">
        <Figure term={t('financing.totals.budget')} value={money(summary.budgetTotal)} />
        <Figure
          term={t('financing.totals.secured')}
          value={money(summary.secured)}
          className="is-secured"
          note={t('financing.totals.securedNote', {
            confirmed: money(summary.confirmed),
            received: money(summary.received),
          })}
        />
        <Figure
          term={t('financing.totals.pending')}
          value={money(summary.pending)}
          className="is-pending"
          note={t('financing.totals.pendingNote', {
            percent: format.shareBp(summary.plan.pending.shareBp),
          })}
        />
        <Figure
          term={t('financing.totals.declined')}
          value={money(summary.declined)}
          note={t('financing.totals.declinedNote')}
        />
        <Figure
          term={t('financing.totals.crowd')}
          value={money(summary.crowdLine)}
          className="is-crowd"
          note={t('financing.totals.crowdNote', {
            cap: money(summary.crowdCap),
            percent: percent(summary.crowdCapBp),
          })}
        />
      </dl>
      <div className={gapOpen ? 'plan-gap is-open' : 'plan-gap is-closed'}>
        <dl className="plan-gap-figure">
          <dt>{t('financing.totals.gap')}</dt>
          <dd className="plan-gap-value numeric">
            {gapOpen ? money(summary.gap) : t('financing.totals.gapClosed')}
          </dd>
        </dl>
        <p className="plan-gap-note">
          {summary.gap < 0
            ? t('financing.totals.gapExceeds', { amount: money(-summary.gap) })
            : t('financing.totals.gapNote')}
        </p>
      </div>
    </section>
  );
}
