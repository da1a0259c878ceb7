import { useId, useState } from 'react';
import {
  genericFields,
  type GenericField,
  type ImportMapping,
  type ImportOptions,
  type ImportSummary,
  type MappingPreset,
} from '../../../../shared/contract';
import { mutate, toApiError, useQuery } from '../../api';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/useI18n';
import { translateIssue } from '../../../../shared/i18n';

interface MappingEditorProps {
  summary: ImportSummary;
  /** The mapping chosen so far; undefined while the app's suggestion (in the summary) stands. */
  mapping: ImportMapping | undefined;
  options: ImportOptions;
  disabled: boolean;
  onMapping: (mapping: ImportMapping) => void;
  onOptions: (options: ImportOptions) => void;
  onPreset: (preset: MappingPreset) => void;
}

const DECIMALS = ['.', ','] as const;
const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;

/** Every header of the files, once each, in the order they first appear. */
function headersOf(summary: ImportSummary): string[] {
  return [...new Set(summary.files.flatMap((file) => file.headers))];
}

/**
 * The generic importer's column mapping: for each field Copro knows, the column of the file that
 * holds it (pre-filled with the app's suggestion), how numbers and dates read, and presets.
 */
export function MappingEditor(props: MappingEditorProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const { summary, options, disabled } = props;
  const mapping = props.mapping ?? summary.mapping;
  const headers = headersOf(summary);
  const presets = useQuery('imports.presets.list', {});
  const [presetName, setPresetName] = useState('');
  const [saveError, setSaveError] = useState<string>();
  const [saved, setSaved] = useState<string>();

  function mapField(field: GenericField, header: string) {
    const next: ImportMapping = { ...mapping };
    if (header === '') delete next[field];
    else next[field] = header;
    props.onMapping(next);
  }

  async function savePreset() {
    setSaved(undefined);
    setSaveError(undefined);
    try {
      const preset = await mutate('imports.presets.save', { name: presetName, mapping, options });
      setSaved(preset.name);
      setPresetName('');
    } catch (caught) {
      const error = toApiError(caught);
      const issue = error.issues.find((candidate) => candidate.path[0] === 'name');
      setSaveError(issue ? translateIssue(issue, i18n) : error.message);
    }
  }

  return (
    <details className="import-section import-mapping" open aria-labelledby={headingId}>
      <summary className="import-heading" id={headingId}>
        {t('imports.mapping.title', {
          count: Object.keys(mapping).length,
          total: genericFields.length,
        })}
      </summary>
      <p className="field-hint">{t('imports.mapping.intro')}</p>
      <div className="import-mapping-grid">
        {genericFields.map((field) => (
          <Field key={field} label={t(`imports.fields.${field}`)}>
            {(control) => (
              <select
                {...control}
                className="control"
                disabled={disabled}
                value={mapping[field] ?? ''}
                onChange={(event) => mapField(field, event.target.value)}
              >
                <option value="">{t('imports.mapping.none')}</option>
                {headers.map((header) => (
                  <option key={header} value={header}>
                    {header}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </div>
      <div className="import-options">
        <Field label={t('imports.options.decimal')}>
          {(control) => (
            <select
              {...control}
              className="control"
              disabled={disabled}
              value={options.decimal ?? ''}
              onChange={(event) => {
                const decimal = DECIMALS.find((d) => d === event.target.value);
                props.onOptions({ ...options, decimal });
              }}
            >
              <option value="">{t('imports.options.auto')}</option>
              <option value=".">{t('imports.options.decimalPoint')}</option>
              <option value=",">{t('imports.options.decimalComma')}</option>
            </select>
          )}
        </Field>
        <Field label={t('imports.options.dateOrder')}>
          {(control) => (
            <select
              {...control}
              className="control"
              disabled={disabled}
              value={options.dateOrder ?? ''}
              onChange={(event) => {
                const dateOrder = DATE_ORDERS.find((d) => d === event.target.value);
                props.onOptions({ ...options, dateOrder });
              }}
            >
              <option value="">{t('imports.options.auto')}</option>
              {DATE_ORDERS.map((order) => (
                <option key={order} value={order}>
                  {t(`imports.options.dateOrders.${order}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="import-presets">
        <Field label={t('imports.presets.load')}>
          {(control) => (
            <select
              {...control}
              className="control"
              disabled={disabled || !presets.data || presets.data.length === 0}
              value=""
              onChange={(event) => {
                const preset = presets.data?.find((p) => String(p.id) === event.target.value);
                if (preset) props.onPreset(preset);
              }}
            >
              <option value="">
                {presets.data && presets.data.length === 0
                  ? t('imports.presets.none')
                  : t('imports.presets.choose')}
              </option>
              {presets.data?.map((preset) => (
                <option key={preset.id} value={preset.id}>
                  {preset.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <form
          className="import-preset-save"
          onSubmit={(event) => {
            event.preventDefault();
            void savePreset();
          }}
        >
          <Field label={t('imports.presets.name')} error={saveError}>
            {(control) => (
              <input
                {...control}
                className="control"
                type="text"
                autoComplete="off"
                disabled={disabled}
                value={presetName}
                onChange={(event) => setPresetName(event.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button button-secondary" disabled={disabled}>
            {t('imports.presets.save')}
          </button>
        </form>
        <p className="import-preset-saved" role="status">
          {saved !== undefined && t('imports.presets.saved', { name: saved })}
        </p>
      </div>
    </details>
  );
}
