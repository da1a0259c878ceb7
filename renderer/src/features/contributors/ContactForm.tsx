import { useId, useState } from 'react';
import type { ContributorDetail } from '../../../../shared/contract';
import { mutate } from '../../api';
import { Field } from '../../components/Field';
import { FormActions, FormFailure } from '../../components/FormFailure';
import { placeIssues, useContractForm } from '../../components/useContractForm';
import { useI18n } from '../../i18n/useI18n';
import {
  contactFieldOf,
  contactUpdate,
  contactValuesOf,
  type ContactTextField,
} from './contactFormModel';
import { languageName } from './countries';
import { CountryOptions } from './CountryOptions';
import { translateContributorIssue } from './issues';

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
  const [initial] = useState(() => contactValuesOf(contributor));
  const { formProps, values, set, text, input, errors, failure, busy } = useContractForm({
    initialValues: initial,
    // Only what changed is sent; nothing typed here needs reading before the contract's check.
    parse: (current) => ({ fields: contactUpdate(contributor.id, initial, current) }),
    send: async (update) => {
      await mutate('contributors.update', update);
      onDone(true);
    },
    place: (error) => placeIssues(error.issues, i18n, contactFieldOf, translateContributorIssue),
    firstControl: 'input, select, textarea',
  });

  const textField = (
    field: ContactTextField,
    options: { span?: boolean; autoComplete?: string } = {},
  ) => (
    <div className={options.span ? 'form-span' : undefined}>
      <Field label={t(`contributors.contactForm.${field}`)} error={errors[field]}>
        {(control) => (
          <input
            {...control}
            {...input(field)}
            type={field === 'email' ? 'email' : 'text'}
            autoComplete={options.autoComplete ?? 'off'}
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
    <form {...formProps} className="panel contact-form" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('contributors.contactForm.title', { name: contributor.displayName })}
      </h2>
      <FormFailure
        failure={failure}
        summary={(message) => t('contributors.contactForm.notSaved', { message })}
      />
      <div className="form-grid">
        {textField('displayName', { span: true })}
        {textField('firstName')}
        {textField('lastName')}
        {textField('email')}
        {textField('phone')}
        {textField('addressLine1', { span: true })}
        {textField('addressLine2', { span: true })}
        {textField('postalCode')}
        {textField('city')}
        {textField('region')}
        <Field label={t('contributors.contactForm.countryCode')} error={errors.countryCode}>
          {(control) => (
            <select {...control} className="control" {...text('countryCode')}>
              <CountryOptions emptyLabel={t('contributors.contactForm.noCountry')} />
            </select>
          )}
        </Field>
        <Field label={t('contributors.contactForm.language')} error={errors.language}>
          {(control) => (
            <select {...control} className="control" {...text('language')}>
              <option value="">{t('contributors.contactForm.noLanguage')}</option>
              {languages.map((tag) => (
                <option key={tag} value={tag}>
                  {languageName(tag, locale)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {textField('creditName')}
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
            {(control) => <textarea {...control} className="control" rows={3} {...text('notes')} />}
          </Field>
        </div>
      </div>
      <FormActions
        cancelLabel={t('contributors.contactForm.cancel')}
        submitLabel={t('contributors.contactForm.save')}
        onCancel={() => onDone(false)}
        disabled={busy}
      />
    </form>
  );
}
