import { useId } from 'react';
import type { RewardItem, RewardTier } from '../../../../shared/contract';
import { mutate } from '../../api';
import { Field } from '../../components/Field';
import { placeIssues, useContractForm } from '../../components/useContractForm';
import { useI18n } from '../../i18n/useI18n';
import { CampaignFormFrame, CheckboxLabel, InputField } from './campaignFormParts';
import {
  emptyTierValues,
  tierFieldOfPath,
  tierValues,
  toTierFields,
  translateTierIssue,
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
  const { formProps, values, set, text, input, errors, failure, busy } = useContractForm({
    initialValues: () => (tier ? tierValues(tier, campaign.currency, locale) : emptyTierValues()),
    parse: (current) => toTierFields(current, campaign.currency, i18n),
    send: async (fields) =>
      onDone(
        tier
          ? await mutate('tiers.update', { id: tier.id, ...fields })
          : await mutate('tiers.create', { campaignId: campaign.id, ...fields }),
      ),
    place: (error) => placeIssues(error.issues, i18n, tierFieldOfPath, translateTierIssue),
    clearErrorOnChange: true,
    firstControl: 'input',
  });

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

  return (
    <CampaignFormFrame
      formProps={formProps}
      headingId={headingId}
      title={
        tier ? t('campaigns.tiers.editTitle', { title: tier.title }) : t('campaigns.tiers.newTitle')
      }
      failure={failure}
      submitLabel={tier ? t('campaigns.saveChanges') : t('campaigns.tiers.create')}
      busy={busy}
      onCancel={() => onDone()}
    >
      <div className="campaign-form-grid">
        <div className="form-span">
          <InputField
            label={t('campaigns.tiers.fields.title')}
            error={errors.title}
            input={input('title')}
          />
        </div>
        <InputField
          label={t('campaigns.tiers.fields.minimum', { currency: campaign.currency })}
          error={errors.minimum}
          input={input('minimum', 'money')}
        />
        <InputField
          label={t('campaigns.tiers.fields.limit')}
          hint={t('campaigns.tiers.fields.limitHint')}
          error={errors.limit}
          input={input('limit', 'count')}
        />
        <InputField
          label={t('campaigns.tiers.fields.delivery')}
          hint={t('campaigns.tiers.fields.deliveryHint')}
          error={errors.delivery}
          input={input('delivery')}
        />
        <CheckboxLabel
          label={t('campaigns.tiers.fields.isAddon')}
          checked={values.isAddon}
          onChange={(checked) => set('isAddon', checked)}
        />
        <div className="form-span">
          <Field label={t('campaigns.tiers.fields.description')} error={errors.description}>
            {(control) => (
              <textarea {...control} className="control" rows={2} {...text('description')} />
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
              <CheckboxLabel
                label={item.name}
                checked={included !== undefined}
                onChange={(checked) => toggleItem(item.id, checked)}
              />
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
    </CampaignFormFrame>
  );
}
