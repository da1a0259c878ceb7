import { useId, type ReactNode } from 'react';
import type { FinancingSummary } from '../../../../shared/contract';
import { useQuery } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/useI18n';
import { useCurrentProject } from '../../shell/CurrentProject';
import { ChapterBarsChart } from './ChapterBarsChart';
import { CrowdGaugeChart } from './CrowdGaugeChart';
import { FinancingMixChart } from './FinancingMixChart';
import { HeadlineTiles } from './HeadlineTiles';
import { PlanBarChart } from './PlanBarChart';
import { ReadinessPanel, WarningsList } from './ReadinessPanel';
import './dashboard.css';

function Card({
  title,
  wide = false,
  tone,
  children,
}: {
  title: string;
  wide?: boolean;
  tone?: 'warning';
  children: ReactNode;
}) {
  const headingId = useId();
  const classes = ['dashboard-card', wide ? 'is-wide' : '', tone ? `is-${tone}` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <section className={classes} aria-labelledby={headingId}>
      <h2 id={headingId} className="dashboard-card-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Dashboard({ summary }: { summary: FinancingSummary }) {
  const { t } = useI18n();
  return (
    <>
      <HeadlineTiles summary={summary} />
      {summary.warnings.length > 0 && (
        <Card title={t('dashboard.warnings.title')} wide tone="warning">
          <WarningsList summary={summary} />
        </Card>
      )}
      {summary.budgetTotal === 0 && (
        <p className="notice dashboard-note">{t('dashboard.noBudget')}</p>
      )}
      <div className="dashboard-grid">
        <Card title={t('dashboard.plan.title')} wide>
          <PlanBarChart summary={summary} />
        </Card>
        <Card title={t('dashboard.mix.title')} wide>
          <FinancingMixChart summary={summary} />
        </Card>
        <Card title={t('dashboard.gauge.title')}>
          <CrowdGaugeChart summary={summary} />
        </Card>
        <Card title={t('dashboard.readiness.title')}>
          <ReadinessPanel summary={summary} />
        </Card>
        <Card title={t('dashboard.chapters.title')} wide>
          <ChapterBarsChart summary={summary} />
        </Card>
      </div>
    </>
  );
}

/** The current project at a glance: one `financing.summary` call feeds every figure and chart. */
export function DashboardScreen() {
  const { t } = useI18n();
  const { projects, project } = useCurrentProject();
  const summary = useQuery('financing.summary', project ? { projectId: project.id } : null);

  if (projects.data && projects.data.length === 0) {
    return (
      <div className="page">
        <EmptyState icon="dashboard" title={t('dashboard.noProject.title')} level={1}>
          <p className="empty-state-body">{t('dashboard.noProject.body')}</p>
          <a className="button button-primary" href="#/projects">
            {t('areas.goToProjects')}
          </a>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('dashboard.title')}</h1>
          {project && (
            <p className="page-subtitle">{t('dashboard.subtitle', { title: project.title })}</p>
          )}
        </div>
      </header>
      {projects.error && <ErrorNotice error={projects.error} onRetry={projects.reload} />}
      {summary.error && <ErrorNotice error={summary.error} onRetry={summary.reload} />}
      {!summary.data && !summary.error && !projects.error && (
        <p className="loading">{t('app.loading')}</p>
      )}
      {summary.data && <Dashboard summary={summary.data} />}
    </div>
  );
}
