import type { Migration } from './types';

/**
 * A campaign's pledge list sorted or filtered at 250,000 pledges: one index per sort key and per
 * filter, each led by the campaign, so a page walks an index (the pledge id rides along as the
 * rowid, which breaks ties in the same order) instead of sorting the whole campaign.
 * Sorting by date uses `contributions_campaign (campaign_id, pledged_at)` from 0001.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'pledge list sort and filter indexes',
  sql: `
CREATE INDEX contributions_campaign_amount ON contributions(campaign_id, amount_cents);
CREATE INDEX contributions_campaign_status ON contributions(campaign_id, payment_status, pledged_at);
CREATE INDEX contributions_campaign_tier ON contributions(campaign_id, tier_id, pledged_at);
`,
};
