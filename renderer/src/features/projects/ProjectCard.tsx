import { useId } from 'react';
import type { ProjectWithFigures } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';
import { Icon } from '../../shell/icons';
import { FinancingBar } from './FinancingBar';

interface ProjectCardProps {
  project: ProjectWithFigures;
  isCurrent: boolean;
  onMakeCurrent: () => void;
  onEdit: () => void;
}

function GapFigure({ project }: { project: ProjectWithFigures }) {
  const { t, format } = useI18n();
  const { budgetTotal, gap } = project.figures;
  // With no budget the plan has nothing to close yet: saying "closed" would mislead.
  if (budgetTotal === 0)
    return <dd className="figure-value gap-none">{t('projects.figures.noBudget')}</dd>;
  if (gap > 0) {
    return <dd className="figure-value gap-open">{format.money(gap, project.currency)}</dd>;
  }
  return (
    <dd className="figure-value gap-closed">
      <Icon name="check" size={16} />
      {t('projects.figures.closed')}
    </dd>
  );
}

export function ProjectCard({ project, isCurrent, onMakeCurrent, onEdit }: ProjectCardProps) {
  const { t, format } = useI18n();
  const titleId = useId();
  const { figures, currency, title } = project;
  const money = (cents: number) => format.money(cents, currency);

  return (
    <article
      className={isCurrent ? 'project-card is-current' : 'project-card'}
      aria-labelledby={titleId}
    >
      <header className="project-card-header">
        <h2 id={titleId} className="project-card-title">
          {title}
        </h2>
        <div className="project-card-tags">
          <span className="tag">{t(`projects.formats.${project.format}`)}</span>
          <span className="tag">{currency}</span>
          {isCurrent && <span className="tag tag-accent">{t('projects.current')}</span>}
        </div>
      </header>

      <dl className="figures" aria-label={t('projects.figures.label', { title })}>
        <div className="figure">
          <dt>{t('projects.figures.budget')}</dt>
          <dd className="figure-value">{money(figures.budgetTotal)}</dd>
        </div>
        <div className="figure">
          <dt>
            <span className="swatch part-secured" aria-hidden="true" />
            {t('projects.figures.secured')}
          </dt>
          <dd className="figure-value">{money(figures.secured)}</dd>
        </div>
        <div className="figure">
          <dt>
            <span className="swatch part-pending" aria-hidden="true" />
            {t('projects.figures.pending')}
          </dt>
          <dd className="figure-value">{money(figures.pending)}</dd>
        </div>
        <div className="figure">
          <dt>
            <span className="swatch part-crowd" aria-hidden="true" />
            {t('projects.figures.crowd')}
          </dt>
          <dd className="figure-value">{money(figures.crowdLine)}</dd>
          <dd className="figure-note">
            {t('projects.figures.crowdOfCap', {
              cap: money(figures.crowdCap),
              percent: format.percentBp(project.crowdCapBp),
            })}
          </dd>
        </div>
        <div className="figure">
          <dt>{t('projects.figures.gap')}</dt>
          <GapFigure project={project} />
        </div>
        <div className="figure">
          <dt>{t('projects.figures.community')}</dt>
          <dd className="figure-count">
            {t('projects.figures.contributors', { count: figures.contributorCount })}
          </dd>
          <dd className="figure-note">
            {t('projects.figures.campaigns', { count: figures.campaignCount })}
          </dd>
        </div>
      </dl>

      <FinancingBar
        figures={figures}
        label={t('projects.figures.barLabel', {
          secured: money(figures.secured),
          pending: money(figures.pending),
          crowd: money(figures.crowdLine),
        })}
      />

      <footer className="project-card-footer">
        <div className="project-card-actions">
          {!isCurrent && (
            <button
              type="button"
              className="button button-secondary button-small"
              aria-label={t('projects.makeCurrent', { title })}
              onClick={onMakeCurrent}
            >
              {t('projects.makeCurrentShort')}
            </button>
          )}
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={t('projects.edit', { title })}
            onClick={onEdit}
          >
            {t('projects.editShort')}
          </button>
        </div>
      </footer>
    </article>
  );
}
