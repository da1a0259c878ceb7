import type BetterSqlite3 from 'better-sqlite3';
import { LINE_LIST_COLUMNS, LINE_LIST_VALUES } from '../services/fulfillmentListColumns';

/** How much a pledge counts in a contributor's total: as the stats triggers of 0002 count it. */
const COUNTED = `CASE WHEN k.payment_status IN ('failed','not_collected') THEN 0
  ELSE k.amount_cents - k.refunded_cents END`;

/**
 * The per-row triggers of migration 0002 an import's writes fire: search-index notes and pledge
 * stats. Their work is done once per contributor when the import ends instead (see `settle`).
 * The delete triggers stay: an import deletes no contributor or pledge.
 */
const SUSPENDED_TRIGGERS = [
  'contributors_search_insert',
  'contributors_search_update',
  'contributions_search_insert',
  'contributions_search_update',
  'contribution_addons_search_insert',
  'contribution_addons_search_delete',
  'contributions_stats_insert',
  'contributions_stats_update',
  'fulfillment_lines_list_insert',
  'contributions_list_lines',
  'contributors_list_lines',
] as const;

/**
 * Bulk-load mode for an import, inside its transaction. A trigger costs even when it does
 * nothing: measured on 50,000 backers, the triggers alone made inserting a contributor 2.5× and a
 * pledge 2× slower. So `suspend` drops them, keeping their SQL as the file has it, and `settle`
 * does their work for the contributors the import wrote, then creates them again, before the
 * commit. A rollback (preview, error, cancel) restores them with everything else: other
 * connections never see the file without them.
 */
export class BulkImport {
  private readonly triggers: { name: string; sql: string }[];

  private constructor(private readonly sqlite: BetterSqlite3.Database) {
    const placeholders = SUSPENDED_TRIGGERS.map(() => '?').join(', ');
    this.triggers = sqlite
      .prepare<string[], { name: string; sql: string }>(
        `SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name IN (${placeholders})`,
      )
      .all(...SUSPENDED_TRIGGERS);
    for (const { name } of this.triggers) sqlite.exec(`DROP TRIGGER "${name}"`);
  }

  /** Call inside the import's transaction, before its first write. */
  static suspend(sqlite: BetterSqlite3.Database): BulkImport {
    return new BulkImport(sqlite);
  }

  /**
   * Recomputes the stats of the contributors the import wrote (what the triggers would have kept),
   * notes them for the search index, and puts the triggers back. Call before the commit.
   */
  settle(written: Iterable<number>): void {
    const ids = JSON.stringify([...new Set(written)].sort((a, b) => a - b));
    this.sqlite
      .prepare(
        `UPDATE contributors SET (pledge_count, pledged_total_cents, last_pledge_at) = (
           SELECT count(*), coalesce(sum(${COUNTED}), 0), max(k.pledged_at)
           FROM contributions k WHERE k.contributor_id = contributors.id)
         WHERE id IN (SELECT value FROM json_each(?))`,
      )
      .run(ids);
    // The list columns of their lines (migration 0006): a new line has them from its INSERT, a
    // renamed, moved or re-addressed contributor's lines are rewritten here, once each.
    this.sqlite
      .prepare(
        `UPDATE fulfillment_lines SET ${LINE_LIST_COLUMNS} = (${LINE_LIST_VALUES})
         WHERE contribution_id IN (SELECT k.id FROM contributions k
             WHERE k.contributor_id IN (SELECT value FROM json_each(?)))
           AND ${LINE_LIST_COLUMNS} IS NOT (${LINE_LIST_VALUES})`,
      )
      .run(ids);
    this.sqlite
      .prepare(
        `INSERT OR IGNORE INTO contributor_search_pending (contributor_id)
         SELECT value FROM json_each(?)`,
      )
      .run(ids);
    for (const { sql } of this.triggers) this.sqlite.exec(sql);
  }
}
