import { useId } from 'react';
import { rewardItemKinds, type RewardItem } from '../../../../shared/contract';
import { mutate } from '../../api';
import { Field } from '../../components/Field';
import { FormActions, FormFailure } from '../../components/FormFailure';
import { placeIssues, useContractForm } from '../../components/useContractForm';
import { useI18n } from '../../i18n/useI18n';
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
    <form
      {...formProps}
      className="panel campaign-form"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <h3 id={headingId} className="panel-title">
        {item ? t('campaigns.items.editTitle', { name: item.name }) : t('campaigns.items.newTitle')}
      </h3>
      <FormFailure failure={failure} summary={(message) => t('campaigns.notSaved', { message })} />
      <div className="campaign-form-grid">
        <Field label={t('campaigns.items.fields.name')} error={errors.name}>
          {(control) => <input {...control} {...input('name')} />}
        </Field>
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
        <Field
          label={t('campaigns.items.fields.unitCost', { currency: project.currency })}
          error={errors.unitCost}
        >
          {(control) => <input {...control} {...input('unitCost', 'money')} />}
        </Field>
        <Field
          label={t('campaigns.items.fields.shippingCost', { currency: project.currency })}
          error={errors.shippingCost}
        >
          {(control) => <input {...control} {...input('shippingCost', 'money')} />}
        </Field>
        <label className="campaign-check">
          <input
            type="checkbox"
            checked={values.ships}
            onChange={(event) => set('ships', event.target.checked)}
          />
          {t('campaigns.items.fields.ships')}
        </label>
      </div>
      <FormActions
        cancelLabel={t('campaigns.cancel')}
        submitLabel={item ? t('campaigns.saveChanges') : t('campaigns.items.create')}
        onCancel={() => onDone()}
        disabled={busy}
      />
    </form>
  );
}
