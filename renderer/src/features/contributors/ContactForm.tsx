import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ContributorDetail } from '../../../../shared/contract';
import { mutate, toApiError, type ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/useI18n';
import {
  contactFieldOf,
  contactUpdate,
  contactValuesOf,
  type ContactField,
  type ContactTextField,
  type ContactValues,
} from './contactFormModel';
import { countryOptions, languageName } from './countries';
import { placeIssues } from './issues';

interface ContactFormProps {
  contributor: ContributorDetail;
  onDone: (saved: boolean) => void;
}

/** Languages offered first; any other one already stored stays selectable. */
const LANGUAGES = ['fr', 'en', 'de', 'es', 'it', 'nl', 'pt'];

/** Correct a contributor's contact and address; the contract's refusals show beside each field. */
export function ContactForm({ contributor, onDone }: ContactFormProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [initial] = useState(() => contactValuesOf(contributor));
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<ContactField, string>>>({});
  const [failure, setFailure] = useState<{ error: ApiError; unplaced: string[] }>();
  const [submitting, setSubmitting] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  useEffect(() => {
    if (focusRequest > 0)
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const set = <F extends keyof ContactValues>(field: F, value: ContactValues[F]) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(undefined);
    setSubmitting(true);
    try {
      await mutate('contributors.update', contactUpdate(contributor.id, initial, values));
      onDone(true);
    } catch (caught) {
      const error = toApiError(caught);
      const placed = placeIssues(error.issues, i18n, contactFieldOf);
      setErrors(placed.fields);
      setFailure({ error, unplaced: placed.unplaced });
      setFocusRequest((count) => count + 1);
      setSubmitting(false);
    }
  }

  const text = (
    field: ContactTextField,
    options: { span?: boolean; autoComplete?: string } = {},
  ) => (
    <div className={options.span ? 'form-span' : undefined}>
      <Field label={t(`contributors.contactForm.${field}`)} error={errors[field]}>
        {(control) => (
          <input
            {...control}
            className="control"
            type={field === 'email' ? 'email' : 'text'}
            autoComplete={options.autoComplete ?? 'off'}
            value={values[field]}
            onChange={(event) => set(field, event.target.value)}
          />
        )}
      </Field>
    </div>
  );

  const languages =
    LANGUAGES.includes(values.language) || values.language === ''
      ? LANGUAGES
      : [...LANGUAGES, values.language];
  return (
    <form
      ref={form}
      className="panel contact-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2 id={headingId} className="panel-title">
        {t('contributors.contactForm.title', { name: contributor.displayName })}
      </h2>
      {failure && (
        <ErrorNotice
          error={failure.error}
          summary={(message) => t('contributors.contactForm.notSaved', { message })}
        />
      )}
      {failure && failure.unplaced.length > 0 && (
        <ul className="form-issues">
          {failure.unplaced.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <div className="form-grid">
        {text('displayName', { span: true })}
        {text('firstName')}
        {text('lastName')}
        {text('email')}
        {text('phone')}
        {text('addressLine1', { span: true })}
        {text('addressLine2', { span: true })}
        {text('postalCode')}
        {text('city')}
        {text('region')}
        <Field label={t('contributors.contactForm.countryCode')} error={errors.countryCode}>
          {(control) => (
            <select
              {...control}
              className="control"
              value={values.countryCode}
              onChange={(event) => set('countryCode', event.target.value)}
            >
              <option value="">{t('contributors.contactForm.noCountry')}</option>
              {countryOptions(locale).map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('contributors.contactForm.language')} error={errors.language}>
          {(control) => (
            <select
              {...control}
              className="control"
              value={values.language}
              onChange={(event) => set('language', event.target.value)}
            >
              <option value="">{t('contributors.contactForm.noLanguage')}</option>
              {languages.map((tag) => (
                <option key={tag} value={tag}>
                  {languageName(tag, locale)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('creditName')}
        <div className="form-span">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={values.newsConsent}
              onChange={(event) => set('newsConsent', event.target.checked)}
            />
            {t('contributors.contactForm.newsConsent')}
          </label>
        </div>
        <div className="form-span">
          <Field label={t('contributors.contactForm.notes')} error={errors.notes}>
            {(control) => (
              <textarea
                {...control}
                className="control"
                rows={3}
                value={values.notes}
                onChange={(event) => set('notes', event.target.value)}
              />
            )}
          </Field>
        </div>
      </div>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={() => onDone(false)}>
          {t('contributors.contactForm.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={submitting}>
          {t('contributors.contactForm.save')}
        </button>
      </div>
    </form>
  );
}
