import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { RewardItem, RewardTier } from '../../../../shared/contract';
import { mutate, toApiError, type ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/useI18n';
import { errorsFromFailure } from './formErrors';
import {
  emptyTierValues,
  tierFieldOfPath,
  tierValues,
  toTierFields,
  type TierErrors,
  type TierFormValues,
} from './tierFormModel';

interface TierFormProps {
  campaign: { id: number; currency: string };
  /** The tier being edited; none for a new one. */
  tier?: RewardTier;
  items: readonly RewardItem[];
  onDone: (saved?: RewardTier) => void;
}

/** A reward tier: title, minimum, quantity limit, delivery, and the items it includes. */
export function TierForm({ campaign, tier, items, onDone }: TierFormProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<TierFormValues>(() =>
    tier ? tierValues(tier, campaign.currency, locale) : emptyTierValues(),
  );
  const [errors, setErrors] = useState<TierErrors>({});
  const [failure, setFailure] = useState<{ error: ApiError; unplaced: string[] }>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const set = <F extends keyof TierFormValues>(field: F, value: TierFormValues[F]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  const chosen = (itemId: number) => values.items.find((item) => item.itemId === itemId);
  const toggleItem = (itemId: number, included: boolean) =>
    set(
      'items',
      included
        ? [...values.items, { itemId, quantity: '1' }]
        : values.items.filter((item) => item.itemId !== itemId),
    );
  const setQuantity = (itemId: number, quantity: string) =>
    set(
      'items',
      values.items.map((item) => (item.itemId === itemId ? { ...item, quantity } : item)),
    );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(undefined);
    const parsed = toTierFields(values, campaign.currency, i18n);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = tier
        ? await mutate('tiers.update', { id: tier.id, ...parsed.fields })
        : await mutate('tiers.create', { campaignId: campaign.id, ...parsed.fields });
      onDone(saved);
    } catch (caught) {
      const error = toApiError(caught);
      const { fields, unplaced } = errorsFromFailure(error, tierFieldOfPath, i18n);
      setErrors(fields);
      setFailure({ error, unplaced });
    } finally {
      setSaving(false);
    }
  }

  const text = (field: 'title' | 'description' | 'minimum' | 'limit' | 'delivery') => ({
    className: field === 'minimum' || field === 'limit' ? 'control numeric' : 'control',
    type: 'text',
    autoComplete: 'off',
    inputMode:
      field === 'minimum'
        ? ('decimal' as const)
        : field === 'limit'
          ? ('numeric' as const)
          : undefined,
    value: values[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
  });

  return (
    <form
      ref={form}
      className="panel campaign-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <h3 id={headingId} className="panel-title">
        {tier
          ? t('campaigns.tiers.editTitle', { title: tier.title })
          : t('campaigns.tiers.newTitle')}
      </h3>
      {failure && (
        <ErrorNotice
          error={failure.error}
          summary={(message) => t('campaigns.notSaved', { message })}
        />
      )}
      {failure && failure.unplaced.length > 0 && (
        <ul className="form-issues">
          {failure.unplaced.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <div className="campaign-form-grid">
        <div className="form-span">
          <Field label={t('campaigns.tiers.fields.title')} error={errors.title}>
            {(control) => <input {...control} {...text('title')} />}
          </Field>
        </div>
        <Field
          label={t('campaigns.tiers.fields.minimum', { currency: campaign.currency })}
          error={errors.minimum}
        >
          {(control) => <input {...control} {...text('minimum')} />}
        </Field>
        <Field
          label={t('campaigns.tiers.fields.limit')}
          hint={t('campaigns.tiers.fields.limitHint')}
          error={errors.limit}
        >
          {(control) => <input {...control} {...text('limit')} />}
        </Field>
        <Field
          label={t('campaigns.tiers.fields.delivery')}
          hint={t('campaigns.tiers.fields.deliveryHint')}
          error={errors.delivery}
        >
          {(control) => <input {...control} {...text('delivery')} />}
        </Field>
        <label className="campaign-check">
          <input
            type="checkbox"
            checked={values.isAddon}
            onChange={(event) => set('isAddon', event.target.checked)}
          />
          {t('campaigns.tiers.fields.isAddon')}
        </label>
        <div className="form-span">
          <Field label={t('campaigns.tiers.fields.description')} error={errors.description}>
            {(control) => (
              <textarea
                {...control}
                className="control"
                rows={2}
                value={values.description}
                onChange={(event) => set('description', event.target.value)}
              />
            )}
          </Field>
        </div>
      </div>
      <fieldset
        className="campaign-tier-items"
        aria-describedby={errors.items ? `${headingId}-items` : undefined}
      >
        <legend>{t('campaigns.tiers.fields.items')}</legend>
        {items.length === 0 && <p className="field-hint">{t('campaigns.tiers.noItems')}</p>}
        {items.map((item) => {
          const included = chosen(item.id);
          return (
            <div key={item.id} className="campaign-tier-item">
              <label className="campaign-check">
                <input
                  type="checkbox"
                  checked={included !== undefined}
                  onChange={(event) => toggleItem(item.id, event.target.checked)}
                />
                {item.name}
              </label>
              {included && (
                <input
                  className="control control-short numeric"
                  type="text"
                  inputMode="numeric"
                  aria-label={t('campaigns.tiers.fields.quantityOf', { item: item.name })}
                  aria-invalid={Boolean(errors.items)}
                  value={included.quantity}
                  onChange={(event) => setQuantity(item.id, event.target.value)}
                />
              )}
            </div>
          );
        })}
        {errors.items && (
          <p className="field-error" id={`${headingId}-items`}>
            {errors.items}
          </p>
        )}
      </fieldset>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={() => onDone()}>
          {t('campaigns.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={saving}>
          {tier ? t('campaigns.saveChanges') : t('campaigns.tiers.create')}
        </button>
      </div>
    </form>
  );
}
