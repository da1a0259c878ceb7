import { useId, useState, type FormEvent } from 'react';
import {
  paymentTransitions,
  type ContributorPledge,
  type PaymentStatus,
} from '../../../../shared/contract';
import type { Issue } from '../../../../shared/errors';
import type { Translator } from '../../../../shared/i18n';
import { mutate, toApiError } from '../../api';
import { Field } from '../../components/Field';
import { placeIssues } from '../../components/useContractForm';
import type { I18n } from '../../i18n/I18nProvider';
import { useI18n } from '../../i18n/useI18n';
import { readMoney } from '../budget/lineEdits';
import { translateContributorIssue } from './issues';
import { todayIso } from './dates';

type RefundField = 'amount' | 'date';

const REFUNDABLE: readonly PaymentStatus[] = ['collected', 'refund_due'];

function refundFieldOf(path: readonly (string | number)[]): RefundField | undefined {
  if (path[0] === 'refundedCents') return 'amount';
  if (path[0] === 'refundedOn') return 'date';
  return undefined;
}

/** A refund over the pledge names the pledge's amount in the user's language. */
function refundIssue(pledge: ContributorPledge, i18n: I18n) {
  return (issue: Issue, translator: Translator): string =>
    issue.message.startsWith('must be at most the amount')
      ? translator.t('contributors.issues.refundTooLarge', {
          amount: i18n.format.money(pledge.amountCents, pledge.currency),
        })
      : translateContributorIssue(issue, translator);
}

/**
 * What a person can do to a pledge: move it to a status the contract allows from where it is,
 * or record a refund (amount and date) of collected money.
 */
export function PledgeActions({ pledge }: { pledge: ContributorPledge }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const allowed: readonly PaymentStatus[] = paymentTransitions[pledge.paymentStatus];
  const [next, setNext] = useState<PaymentStatus | ''>('');
  const [statusError, setStatusError] = useState<string>();
  const [refunding, setRefunding] = useState(false);
  const [done, setDone] = useState<string>();
  const selectId = useId();
  const errorId = useId();

  async function changeStatus() {
    const status = next;
    if (status === '') return;
    setStatusError(undefined);
    setDone(undefined);
    try {
      await mutate('contributions.update', { id: pledge.id, paymentStatus: status });
      setNext('');
      setDone(
        t('contributors.pledge.statusSaved', { status: t(`contributors.statuses.${status}`) }),
      );
    } catch (caught) {
      const error = toApiError(caught);
      const placed = placeIssues(
        error.issues,
        i18n,
        () => 'status' as const,
        translateContributorIssue,
      );
      setStatusError(placed.fields.status ?? error.message);
    }
  }

  return (
    <div className="pledge-actions">
      {allowed.length === 0 ? (
        <p className="pledge-final">{t('contributors.pledge.finalStatus')}</p>
      ) : (
        <div className="pledge-status-change">
          <label className="visually-hidden" htmlFor={selectId}>
            {t('contributors.pledge.newStatus', { campaign: pledge.campaignTitle })}
          </label>
          <select
            id={selectId}
            className="control control-inline"
            value={next}
            aria-invalid={Boolean(statusError)}
            aria-describedby={statusError ? errorId : undefined}
            onChange={(event) =>
              setNext(allowed.find((status) => status === event.target.value) ?? '')
            }
          >
            <option value="" disabled>
              {t('contributors.pledge.chooseStatus')}
            </option>
            {allowed.map((status) => (
              <option key={status} value={status}>
                {t(`contributors.statuses.${status}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={next === ''}
            onClick={() => void changeStatus()}
          >
            {t('contributors.pledge.changeStatus')}
          </button>
        </div>
      )}
      {REFUNDABLE.includes(pledge.paymentStatus) && !refunding && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            setDone(undefined);
            setRefunding(true);
          }}
        >
          {t('contributors.pledge.recordRefund')}
        </button>
      )}
      {statusError && (
        <p className="field-error" id={errorId}>
          {statusError}
        </p>
      )}
      {done && (
        <p className="pledge-done" role="status">
          {done}
        </p>
      )}
      {refunding && (
        <RefundForm
          pledge={pledge}
          onDone={(refundedCents) => {
            setRefunding(false);
            if (refundedCents !== null) {
              setDone(
                t('contributors.pledge.refundSaved', {
                  amount: format.money(refundedCents, pledge.currency),
                }),
              );
            }
          }}
        />
      )}
    </div>
  );
}

function RefundForm({
  pledge,
  onDone,
}: {
  pledge: ContributorPledge;
  onDone: (refunded: number | null) => void;
}) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const headingId = useId();
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(todayIso);
  const [errors, setErrors] = useState<Partial<Record<RefundField, string>>>({});
  const [unplaced, setUnplaced] = useState<string[]>([]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const cents = readMoney(amount, pledge.currency);
    if (cents === null || cents <= 0) {
      setErrors({ amount: t('contributors.issues.money') });
      return;
    }
    try {
      // The contract takes the total refunded so far: this refund adds to what went back before.
      await mutate('contributions.update', {
        id: pledge.id,
        refundedCents: pledge.refundedCents + cents,
        refundedOn: date === '' ? null : date,
      });
      onDone(cents);
    } catch (caught) {
      const error = toApiError(caught);
      const placed = placeIssues(error.issues, i18n, refundFieldOf, refundIssue(pledge, i18n));
      setErrors(placed.fields);
      setUnplaced(
        placed.unplaced.length > 0 || Object.keys(placed.fields).length > 0
          ? placed.unplaced
          : [error.message],
      );
    }
  }

  return (
    <form
      className="refund-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h4 id={headingId} className="refund-title">
        {t('contributors.pledge.recordRefund')}
      </h4>
      {unplaced.map((message) => (
        <p key={message} className="field-error">
          {message}
        </p>
      ))}
      <div className="refund-fields">
        <Field
          label={t('contributors.pledge.refundAmount')}
          hint={t('contributors.pledge.refundAmountHint', {
            amount: format.money(pledge.refundedCents, pledge.currency),
            total: format.money(pledge.amountCents, pledge.currency),
          })}
          error={errors.amount}
        >
          {(control) => (
            <input
              {...control}
              className="control numeric"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('contributors.pledge.refundDate')} error={errors.date}>
          {(control) => (
            <input
              {...control}
              className="control"
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="refund-actions">
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onDone(null)}
        >
          {t('contributors.pledge.cancel')}
        </button>
        <button type="submit" className="button button-primary button-small">
          {t('contributors.pledge.saveRefund')}
        </button>
      </div>
    </form>
  );
}
