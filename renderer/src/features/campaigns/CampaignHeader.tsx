import type { Campaign } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';
import { hrefFor } from '../../shell/hashRoute';
import { campaignWindow } from './campaignText';
import { StatusActions } from './StatusActions';

interface CampaignHeaderProps {
  campaign: Campaign;
  onImport: () => void;
}

/** Title, platform, model and window; the status with its moves; the import button. */
export function CampaignHeader({ campaign, onImport }: CampaignHeaderProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <header className="campaign-header">
      <a className="campaign-back" href={hrefFor('campaigns')}>
        {t('campaigns.view.back')}
      </a>
      <div className="campaign-header-main">
        <div className="campaign-header-text">
          <h1 className="page-title">{campaign.title}</h1>
          <p className="page-subtitle">
            {t('campaigns.view.facts', {
              platform: t(`financing.platforms.${campaign.platform}`),
              model: t(`financing.models.${campaign.model}`),
              window: campaignWindow(campaign, i18n),
            })}
          </p>
        </div>
        <div className="campaign-header-side">
          <p className="campaign-status-line">
            <span className="campaign-status-label">{t('campaigns.status.label')}</span>
            <span className={`tag campaign-status-${campaign.status}`}>
              {t(`financing.campaignStatuses.${campaign.status}`)}
            </span>
          </p>
          <button type="button" className="button button-primary" onClick={onImport}>
            {t('campaigns.view.importBackers')}
          </button>
        </div>
      </div>
      <StatusActions campaign={campaign} />
    </header>
  );
}
