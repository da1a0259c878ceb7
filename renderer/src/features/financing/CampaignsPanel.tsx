import { useId, useState } from 'react';
import type { Campaign, FinancingSummary } from '../../../../shared/contract';
import { useQuery } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { I18n } from '../../i18n/I18nProvider';
import { useI18n } from '../../i18n/useI18n';
import { Icon } from '../../shell/icons';
import { CampaignForm } from './CampaignForm';

/** A campaign's dates as far as they are known. */
function campaignDates(campaign: Pick<Campaign, 'startsOn' | 'endsOn'>, i18n: I18n): string {
  const { t, format } = i18n;
  const { startsOn, endsOn } = campaign;
  if (startsOn && endsOn) {
    return t('financing.campaigns.dates', {
      start: format.date(startsOn),
      end: format.date(endsOn),
    });
  }
  if (startsOn) return t('financing.campaigns.from', { start: format.date(startsOn) });
  if (endsOn) return t('financing.campaigns.until', { end: format.date(endsOn) });
  return t('financing.campaigns.noDates');
}

interface CampaignsPanelProps {
  project: { id: number; currency: string };
  summary: FinancingSummary;
}

/** The project's campaigns as the plan counts them, and the form for a new one under the cap. */
export function CampaignsPanel({ project, summary }: CampaignsPanelProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const headingId = useId();
  const campaigns = useQuery('campaigns.list', { projectId: project.id });
  const presets = useQuery('campaigns.presets', {});
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string>();
  const money = (cents: number) => format.money(cents, project.currency);
  // The form starts from a platform's preset: wait for the presets (or their failure).
  const presetsSettled = presets.data !== undefined || presets.error !== undefined;

  const list = campaigns.data;
  return (
    <section className="financing-section" aria-labelledby={headingId}>
      <header className="financing-section-header">
        <h2 id={headingId} className="financing-section-title">
          {t('financing.campaigns.title')}
        </h2>
        {!creating && (
          <button
            type="button"
            className="button button-primary"
            disabled={!presetsSettled}
            onClick={() => {
              setCreated(undefined);
              setCreating(true);
            }}
          >
            <Icon name="plus" size={16} />
            {t('financing.campaigns.new')}
          </button>
        )}
      </header>
      <p className="notice notice-success" role="status" hidden={created === undefined}>
        {created !== undefined && t('financing.campaigns.created', { title: created })}
      </p>
      {creating && (
        <CampaignForm
          project={project}
          summary={summary}
          presets={presets.data}
          onCreated={(campaign) => {
            setCreating(false);
            setCreated(campaign.title);
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {campaigns.error && <ErrorNotice error={campaigns.error} onRetry={campaigns.reload} />}
      {list && (
        <div className="table-frame">
          <table className="data-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('financing.campaigns.columns.title')}</th>
                <th scope="col">{t('financing.campaigns.columns.platform')}</th>
                <th scope="col">{t('financing.campaigns.columns.model')}</th>
                <th scope="col">{t('financing.campaigns.columns.status')}</th>
                <th scope="col" className="numeric-cell">
                  {t('financing.campaigns.columns.goal')}
                </th>
                <th scope="col" className="numeric-cell">
                  {t('financing.campaigns.columns.counted')}
                </th>
                <th scope="col">{t('financing.campaigns.columns.dates')}</th>
              </tr>
            </thead>
            <tbody>
              {list.length === 0 && (
                <tr>
                  <td colSpan={7} className="table-empty">
                    {t('financing.campaigns.empty')}
                  </td>
                </tr>
              )}
              {list.map((campaign) => (
                <tr key={campaign.id} aria-label={campaign.title}>
                  <td className="cell-strong">{campaign.title}</td>
                  <td>{t(`financing.platforms.${campaign.platform}`)}</td>
                  <td>{t(`financing.models.${campaign.model}`)}</td>
                  <td>
                    <span className={`tag campaign-status-${campaign.status}`}>
                      {t(`financing.campaignStatuses.${campaign.status}`)}
                    </span>
                  </td>
                  <td className="numeric-cell">{money(campaign.goalCents)}</td>
                  <td className="numeric-cell">{money(campaign.countedCents)}</td>
                  <td>{campaignDates(campaign, i18n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
