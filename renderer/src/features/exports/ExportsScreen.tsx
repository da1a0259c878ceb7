import { useId, type ReactNode } from 'react';
import type { ChannelOutput, ProjectWithFigures } from '../../../../shared/contract';
import { invoke } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { OperationProgress } from '../../components/OperationProgress';
import { useLongOperation } from '../../components/useLongOperation';
import { useI18n } from '../../i18n/useI18n';
import { useCurrentProject } from '../../shell/CurrentProject';
import { Icon } from '../../shell/icons';
import { downloadWorkbook } from './download';
import './exports.css';

interface ExportCardProps {
  title: string;
  body: string;
  /** The sheets the workbook holds, named as the workbook names them. */
  sheets?: readonly string[] | undefined;
  /** A workbook not written yet: the card says so and its button stays disabled. */
  later?: boolean;
  children: ReactNode;
}

function ExportCard({ title, body, sheets, later = false, children }: ExportCardProps) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <article className={later ? 'export-card is-later' : 'export-card'} aria-labelledby={headingId}>
      <header className="export-card-header">
        <span className="export-card-icon" aria-hidden="true">
          <Icon name="exports" size={20} />
        </span>
        <h2 id={headingId} className="export-card-title">
          {title}
        </h2>
        {later && <span className="tag">{t('exports.later')}</span>}
      </header>
      <p className="export-card-body">{body}</p>
      {sheets && sheets.length > 0 && (
        <div className="export-sheets">
          <span className="export-sheets-label">{t('exports.sheets')}</span>
          <ul className="export-sheet-list" aria-label={t('exports.sheets')}>
            {sheets.map((sheet) => (
              <li key={sheet} className="tag">
                {sheet}
              </li>
            ))}
          </ul>
        </div>
      )}
      <footer className="export-card-footer">{children}</footer>
    </article>
  );
}

const SHEETS = ['top', 'detail', 'plan', 'crowd'] as const;

type Workbook = ChannelOutput<'exports.budgetWorkbook'>;

function BudgetWorkbookCard({ project }: { project: ProjectWithFigures }) {
  const { t, language } = useI18n();
  const workbook = useLongOperation<Workbook>();
  const { state } = workbook;

  function download() {
    void workbook.start(
      (options) => invoke('exports.budgetWorkbook', { projectId: project.id, language }, options),
      (file) => downloadWorkbook(file.fileName, file.contentBase64),
    );
  }

  const busy = state.status === 'running';
  // Before the first download: the sheets the workbook will hold, named as it names them.
  const plannedSheets = SHEETS.map((sheet) => t(`exports.budget.sheetNames.${sheet}`));
  return (
    <ExportCard
      title={t('exports.budget.title')}
      body={t('exports.budget.body')}
      sheets={state.status === 'done' ? state.value.sheets : plannedSheets}
    >
      {state.status === 'failed' && (
        <ErrorNotice
          error={state.error}
          summary={(message) => t('exports.budget.failed', { message })}
        />
      )}
      {workbook.showProgress && (
        <OperationProgress
          label={t('progress.operations.export')}
          progress={workbook.progress}
          onCancel={workbook.cancel}
          cancelName={t('progress.cancelOperation.export')}
        />
      )}
      <p className="export-status" role="status">
        {busy && !workbook.showProgress && t('exports.budget.busy')}
        {state.status === 'done' && t('exports.budget.done', { fileName: state.value.fileName })}
        {state.status === 'cancelled' && t('progress.cancelled.export')}
      </p>
      <button
        type="button"
        className="button button-primary"
        onClick={download}
        disabled={busy}
        aria-busy={busy}
      >
        <Icon name="exports" size={16} />
        {t('exports.budget.download')}
      </button>
    </ExportCard>
  );
}

/** One card per workbook; the ones a later version writes are shown, disabled, with what they will hold. */
export function ExportsScreen() {
  const { t } = useI18n();
  const { projects, project } = useCurrentProject();

  if (projects.data && projects.data.length === 0) {
    return (
      <div className="page">
        <EmptyState icon="exports" title={t('exports.noProject.title')} level={1}>
          <p className="empty-state-body">{t('exports.noProject.body')}</p>
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
          <h1 className="page-title">{t('exports.title')}</h1>
          {project && (
            <p className="page-subtitle">{t('exports.subtitle', { title: project.title })}</p>
          )}
        </div>
      </header>
      {projects.error && <ErrorNotice error={projects.error} onRetry={projects.reload} />}
      {!project && !projects.error && <p className="loading">{t('app.loading')}</p>}
      {project && (
        <ul className="export-grid" aria-label={t('exports.listLabel')}>
          <li>
            {/* A new project starts from a fresh card: no "downloaded" left from another one. */}
            <BudgetWorkbookCard key={project.id} project={project} />
          </li>
          <li>
            <ExportCard
              title={t('exports.fulfillment.title')}
              body={t('exports.fulfillment.body')}
              later
            >
              <button type="button" className="button button-secondary" disabled>
                {t('exports.fulfillment.download')}
              </button>
            </ExportCard>
          </li>
          <li>
            <ExportCard
              title={t('exports.accounting.title')}
              body={t('exports.accounting.body')}
              later
            >
              <button type="button" className="button button-secondary" disabled>
                {t('exports.accounting.download')}
              </button>
            </ExportCard>
          </li>
        </ul>
      )}
    </div>
  );
}
