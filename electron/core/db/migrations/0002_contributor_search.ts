import type { Migration } from './types';

/**
 * Latin letters with diacritics → their base letters, so "Hélène" sorts with "Helene" and
 * "Émile" before "F". Frozen with this migration (the expression is stored in the schema).
 */
const FOLDS: Record<string, string> = {
  a: 'àáâãäåāăąÀÁÂÃÄÅĀĂĄ',
  ae: 'æÆ',
  c: 'çćčĉċÇĆČĈĊ',
  d: 'ďđĎĐ',
  e: 'èéêëēĕėęěÈÉÊËĒĔĖĘĚ',
  g: 'ğĝġģĞĜĠĢ',
  i: 'ìíîïīĭįıÌÍÎÏĪĬĮİ',
  l: 'łľĺļŁĽĹĻ',
  n: 'ñńňņÑŃŇŅ',
  o: 'òóôõöøōŏőÒÓÔÕÖØŌŎŐ',
  oe: 'œŒ',
  r: 'řŕŗŘŔŖ',
  s: 'śšşșŝŚŠŞȘŜ',
  ss: 'ß',
  t: 'ťţțŤŢȚ',
  u: 'ùúûüūŭůűųÙÚÛÜŪŬŮŰŲ',
  y: 'ýÿŷÝŸŶ',
  z: 'źžżŹŽŻ',
};

/**
 * SQL for a case- and accent-folded copy of `column`, using built-in functions only (the file
 * must stay readable without Copro's code). Plain ASCII skips the replace chain: it is the
 * costly part when an import writes 250,000 rows.
 */
function foldSql(column: string): string {
  let folded = `lower(trim(${column}))`;
  for (const [base, letters] of Object.entries(FOLDS)) {
    for (const letter of letters) folded = `replace(${folded}, '${letter}', '${base}')`;
  }
  return `CASE WHEN ${column} GLOB '*[^ -~]*' THEN ${folded} ELSE lower(trim(${column})) END`;
}

const ftsRow = (row: 'NEW' | 'OLD') => `
    ${row}.id,
    ${row}.display_name || ' ' || ${row}.first_name || ' ' || ${row}.last_name || ' ' || ${row}.credit_name,
    coalesce(${row}.email, ''),
    ${row}.postal_code || ' ' || ${row}.city`;

/** How much a pledge counts in a contributor's total: nothing when it failed or was never collected. */
const COUNTED = `CASE WHEN payment_status IN ('failed','not_collected') THEN 0
  ELSE amount_cents - refunded_cents END`;

const RECOMPUTE_STATS = `(pledge_count, pledged_total_cents, last_pledge_at) = (
    SELECT count(*), coalesce(sum(${COUNTED}), 0), max(pledged_at)
    FROM contributions WHERE contributions.contributor_id = contributors.id)`;

/**
 * Fast contributor search at 250,000 rows:
 * - `contributor_search`, a contentless FTS5 index of live (not merged) contributors with
 *   accent-insensitive prefix matching, kept in sync by triggers whoever writes the table;
 * - folded sort keys (generated columns) and partial indexes on live contributors for every sort;
 * - per-contributor pledge count, total and last pledge date, kept by triggers on contributions;
 * - indexes for the contribution filters (campaign, tier, add-on) in both directions.
 * Also records how an offline contribution was paid (cheque, transfer…).
 */
export const migration0002: Migration = {
  version: 2,
  name: 'contributor search, sort keys and pledge stats',
  sql: `
ALTER TABLE contributors ADD COLUMN pledge_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contributors ADD COLUMN pledged_total_cents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contributors ADD COLUMN last_pledge_at TEXT;
ALTER TABLE contributors ADD COLUMN sort_name TEXT GENERATED ALWAYS AS (${foldSql('display_name')}) VIRTUAL;
ALTER TABLE contributors ADD COLUMN sort_city TEXT GENERATED ALWAYS AS (${foldSql('city')}) VIRTUAL;
ALTER TABLE contributions ADD COLUMN payment_method TEXT NOT NULL DEFAULT '';

CREATE INDEX contributors_live_sort_name ON contributors(sort_name) WHERE merged_into_id IS NULL;
CREATE INDEX contributors_live_sort_city ON contributors(sort_city) WHERE merged_into_id IS NULL;
CREATE INDEX contributors_live_country ON contributors(country_code, sort_name)
  WHERE merged_into_id IS NULL;
CREATE INDEX contributors_live_total ON contributors(pledged_total_cents)
  WHERE merged_into_id IS NULL;
CREATE INDEX contributors_live_last_pledge ON contributors(last_pledge_at)
  WHERE merged_into_id IS NULL;
CREATE INDEX contributors_merged_into ON contributors(merged_into_id)
  WHERE merged_into_id IS NOT NULL;

DROP INDEX contributions_contributor;
CREATE INDEX contributions_contributor_campaign ON contributions(contributor_id, campaign_id);
CREATE INDEX contributions_campaign_contributor ON contributions(campaign_id, contributor_id);
CREATE INDEX contribution_addons_tier ON contribution_addons(tier_id);

CREATE VIRTUAL TABLE contributor_search USING fts5(
  name, email, place,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

INSERT INTO contributor_search (rowid, name, email, place)
  SELECT ${ftsRow('NEW').replaceAll('NEW.', '')} FROM contributors WHERE merged_into_id IS NULL;

CREATE TRIGGER contributors_search_insert AFTER INSERT ON contributors
WHEN NEW.merged_into_id IS NULL BEGIN
  INSERT INTO contributor_search (rowid, name, email, place) VALUES (${ftsRow('NEW')});
END;

CREATE TRIGGER contributors_search_update AFTER UPDATE OF
  display_name, first_name, last_name, credit_name, email, postal_code, city, merged_into_id
ON contributors BEGIN
  DELETE FROM contributor_search WHERE rowid = OLD.id;
  INSERT INTO contributor_search (rowid, name, email, place)
    SELECT ${ftsRow('NEW')} WHERE NEW.merged_into_id IS NULL;
END;

CREATE TRIGGER contributors_search_delete AFTER DELETE ON contributors BEGIN
  DELETE FROM contributor_search WHERE rowid = OLD.id;
END;

UPDATE contributors SET ${RECOMPUTE_STATS};

CREATE TRIGGER contributions_stats_insert AFTER INSERT ON contributions BEGIN
  UPDATE contributors SET
    pledge_count = pledge_count + 1,
    pledged_total_cents = pledged_total_cents + (CASE WHEN NEW.payment_status IN ('failed','not_collected')
      THEN 0 ELSE NEW.amount_cents - NEW.refunded_cents END),
    last_pledge_at = CASE WHEN last_pledge_at IS NULL OR NEW.pledged_at > last_pledge_at
      THEN NEW.pledged_at ELSE last_pledge_at END
  WHERE id = NEW.contributor_id;
END;

CREATE TRIGGER contributions_stats_update AFTER UPDATE OF
  contributor_id, amount_cents, refunded_cents, payment_status, pledged_at
ON contributions BEGIN
  UPDATE contributors SET ${RECOMPUTE_STATS}
  WHERE id IN (OLD.contributor_id, NEW.contributor_id);
END;

CREATE TRIGGER contributions_stats_delete AFTER DELETE ON contributions BEGIN
  UPDATE contributors SET ${RECOMPUTE_STATS} WHERE id = OLD.contributor_id;
END;
`,
};
