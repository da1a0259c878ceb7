import { CompiledQuery, type Kysely } from 'kysely';
import type { FulfillmentLine, FulfillmentStatus } from '../../../shared/contract';
import type { Database } from '../db/schema';

/**
 * Creates the fulfillment lines of one contribution: one line per reward item of its tier and
 * add-on tiers, quantity = item quantity × tier quantity (an item in both adds up). Items that do
 * not ship (a name in the credits, a download code) go straight to `delivered`.
 * Positional parameters, in order: see `fulfillmentLinesParameters`. Plain SQL so an importer
 * running better-sqlite3 statements can prepare it too. It also fills the list columns of
 * migration 0006 (project, contributor's sort name, item name…) so no trigger has to.
 */
export const CREATE_FULFILLMENT_LINES_SQL = `
INSERT INTO fulfillment_lines (contribution_id, item_id, quantity, status, delivered_on, updated_at,
  project_id, campaign_id, contributor_id, sort_name, country_code, item_name, address_missing)
SELECT ?, ti.item_id, sum(ti.quantity * src.quantity),
  CASE WHEN i.ships = 1 THEN 'pending' ELSE 'delivered' END,
  CASE WHEN i.ships = 1 THEN NULL ELSE ? END,
  ?,
  owner.project_id, owner.campaign_id, owner.contributor_id, owner.sort_name, owner.country_code,
  i.name, CASE WHEN i.ships = 1 AND owner.unaddressed THEN 1 ELSE 0 END
FROM (
  SELECT tier_id, 1 AS quantity FROM contributions WHERE id = ? AND tier_id IS NOT NULL
  UNION ALL
  SELECT tier_id, quantity FROM contribution_addons WHERE contribution_id = ?
) src
JOIN reward_tier_items ti ON ti.tier_id = src.tier_id
JOIN reward_items i ON i.id = ti.item_id
CROSS JOIN (
  SELECT cp.project_id, k.campaign_id, k.contributor_id, c.sort_name, c.country_code,
    (c.address_line1 = '' OR c.city = '' OR c.country_code = '') AS unaddressed
  FROM contributions k JOIN campaigns cp ON cp.id = k.campaign_id
    JOIN contributors c ON c.id = k.contributor_id
  WHERE k.id = ?
) owner
GROUP BY ti.item_id
ORDER BY ti.item_id`;

/** The statement's `?` in order, from the contribution id, the delivery date of non-shipping items (YYYY-MM-DD) and the timestamp. */
export function fulfillmentLinesParameters(
  contributionId: number,
  deliveredOn: string,
  now: string,
): [number, string, string, number, number, number] {
  return [contributionId, deliveredOn, now, contributionId, contributionId, contributionId];
}

export async function createFulfillmentLines(
  db: Kysely<Database>,
  contributionId: number,
  deliveredOn: string,
  now: string,
): Promise<number> {
  const result = await db.executeQuery(
    CompiledQuery.raw(
      CREATE_FULFILLMENT_LINES_SQL,
      fulfillmentLinesParameters(contributionId, deliveredOn, now),
    ),
  );
  return Number(result.numAffectedRows ?? 0);
}

/** A pledge that will not be paid (failed, refunded) ships nothing more: open lines are cancelled. */
export async function cancelOpenLines(
  db: Kysely<Database>,
  contributionId: number,
  now: string,
): Promise<number> {
  const result = await db
    .updateTable('fulfillment_lines')
    .set({ status: 'cancelled', updated_at: now })
    .where('contribution_id', '=', contributionId)
    .where('status', 'in', ['pending', 'ready'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A pledge paid after all (a failed payment retried) gets its cancelled lines back. */
export async function reopenCancelledLines(
  db: Kysely<Database>,
  contributionId: number,
  deliveredOn: string,
  now: string,
): Promise<number> {
  const lines = await db
    .selectFrom('fulfillment_lines as f')
    .innerJoin('reward_items as i', 'i.id', 'f.item_id')
    .select(['f.id', 'i.ships'])
    .where('f.contribution_id', '=', contributionId)
    .where('f.status', '=', 'cancelled')
    .execute();
  for (const line of lines) {
    const ships = line.ships === 1;
    await db
      .updateTable('fulfillment_lines')
      .set({
        status: ships ? 'pending' : 'delivered',
        delivered_on: ships ? null : deliveredOn,
        updated_at: now,
      })
      .where('id', '=', line.id)
      .execute();
  }
  return lines.length;
}

/** The lines of each contribution, by contribution id. */
export async function linesByContribution(
  db: Kysely<Database>,
  contributionIds: number[],
): Promise<Map<number, FulfillmentLine[]>> {
  const byContribution = new Map<number, FulfillmentLine[]>();
  if (contributionIds.length === 0) return byContribution;
  const rows = await db
    .selectFrom('fulfillment_lines as f')
    .innerJoin('reward_items as i', 'i.id', 'f.item_id')
    .select([
      'f.id',
      'f.contribution_id',
      'f.item_id',
      'i.name',
      'f.quantity',
      'f.status',
      'f.carrier',
      'f.tracking_number',
      'f.shipped_on',
      'f.delivered_on',
    ])
    .where('f.contribution_id', 'in', contributionIds)
    .orderBy('f.id')
    .execute();
  for (const row of rows) {
    const list = byContribution.get(row.contribution_id) ?? [];
    list.push({
      id: row.id,
      itemId: row.item_id,
      itemName: row.name,
      quantity: row.quantity,
      status: row.status as FulfillmentStatus,
      carrier: row.carrier,
      trackingNumber: row.tracking_number,
      shippedOn: row.shipped_on,
      deliveredOn: row.delivered_on,
    });
    byContribution.set(row.contribution_id, list);
  }
  return byContribution;
}
