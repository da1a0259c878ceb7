import { useId, useState } from 'react';
import type { WorkspaceInfo } from '../../../../shared/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { OperationProgress } from '../../components/OperationProgress';
import { useLongOperation } from '../../components/useLongOperation';
import { useI18n } from '../../i18n/useI18n';
import { Icon } from '../../shell/icons';
import { OpenWorkspaceDialog } from './OpenWorkspaceDialog';
import { switchToDemo } from './workspaceActions';
import './workspace.css';

/**
 * What an empty workspace shows: the three ways to start — a project of one's own, a workspace
 * file one already has, or the demo.
 */
export function FirstRun({ onCreateProject }: { onCreateProject: () => void }) {
  const { t } = useI18n();
  const headingId = useId();
  const [openDialog, setOpenDialog] = useState(false);
  const demo = useLongOperation<WorkspaceInfo>();
  const { state } = demo;
  // Done: the page reloads on the demo; until then the button stays disabled.
  const busy = state.status === 'running' || state.status === 'done';

  function openDemo() {
    // The app now serves the demo: a fresh page reads everything from it.
    void demo.start(
      switchToDemo,
      () => window.location.reload(),
      // Too late to cancel: the app already serves the demo, so the page follows it.
      { answerStands: true },
    );
  }

  return (
    <section className="first-run" aria-labelledby={headingId}>
      <div className="empty-state-icon">
        <Icon name="projects" size={28} />
      </div>
      <h2 id={headingId} className="empty-state-title">
        {t('workspace.firstRun.title')}
      </h2>
      <p className="empty-state-body">{t('workspace.firstRun.body')}</p>
      {state.status === 'failed' && (
        <ErrorNotice
          error={state.error}
          summary={(message) => t('workspace.failed.open', { message })}
        />
      )}
      <ul className="first-run-choices">
        <li className="first-run-choice">
          <button type="button" className="button button-primary" onClick={onCreateProject}>
            <Icon name="plus" size={16} />
            {t('workspace.firstRun.create.action')}
          </button>
          <p>{t('workspace.firstRun.create.body')}</p>
        </li>
        <li className="first-run-choice">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setOpenDialog(true)}
          >
            {t('workspace.firstRun.open.action')}
          </button>
          <p>{t('workspace.firstRun.open.body')}</p>
        </li>
        <li className="first-run-choice">
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={openDemo}
          >
            {t('workspace.firstRun.demo.action')}
          </button>
          <p>{t('workspace.firstRun.demo.body')}</p>
        </li>
      </ul>
      {demo.showProgress && (
        <div className="first-run-progress">
          <OperationProgress
            label={t('progress.operations.demo')}
            progress={demo.progress}
            onCancel={demo.cancel}
            cancelName={t('progress.cancelOperation.demo')}
          />
        </div>
      )}
      <p role="status" className="first-run-busy">
        {busy && !demo.showProgress && t('workspace.busy.opening')}
        {state.status === 'cancelled' && t('progress.cancelled.demo')}
      </p>
      {openDialog && <OpenWorkspaceDialog onClose={() => setOpenDialog(false)} />}
    </section>
  );
}
