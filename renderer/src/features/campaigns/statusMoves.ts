import type { Campaign, CampaignStatus } from '../../../../shared/contract';

/**
 * The status moves the app accepts (DESIGN: draft → live → succeeded / failed; live → draft
 * only while nothing was pledged). The server checks them again: this only decides which
 * buttons to offer.
 */
const NEXT: Readonly<Record<CampaignStatus, readonly CampaignStatus[]>> = {
  draft: ['live'],
  live: ['succeeded', 'failed', 'draft'],
  succeeded: [],
  failed: [],
};

export function statusMoves(campaign: Pick<Campaign, 'status' | 'contributionCount'>) {
  return NEXT[campaign.status].filter(
    (next) => !(campaign.status === 'live' && next === 'draft' && campaign.contributionCount > 0),
  );
}
