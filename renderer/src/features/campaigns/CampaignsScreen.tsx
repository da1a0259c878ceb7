import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/useI18n';
import { useCurrentProject } from '../../shell/CurrentProject';
import { useHashRoute } from '../../shell/hashRoute';
import { CampaignList } from './CampaignList';
import { CampaignView } from './CampaignView';
// The campaign form and the tables come from the financing screen: so does their style.
import '../financing/financing.css';
import './campaigns.css';

/** `#/campaigns` lists the current project's campaigns; `#/campaigns/<id>` shows one. */
export function CampaignsScreen() {
  const { t } = useI18n();
  const { params } = useHashRoute();
  const { projects, project } = useCurrentProject();
  const id = Number(params[0]);
  if (params[0] !== undefined && Number.isSafeInteger(id) && id > 0) {
    return <CampaignView key={id} id={id} />;
  }
  if (projects.data && projects.data.length === 0) {
    return (
      <div className="page">
        <EmptyState icon="campaigns" title={t('campaigns.noProject.title')} level={1}>
          <p className="empty-state-body">{t('campaigns.noProject.body')}</p>
          <a className="button button-primary" href="#/projects">
            {t('areas.goToProjects')}
          </a>
        </EmptyState>
      </div>
    );
  }
  if (!project) {
    return (
      <div className="page">
        {projects.error ? (
          <ErrorNotice error={projects.error} onRetry={projects.reload} />
        ) : (
          <p className="loading">{t('app.loading')}</p>
        )}
      </div>
    );
  }
  return <CampaignList key={project.id} project={project} />;
}
