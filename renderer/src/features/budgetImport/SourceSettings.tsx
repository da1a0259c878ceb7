import type { BudgetImportSource } from '../../../../shared/contract';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/useI18n';
import type { ImportOptions } from './useBudgetImport';

interface SourceSettingsProps {
  source: BudgetImportSource;
  options: ImportOptions;
  onChange: (options: ImportOptions) => void;
}

const DELIMITERS = [
  { value: ',', key: 'comma' },
  { value: ';', key: 'semicolon' },
  { value: '\t', key: 'tab' },
] as const;

function isDelimiter(value: string): value is ',' | ';' | '\t' {
  return value === ',' || value === ';' || value === '\t';
}

/** What the app detected (encoding, separator, decimal, worksheet, header row), each changeable. */
export function SourceSettings({ source, options, onChange }: SourceSettingsProps) {
  const { t } = useI18n();
  return (
    <section className="budget-import-section" aria-labelledby="budget-import-source">
      <h3 className="budget-import-heading" id="budget-import-source">
        {t('budgetImport.detected.title')}
      </h3>
      <div className="budget-import-source">
        {source.encoding !== null && (
          <div className="budget-import-fact">
            <span className="field-label">{t('budgetImport.detected.encoding')}</span>
            <span className="tag" data-testid="detected-encoding">
              {source.encoding}
            </span>
          </div>
        )}
        {source.kind === 'csv' && (
          <Field label={t('budgetImport.detected.delimiter')}>
            {(control) => (
              <select
                {...control}
                className="control"
                value={source.delimiter ?? ','}
                onChange={(event) => {
                  const value = event.target.value;
                  if (isDelimiter(value)) onChange({ ...options, delimiter: value });
                }}
              >
                {DELIMITERS.map((d) => (
                  <option key={d.key} value={d.value}>
                    {t(`budgetImport.delimiters.${d.key}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {source.kind === 'xlsx' && source.sheets.length > 1 && (
          <Field label={t('budgetImport.detected.sheet')}>
            {(control) => (
              <select
                {...control}
                className="control"
                value={source.sheet ?? ''}
                onChange={(event) => onChange({ ...options, sheet: event.target.value })}
              >
                {source.sheets.map((sheet) => (
                  <option key={sheet} value={sheet}>
                    {sheet}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('budgetImport.detected.decimal')}>
          {(control) => (
            <select
              {...control}
              className="control"
              value={source.decimal}
              onChange={(event) =>
                onChange({ ...options, decimal: event.target.value === ',' ? ',' : '.' })
              }
            >
              <option value=".">{t('budgetImport.decimals.dot')}</option>
              <option value=",">{t('budgetImport.decimals.comma')}</option>
            </select>
          )}
        </Field>
        {source.headerLine > 0 && (
          <div className="budget-import-fact">
            <span className="field-label">{t('budgetImport.detected.headerLine')}</span>
            <span>{t('budgetImport.detected.headerLineValue', { line: source.headerLine })}</span>
          </div>
        )}
      </div>
    </section>
  );
}
