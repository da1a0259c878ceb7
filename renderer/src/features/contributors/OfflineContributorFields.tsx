import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/useI18n';
import { ContributorPicker } from './ContributorPicker';
import { CountryOptions } from './CountryOptions';
import type { NewContributorField, OfflineErrors, OfflineValues } from './offlinePledgeModel';

interface OfflineContributorFieldsProps {
  values: OfflineValues;
  /** The contributor the dialog was opened for: nothing to choose then. */
  fixed: { id: number; displayName: string } | undefined;
  errors: OfflineErrors;
  onChange: (update: (values: OfflineValues) => Partial<OfflineValues>) => void;
}

/** Whose money it is: someone already known (searched), or a new contributor typed in. */
export function OfflineContributorFields({
  values,
  fixed,
  errors,
  onChange,
}: OfflineContributorFieldsProps) {
  const { t } = useI18n();
  if (fixed) {
    return (
      <p className="offline-chosen">
        {t('contributors.offline.chosen', { name: fixed.displayName })}
      </p>
    );
  }

  const setPerson = (field: NewContributorField, value: string) =>
    onChange((previous) => ({ person: { ...previous.person, [field]: value } }));
  const personField = (field: NewContributorField, span = false) => (
    <div className={span ? 'form-span' : undefined}>
      <Field label={t(`contributors.contactForm.${field}`)} error={errors[field]}>
        {(control) =>
          field === 'countryCode' ? (
            <select
              {...control}
              className="control"
              value={values.person.countryCode}
              onChange={(event) => setPerson('countryCode', event.target.value)}
            >
              <CountryOptions emptyLabel={t('contributors.contactForm.noCountry')} />
            </select>
          ) : (
            <input
              {...control}
              className="control"
              type={field === 'email' ? 'email' : 'text'}
              autoComplete="off"
              value={values.person[field]}
              onChange={(event) => setPerson(field, event.target.value)}
            />
          )
        }
      </Field>
    </div>
  );

  return (
    <fieldset className="offline-contributor">
      <legend className="field-label">{t('contributors.offline.contributor')}</legend>
      <div className="offline-modes">
        {(['existing', 'new'] as const).map((mode) => (
          <label key={mode} className="checkbox">
            <input
              type="radio"
              name="offline-contributor-mode"
              checked={values.mode === mode}
              onChange={() => onChange(() => ({ mode }))}
            />
            {mode === 'existing'
              ? t('contributors.offline.existing')
              : t('contributors.offline.newOne')}
          </label>
        ))}
      </div>
      {values.mode === 'existing' &&
        (values.existing ? (
          <div className="offline-chosen">
            <span>{t('contributors.offline.chosen', { name: values.existing.displayName })}</span>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => onChange(() => ({ existing: null }))}
            >
              {t('contributors.offline.change')}
            </button>
          </div>
        ) : (
          <ContributorPicker
            label={t('contributors.offline.find')}
            placeholder={t('contributors.filters.searchPlaceholder')}
            error={errors.contributor}
            onPick={(row) =>
              onChange(() => ({ existing: { id: row.id, displayName: row.displayName } }))
            }
            autoFocus
          />
        ))}
      {values.mode === 'new' && (
        <div className="form-grid">
          {personField('displayName', true)}
          {personField('email')}
          {personField('addressLine1')}
          {personField('postalCode')}
          {personField('city')}
          {personField('countryCode')}
        </div>
      )}
      {values.mode === 'new' && errors.contributor && (
        <p className="field-error">{errors.contributor}</p>
      )}
    </fieldset>
  );
}
