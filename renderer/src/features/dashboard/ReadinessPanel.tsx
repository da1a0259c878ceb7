import type {
  FinancingSummary,
  FinancingWarning,
  ReadinessCheck,
} from '../../../../shared/contract';
import type { I18n } from '../../i18n/I18nProvider';
import { useI18n } from '../../i18n/useI18n';
import { Icon } from '../../shell/icons';

type Params = ReadinessCheck['params'];

/** A numeric parameter of a check or warning (the service always sends the ones used here). */
function numberParam(params: Params, name: string): number {
  const value = params[name];
  return typeof value === 'number' ? value : 0;
}

function textParam(params: Params, name: string): string {
  const value = params[name];
  return value === undefined ? '' : String(value);
}

/** The check in the user's language, from its id and numbers (the English message is a fallback for logs). */
function checkText(check: ReadinessCheck, i18n: I18n, currency: string): string {
  const { t, format } = i18n;
  const money = (name: string) => format.money(numberParam(check.params, name), currency);
  const state = check.ok ? 'ok' : 'missing';
  switch (check.id) {
    case 'budget_not_empty':
      return check.ok
        ? t('dashboard.readiness.checks.budget_not_empty.ok', { budget: money('budgetCents') })
        : t('dashboard.readiness.checks.budget_not_empty.missing');
    case 'secured_threshold':
      return t(`dashboard.readiness.checks.secured_threshold.${state}`, {
        secured: money('securedCents'),
        threshold: money('thresholdCents'),
        percent: format.percentBp(numberParam(check.params, 'thresholdBp')),
        missing: money('missingCents'),
      });
    case 'plan_closes':
      return check.ok
        ? t('dashboard.readiness.checks.plan_closes.ok')
        : t('dashboard.readiness.checks.plan_closes.missing', { missing: money('missingCents') });
  }
}

function warningText(warning: FinancingWarning, i18n: I18n, currency: string): string {
  const { t, format } = i18n;
  const { params } = warning;
  const money = (cents: number) => format.money(cents, currency);
  const amount = money(warning.amountCents ?? 0);
  switch (warning.id) {
    case 'crowd_goals_over_cap':
      return t('dashboard.warnings.crowd_goals_over_cap', {
        goal: money(numberParam(params, 'goalCents')),
        cap: money(numberParam(params, 'capCents')),
        percent: format.percentBp(numberParam(params, 'capBp')),
        amount,
      });
    case 'over_cap_surplus':
      return t('dashboard.warnings.over_cap_surplus', {
        amount,
        cap: money(numberParam(params, 'capCents')),
      });
    case 'plan_exceeds_budget':
      return t('dashboard.warnings.plan_exceeds_budget', { amount });
    case 'campaign_currency_mismatch':
      return t('dashboard.warnings.campaign_currency_mismatch', {
        title: textParam(params, 'title'),
        campaignCurrency: textParam(params, 'campaignCurrency'),
        projectCurrency: textParam(params, 'projectCurrency'),
      });
  }
}

/** The launch checklist: each check done, or what is missing in money. */
export function ReadinessPanel({ summary }: { summary: FinancingSummary }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="dash-readiness">
      <p className={summary.ready ? 'dash-readiness-verdict is-ready' : 'dash-readiness-verdict'}>
        {summary.ready ? t('dashboard.readiness.ready') : t('dashboard.readiness.notReady')}
      </p>
      <ul className="dash-checklist">
        {summary.readiness.map((check) => (
          <li key={check.id} className={check.ok ? 'dash-check is-ok' : 'dash-check is-missing'}>
            <Icon name={check.ok ? 'check' : 'alert'} size={18} />
            <span className="visually-hidden">
              {check.ok ? t('dashboard.readiness.ok') : t('dashboard.readiness.missing')}
            </span>
            <span>{checkText(check, i18n, summary.currency)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What the plan shows rather than hides: goals over the cap, over-cap surplus, an over-full plan. */
export function WarningsList({ summary }: { summary: FinancingSummary }) {
  const i18n = useI18n();
  return (
    <ul className="dash-warnings">
      {summary.warnings.map((warning, index) => (
        <li key={`${warning.id}-${index}`} className="dash-warning">
          <Icon name="alert" size={18} />
          <span>{warningText(warning, i18n, summary.currency)}</span>
        </li>
      ))}
    </ul>
  );
}
