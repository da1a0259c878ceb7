import { useId, useState } from 'react';
import { useQuery } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/useI18n';
import { hrefFor } from '../../shell/hashRoute';
import { Icon } from '../../shell/icons';
import { CampaignForm } from '../financing/CampaignForm';
import { campaignWindow } from './campaignText';

interface CampaignListProps {
  project: { id: number; title: string; currency: string };
}

/**
 * The current project's campaigns, each opening its own view; a new campaign is made with the
 * financing screen's form (the goal is held against the crowd cap as it is typed).
 */
export function CampaignList({ project }: CampaignListProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const headingId = useId();
  const campaigns = useQuery('campaigns.list', { projectId: project.id });
  const presets = useQuery('campaigns.presets', {});
  const summary = useQuery('financing.summary', { projectId: project.id });
  const [creating, setCreating] = useState(false);
  const money = (cents: number) => format.money(cents, project.currency);
  const canCreate = summary.data !== undefined && (presets.data !== undefined || presets.error);
  const list = campaigns.data;
  // An empty list is a card that says what to do, with the one New campaign button in it.
  const isEmpty = list?.length === 0;
  const newCampaign = (
    <button
      type="button"
      className="button button-primary"
      disabled={!canCreate}
      onClick={() => setCreating(true)}
    >
      <Icon name="plus" size={16} />
      {t('campaigns.list.new')}
    </button>
  );

  return (
    <div className="page campaign-page">
      <header className="page-header">
        <div>
          <h1 className="page-title" id={headingId}>
            {t('campaigns.title')}
          </h1>
          <p className="page-subtitle">{t('campaigns.subtitle', { title: project.title })}</p>
        </div>
        {!creating && !isEmpty && newCampaign}
      </header>
      {creating && summary.data && (
        <CampaignForm
          project={project}
          summary={summary.data}
          presets={presets.data}
          onCreated={(campaign) => {
            setCreating(false);
            window.location.hash = hrefFor('campaigns', campaign.id);
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {campaigns.error && <ErrorNotice error={campaigns.error} onRetry={campaigns.reload} />}
      {summary.error && <ErrorNotice error={summary.error} onRetry={summary.reload} />}
      {!list && !campaigns.error && <p className="loading">{t('app.loading')}</p>}
      {isEmpty && !creating && (
        <EmptyState icon="campaigns" title={t('campaigns.list.empty.title')}>
          <p className="empty-state-body">{t('campaigns.list.empty.body')}</p>
          {summary.data && (
            <p className="empty-state-note">
              {t('campaigns.list.empty.cap', {
                cap: money(summary.data.crowdCap),
                percent: format.percentBp(summary.data.crowdCapBp),
              })}
            </p>
          )}
          {newCampaign}
        </EmptyState>
      )}
      {list && !isEmpty && (
        <div className="table-frame">
          <table className="data-table campaign-list" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('campaigns.list.columns.title')}</th>
                <th scope="col">{t('campaigns.list.columns.platform')}</th>
                <th scope="col">{t('campaigns.list.columns.status')}</th>
                <th scope="col" className="numeric-cell">
                  {t('campaigns.list.columns.goal')}
                </th>
                <th scope="col" className="numeric-cell">
                  {t('campaigns.list.columns.collected')}
                </th>
                <th scope="col" className="numeric-cell">
                  {t('campaigns.list.columns.contributions')}
                </th>
                <th scope="col">{t('campaigns.list.columns.dates')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((campaign) => (
                <tr key={campaign.id}>
                  <th scope="row" className="cell-strong">
                    <a href={hrefFor('campaigns', campaign.id)}>{campaign.title}</a>
                  </th>
                  <td>{t(`financing.platforms.${campaign.platform}`)}</td>
                  <td>
                    <span className={`tag campaign-status-${campaign.status}`}>
                      {t(`financing.campaignStatuses.${campaign.status}`)}
                    </span>
                  </td>
                  <td className="numeric-cell">{money(campaign.goalCents)}</td>
                  <td className="numeric-cell">{money(campaign.collectedCents)}</td>
                  <td className="numeric-cell">{format.number(campaign.contributionCount)}</td>
                  <td className="cell-date">{campaignWindow(campaign, i18n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
