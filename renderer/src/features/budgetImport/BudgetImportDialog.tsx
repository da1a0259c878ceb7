import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { BudgetImportPreview, BudgetImportResult } from '../../../../shared/contract';
import { toApiError, type ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/useI18n';
import { useCurrentProject } from '../../shell/CurrentProject';
import { fileToBase64 } from './fileToBase64';
import { ImportIssues } from './ImportIssues';
import { MappingTable } from './MappingTable';
import { PreviewTable } from './PreviewTable';
import { SourceSettings } from './SourceSettings';
import { useBudgetImport, type BudgetImportState } from './useBudgetImport';
import './budgetImport.css';

export interface BudgetImportDialogProps {
  projectId: number;
  /** Called when the dialog closes: with what was imported, or nothing when cancelled. */
  onDone: (result?: BudgetImportResult) => void;
}

const ACCEPT =
  '.csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function Totals({ preview, currency }: { preview: BudgetImportPreview; currency: string }) {
  const { t, format } = useI18n();
  const { totals } = preview;
  const money = (cents: number) => format.money(cents, currency);
  return (
    <dl className="budget-import-totals" aria-label={t('budgetImport.totals.label')}>
      <div>
        <dt>{t('budgetImport.totals.imported')}</dt>
        <dd data-testid="imported-total">{money(totals.importedCents)}</dd>
        <dd className="budget-import-muted">
          {t('budgetImport.totals.importedLines', { count: totals.lineCount })}
        </dd>
      </div>
      <div>
        <dt>{t('budgetImport.totals.existing')}</dt>
        <dd>{money(totals.existingCents)}</dd>
      </div>
      <div>
        <dt>{t('budgetImport.totals.resulting')}</dt>
        <dd data-testid="resulting-total">{money(totals.resultingCents)}</dd>
      </div>
    </dl>
  );
}

function ModeChoice({ state, existing }: { state: BudgetImportState; existing: number }) {
  const { t } = useI18n();
  const { options, setOptions, running } = state;
  return (
    <fieldset className="budget-import-mode" disabled={running}>
      <legend className="field-label">{t('budgetImport.mode.legend')}</legend>
      <label>
        <input
          type="radio"
          name="budget-import-mode"
          checked={!options.replace}
          onChange={() => setOptions({ ...options, replace: false })}
        />
        {t('budgetImport.mode.append')}
      </label>
      <label>
        <input
          type="radio"
          name="budget-import-mode"
          checked={options.replace}
          onChange={() => setOptions({ ...options, replace: true })}
        />
        {t('budgetImport.mode.replace', { count: existing })}
      </label>
    </fieldset>
  );
}

/**
 * Importing a producer's devis kept in Excel: choose a CSV or XLSX file, check how it is read and
 * which column holds what, see the chapters, lines and totals it makes, then import — refused
 * while the file has errors. A modal <dialog>: Escape or Cancel closes it without writing.
 */
export function BudgetImportDialog({ projectId, onDone }: BudgetImportDialogProps) {
  const { t, format } = useI18n();
  const titleId = useId();
  const blockedId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const state = useBudgetImport(projectId);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<ApiError>();
  const { projects } = useCurrentProject();
  const currency = projects.data?.find((p) => p.id === projectId)?.currency ?? 'EUR';

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    if (chosen === undefined) return;
    setReading(true);
    setReadError(undefined);
    try {
      state.chooseFile({ name: chosen.name, contentBase64: await fileToBase64(chosen) });
    } catch (error) {
      setReadError(toApiError(error));
    } finally {
      setReading(false);
    }
  }

  const { preview, result, running } = state;
  const problem = readError ?? state.previewError;
  const close = () => onDone(result);
  const canImport =
    preview !== undefined &&
    !state.loading &&
    !running &&
    result === undefined &&
    preview.errorCount === 0 &&
    preview.totals.lineCount > 0;

  return (
    <dialog
      ref={dialog}
      className="budget-import-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!running) close();
      }}
    >
      <header className="budget-import-header">
        <h2 className="panel-title" id={titleId}>
          {t('budgetImport.title')}
        </h2>
        <p className="budget-import-muted">{t('budgetImport.intro')}</p>
      </header>
      <div className="budget-import-body">
        <Field label={t('budgetImport.file')} hint={t('budgetImport.fileHint')}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept={ACCEPT}
              disabled={running || result !== undefined}
              onChange={(event) => void pick(event)}
            />
          )}
        </Field>
        {(reading || (state.loading && !preview)) && (
          <p className="loading" role="status">
            {t('budgetImport.reading')}
          </p>
        )}
        {problem && (
          <ErrorNotice
            error={problem}
            summary={(message) => t('budgetImport.readFailed', { message })}
          />
        )}
        {preview && (
          <>
            <div className="budget-import-settings">
              <div className="budget-import-side">
                <SourceSettings
                  source={preview.source}
                  options={state.options}
                  onChange={state.setOptions}
                />
                <Totals preview={preview} currency={currency} />
                {preview.totals.existingLineCount > 0 && result === undefined && (
                  <ModeChoice state={state} existing={preview.totals.existingLineCount} />
                )}
              </div>
              <MappingTable preview={preview} mapping={state.mapping} onChange={state.setMapping} />
            </div>
            <ImportIssues preview={preview} />
            <section className="budget-import-section" aria-labelledby="budget-import-preview">
              <h3 className="budget-import-heading" id="budget-import-preview">
                {t('budgetImport.preview.title')}
              </h3>
              {preview.chapters.length > 0 ? (
                <>
                  <p className="field-hint">{t('budgetImport.preview.keyboardHint')}</p>
                  <PreviewTable chapters={preview.chapters} currency={currency} />
                </>
              ) : (
                <p className="budget-import-muted">{t('budgetImport.preview.nothing')}</p>
              )}
            </section>
          </>
        )}
        {result && (
          <p className="notice notice-success" role="status">
            {t('budgetImport.done', {
              count: result.linesCreated,
              total: format.money(result.totals.resultingCents, currency),
            })}
          </p>
        )}
        {state.runError && (
          <ErrorNotice
            error={state.runError}
            summary={(message) => t('budgetImport.failed', { message })}
          />
        )}
      </div>
      <footer className="budget-import-footer">
        {preview && preview.errorCount > 0 && (
          <p className="budget-import-blocked" id={blockedId}>
            {t('budgetImport.blocked')}
          </p>
        )}
        {result === undefined ? (
          <>
            <button
              type="button"
              className="button button-secondary"
              disabled={running}
              onClick={close}
            >
              {t('budgetImport.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={!canImport}
              aria-describedby={preview && preview.errorCount > 0 ? blockedId : undefined}
              onClick={() => void state.run()}
            >
              {running ? t('budgetImport.importing') : t('budgetImport.import')}
            </button>
          </>
        ) : (
          <button type="button" className="button button-primary" onClick={close}>
            {t('budgetImport.close')}
          </button>
        )}
      </footer>
    </dialog>
  );
}
