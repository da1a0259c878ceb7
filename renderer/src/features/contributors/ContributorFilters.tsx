import { useId, type ReactNode } from 'react';
import { paymentStatuses, type ProjectWithFigures } from '../../../../shared/contract';
import { useQuery } from '../../api';
import { useI18n } from '../../i18n/useI18n';
import { CountryOptions } from './CountryOptions';
import { projectIdOf, type ListState } from './listState';

interface ContributorFiltersProps {
  state: ListState;
  onChange: (update: (state: ListState) => ListState) => void;
  projects: readonly ProjectWithFigures[];
  currentProjectId: number | undefined;
}

function FilterField({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="filter-field">
      <label className="filter-label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

function idOrNull(value: string): number | null {
  return value === '' ? null : Number(value);
}

/** The search box: what is typed goes to the list (debounced there) and to its address. */
export function ContributorSearchBox({
  value,
  onChange,
}: {
  value: string;
  onChange: (query: string) => void;
}) {
  const { t } = useI18n();
  return (
    <input
      className="control contributors-search"
      type="search"
      aria-label={t('contributors.filters.search')}
      autoComplete="off"
      spellCheck={false}
      placeholder={t('contributors.filters.searchPlaceholder')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** The filters; each change goes to the list (and its address) at once. */
export function ContributorFilters({
  state,
  onChange,
  projects,
  currentProjectId,
}: ContributorFiltersProps) {
  const { t } = useI18n();
  const projectId = projectIdOf(state, currentProjectId);
  const campaigns = useQuery('campaigns.list', projectId === undefined ? null : { projectId });
  const tiers = useQuery(
    'tiers.list',
    state.campaignId === null ? null : { campaignId: state.campaignId },
  );

  return (
    <div className="contributor-filters" role="search" aria-label={t('contributors.filters.label')}>
      <FilterField label={t('contributors.filters.project')}>
        {(id) => (
          <select
            id={id}
            className="control"
            value={projectId === undefined ? 'all' : String(projectId)}
            onChange={(event) => {
              const value = event.target.value;
              const project: ListState['project'] =
                value === 'all'
                  ? 'all'
                  : Number(value) === currentProjectId
                    ? 'current'
                    : Number(value);
              onChange((previous) => ({ ...previous, project, campaignId: null, tierId: null }));
            }}
          >
            {projects.map((project) => (
              <option key={project.id} value={project.id}>
                {project.title}
              </option>
            ))}
            <option value="all">{t('contributors.filters.allProjects')}</option>
          </select>
        )}
      </FilterField>
      <FilterField label={t('contributors.filters.campaign')}>
        {(id) => (
          <select
            id={id}
            className="control"
            disabled={projectId === undefined}
            value={state.campaignId ?? ''}
            onChange={(event) => {
              const campaignId = idOrNull(event.target.value);
              onChange((previous) => ({ ...previous, campaignId, tierId: null }));
            }}
          >
            <option value="">{t('contributors.filters.allCampaigns')}</option>
            {(campaigns.data ?? []).map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.title}
              </option>
            ))}
          </select>
        )}
      </FilterField>
      <FilterField label={t('contributors.filters.tier')}>
        {(id) => (
          <select
            id={id}
            className="control"
            disabled={state.campaignId === null}
            value={state.tierId ?? ''}
            onChange={(event) => {
              const tierId = idOrNull(event.target.value);
              onChange((previous) => ({ ...previous, tierId }));
            }}
          >
            <option value="">{t('contributors.filters.allTiers')}</option>
            {(tiers.data ?? []).map((tier) => (
              <option key={tier.id} value={tier.id}>
                {tier.title}
              </option>
            ))}
          </select>
        )}
      </FilterField>
      <FilterField label={t('contributors.filters.status')}>
        {(id) => (
          <select
            id={id}
            className="control"
            value={state.paymentStatus ?? ''}
            onChange={(event) => {
              const paymentStatus =
                paymentStatuses.find((status) => status === event.target.value) ?? null;
              onChange((previous) => ({ ...previous, paymentStatus }));
            }}
          >
            <option value="">{t('contributors.filters.allStatuses')}</option>
            {paymentStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`contributors.statuses.${status}`)}
              </option>
            ))}
          </select>
        )}
      </FilterField>
      <FilterField label={t('contributors.filters.country')}>
        {(id) => (
          <select
            id={id}
            className="control"
            value={state.country ?? ''}
            onChange={(event) => {
              const country = event.target.value === '' ? null : event.target.value;
              onChange((previous) => ({ ...previous, country }));
            }}
          >
            <CountryOptions emptyLabel={t('contributors.filters.allCountries')} />
          </select>
        )}
      </FilterField>
    </div>
  );
}
