import type { Generated, GeneratedAlways, Insertable, Selectable, Updateable } from 'kysely';

/** Kysely's view of the workspace file; mirrors migrations/. */
export interface Database {
  settings: SettingsTable;
  projects: ProjectsTable;
  budget_chapters: BudgetChaptersTable;
  budget_lines: BudgetLinesTable;
  financing_sources: FinancingSourcesTable;
  campaigns: CampaignsTable;
  reward_items: RewardItemsTable;
  reward_tiers: RewardTiersTable;
  reward_tier_items: RewardTierItemsTable;
  contributors: ContributorsTable;
  contributor_identities: ContributorIdentitiesTable;
  contributions: ContributionsTable;
  contribution_addons: ContributionAddonsTable;
  fulfillment_lines: FulfillmentLinesTable;
  imports: ImportsTable;
  import_snapshots: ImportSnapshotsTable;
  mapping_presets: MappingPresetsTable;
  audit_log: AuditLogTable;
  contributor_search: ContributorSearchTable;
  contributor_search_pending: ContributorSearchPendingTable;
}

/** Contentless FTS5 index of live contributors (migration 0002), filled by the search sync. */
export interface ContributorSearchTable {
  rowid: number;
  name: string;
  email: string;
  place: string;
  facets: string;
}

/** Contributors changed since the last search sync (noted by triggers, migration 0002). */
export interface ContributorSearchPendingTable {
  contributor_id: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface ProjectsTable {
  id: Generated<number>;
  title: string;
  format: string;
  currency: string;
  crowd_cap_bp: number;
  secured_threshold_bp: number;
  created_at: string;
  updated_at: string;
}

export interface BudgetChaptersTable {
  id: Generated<number>;
  project_id: number;
  code: string;
  title: string;
  position: number;
}

export interface BudgetLinesTable {
  id: Generated<number>;
  chapter_id: number;
  code: Generated<string>;
  label: string;
  quantity_milli: number;
  unit: Generated<string>;
  rate_cents: number;
  amount_cents: number;
  notes: Generated<string>;
  position: number;
}

export interface FinancingSourcesTable {
  id: Generated<number>;
  project_id: number;
  kind: string;
  counterparty: Generated<string>;
  amount_cents: number;
  status: Generated<string>;
  expected_on: string | null;
  received_on: string | null;
  notes: Generated<string>;
  position: number;
}

export interface CampaignsTable {
  id: Generated<number>;
  project_id: number;
  title: string;
  platform: string;
  currency: string;
  model: Generated<string>;
  goal_cents: number;
  starts_on: string | null;
  ends_on: string | null;
  max_duration_days: Generated<number>;
  commission_bp: Generated<number>;
  payment_bp: Generated<number>;
  payment_fixed_cents: Generated<number>;
  status: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface RewardItemsTable {
  id: Generated<number>;
  project_id: number;
  name: string;
  kind: Generated<string>;
  unit_cost_cents: Generated<number>;
  shipping_cost_cents: Generated<number>;
  ships: Generated<number>;
  external_id: string | null;
}

export interface RewardTiersTable {
  id: Generated<number>;
  campaign_id: number;
  external_id: string | null;
  title: string;
  description: Generated<string>;
  minimum_cents: Generated<number>;
  quantity_limit: number | null;
  estimated_delivery: string | null;
  is_addon: Generated<number>;
  position: number;
}

export interface RewardTierItemsTable {
  tier_id: number;
  item_id: number;
  quantity: Generated<number>;
}

export interface ContributorsTable {
  id: Generated<number>;
  display_name: string;
  first_name: Generated<string>;
  last_name: Generated<string>;
  email: string | null;
  phone: Generated<string>;
  address_line1: Generated<string>;
  address_line2: Generated<string>;
  postal_code: Generated<string>;
  city: Generated<string>;
  region: Generated<string>;
  country_code: Generated<string>;
  language: Generated<string>;
  news_consent: Generated<number>;
  credit_name: Generated<string>;
  notes: Generated<string>;
  merged_into_id: number | null;
  created_at: string;
  updated_at: string;
  /**
   * Kept by triggers on contributions (migration 0002), by the importer in bulk (0005): never
   * written by services.
   */
  pledge_count: GeneratedAlways<number>;
  pledged_total_cents: GeneratedAlways<number>;
  last_pledge_at: GeneratedAlways<string | null>;
  /**
   * Case- and accent-folded display name and city, refreshed by the search index sync (the
   * importer writes them with the name and city).
   */
  sort_name: Generated<string>;
  sort_city: Generated<string>;
}

export interface ContributorIdentitiesTable {
  id: Generated<number>;
  contributor_id: number;
  platform: string;
  external_id: string;
}

export interface ContributionsTable {
  id: Generated<number>;
  contributor_id: number;
  campaign_id: number;
  tier_id: number | null;
  amount_cents: number;
  bonus_cents: Generated<number>;
  shipping_cents: Generated<number>;
  pledged_at: string;
  payment_status: Generated<string>;
  refunded_cents: Generated<number>;
  refunded_on: string | null;
  external_id: string | null;
  missing_from_last_import: Generated<number>;
  notes: Generated<string>;
  created_at: string;
  updated_at: string;
  /** How an offline contribution was paid (cheque, transfer…); '' when through the platform. */
  payment_method: Generated<string>;
  /** The status the platform gave at the last import (migration 0003); NULL when typed in Copro. */
  platform_status: string | null;
}

export interface ContributionAddonsTable {
  contribution_id: number;
  tier_id: number;
  quantity: number;
}

export interface FulfillmentLinesTable {
  id: Generated<number>;
  contribution_id: number;
  item_id: number;
  quantity: number;
  status: Generated<string>;
  carrier: Generated<string>;
  tracking_number: Generated<string>;
  shipped_on: string | null;
  delivered_on: string | null;
  notes: Generated<string>;
  updated_at: string;
  /**
   * What the fulfillment list filters and sorts by, copied from the line's pledge, campaign,
   * contributor and item (migration 0006): kept by triggers and by the importer, never written
   * by services.
   */
  project_id: Generated<number>;
  campaign_id: Generated<number>;
  contributor_id: Generated<number>;
  /** The contributor's folded sort name (contributors.sort_name). */
  sort_name: Generated<string>;
  country_code: Generated<string>;
  item_name: Generated<string>;
  /** 1 when the item ships and the contributor's address lacks its street, city or country. */
  address_missing: Generated<number>;
}

export interface ImportsTable {
  id: Generated<number>;
  campaign_id: number;
  format: string;
  file_names: string;
  file_hash: string;
  imported_at: string;
  created: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  skipped: Generated<number>;
}

export interface ImportSnapshotsTable {
  contributor_id: number;
  platform: string;
  field: string;
  value: string;
}

export interface MappingPresetsTable {
  id: Generated<number>;
  name: string;
  mapping: string;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  entity: string;
  entity_id: number;
  action: string;
  changes: Generated<string>;
}

export type ProjectRow = Selectable<ProjectsTable>;
export type NewProject = Insertable<ProjectsTable>;
export type ProjectPatch = Updateable<ProjectsTable>;
export type CampaignRow = Selectable<CampaignsTable>;
export type NewCampaign = Insertable<CampaignsTable>;
export type BudgetLineRow = Selectable<BudgetLinesTable>;
export type NewBudgetLine = Insertable<BudgetLinesTable>;
export type FinancingSourceRow = Selectable<FinancingSourcesTable>;
export type NewFinancingSource = Insertable<FinancingSourcesTable>;
export type ContributorRow = Selectable<ContributorsTable>;
export type NewContributor = Insertable<ContributorsTable>;
export type NewContribution = Insertable<ContributionsTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
