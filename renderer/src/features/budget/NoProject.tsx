import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/useI18n';
import { useCurrentProject } from '../../shell/CurrentProject';
import { hrefFor } from '../../shell/hashRoute';
import type { IconName } from '../../shell/icons';

interface NoProjectProps {
  icon: IconName;
  title: string;
  body: string;
}

/** What a per-project screen shows while projects load, when they fail, or when there is none. */
export function NoProject({ icon, title, body }: NoProjectProps) {
  const { t } = useI18n();
  const { projects } = useCurrentProject();
  if (projects.error) {
    return (
      <div className="page">
        <ErrorNotice error={projects.error} onRetry={projects.reload} />
      </div>
    );
  }
  if (!projects.data) {
    return (
      <div className="page">
        <p className="loading">{t('app.loading')}</p>
      </div>
    );
  }
  return (
    <div className="page">
      <EmptyState icon={icon} title={title} level={1}>
        <p className="empty-state-body">{body}</p>
        <a className="button button-primary" href={hrefFor('projects')}>
          {t('areas.goToProjects')}
        </a>
      </EmptyState>
    </div>
  );
}
