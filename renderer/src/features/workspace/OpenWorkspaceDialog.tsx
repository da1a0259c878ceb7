import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { WorkspaceInfo } from '../../../../shared/contract';
import { useQuery, type ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useLongOperation } from '../../components/useLongOperation';
import { useI18n } from '../../i18n/useI18n';
import { fieldError } from './issues';
import { RecentList } from './RecentList';
import { openWorkspaceFile } from './workspaceActions';
import { WorkspaceDialog } from './WorkspaceDialog';
import { UpgradeProgress } from './workspaceOperations';

interface OpenWorkspaceDialogProps {
  onClose: () => void;
  /** Opened after a recent workspace failed to open from the menu: that path and why. */
  initial?: { path: string; error: ApiError };
}

/**
 * Open…: a path typed (or pasted) in, or one of the recent workspaces. Opening reads the file;
 * a damaged or too-new one is refused and the current workspace stays open.
 */
export function OpenWorkspaceDialog({ onClose, initial }: OpenWorkspaceDialogProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const recent = useQuery('workspace.recent', {});
  const input = useRef<HTMLInputElement>(null);
  const [path, setPath] = useState(initial?.path ?? '');
  const [initialError, setInitialError] = useState<ApiError | undefined>(initial?.error);
  // An older file is upgraded before it opens: long, with its progress shown below.
  const opening = useLongOperation<WorkspaceInfo>();
  const { status } = opening.state;
  const error = opening.state.status === 'failed' ? opening.state.error : initialError;
  // Done: the page reloads onto the new workspace, nothing is clickable meanwhile.
  const busy = status === 'running' || status === 'done';

  useEffect(() => {
    if (status === 'failed') input.current?.focus();
  }, [status]);

  function open(target: string) {
    setPath(target);
    setInitialError(undefined);
    // The app serves the new file as soon as it answers: the page follows it.
    void opening.start(
      (options) => openWorkspaceFile(target, options),
      () => window.location.reload(),
      { answerStands: true },
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    open(path);
  }

  return (
    <WorkspaceDialog title={t('workspace.openDialog.title')} onClose={onClose}>
      <form noValidate onSubmit={submit}>
        {error && (
          <ErrorNotice
            error={error}
            summary={(message) => t('workspace.openDialog.notOpened', { message })}
          />
        )}
        <Field
          label={t('workspace.openDialog.path')}
          hint={t('workspace.openDialog.pathHint')}
          error={fieldError(error, 'path', i18n)}
        >
          {(control) => (
            <input
              {...control}
              ref={input}
              className="control control-path"
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={path}
              onChange={(event) => setPath(event.target.value)}
            />
          )}
        </Field>
        <RecentList
          entries={recent.data ?? []}
          disabled={busy}
          onOpen={(entry) => open(entry.path)}
        />
        <UpgradeProgress operation={opening} />
        {recent.error && <ErrorNotice error={recent.error} onRetry={recent.reload} />}
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('workspace.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('workspace.openDialog.open')}
          </button>
        </div>
      </form>
    </WorkspaceDialog>
  );
}
