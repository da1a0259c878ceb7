import { useId, useState } from 'react';
import { toApiError, type ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/useI18n';
import { Icon } from '../../shell/icons';
import { OpenWorkspaceDialog } from './OpenWorkspaceDialog';
import { switchWorkspace } from './workspaceActions';
import './workspace.css';

/**
 * What an empty workspace shows: the three ways to start — a project of one's own, a workspace
 * file one already has, or the demo.
 */
export function FirstRun({ onCreateProject }: { onCreateProject: () => void }) {
  const { t } = useI18n();
  const headingId = useId();
  const [openDialog, setOpenDialog] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  async function openDemo() {
    setBusy(true);
    setError(undefined);
    try {
      await switchWorkspace('workspace.openDemo', {});
    } catch (caught) {
      setError(toApiError(caught));
      setBusy(false);
    }
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
      {error && (
        <ErrorNotice error={error} summary={(message) => t('workspace.failed.open', { message })} />
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
            onClick={() => void openDemo()}
          >
            {t('workspace.firstRun.demo.action')}
          </button>
          <p>{t('workspace.firstRun.demo.body')}</p>
        </li>
      </ul>
      <p role="status" className="first-run-busy">
        {busy && t('workspace.busy.opening')}
      </p>
      {openDialog && <OpenWorkspaceDialog onClose={() => setOpenDialog(false)} />}
    </section>
  );
}
