import { useRef, useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/useI18n';
import { fieldError } from './issues';
import { switchWorkspace } from './workspaceActions';
import { WorkspaceDialog } from './WorkspaceDialog';

/** New…: the user names the workspace; the app decides where the file goes (its data folder). */
export function NewWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await switchWorkspace('workspace.create', { name });
    } catch (caught) {
      setError(toApiError(caught));
      setBusy(false);
      input.current?.focus();
    }
  }

  return (
    <WorkspaceDialog title={t('workspace.newDialog.title')} onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        {error && (
          <ErrorNotice
            error={error}
            summary={(message) => t('workspace.newDialog.notCreated', { message })}
          />
        )}
        <Field
          label={t('workspace.newDialog.name')}
          hint={t('workspace.newDialog.nameHint')}
          error={fieldError(error, 'name', i18n)}
        >
          {(control) => (
            <input
              {...control}
              ref={input}
              className="control"
              type="text"
              autoComplete="off"
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('workspace.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('workspace.newDialog.create')}
          </button>
        </div>
      </form>
    </WorkspaceDialog>
  );
}
