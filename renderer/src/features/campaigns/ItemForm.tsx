import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { rewardItemKinds, type RewardItem } from '../../../../shared/contract';
import { mutate, toApiError, type ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/useI18n';
import { errorsFromFailure } from './formErrors';
import {
  emptyItemValues,
  itemFieldOfPath,
  itemValues,
  shipsByDefault,
  toItemFields,
  type ItemErrors,
  type ItemFormValues,
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
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ItemFormValues>(() =>
    item ? itemValues(item, project.currency, locale) : emptyItemValues(),
  );
  const [errors, setErrors] = useState<ItemErrors>({});
  const [failure, setFailure] = useState<{ error: ApiError; unplaced: string[] }>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const set = <F extends keyof ItemFormValues>(field: F, value: ItemFormValues[F]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(undefined);
    const parsed = toItemFields(values, project.currency, i18n);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = item
        ? await mutate('items.update', { id: item.id, ...parsed.fields })
        : await mutate('items.create', { projectId: project.id, ...parsed.fields });
      onDone(saved);
    } catch (caught) {
      const error = toApiError(caught);
      const { fields, unplaced } = errorsFromFailure(error, itemFieldOfPath, i18n);
      setErrors(fields);
      setFailure({ error, unplaced });
    } finally {
      setSaving(false);
    }
  }

  const moneyInput = (field: 'unitCost' | 'shippingCost') => ({
    className: 'control numeric',
    type: 'text',
    inputMode: 'decimal' as const,
    autoComplete: 'off',
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
        {item ? t('campaigns.items.editTitle', { name: item.name }) : t('campaigns.items.newTitle')}
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
        <Field label={t('campaigns.items.fields.name')} error={errors.name}>
          {(control) => (
            <input
              {...control}
              className="control"
              type="text"
              autoComplete="off"
              value={values.name}
              onChange={(event) => set('name', event.target.value)}
            />
          )}
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
          {(control) => <input {...control} {...moneyInput('unitCost')} />}
        </Field>
        <Field
          label={t('campaigns.items.fields.shippingCost', { currency: project.currency })}
          error={errors.shippingCost}
        >
          {(control) => <input {...control} {...moneyInput('shippingCost')} />}
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
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={() => onDone()}>
          {t('campaigns.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={saving}>
          {item ? t('campaigns.saveChanges') : t('campaigns.items.create')}
        </button>
      </div>
    </form>
  );
}
