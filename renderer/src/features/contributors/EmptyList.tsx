import { useI18n } from '../../i18n/useI18n';
import { hasNarrowing, type ListState } from './listState';

interface EmptyListProps {
  state: ListState;
  /** The project the list is limited to, if any. */
  projectTitle: string | undefined;
  onChange: (update: (state: ListState) => ListState) => void;
}

/** Nobody to show: say why (the search, the project, or an empty workspace) and offer the way out. */
export function EmptyList({ state, projectTitle, onChange }: EmptyListProps) {
  const { t } = useI18n();
  if (hasNarrowing(state)) {
    return (
      <div className="contributors-empty">
        <p>{t('contributors.table.empty')}</p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            onChange((previous) => ({
              ...previous,
              query: '',
              campaignId: null,
              tierId: null,
              paymentStatus: null,
              country: null,
            }))
          }
        >
          {t('contributors.table.clearFilters')}
        </button>
      </div>
    );
  }
  if (projectTitle !== undefined) {
    return (
      <div className="contributors-empty">
        <p>{t('contributors.table.emptyProject', { title: projectTitle })}</p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange((previous) => ({ ...previous, project: 'all' }))}
        >
          {t('contributors.table.showAllProjects')}
        </button>
      </div>
    );
  }
  return <p className="contributors-empty">{t('contributors.table.emptyWorkspace')}</p>;
}
