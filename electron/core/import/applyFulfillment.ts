import type BetterSqlite3 from 'better-sqlite3';
import {
  CREATE_FULFILLMENT_LINES_SQL,
  fulfillmentLinesParameters,
} from '../services/fulfillmentLines';

/** Statuses under which a pledge ships nothing, as in contributions.update: open lines are cancelled. */
const NOT_PAYING: ReadonlySet<string> = new Set(['failed', 'not_collected', 'refunded']);

export function isNotPaying(status: string): boolean {
  return NOT_PAYING.has(status);
}

/**
 * The fulfillment lines of imported pledges, with prepared statements (the importer's hot path):
 * the same lines contributions.add creates, then cancelled, reopened or re-created as the platform's
 * status, tier and add-ons change.
 */
export class FulfillmentWriter {
  private readonly create: BetterSqlite3.Statement<ReturnType<typeof fulfillmentLinesParameters>>;
  private readonly counts: BetterSqlite3.Statement<[number], { total: number; held: number }>;
  private readonly remove: BetterSqlite3.Statement<[number]>;
  private readonly cancel: BetterSqlite3.Statement<[string, number]>;
  private readonly reopen: BetterSqlite3.Statement<[string, string, number]>;
  private readonly markSent: BetterSqlite3.Statement<[string, string, number]>;
  private readonly today: string;

  constructor(
    sqlite: BetterSqlite3.Database,
    private readonly now: string,
  ) {
    this.today = now.slice(0, 10);
    this.create = sqlite.prepare(CREATE_FULFILLMENT_LINES_SQL);
    // "Held" lines are those someone worked on: ready, shipped, returned, or delivered items that
    // ship. A non-shipping item (credits) is delivered on creation, so it does not hold the lines.
    this.counts = sqlite.prepare(
      `SELECT count(*) AS total,
         coalesce(sum(CASE WHEN f.status IN ('ready', 'shipped', 'returned')
           OR (f.status = 'delivered' AND i.ships = 1) THEN 1 ELSE 0 END), 0) AS held
       FROM fulfillment_lines f JOIN reward_items i ON i.id = f.item_id
       WHERE f.contribution_id = ?`,
    );
    this.remove = sqlite.prepare('DELETE FROM fulfillment_lines WHERE contribution_id = ?');
    this.cancel = sqlite.prepare(
      `UPDATE fulfillment_lines SET status = 'cancelled', updated_at = ?
       WHERE contribution_id = ? AND status IN ('pending', 'ready')`,
    );
    this.reopen = sqlite.prepare(
      `UPDATE fulfillment_lines SET
         status = CASE WHEN (SELECT ships FROM reward_items WHERE id = item_id) = 1 THEN 'pending' ELSE 'delivered' END,
         delivered_on = CASE WHEN (SELECT ships FROM reward_items WHERE id = item_id) = 1 THEN NULL ELSE ? END,
         updated_at = ?
       WHERE contribution_id = ? AND status = 'cancelled'`,
    );
    // The report gives no shipping date: the status moves, the dates stay unknown.
    this.markSent = sqlite.prepare(
      `UPDATE fulfillment_lines SET status = ?, updated_at = ?
       WHERE contribution_id = ? AND status = 'pending'`,
    );
  }

  /** Lines of a new pledge; cancelled at once when it will not be paid, sent when the platform says so. */
  created(id: number, status: string, sent: 'shipped' | 'delivered' | undefined): void {
    this.create.run(...fulfillmentLinesParameters(id, this.today, this.now));
    if (isNotPaying(status)) this.cancel.run(this.now, id);
    else if (sent !== undefined) this.markSent.run(sent, this.now, id);
  }

  /**
   * After a re-import: a new tier or new add-ons re-create the lines while nobody has worked on
   * them (a pledge imported before lines existed gets them too); lines held by work are kept and
   * the caller is told, so the preview shows what to fix by hand. Otherwise a status that stops or
   * resumes payment cancels or reopens the open lines.
   * @returns false when the reward changed but held lines were kept.
   */
  updated(id: number, from: string, to: string, rewardChanged: boolean): boolean {
    const { total, held } = this.counts.get(id) ?? { total: 0, held: 0 };
    if ((rewardChanged || total === 0) && held === 0) {
      this.remove.run(id);
      this.create.run(...fulfillmentLinesParameters(id, this.today, this.now));
      if (isNotPaying(to)) this.cancel.run(this.now, id);
      return true;
    }
    if (isNotPaying(to) && !isNotPaying(from)) this.cancel.run(this.now, id);
    else if (isNotPaying(from) && !isNotPaying(to)) this.reopen.run(this.today, this.now, id);
    return !rewardChanged;
  }
}
