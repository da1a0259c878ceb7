import { useId } from 'react';
import { financingKinds, financingStatuses } from '../../../../shared/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useContractForm, type FormParse } from '../../components/useContractForm';
import { useI18n } from '../../i18n/useI18n';
import {
  sourceErrorsFromIssues,
  toSourceFields,
  type SourceErrors,
  type SourceFields,
  type SourceFormValues,
} from './sourceFormModel';

interface SourceFormProps {
  mode: 'create' | 'edit';
  heading: string;
  currency: string;
  initialValues: SourceFormValues;
  /** Sends the source; an ApiError it throws is shown in the form. */
  onSubmit: (fields: SourceFields) => Promise<void>;
  onCancel: () => void;
}

/** Add a financing source or change one: kind, counterparty, amount, status, dates, notes. */
export function SourceForm({
  mode,
  heading,
  currency,
  initialValues,
  onSubmit,
  onCancel,
}: SourceFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const { formRef, values, set, errors, failure, busy, submit } = useContractForm({
    initialValues,
    parse: (current: SourceFormValues): FormParse<SourceFields, keyof SourceErrors & string> =>
      toSourceFields(current, currency, t),
    send: onSubmit,
    place: (error) => sourceErrorsFromIssues(error.issues, i18n),
    clearErrorOnChange: true,
    firstControl: 'select, input',
  });

  return (
    <form
      ref={formRef}
      className="panel financing-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id={headingId} className="panel-title">
        {heading}
      </h2>
      {failure && (
        <ErrorNotice
          error={failure.error}
          summary={(message) => t('financing.notSaved', { message })}
        />
      )}
      {failure && failure.unplaced.length > 0 && (
        <ul className="form-issues">
          {failure.unplaced.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <div className="financing-form-grid">
        <Field label={t('financing.sourceForm.kind')} error={errors.kind}>
          {(control) => (
            <select
              {...control}
              className="control"
              value={values.kind}
              onChange={(event) => {
                const kind = financingKinds.find((k) => k === event.target.value);
                if (kind) set('kind', kind);
              }}
            >
              {financingKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`financing.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('financing.sourceForm.counterparty')} error={errors.counterparty}>
          {(control) => (
            <input
              {...control}
              className="control"
              type="text"
              autoComplete="off"
              value={values.counterparty}
              onChange={(event) => set('counterparty', event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('financing.sourceForm.amount', { currency })}
          hint={t('financing.sourceForm.amountHint')}
          error={errors.amount}
        >
          {(control) => (
            <input
              {...control}
              className="control numeric financing-amount-input"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={values.amount}
              onChange={(event) => set('amount', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('financing.sourceForm.status')} error={errors.status}>
          {(control) => (
            <select
              {...control}
              className="control"
              value={values.status}
              onChange={(event) => {
                const status = financingStatuses.find((s) => s === event.target.value);
                if (status) set('status', status);
              }}
            >
              {financingStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`financing.statuses.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('financing.sourceForm.expectedOn')} error={errors.expectedOn}>
          {(control) => (
            <input
              {...control}
              className="control"
              type="date"
              value={values.expectedOn}
              onChange={(event) => set('expectedOn', event.target.value)}
            />
          )}
        </Field>
        {values.status === 'received' && (
          <Field label={t('financing.sourceForm.receivedOn')} error={errors.receivedOn}>
            {(control) => (
              <input
                {...control}
                className="control"
                type="date"
                value={values.receivedOn}
                onChange={(event) => set('receivedOn', event.target.value)}
              />
            )}
          </Field>
        )}
        <div className="form-span">
          <Field label={t('financing.sourceForm.notes')} error={errors.notes}>
            {(control) => (
              <input
                {...control}
                className="control"
                type="text"
                autoComplete="off"
                value={values.notes}
                onChange={(event) => set('notes', event.target.value)}
              />
            )}
          </Field>
        </div>
      </div>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('financing.sourceForm.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {mode === 'create' ? t('financing.sourceForm.create') : t('financing.sourceForm.save')}
        </button>
      </div>
    </form>
  );
}
