import { EmptyState } from '../components/EmptyState';
import { useI18n } from '../i18n/useI18n';
import { useCurrentProject } from './CurrentProject';
import { hrefFor } from './hashRoute';
import type { IconName } from './icons';
import type { AreaName } from './routes';

/** What an area without its screen yet shows: what will be there, and what to do meanwhile. */
export function AreaPlaceholder({ area, icon }: { area: AreaName; icon: IconName }) {
  const { t } = useI18n();
  const { project, projects } = useCurrentProject();
  const noProject = projects.data !== undefined && projects.data.length === 0;
  return (
    <div className="page">
      <EmptyState icon={icon} title={t(`areas.${area}.title`)} level={1}>
        {project && <p className="empty-state-context">{project.title}</p>}
        <p className="empty-state-body">{t(`areas.${area}.body`)}</p>
        <p className="empty-state-note">{t('areas.comingSoon')}</p>
        {noProject && (
          <a className="button button-primary" href={hrefFor('projects')}>
            {t('areas.goToProjects')}
          </a>
        )}
      </EmptyState>
    </div>
  );
}
