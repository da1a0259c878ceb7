import { useState } from 'react';
import type { ProjectWithFigures } from '../../../../shared/contract';
import { mutate } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FirstRun } from '../workspace/FirstRun';
import { useI18n } from '../../i18n/useI18n';
import { useCurrentProject } from '../../shell/CurrentProject';
import { Icon } from '../../shell/icons';
import { ProjectCard } from './ProjectCard';
import { ProjectForm } from './ProjectForm';
import { newProjectValues, valuesOf, type ProjectSettings } from './projectFormModel';
import './projects.css';

/** What the screen shows above the list: nothing, the creation form, or one project's settings. */
type Editing =
  { kind: 'none' } | { kind: 'create' } | { kind: 'edit'; project: ProjectWithFigures };

/** Kept as data, not text, so it follows a language switch. */
interface Notice {
  kind: 'created' | 'updated';
  title: string;
}

export function ProjectsScreen() {
  const i18n = useI18n();
  const { t } = i18n;
  const { projects, project: current, select } = useCurrentProject();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [notice, setNotice] = useState<Notice>();

  async function create(settings: ProjectSettings) {
    const created = await mutate('projects.create', settings);
    select(created.id);
    setEditing({ kind: 'none' });
    setNotice({ kind: 'created', title: created.title });
  }

  async function update(project: ProjectWithFigures, settings: ProjectSettings) {
    const { title, crowdCapBp, securedThresholdBp } = settings;
    const updated = await mutate('projects.update', {
      id: project.id,
      title,
      crowdCapBp,
      securedThresholdBp,
    });
    setEditing({ kind: 'none' });
    setNotice({ kind: 'updated', title: updated.title });
  }

  const list = projects.data;
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('projects.title')}</h1>
          {list && <p className="page-subtitle">{t('projects.count', { count: list.length })}</p>}
        </div>
        {editing.kind !== 'create' && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setNotice(undefined);
              setEditing({ kind: 'create' });
            }}
          >
            <Icon name="plus" size={16} />
            {t('projects.new')}
          </button>
        )}
      </header>

      <p className="notice notice-success" role="status" hidden={!notice}>
        {notice && t(`projects.form.${notice.kind}`, { title: notice.title })}
      </p>

      {editing.kind === 'create' && (
        <ProjectForm
          mode="create"
          heading={t('projects.form.createTitle')}
          initialValues={newProjectValues()}
          onSubmit={create}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}
      {editing.kind === 'edit' && (
        <ProjectForm
          key={editing.project.id}
          mode="edit"
          heading={t('projects.form.editTitle', { title: editing.project.title })}
          initialValues={valuesOf(editing.project, i18n.format)}
          onSubmit={(settings) => update(editing.project, settings)}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}

      {projects.error && <ErrorNotice error={projects.error} onRetry={projects.reload} />}
      {!list && !projects.error && <p className="loading">{t('app.loading')}</p>}
      {list && list.length === 0 && (
        <FirstRun
          onCreateProject={() => {
            setNotice(undefined);
            setEditing({ kind: 'create' });
          }}
        />
      )}
      {list && list.length > 0 && (
        <ul className="project-grid" aria-label={t('projects.listLabel')}>
          {list.map((project) => (
            <li key={project.id}>
              <ProjectCard
                project={project}
                isCurrent={project.id === current?.id}
                onMakeCurrent={() => select(project.id)}
                onEdit={() => {
                  setNotice(undefined);
                  setEditing({ kind: 'edit', project });
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
