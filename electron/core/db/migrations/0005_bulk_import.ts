import type { Migration } from './types';

/**
 * Faster imports and lists at 250,000 rows.
 *
 * - Drops `contributors_email`, `contributors_city`, `contributors_country` (0001): every query
 *   now uses the partial indexes on live contributors of 0002 instead; each index dropped is a
 *   b-tree fewer to write per contributor.
 * - `import_snapshots` becomes WITHOUT ROWID: one b-tree (its primary key) instead of two.
 * - `contributions_campaign_tier_id (campaign_id, tier_id)`: the pledge id rides along as the
 *   rowid, so a campaign's pledges sorted by tier (then id) walk it tier by tier.
 * - `contributions_campaign_totals`: covers a campaign's pledges grouped by contributor with what
 *   their totals need, so "a campaign's contributors by their total in it" is one index pass
 *   (replaces `contributions_campaign_contributor`, which it extends).
 */
export const migration0005: Migration = {
  version: 5,
  name: 'bulk import, fewer contributor indexes, list sort indexes',
  sql: `
DROP INDEX contributors_email;
DROP INDEX contributors_city;
DROP INDEX contributors_country;

CREATE TABLE import_snapshots_new (
  contributor_id INTEGER NOT NULL REFERENCES contributors(id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (contributor_id, platform, field)
) STRICT, WITHOUT ROWID;
INSERT INTO import_snapshots_new (contributor_id, platform, field, value)
  SELECT contributor_id, platform, field, value FROM import_snapshots;
DROP TABLE import_snapshots;
ALTER TABLE import_snapshots_new RENAME TO import_snapshots;

CREATE INDEX contributions_campaign_tier_id ON contributions(campaign_id, tier_id);
DROP INDEX contributions_campaign_contributor;
CREATE INDEX contributions_campaign_totals ON contributions(campaign_id, contributor_id,
  payment_status, amount_cents, refunded_cents, pledged_at);
`,
};
