import type { ProjectWithFigures } from '../../../../shared/contract';
import { useQuery } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/useI18n';
import { useCurrentProject } from '../../shell/CurrentProject';
import { NoProject } from '../budget/NoProject';
import { CampaignsPanel } from './CampaignsPanel';
import { PlanTotals } from './PlanTotals';
import { Readiness } from './Readiness';
import { SourcesSection } from './SourcesSection';
import '../budget/budget.css';
import './financing.css';

export function FinancingScreen() {
  const { t } = useI18n();
  const { project } = useCurrentProject();
  if (!project) {
    return (
      <NoProject icon="financing" title={t('financing.title')} body={t('financing.noProject')} />
    );
  }
  return <ProjectFinancing key={project.id} project={project} />;
}

function ProjectFinancing({ project }: { project: ProjectWithFigures }) {
  const { t } = useI18n();
  const projectId = project.id;
  const summary = useQuery('financing.summary', { projectId });
  const sources = useQuery('financing.listSources', { projectId });
  const loadError = summary.error ?? sources.error;

  return (
    <div className="page financing-page">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('financing.title')}</h1>
          <p className="page-subtitle">{project.title}</p>
        </div>
      </header>
      {loadError && (
        <ErrorNotice
          error={loadError}
          onRetry={() => {
            summary.reload();
            sources.reload();
          }}
        />
      )}
      {(!summary.data || !sources.data) && !loadError && (
        <p className="loading">{t('app.loading')}</p>
      )}
      {summary.data && sources.data && (
        <>
          <PlanTotals summary={summary.data} />
          <Readiness summary={summary.data} />
          <SourcesSection
            projectId={projectId}
            currency={project.currency}
            sources={sources.data}
            summary={summary.data}
          />
          <CampaignsPanel project={project} summary={summary.data} />
        </>
      )}
    </div>
  );
}
