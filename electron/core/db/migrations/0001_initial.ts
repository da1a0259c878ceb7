import type { Migration } from './types';

/**
 * The whole domain of DESIGN's glossary. Frozen once released: change the schema with a new
 * migration. Money is INTEGER minor units (`*_cents`), rates INTEGER basis points (`*_bp`),
 * dates ISO 8601 TEXT.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'initial domain schema',
  sql: `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE projects (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  format TEXT NOT NULL DEFAULT 'film'
    CHECK (format IN ('film','documentary','short','series','web_series','game','album','other')),
  currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
  crowd_cap_bp INTEGER NOT NULL DEFAULT 500 CHECK (crowd_cap_bp BETWEEN 0 AND 10000),
  secured_threshold_bp INTEGER NOT NULL DEFAULT 5000 CHECK (secured_threshold_bp BETWEEN 0 AND 10000),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE budget_chapters (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  position INTEGER NOT NULL,
  UNIQUE (project_id, code)
) STRICT;

CREATE TABLE budget_lines (
  id INTEGER PRIMARY KEY,
  chapter_id INTEGER NOT NULL REFERENCES budget_chapters(id) ON DELETE CASCADE,
  code TEXT NOT NULL DEFAULT '',
  label TEXT NOT NULL,
  -- quantity in thousandths (1.5 days = 1500): exact, no float
  quantity_milli INTEGER NOT NULL CHECK (quantity_milli >= 0),
  unit TEXT NOT NULL DEFAULT 'flat',
  rate_cents INTEGER NOT NULL,
  -- round(quantity × rate) once per line, half away from zero; stored so sums stay in SQL
  amount_cents INTEGER NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL
) STRICT;
CREATE INDEX budget_lines_chapter ON budget_lines(chapter_id, position);

CREATE TABLE financing_sources (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('producer','coproduction','public_fund','region','sofica',
    'tv_presale','distributor_mg','tax_credit','bank_loan','sponsor','other')),
  counterparty TEXT NOT NULL DEFAULT '',
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','confirmed','received','declined')),
  expected_on TEXT,
  received_on TEXT,
  notes TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL
) STRICT;
CREATE INDEX financing_sources_project ON financing_sources(project_id, position);

CREATE TABLE campaigns (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  platform TEXT NOT NULL CHECK (platform IN ('touscoprod','kisskissbankbank','ulule','kickstarter',
    'indiegogo','own_site','offline')),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  model TEXT NOT NULL DEFAULT 'all_or_nothing' CHECK (model IN ('all_or_nothing','keep_it_all')),
  goal_cents INTEGER NOT NULL CHECK (goal_cents >= 0),
  starts_on TEXT,
  ends_on TEXT,
  max_duration_days INTEGER NOT NULL DEFAULT 60,
  commission_bp INTEGER NOT NULL DEFAULT 0 CHECK (commission_bp BETWEEN 0 AND 10000),
  payment_bp INTEGER NOT NULL DEFAULT 0 CHECK (payment_bp BETWEEN 0 AND 10000),
  payment_fixed_cents INTEGER NOT NULL DEFAULT 0 CHECK (payment_fixed_cents >= 0),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','live','succeeded','failed')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX campaigns_project ON campaigns(project_id);

CREATE TABLE reward_items (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'other',
  unit_cost_cents INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost_cents >= 0),
  shipping_cost_cents INTEGER NOT NULL DEFAULT 0 CHECK (shipping_cost_cents >= 0),
  ships INTEGER NOT NULL DEFAULT 1 CHECK (ships IN (0,1)),
  external_id TEXT
) STRICT;

CREATE TABLE reward_tiers (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  external_id TEXT,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  minimum_cents INTEGER NOT NULL DEFAULT 0 CHECK (minimum_cents >= 0),
  quantity_limit INTEGER CHECK (quantity_limit IS NULL OR quantity_limit >= 0),
  estimated_delivery TEXT,
  is_addon INTEGER NOT NULL DEFAULT 0 CHECK (is_addon IN (0,1)),
  position INTEGER NOT NULL
) STRICT;
CREATE INDEX reward_tiers_campaign ON reward_tiers(campaign_id, position);

CREATE TABLE reward_tier_items (
  tier_id INTEGER NOT NULL REFERENCES reward_tiers(id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL REFERENCES reward_items(id) ON DELETE RESTRICT,
  quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
  PRIMARY KEY (tier_id, item_id)
) STRICT;

CREATE TABLE contributors (
  id INTEGER PRIMARY KEY,
  display_name TEXT NOT NULL,
  first_name TEXT NOT NULL DEFAULT '',
  last_name TEXT NOT NULL DEFAULT '',
  email TEXT,
  phone TEXT NOT NULL DEFAULT '',
  address_line1 TEXT NOT NULL DEFAULT '',
  address_line2 TEXT NOT NULL DEFAULT '',
  postal_code TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  region TEXT NOT NULL DEFAULT '',
  country_code TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  news_consent INTEGER NOT NULL DEFAULT 0 CHECK (news_consent IN (0,1)),
  credit_name TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  merged_into_id INTEGER REFERENCES contributors(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX contributors_email ON contributors(email COLLATE NOCASE);
CREATE INDEX contributors_name ON contributors(display_name COLLATE NOCASE);
CREATE INDEX contributors_city ON contributors(city COLLATE NOCASE);
CREATE INDEX contributors_country ON contributors(country_code);

CREATE TABLE contributor_identities (
  id INTEGER PRIMARY KEY,
  contributor_id INTEGER NOT NULL REFERENCES contributors(id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  external_id TEXT NOT NULL,
  UNIQUE (platform, external_id)
) STRICT;
CREATE INDEX contributor_identities_contributor ON contributor_identities(contributor_id);

CREATE TABLE contributions (
  id INTEGER PRIMARY KEY,
  contributor_id INTEGER NOT NULL REFERENCES contributors(id),
  campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  tier_id INTEGER REFERENCES reward_tiers(id) ON DELETE SET NULL,
  -- what the backer pays in all; bonus and shipping are parts of it
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  bonus_cents INTEGER NOT NULL DEFAULT 0 CHECK (bonus_cents >= 0),
  shipping_cents INTEGER NOT NULL DEFAULT 0 CHECK (shipping_cents >= 0),
  pledged_at TEXT NOT NULL,
  payment_status TEXT NOT NULL DEFAULT 'pledged'
    CHECK (payment_status IN ('pledged','collected','failed','refund_due','refunded','not_collected')),
  refunded_cents INTEGER NOT NULL DEFAULT 0 CHECK (refunded_cents >= 0),
  refunded_on TEXT,
  external_id TEXT,
  missing_from_last_import INTEGER NOT NULL DEFAULT 0 CHECK (missing_from_last_import IN (0,1)),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (campaign_id, external_id)
) STRICT;
CREATE INDEX contributions_contributor ON contributions(contributor_id);
CREATE INDEX contributions_campaign ON contributions(campaign_id, pledged_at);
CREATE INDEX contributions_tier ON contributions(tier_id);

CREATE TABLE contribution_addons (
  contribution_id INTEGER NOT NULL REFERENCES contributions(id) ON DELETE CASCADE,
  tier_id INTEGER NOT NULL REFERENCES reward_tiers(id) ON DELETE CASCADE,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (contribution_id, tier_id)
) STRICT;

CREATE TABLE fulfillment_lines (
  id INTEGER PRIMARY KEY,
  contribution_id INTEGER NOT NULL REFERENCES contributions(id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL REFERENCES reward_items(id),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  status TEXT NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending','ready','shipped','delivered','cancelled','returned')),
  carrier TEXT NOT NULL DEFAULT '',
  tracking_number TEXT NOT NULL DEFAULT '',
  shipped_on TEXT,
  delivered_on TEXT,
  notes TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX fulfillment_lines_contribution ON fulfillment_lines(contribution_id);
CREATE INDEX fulfillment_lines_status ON fulfillment_lines(status);

CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  format TEXT NOT NULL,
  file_names TEXT NOT NULL,
  file_hash TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  created INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0
) STRICT;

-- The platform's values as of the last import, so a re-import can tell "edited in Copro"
-- (keep) from "changed on the platform" (platform wins).
CREATE TABLE import_snapshots (
  contributor_id INTEGER NOT NULL REFERENCES contributors(id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (contributor_id, platform, field)
) STRICT;

CREATE TABLE mapping_presets (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  mapping TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create','update','delete','merge','import','status')),
  changes TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
`,
};
