import { useRef, useState, type FormEvent } from 'react';
import { toApiError, useQuery, type ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/useI18n';
import { fieldError } from './issues';
import { RecentList } from './RecentList';
import { switchWorkspace } from './workspaceActions';
import { WorkspaceDialog } from './WorkspaceDialog';

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
  const [error, setError] = useState<ApiError | undefined>(initial?.error);
  const [busy, setBusy] = useState(false);

  async function open(target: string) {
    setBusy(true);
    setError(undefined);
    try {
      await switchWorkspace('workspace.open', { path: target });
    } catch (caught) {
      setPath(target);
      setError(toApiError(caught));
      setBusy(false);
      input.current?.focus();
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void open(path);
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
          onOpen={(entry) => void open(entry.path)}
        />
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
