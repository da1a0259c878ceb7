import { useId, useState, type ReactNode } from 'react';
import type { ImportSummary } from '../../../../shared/contract';
import { useQuery } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/useI18n';
import { hrefFor } from '../../shell/hashRoute';
import { ImportBackersDialog } from '../imports/ImportBackersDialog';
import { CampaignHeader } from './CampaignHeader';
import { CountryBarsChart } from './CountryBarsChart';
import { ItemsSection } from './ItemsSection';
import { MoneySummary } from './MoneySummary';
import { PledgesSection } from './PledgesSection';
import { PledgesTimelineChart } from './PledgesTimelineChart';
import { ProceedsChart } from './ProceedsChart';
import { TierBarsChart } from './TierBarsChart';
import { TiersSection } from './TiersSection';

function ChartCard({
  title,
  wide,
  children,
}: {
  title: string;
  wide?: boolean;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section
      className={wide ? 'campaign-card is-wide' : 'campaign-card'}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="campaign-card-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** One campaign: status, money, charts, tiers and items, and the backer import. */
export function CampaignView({ id }: { id: number }) {
  const { t, format } = useI18n();
  const campaign = useQuery('campaigns.get', { id });
  const stats = useQuery('campaigns.stats', { id });
  const tiers = useQuery('tiers.list', { campaignId: id });
  const projectId = campaign.data?.projectId;
  const items = useQuery('items.list', projectId === undefined ? null : { projectId });
  const summary = useQuery('financing.summary', projectId === undefined ? null : { projectId });
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<ImportSummary>();

  if (campaign.error) {
    return (
      <div className="page">
        <ErrorNotice error={campaign.error} onRetry={campaign.reload} />
        <a className="campaign-back" href={hrefFor('campaigns')}>
          {t('campaigns.view.back')}
        </a>
      </div>
    );
  }
  if (!campaign.data) {
    return (
      <div className="page">
        <p className="loading">{t('app.loading')}</p>
      </div>
    );
  }

  const current = campaign.data;
  const contributors = stats.data?.byCountry.reduce((sum, c) => sum + c.contributors, 0);
  const problems = [stats.error, tiers.error, items.error, summary.error].filter(
    (error) => error !== undefined,
  );

  return (
    <div className="page campaign-page">
      <CampaignHeader
        campaign={current}
        onImport={() => {
          setImported(undefined);
          setImporting(true);
        }}
      />
      {imported && (
        <p className="notice notice-success" role="status">
          {t('campaigns.view.imported', {
            created: format.number(imported.created),
            updated: format.number(imported.updated),
            unchanged: format.number(imported.unchanged),
          })}
        </p>
      )}
      {problems.map((error, index) => (
        <ErrorNotice key={index} error={error} />
      ))}
      <div className="campaign-grid">
        <MoneySummary campaign={current} contributors={contributors} />
        <ChartCard title={t('campaigns.charts.proceeds.title')}>
          <ProceedsChart campaign={current} />
        </ChartCard>
        <ChartCard title={t('campaigns.charts.timeline.title')} wide>
          {stats.data ? (
            <PledgesTimelineChart
              campaign={current}
              stats={stats.data}
              capCents={summary.data?.crowdCap ?? 0}
            />
          ) : (
            <p className="loading">{t('app.loading')}</p>
          )}
        </ChartCard>
        <ChartCard title={t('campaigns.charts.tiers.title')}>
          {stats.data && tiers.data ? (
            <TierBarsChart tiers={tiers.data} stats={stats.data} />
          ) : (
            <p className="loading">{t('app.loading')}</p>
          )}
        </ChartCard>
        <ChartCard title={t('campaigns.charts.countries.title')}>
          {stats.data ? (
            <CountryBarsChart stats={stats.data} />
          ) : (
            <p className="loading">{t('app.loading')}</p>
          )}
        </ChartCard>
      </div>
      <PledgesSection campaign={current} />
      {tiers.data && items.data && (
        <TiersSection campaign={current} tiers={tiers.data} items={items.data} />
      )}
      {items.data && (
        <ItemsSection
          project={{ id: current.projectId, currency: current.currency }}
          items={items.data}
        />
      )}
      {importing && (
        <ImportBackersDialog
          campaign={current}
          onDone={(result) => {
            setImporting(false);
            setImported(result);
          }}
        />
      )}
    </div>
  );
}
