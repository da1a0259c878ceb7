import { useState, type FormEvent } from 'react';
import {
  nextFulfillmentStatuses,
  type FulfillmentRow,
  type FulfillmentStatus,
} from '../../../../shared/contract';
import { mutate, toApiError, type ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/useI18n';
import { StatusChip } from './fulfillmentColumns';

type FieldName = 'status' | 'carrier' | 'trackingNumber' | 'shippedOn' | 'deliveredOn' | 'notes';

interface Draft {
  status: FulfillmentStatus;
  carrier: string;
  trackingNumber: string;
  shippedOn: string;
  deliveredOn: string;
  notes: string;
}

function draftOf(row: FulfillmentRow): Draft {
  return {
    status: row.status,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    shippedOn: row.shippedOn ?? '',
    deliveredOn: row.deliveredOn ?? '',
    notes: row.notes,
  };
}

/** The contract's issues by the field they name; the rest goes to the notice above the form. */
function fieldErrors(error: ApiError | null): Partial<Record<FieldName, string>> {
  const byField: Partial<Record<FieldName, string>> = {};
  for (const issue of error?.issues ?? []) {
    const field = issue.path[0];
    if (typeof field === 'string' && !(field in byField)) {
      byField[field as FieldName] = issue.message;
    }
  }
  return byField;
}

/**
 * One line opened beside the table: move its status along (only the steps the workflow allows
 * are offered), record carrier, tracking number and dates. Keyed by line id by its parent, so
 * opening another line starts a fresh draft.
 */
export function LinePanel({ row, onClose }: { row: FulfillmentRow; onClose: () => void }) {
  const { t } = useI18n();
  const [line, setLine] = useState(row);
  const [draft, setDraft] = useState(() => draftOf(row));
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  const errors = fieldErrors(error);
  const choices = [line.status, ...nextFulfillmentStatuses(line.status, line.ships)];

  const edit = (field: FieldName, value: string) => {
    setSaved(false);
    setDraft((previous) => ({ ...previous, [field]: value }));
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      const updated = await mutate('fulfillment.update', {
        id: line.id,
        status: draft.status === line.status ? undefined : draft.status,
        carrier: draft.carrier,
        trackingNumber: draft.trackingNumber,
        shippedOn: draft.shippedOn === '' ? null : draft.shippedOn,
        deliveredOn: draft.deliveredOn === '' ? null : draft.deliveredOn,
        notes: draft.notes,
      });
      setLine(updated);
      setDraft(draftOf(updated));
      setError(null);
      setSaved(true);
    } catch (caught) {
      setError(toApiError(caught));
      setSaved(false);
    } finally {
      setSaving(false);
    }
  }

  const unplaced = error !== null && Object.keys(errors).length === 0;
  return (
    <aside className="fulfillment-panel" aria-labelledby="fulfillment-panel-title">
      <header className="fulfillment-panel-header">
        <h2 id="fulfillment-panel-title" className="fulfillment-panel-title">
          {t('fulfillment.panel.title', { name: line.contributorName })}
        </h2>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          {t('fulfillment.panel.close')}
        </button>
      </header>
      <p className="fulfillment-panel-item">
        {t('fulfillment.panel.itemLine', { quantity: line.quantity, item: line.itemName })}{' '}
        <StatusChip row={line} t={t} />
      </p>
      {line.ships ? (
        <p className="fulfillment-panel-address">
          {t('fulfillment.panel.address')}{' '}
          {[line.postalCode, line.city, line.country].filter((part) => part !== '').join(' ') ||
            t('fulfillment.table.noAddress')}
        </p>
      ) : (
        <p className="field-hint">{t('fulfillment.panel.notShipping')}</p>
      )}
      {unplaced && <ErrorNotice error={error} />}
      <form className="fulfillment-form" onSubmit={(event) => void save(event)} noValidate>
        <Field
          label={t('fulfillment.panel.status')}
          error={errors.status}
          hint={choices.length === 1 ? t('fulfillment.panel.finalStatus') : undefined}
        >
          {(control) => (
            <select
              {...control}
              className="control"
              value={draft.status}
              disabled={choices.length === 1}
              onChange={(event) => edit('status', event.target.value)}
            >
              {choices.map((status) => (
                <option key={status} value={status}>
                  {t(`fulfillment.statuses.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {line.ships && (
          <>
            <Field label={t('fulfillment.panel.carrier')} error={errors.carrier}>
              {(control) => (
                <input
                  {...control}
                  className="control"
                  value={draft.carrier}
                  onChange={(event) => edit('carrier', event.target.value)}
                />
              )}
            </Field>
            <Field label={t('fulfillment.panel.tracking')} error={errors.trackingNumber}>
              {(control) => (
                <input
                  {...control}
                  className="control fulfillment-tracking"
                  value={draft.trackingNumber}
                  onChange={(event) => edit('trackingNumber', event.target.value)}
                />
              )}
            </Field>
            <Field
              label={t('fulfillment.panel.shippedOn')}
              error={errors.shippedOn}
              hint={
                draft.status === 'shipped' && line.status !== 'shipped'
                  ? t('fulfillment.panel.shippedToday')
                  : undefined
              }
            >
              {(control) => (
                <input
                  {...control}
                  type="date"
                  className="control"
                  value={draft.shippedOn}
                  onChange={(event) => edit('shippedOn', event.target.value)}
                />
              )}
            </Field>
          </>
        )}
        <Field label={t('fulfillment.panel.deliveredOn')} error={errors.deliveredOn}>
          {(control) => (
            <input
              {...control}
              type="date"
              className="control"
              value={draft.deliveredOn}
              onChange={(event) => edit('deliveredOn', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('fulfillment.panel.notes')} error={errors.notes}>
          {(control) => (
            <textarea
              {...control}
              className="control"
              rows={3}
              value={draft.notes}
              onChange={(event) => edit('notes', event.target.value)}
            />
          )}
        </Field>
        <div className="fulfillment-form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('fulfillment.panel.save')}
          </button>
          {saved && (
            <span role="status" className="fulfillment-saved">
              {t('fulfillment.panel.saved')}
            </span>
          )}
        </div>
      </form>
    </aside>
  );
}
