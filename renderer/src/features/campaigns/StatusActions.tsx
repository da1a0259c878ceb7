import { useState } from 'react';
import type { Campaign, CampaignStatus } from '../../../../shared/contract';
import { mutate, toApiError, type ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/useI18n';
import { Icon } from '../../shell/icons';
import { capExceededMessage } from '../financing/campaignFormModel';
import { ConfirmDialog } from './ConfirmDialog';
import { statusMoves } from './statusMoves';

interface Outcome {
  status: CampaignStatus;
  notCollected: number;
  refundDue: number;
}

/** What failing does to the pledges, said before the user confirms. */
function FailureEffects({ campaign }: { campaign: Campaign }) {
  const { t, format } = useI18n();
  if (campaign.model === 'keep_it_all') {
    return <p>{t('campaigns.status.confirmFailed.keepItAll')}</p>;
  }
  return (
    <>
      <p>{t('campaigns.status.confirmFailed.allOrNothing')}</p>
      <ul className="confirm-effects">
        <li>{t('campaigns.status.confirmFailed.notCollected')}</li>
        <li>{t('campaigns.status.confirmFailed.rewards')}</li>
        <li>{t('campaigns.status.confirmFailed.refundDue')}</li>
      </ul>
      {campaign.contributionCount > 0 && (
        <p className="confirm-count">
          {t('campaigns.status.confirmFailed.count', {
            count: campaign.contributionCount,
            pledged: format.money(campaign.pledgedCents, campaign.currency),
            collected: format.money(campaign.collectedCents, campaign.currency),
          })}
        </p>
      )}
    </>
  );
}

/**
 * The status moves the campaign may make, as buttons. Failing asks first (it changes every
 * pledge of an all-or-nothing campaign); going live over the crowd cap is refused with the cap
 * and the room left.
 */
export function StatusActions({ campaign }: { campaign: Campaign }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [error, setError] = useState<ApiError>();
  const moves = statusMoves(campaign);

  async function move(status: CampaignStatus) {
    setBusy(true);
    setError(undefined);
    setOutcome(undefined);
    try {
      const result = await mutate('campaigns.setStatus', { id: campaign.id, status });
      setOutcome({
        status,
        notCollected: result.pledgesNotCollected,
        refundDue: result.pledgesRefundDue,
      });
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  const capMessage =
    error?.code === 'cap_exceeded' ? (capExceededMessage(error.issues[0]) ?? error.message) : null;

  return (
    <div className="campaign-status">
      {moves.length > 0 ? (
        <div
          className="campaign-status-actions"
          role="group"
          aria-label={t('campaigns.status.actions')}
        >
          {moves.map((next) => (
            <button
              key={next}
              type="button"
              className={next === 'live' ? 'button button-primary' : 'button button-secondary'}
              disabled={busy}
              onClick={() => (next === 'failed' ? setConfirming(true) : void move(next))}
            >
              {t(`campaigns.status.to.${next}`)}
            </button>
          ))}
        </div>
      ) : (
        <p className="campaign-status-final">{t('campaigns.status.final')}</p>
      )}
      {outcome && (
        <div className="notice notice-success" role="status">
          <Icon name="check" />
          <div className="notice-body">
            <p>
              {t('campaigns.status.changed', {
                status: t(`financing.campaignStatuses.${outcome.status}`),
              })}
            </p>
            {outcome.status === 'failed' && campaign.model === 'all_or_nothing' && (
              <p>
                {t('campaigns.status.notCollected', { count: outcome.notCollected })}{' '}
                {t('campaigns.status.refundDue', { count: outcome.refundDue })}
              </p>
            )}
          </div>
        </div>
      )}
      {capMessage !== null && (
        <div className="notice notice-error" role="alert">
          <Icon name="alert" />
          <div className="notice-body">
            <p className="notice-title">{t('campaigns.status.capRefused')}</p>
            <p>{capMessage}</p>
            <p className="notice-detail">{t('campaigns.status.capAdvice')}</p>
          </div>
        </div>
      )}
      {error && capMessage === null && (
        <ErrorNotice
          error={error}
          summary={(message) => t('campaigns.status.notChanged', { message })}
        />
      )}
      {confirming && (
        <ConfirmDialog
          title={t('campaigns.status.confirmFailed.title', { title: campaign.title })}
          confirmLabel={t('campaigns.status.to.failed')}
          cancelLabel={t('campaigns.status.confirmFailed.cancel')}
          danger
          busy={busy}
          onConfirm={() => void move('failed')}
          onCancel={() => setConfirming(false)}
        >
          <FailureEffects campaign={campaign} />
        </ConfirmDialog>
      )}
    </div>
  );
}
