import { useId } from 'react';
import {
  campaignModels,
  campaignPlatforms,
  type Campaign,
  type ChannelInput,
  type FinancingSummary,
  type PlatformPreset,
} from '../../../../shared/contract';
import { mutate } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useContractForm } from '../../components/useContractForm';
import { useI18n } from '../../i18n/useI18n';
import { readMoney } from '../budget/lineEdits';
import { CapBox } from './CapBox';
import {
  campaignErrorsFromFailure,
  presetValues,
  toCampaignInput,
  type CampaignFormValues,
} from './campaignFormModel';

interface CampaignFormProps {
  project: { id: number; currency: string };
  summary: FinancingSummary;
  presets: readonly PlatformPreset[] | undefined;
  onCreated: (campaign: Campaign) => void;
  onCancel: () => void;
}

/**
 * A new campaign. The crowd cap and the room left show before saving, and the goal is checked
 * against the room as it is typed; the server's refusal (cap_exceeded) lands beside the goal.
 */
export function CampaignForm({
  project,
  summary,
  presets,
  onCreated,
  onCancel,
}: CampaignFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const presetOf = (platform: CampaignFormValues['platform']) =>
    presets?.find((preset) => preset.platform === platform);
  const { formRef, values, setValues, set, errors, failure, busy, submit } = useContractForm({
    initialValues: (): CampaignFormValues => ({
      title: '',
      platform: 'touscoprod',
      currency: project.currency,
      model: 'all_or_nothing',
      goal: '',
      startsOn: '',
      endsOn: '',
      ...presetValues(presetOf('touscoprod'), project.currency, i18n),
    }),
    parse: (current: CampaignFormValues) => {
      const parsed = toCampaignInput(current, project, t);
      return 'errors' in parsed ? parsed : { fields: parsed.input };
    },
    send: async (input: ChannelInput<'campaigns.create'>) =>
      onCreated(await mutate('campaigns.create', input)),
    place: (error) => campaignErrorsFromFailure(error, i18n),
    clearErrorOnChange: true,
    firstControl: 'input',
  });

  function choosePlatform(platform: CampaignFormValues['platform']) {
    // The platform's usual fees and longest duration replace the previous platform's.
    setValues((previous) => ({
      ...previous,
      platform,
      ...presetValues(presetOf(platform), project.currency, i18n),
    }));
  }

  const typedGoal = values.goal.trim() === '' ? null : readMoney(values.goal, project.currency);
  const room = Math.max(0, summary.capRoom);
  const goalOver = typedGoal !== null && typedGoal > room;
  const money = (cents: number) => i18n.format.money(cents, project.currency);
  const goalHint = goalOver
    ? t('financing.campaignForm.overRoom', { room: money(room), over: money(typedGoal - room) })
    : t('financing.campaignForm.roomHint', { room: money(room) });
  const text = (field: 'title' | 'currency' | 'startsOn' | 'endsOn', type = 'text') => ({
    className: type === 'text' ? 'control' : 'control control-date',
    type,
    autoComplete: 'off',
    value: values[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
  });

  return (
    <form
      ref={formRef}
      className="panel financing-form campaign-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id={headingId} className="panel-title">
        {t('financing.campaignForm.title')}
      </h2>
      {failure && failure.error.code !== 'cap_exceeded' && (
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
      <CapBox summary={summary} />
      <div className="financing-form-grid">
        <div className="form-span">
          <Field label={t('financing.campaignForm.name')} error={errors.title}>
            {(control) => <input {...control} {...text('title')} />}
          </Field>
        </div>
        <Field label={t('financing.campaignForm.platform')} error={errors.platform}>
          {(control) => (
            <select
              {...control}
              className="control"
              value={values.platform}
              onChange={(event) => {
                const platform = campaignPlatforms.find((p) => p === event.target.value);
                if (platform) choosePlatform(platform);
              }}
            >
              {campaignPlatforms.map((platform) => (
                <option key={platform} value={platform}>
                  {t(`financing.platforms.${platform}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('financing.campaignForm.model')} error={errors.model}>
          {(control) => (
            <select
              {...control}
              className="control"
              value={values.model}
              onChange={(event) => {
                const model = campaignModels.find((m) => m === event.target.value);
                if (model) set('model', model);
              }}
            >
              {campaignModels.map((model) => (
                <option key={model} value={model}>
                  {t(`financing.models.${model}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className={goalOver ? 'goal-field is-over' : 'goal-field'}>
          <Field
            label={t('financing.campaignForm.goal', { currency: project.currency })}
            hint={goalHint}
            error={errors.goal}
          >
            {(control) => (
              <input
                {...control}
                className="control numeric"
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={values.goal}
                onChange={(event) => set('goal', event.target.value)}
              />
            )}
          </Field>
          {/* Said once as the goal crosses the room, not at every keystroke. */}
          <p className="visually-hidden" aria-live="polite">
            {goalOver ? t('financing.campaignForm.overRoomShort') : ''}
          </p>
        </div>
        <Field
          label={t('financing.campaignForm.currency')}
          hint={t('financing.campaignForm.currencyHint')}
          error={errors.currency}
        >
          {(control) => (
            <input {...control} {...text('currency')} className="control control-short" />
          )}
        </Field>
        <Field label={t('financing.campaignForm.startsOn')} error={errors.startsOn}>
          {(control) => <input {...control} {...text('startsOn', 'date')} />}
        </Field>
        <Field label={t('financing.campaignForm.endsOn')} error={errors.endsOn}>
          {(control) => <input {...control} {...text('endsOn', 'date')} />}
        </Field>
      </div>

      <fieldset className="campaign-fees">
        <legend>{t('financing.campaignForm.fees')}</legend>
        <p className="field-hint">{t('financing.campaignForm.feesHint')}</p>
        <div className="campaign-fees-grid">
          <FeeField
            label={t('financing.campaignForm.commission')}
            suffix="%"
            error={errors.commission}
            value={values.commission}
            onChange={(v) => set('commission', v)}
          />
          <FeeField
            label={t('financing.campaignForm.payment')}
            suffix="%"
            error={errors.payment}
            value={values.payment}
            onChange={(v) => set('payment', v)}
          />
          <FeeField
            label={t('financing.campaignForm.fixedFee')}
            suffix={project.currency}
            error={errors.fixedFee}
            value={values.fixedFee}
            onChange={(v) => set('fixedFee', v)}
          />
          <FeeField
            label={t('financing.campaignForm.maxDuration')}
            suffix={t('financing.campaignForm.days')}
            error={errors.maxDuration}
            value={values.maxDuration}
            onChange={(v) => set('maxDuration', v)}
          />
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('financing.campaignForm.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('financing.campaignForm.create')}
        </button>
      </div>
    </form>
  );
}

interface FeeFieldProps {
  label: string;
  suffix: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

function FeeField({ label, suffix, error, value, onChange }: FeeFieldProps) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        <div className="control-with-suffix">
          <input
            {...control}
            className="control numeric"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
          <span className="control-suffix" aria-hidden="true">
            {suffix}
          </span>
        </div>
      )}
    </Field>
  );
}
