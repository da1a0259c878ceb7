import { useEffect, useId, useRef, useState } from 'react';
import { importIssueFromIssue, type ImportSummary } from '../../../../shared/contract';
import { toApiError, type ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressBar } from '../../components/ProgressBar';
import { useI18n } from '../../i18n/useI18n';
import { ImportCounts, ImportErrors, ImportPreview } from './ImportPreview';
import { ImportSource } from './ImportSource';
import { MappingEditor } from './MappingEditor';
import { useBackerImport, type BackerImportState } from './useBackerImport';
import { useOperationProgress } from './useOperationProgress';
import './imports.css';

export interface ImportBackersDialogProps {
  campaign: { id: number; title: string; currency: string };
  /** Called when the dialog closes: with what was imported, or nothing. */
  onDone: (result?: ImportSummary) => void;
}

/** The progress bar of whatever runs now: the preview or the import, either one cancellable. */
function Progress({ state }: { state: BackerImportState }) {
  const { t } = useI18n();
  const running = state.run.phase === 'running';
  const progress = useOperationProgress(state.operationId);
  if (state.operationId === null) return null;
  return (
    <ProgressBar
      label={running ? t('imports.progress.running') : t('imports.progress.previewing')}
      // Queued behind another import (a superseded preview still rolling back): says so.
      phase={progress?.phase === 'waiting' ? t('progress.phases.waiting') : undefined}
      done={progress?.done ?? 0}
      total={progress?.total ?? 0}
      elapsedMs={progress?.elapsedMs}
      onCancel={running ? state.cancelRun : state.cancelPreview}
      cancelLabel={running ? t('imports.progress.cancelRun') : t('imports.progress.cancelPreview')}
    />
  );
}

function RunOutcome({ state }: { state: BackerImportState }) {
  const { t, format } = useI18n();
  const { run } = state;
  if (run.phase === 'done') {
    return (
      <>
        <p className="notice notice-success" role="status">
          {t('imports.done', {
            created: format.number(run.result.created),
            updated: format.number(run.result.updated),
            unchanged: format.number(run.result.unchanged),
          })}
        </p>
        <ImportCounts summary={run.result} />
      </>
    );
  }
  if (run.phase === 'cancelled') {
    return (
      <p className="notice import-cancelled" role="status">
        {t('imports.progress.runCancelled')}
      </p>
    );
  }
  if (run.phase !== 'failed') return null;
  const issues = run.error.issues.flatMap((issue) => importIssueFromIssue(issue) ?? []);
  return (
    <>
      <ErrorNotice error={run.error} summary={(message) => t('imports.failed', { message })} />
      <ImportErrors errors={issues} errorCount={issues.length} />
    </>
  );
}

/**
 * Importing a platform's backer report into a campaign: choose the files (a Kickstarter zip,
 * CSV, XLSX) and the format, map the columns of a generic file, read the dry-run preview, then
 * import — refused while the files have errors. A modal <dialog>; Escape closes it unless an
 * import is running.
 */
export function ImportBackersDialog({ campaign, onDone }: ImportBackersDialogProps) {
  const { t } = useI18n();
  const titleId = useId();
  const previewId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const state = useBackerImport(campaign.id);
  const [readError, setReadError] = useState<ApiError>();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const { request, preview, run } = state;
  const running = run.phase === 'running';
  const finished = run.phase === 'done';
  const close = () => onDone(run.phase === 'done' ? run.result : undefined);
  const canImport =
    preview !== undefined &&
    !state.previewing &&
    (run.phase === 'idle' || run.phase === 'cancelled') &&
    preview.errorCount === 0 &&
    preview.created + preview.updated + preview.unchanged > 0;
  const problem = readError ?? state.previewError;

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!running) close();
      }}
    >
      <header className="import-dialog-header">
        <h2 className="panel-title" id={titleId}>
          {t('imports.title', { campaign: campaign.title })}
        </h2>
        <p className="import-muted">{t('imports.intro')}</p>
      </header>
      <div className="import-dialog-body">
        <ImportSource
          state={state}
          disabled={running || finished}
          onReadError={(error) => setReadError(error === undefined ? undefined : toApiError(error))}
        />
        <Progress state={state} />
        {state.cancelled && (
          <div className="notice import-cancelled" role="status">
            <p className="notice-body">{t('imports.progress.cancelled')}</p>
            <button type="button" className="button button-secondary" onClick={state.previewAgain}>
              {t('imports.progress.again')}
            </button>
          </div>
        )}
        {problem && (
          <ErrorNotice
            error={problem}
            summary={(message) => t('imports.readFailed', { message })}
          />
        )}
        {preview && request && !finished && (
          <>
            {preview.format === 'generic' && (
              <MappingEditor
                summary={preview}
                mapping={request.mapping}
                options={request.options}
                disabled={running}
                onMapping={state.setMapping}
                onOptions={state.setOptions}
                onPreset={state.applyPreset}
              />
            )}
            <section className="import-section" aria-labelledby={previewId}>
              <h3 className="import-heading" id={previewId}>
                {t('imports.preview.title')}
              </h3>
              <p className="import-muted">
                {t('imports.preview.readAs', { format: t(`imports.formats.${preview.format}`) })}
              </p>
              <ImportPreview summary={preview} currency={campaign.currency} />
            </section>
          </>
        )}
        <RunOutcome state={state} />
      </div>
      <footer className="import-dialog-footer">
        {preview && preview.errorCount > 0 && !finished && (
          <p className="import-blocked">{t('imports.blocked')}</p>
        )}
        {finished ? (
          <button type="button" className="button button-primary" onClick={close}>
            {t('imports.close')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button button-secondary"
              disabled={running}
              onClick={close}
            >
              {t('imports.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={!canImport}
              onClick={() => void state.start()}
            >
              {running ? t('imports.importing') : t('imports.import')}
            </button>
          </>
        )}
      </footer>
    </dialog>
  );
}
