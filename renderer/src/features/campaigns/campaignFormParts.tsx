import type { ComponentProps, ComponentPropsWithRef, ReactNode } from 'react';
import { Field } from '../../components/Field';
import { FormActions, FormFailure } from '../../components/FormFailure';
import { useI18n } from '../../i18n/useI18n';

interface CampaignFormFrameProps {
  /** useContractForm's `formProps`. */
  formProps: Pick<ComponentPropsWithRef<'form'>, 'ref' | 'noValidate' | 'onSubmit'>;
  headingId: string;
  title: string;
  failure: ComponentProps<typeof FormFailure>['failure'];
  submitLabel: string;
  busy: boolean;
  /** Leaves the form unsaved: Cancel, or Escape anywhere in it. */
  onCancel: () => void;
  children: ReactNode;
}

/** The panel around a campaign-screen form: title, refusal, the fields, Cancel and submit. */
export function CampaignFormFrame({
  formProps,
  headingId,
  title,
  failure,
  submitLabel,
  busy,
  onCancel,
  children,
}: CampaignFormFrameProps) {
  const { t } = useI18n();
  return (
    <form
      {...formProps}
      className="panel campaign-form"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3 id={headingId} className="panel-title">
        {title}
      </h3>
      <FormFailure failure={failure} summary={(message) => t('campaigns.notSaved', { message })} />
      {children}
      <FormActions
        cancelLabel={t('campaigns.cancel')}
        submitLabel={submitLabel}
        onCancel={onCancel}
        disabled={busy}
      />
    </form>
  );
}

interface InputFieldProps {
  label: string;
  hint?: string;
  error: string | undefined;
  /** useContractForm's `input(field, kind)`: value, change handler and how it is typed. */
  input: ComponentProps<'input'>;
}

/** A labelled text, money or count input with its hint and error. */
export function InputField({ label, hint, error, input }: InputFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <input {...control} {...input} />}
    </Field>
  );
}

interface CheckboxLabelProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A checkbox named by the text beside it. */
export function CheckboxLabel({ label, checked, onChange }: CheckboxLabelProps) {
  return (
    <label className="campaign-check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  );
}
