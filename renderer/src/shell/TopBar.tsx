import { useId } from 'react';
import type { Language } from '../../../shared/contract';
import { useQuery, useSaveStatus } from '../api';
import { WorkspaceMenu } from '../features/workspace/WorkspaceMenu';
import { useI18n } from '../i18n/useI18n';
import { useCurrentProject } from './CurrentProject';
import { Icon } from './icons';

const LANGUAGES: readonly Language[] = ['en', 'fr'];

function SaveIndicator() {
  const { t } = useI18n();
  const status = useSaveStatus();
  const hintId = useId();
  const label = {
    saved: t('topBar.saved'),
    saving: t('topBar.saving'),
    failed: t('topBar.saveFailed'),
  }[status];
  return (
    <div className={`save-indicator save-${status}`} title={t('topBar.savedHint')}>
      <Icon name={status === 'failed' ? 'alert' : 'check'} size={16} />
      <span role="status" aria-describedby={hintId}>
        {label}
      </span>
      <span className="save-note" aria-hidden="true">
        {t('topBar.autoSave')}
      </span>
      <span id={hintId} className="visually-hidden">
        {t('topBar.savedHint')}
      </span>
    </div>
  );
}

function ProjectSelector() {
  const { t } = useI18n();
  const { projects, project, select } = useCurrentProject();
  const selectId = useId();
  const list = projects.data ?? [];
  return (
    <div className="topbar-project">
      <label htmlFor={selectId} className="topbar-label">
        {t('topBar.currentProject')}
      </label>
      <select
        id={selectId}
        className="control"
        value={project ? String(project.id) : ''}
        disabled={list.length === 0}
        onChange={(event) => select(Number(event.target.value))}
      >
        {list.length === 0 && <option value="">{t('topBar.noProject')}</option>}
        {list.map((candidate) => (
          <option key={candidate.id} value={String(candidate.id)}>
            {candidate.title}
          </option>
        ))}
      </select>
    </div>
  );
}

function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={t('topBar.language')}>
      {LANGUAGES.map((candidate) => (
        <button
          key={candidate}
          type="button"
          lang={candidate}
          aria-label={t(`languages.${candidate}`)}
          aria-pressed={candidate === language}
          onClick={() => setLanguage(candidate)}
        >
          {candidate.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

export function TopBar() {
  const workspace = useQuery('workspace.info', {});
  return (
    <header className="topbar">
      <WorkspaceMenu info={workspace.data} />
      <ProjectSelector />
      <div className="topbar-end">
        <SaveIndicator />
        <LanguageSwitch />
      </div>
    </header>
  );
}
