import { useId, useRef, useState } from 'react';
import {
  paymentTransitions,
  type ContributorPledge,
  type PaymentStatus,
} from '../../../../shared/contract';
import type { Issue } from '../../../../shared/errors';
import type { Translator } from '../../../../shared/i18n';
import { mutate, toApiError } from '../../api';
import { Field } from '../../components/Field';
import { FormActions, FormFailure } from '../../components/FormFailure';
import { placeIssues, useContractForm, type FormParse } from '../../components/useContractForm';
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

/**
 * A refund over what was collected says how much may still go back, in the user's language
 * (the contract speaks of the total refunded, the form of this one refund). `over` is whether
 * the refund sent went past the pledge: the contract's refusal of the amount is then that one.
 */
function refundIssue(pledge: ContributorPledge, i18n: I18n, over: boolean) {
  const money = (cents: number) => i18n.format.money(cents, pledge.currency);
  return (issue: Issue, translator: Translator): string => {
    if (!over || refundFieldOf(issue.path) !== 'amount') {
      return translateContributorIssue(issue, translator);
    }
    if (pledge.refundedCents === 0) {
      return translator.t('contributors.issues.refundTooLarge', {
        amount: money(pledge.amountCents),
      });
    }
    return translator.t('contributors.issues.refundOverRemaining', {
      remaining: money(pledge.amountCents - pledge.refundedCents),
      refunded: money(pledge.refundedCents),
      amount: money(pledge.amountCents),
    });
  };
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

interface RefundValues {
  amount: string;
  date: string;
}

/**
 * A refund of collected money: its amount (typed as text, read with the pledge's currency) and
 * date. The contract judges it; its refusals show beside the fields, the summary above them.
 */
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
  // The refund last sent, for reading the contract's refusal of it.
  const sentCents = useRef(0);
  const { formProps, input, text, errors, failure, busy } = useContractForm({
    initialValues: (): RefundValues => ({ amount: '', date: todayIso() }),
    parse: (current): FormParse<{ cents: number; date: string }, RefundField> => {
      const cents = readMoney(current.amount, pledge.currency);
      if (cents === null || cents <= 0)
        return { errors: { amount: t('contributors.issues.money') } };
      return { fields: { cents, date: current.date } };
    },
    send: async ({ cents, date }) => {
      sentCents.current = cents;
      // The contract takes the total refunded so far: this refund adds to what went back before.
      await mutate('contributions.update', {
        id: pledge.id,
        refundedCents: pledge.refundedCents + cents,
        refundedOn: date === '' ? null : date,
      });
      onDone(cents);
    },
    place: (error) => {
      const over = pledge.refundedCents + sentCents.current > pledge.amountCents;
      return placeIssues(error.issues, i18n, refundFieldOf, refundIssue(pledge, i18n, over));
    },
    clearErrorOnChange: true,
  });

  return (
    <form {...formProps} className="refund-form" aria-labelledby={headingId}>
      <h4 id={headingId} className="refund-title">
        {t('contributors.pledge.recordRefund')}
      </h4>
      <FormFailure
        failure={failure}
        summary={(message) => t('contributors.pledge.notSaved', { message })}
      />
      <div className="refund-fields">
        <Field
          label={t('contributors.pledge.refundAmount')}
          hint={t('contributors.pledge.refundAmountHint', {
            amount: format.money(pledge.refundedCents, pledge.currency),
            total: format.money(pledge.amountCents, pledge.currency),
          })}
          error={errors.amount}
        >
          {(control) => <input {...control} {...input('amount', 'money')} />}
        </Field>
        <Field label={t('contributors.pledge.refundDate')} error={errors.date}>
          {(control) => <input {...control} className="control" type="date" {...text('date')} />}
        </Field>
      </div>
      <FormActions
        cancelLabel={t('contributors.pledge.cancel')}
        submitLabel={t('contributors.pledge.saveRefund')}
        onCancel={() => onDone(null)}
        disabled={busy}
      />
    </form>
  );
}
