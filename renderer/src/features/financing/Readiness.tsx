import { useId } from 'react';
import type {
  FinancingSummary,
  FinancingWarning,
  ReadinessCheck,
} from '../../../../shared/contract';
import type { I18n } from '../../i18n/I18nProvider';
import { useI18n } from '../../i18n/useI18n';
import { Icon } from '../../shell/icons';

/** A numeric parameter of a check or warning (the contract allows text too). */
function amountParam(params: ReadinessCheck['params'], name: string): number {
  const value = params[name];
  return typeof value === 'number' ? value : 0;
}

function textParam(params: FinancingWarning['params'], name: string): string {
  const value = params[name];
  return value === undefined ? '' : String(value);
}

function checkText(check: ReadinessCheck, summary: FinancingSummary, i18n: I18n): string {
  const { t, format } = i18n;
  const money = (cents: number) => format.money(cents, summary.currency);
  const p = check.params;
  switch (check.id) {
    case 'budget_not_empty':
      return check.ok
        ? t('financing.readiness.budget.ok', { budget: money(amountParam(p, 'budgetCents')) })
        : t('financing.readiness.budget.missing');
    case 'secured_threshold': {
      const values = {
        secured: money(amountParam(p, 'securedCents')),
        threshold: money(amountParam(p, 'thresholdCents')),
        percent: format.percentBp(amountParam(p, 'thresholdBp')),
      };
      return check.ok
        ? t('financing.readiness.secured.ok', values)
        : t('financing.readiness.secured.missing', values);
    }
    case 'plan_closes':
      return check.ok
        ? t('financing.readiness.closes.ok')
        : t('financing.readiness.closes.missing');
  }
}

function warningText(warning: FinancingWarning, summary: FinancingSummary, i18n: I18n): string {
  const { t, format } = i18n;
  const money = (cents: number) => format.money(cents, summary.currency);
  const p = warning.params;
  const amount = money(warning.amountCents ?? 0);
  switch (warning.id) {
    case 'crowd_goals_over_cap':
      return t('financing.warnings.crowd_goals_over_cap', {
        amount,
        goals: money(amountParam(p, 'goalCents')),
        cap: money(amountParam(p, 'capCents')),
        percent: format.percentBp(amountParam(p, 'capBp')),
      });
    case 'over_cap_surplus':
      return t('financing.warnings.over_cap_surplus', {
        amount,
        cap: money(amountParam(p, 'capCents')),
      });
    case 'plan_exceeds_budget':
      return t('financing.warnings.plan_exceeds_budget', { amount });
    case 'campaign_currency_mismatch':
      return t('financing.warnings.campaign_currency_mismatch', {
        title: textParam(p, 'title'),
        campaignCurrency: textParam(p, 'campaignCurrency'),
        projectCurrency: textParam(p, 'projectCurrency'),
      });
  }
}

/** Can a campaign launch? Each check says what is missing; warnings show what must not hide. */
export function Readiness({ summary }: { summary: FinancingSummary }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const headingId = useId();
  const warningsId = useId();
  return (
    <section className="panel readiness" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('financing.readiness.title')}
      </h2>
      <p className={summary.ready ? 'readiness-verdict is-ready' : 'readiness-verdict'}>
        {summary.ready ? t('financing.readiness.ready') : t('financing.readiness.notReady')}
      </p>
      <ul className="readiness-list">
        {summary.readiness.map((check) => (
          <li key={check.id} className={check.ok ? 'readiness-check is-ok' : 'readiness-check'}>
            <span className="readiness-mark">
              <Icon name={check.ok ? 'check' : 'alert'} size={16} />
              <span className="visually-hidden">
                {check.ok ? t('financing.readiness.ok') : t('financing.readiness.missing')}
              </span>
            </span>
            <span className="readiness-text">{checkText(check, summary, i18n)}</span>
            {check.missingCents !== undefined && (
              <strong className="readiness-missing numeric">
                {t('financing.readiness.missingAmount', {
                  amount: format.money(check.missingCents, summary.currency),
                })}
              </strong>
            )}
          </li>
        ))}
      </ul>
      {summary.warnings.length > 0 && (
        <>
          <h3 id={warningsId} className="readiness-warnings-title">
            {t('financing.warnings.title')}
          </h3>
          <ul className="readiness-warnings" aria-labelledby={warningsId}>
            {summary.warnings.map((warning) => (
              <li key={`${warning.id}-${textParam(warning.params, 'title')}`}>
                <Icon name="alert" size={16} />
                <span>{warningText(warning, summary, i18n)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
