/**
 * The list columns of a fulfillment line (migration 0006) and the values they copy from the
 * line's pledge, campaign, contributor and item, for `UPDATE fulfillment_lines SET <columns> =
 * (<values>)`. The migration keeps its own frozen copy for its triggers.
 */
export const LINE_LIST_COLUMNS = `(project_id, campaign_id, contributor_id, sort_name,
  country_code, item_name, address_missing)`;

export const LINE_LIST_VALUES = `SELECT cp.project_id, k.campaign_id, k.contributor_id,
    c.sort_name, c.country_code, i.name,
    CASE WHEN i.ships = 1 AND (c.address_line1 = '' OR c.city = '' OR c.country_code = '')
      THEN 1 ELSE 0 END
  FROM contributions k JOIN campaigns cp ON cp.id = k.campaign_id
    JOIN contributors c ON c.id = k.contributor_id
    JOIN reward_items i ON i.id = fulfillment_lines.item_id
  WHERE k.id = fulfillment_lines.contribution_id`;
