import { useId } from 'react';
import { rewardItemKinds, type RewardItem } from '../../../../shared/contract';
import { mutate } from '../../api';
import { Field } from '../../components/Field';
import { placeIssues, useContractForm } from '../../components/useContractForm';
import { useI18n } from '../../i18n/useI18n';
import { CampaignFormFrame, CheckboxLabel, InputField } from './campaignFormParts';
import {
  emptyItemValues,
  itemFieldOfPath,
  itemValues,
  shipsByDefault,
  toItemFields,
} from './itemFormModel';

interface ItemFormProps {
  project: { id: number; currency: string };
  item?: RewardItem;
  onDone: (saved?: RewardItem) => void;
}

/** A reward item (SKU): what it is, what it costs to make and to post, whether it ships. */
export function ItemForm({ project, item, onDone }: ItemFormProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const headingId = useId();
  const { formProps, values, setValues, set, input, errors, failure, busy } = useContractForm({
    initialValues: () => (item ? itemValues(item, project.currency, locale) : emptyItemValues()),
    parse: (current) => toItemFields(current, project.currency, i18n),
    send: async (fields) =>
      onDone(
        item
          ? await mutate('items.update', { id: item.id, ...fields })
          : await mutate('items.create', { projectId: project.id, ...fields }),
      ),
    place: (error) => placeIssues(error.issues, i18n, itemFieldOfPath),
    clearErrorOnChange: true,
    firstControl: 'input',
  });

  return (
    <CampaignFormFrame
      formProps={formProps}
      headingId={headingId}
      title={
        item ? t('campaigns.items.editTitle', { name: item.name }) : t('campaigns.items.newTitle')
      }
      failure={failure}
      submitLabel={item ? t('campaigns.saveChanges') : t('campaigns.items.create')}
      busy={busy}
      onCancel={() => onDone()}
    >
      <div className="campaign-form-grid">
        <InputField
          label={t('campaigns.items.fields.name')}
          error={errors.name}
          input={input('name')}
        />
        <Field label={t('campaigns.items.fields.kind')} error={errors.kind}>
          {(control) => (
            <select
              {...control}
              className="control"
              value={values.kind}
              onChange={(event) => {
                const kind = rewardItemKinds.find((k) => k === event.target.value);
                // A new kind brings its usual answer to "does it ship?".
                if (kind)
                  setValues((previous) => ({ ...previous, kind, ships: shipsByDefault(kind) }));
              }}
            >
              {rewardItemKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`campaigns.items.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <InputField
          label={t('campaigns.items.fields.unitCost', { currency: project.currency })}
          error={errors.unitCost}
          input={input('unitCost', 'money')}
        />
        <InputField
          label={t('campaigns.items.fields.shippingCost', { currency: project.currency })}
          error={errors.shippingCost}
          input={input('shippingCost', 'money')}
        />
        <CheckboxLabel
          label={t('campaigns.items.fields.ships')}
          checked={values.ships}
          onChange={(checked) => set('ships', checked)}
        />
      </div>
    </CampaignFormFrame>
  );
}
