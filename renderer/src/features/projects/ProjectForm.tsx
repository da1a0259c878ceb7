import { useId } from 'react';
import { projectFormats } from '../../../../shared/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useContractForm, type FormParse } from '../../components/useContractForm';
import { useI18n } from '../../i18n/useI18n';
import {
  errorsFromIssues,
  toSettings,
  type FieldErrors,
  type ProjectFormValues,
  type ProjectSettings,
} from './projectFormModel';

interface ProjectFormProps {
  mode: 'create' | 'edit';
  heading: string;
  initialValues: ProjectFormValues;
  /** Sends the settings; an ApiError it throws is shown in the form. */
  onSubmit: (settings: ProjectSettings) => Promise<void>;
  onCancel: () => void;
}

/** Create a project, or edit its settings (title, crowd cap, threshold): one layout, one flow. */
export function ProjectForm({
  mode,
  heading,
  initialValues,
  onSubmit,
  onCancel,
}: ProjectFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  // A form that opens takes the keyboard; a refused submit takes it to the first field to fix.
  const { formRef, values, set, errors, failure, busy, submit } = useContractForm({
    initialValues,
    parse: (current: ProjectFormValues): FormParse<ProjectSettings, keyof FieldErrors & string> => {
      const parsed = toSettings(current, t);
      return 'errors' in parsed ? parsed : { fields: parsed.settings };
    },
    send: onSubmit,
    place: (error) => errorsFromIssues(error.issues, i18n),
  });

  return (
    <form
      ref={formRef}
      className="panel project-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2 id={headingId} className="panel-title">
        {heading}
      </h2>
      {failure && (
        <ErrorNotice
          error={failure.error}
          summary={(message) => t('projects.form.notSaved', { message })}
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
        <div className="form-span">
          <Field label={t('projects.form.title')} error={errors.title}>
            {(control) => (
              <input
                {...control}
                className="control"
                type="text"
                autoComplete="off"
                value={values.title}
                onChange={(event) => set('title', event.target.value)}
              />
            )}
          </Field>
        </div>
        {mode === 'create' && (
          <>
            <Field label={t('projects.form.format')} error={errors.format}>
              {(control) => (
                <select
                  {...control}
                  className="control"
                  value={values.format}
                  onChange={(event) => {
                    const chosen = projectFormats.find((format) => format === event.target.value);
                    if (chosen) set('format', chosen);
                  }}
                >
                  {projectFormats.map((format) => (
                    <option key={format} value={format}>
                      {t(`projects.formats.${format}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label={t('projects.form.currency')}
              hint={t('projects.form.currencyHint')}
              error={errors.currency}
            >
              {(control) => (
                <input
                  {...control}
                  className="control control-short"
                  type="text"
                  autoComplete="off"
                  autoCapitalize="characters"
                  spellCheck={false}
                  value={values.currency}
                  onChange={(event) => set('currency', event.target.value)}
                />
              )}
            </Field>
          </>
        )}
        <Field
          label={t('projects.form.crowdCap')}
          hint={t('projects.form.crowdCapHint')}
          error={errors.crowdCap}
        >
          {(control) => (
            <PercentInput
              {...control}
              value={values.crowdCap}
              onChange={(v) => set('crowdCap', v)}
            />
          )}
        </Field>
        <Field
          label={t('projects.form.threshold')}
          hint={t('projects.form.thresholdHint')}
          error={errors.threshold}
        >
          {(control) => (
            <PercentInput
              {...control}
              value={values.threshold}
              onChange={(v) => set('threshold', v)}
            />
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('projects.form.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {mode === 'create' ? t('projects.form.create') : t('projects.form.save')}
        </button>
      </div>
    </form>
  );
}

interface PercentInputProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  value: string;
  onChange: (value: string) => void;
}

/** A percentage typed as text ("5,5"): converted to basis points from its digits on submit. */
function PercentInput({ value, onChange, ...control }: PercentInputProps) {
  return (
    <div className="control-with-suffix">
      <input
        {...control}
        className="control control-short numeric"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <span className="control-suffix" aria-hidden="true">
        %
      </span>
    </div>
  );
}
