import type { Migration } from './types';

/** Whether a line waits for an address: its item ships and the contributor's address lacks a part. */
const ADDRESS_MISSING = `CASE WHEN i.ships = 1
  AND (c.address_line1 = '' OR c.city = '' OR c.country_code = '') THEN 1 ELSE 0 END`;

/** Every list column of the line `fulfillment_lines` (the row being written), from its owners. */
const RECOMPUTE_LIST_COLUMNS = `(project_id, campaign_id, contributor_id, sort_name, country_code,
    item_name, address_missing) = (
    SELECT cp.project_id, k.campaign_id, k.contributor_id, c.sort_name, c.country_code, i.name,
      ${ADDRESS_MISSING}
    FROM contributions k JOIN campaigns cp ON cp.id = k.campaign_id
      JOIN contributors c ON c.id = k.contributor_id
      JOIN reward_items i ON i.id = fulfillment_lines.item_id
    WHERE k.id = fulfillment_lines.contribution_id)`;

/** What a filter reads, carried by each list index so a filtered walk never reads the table. */
const FILTERED = 'campaign_id, status, item_id, address_missing';

/**
 * The fulfillment list at 250,000+ lines: each line carries what the list filters and sorts by
 * (its project, campaign and contributor, the contributor's folded name and country, the item's
 * name, whether it waits for an address), so every sort is one index per project walked in order
 * (`project_id, <sort key>, id`) and a deep page walks from the nearer end, without joining a
 * line to its pledge, campaign, contributor and item.
 *
 * Kept by triggers whoever writes: a new line (unless its writer filled the columns, as
 * CREATE_FULFILLMENT_LINES_SQL does), a contributor's sort key, country or address, a pledge moved
 * to another contributor (merge) or campaign, an item renamed or made (not) shipping. An import
 * suspends the per-row ones and recomputes the lines of the contributors it wrote before commit.
 * `fulfillment_lines_tracking`: the tracking-number prefix search, case ignored.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'fulfillment list columns and indexes',
  sql: `
ALTER TABLE fulfillment_lines ADD COLUMN project_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE fulfillment_lines ADD COLUMN campaign_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE fulfillment_lines ADD COLUMN contributor_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE fulfillment_lines ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
ALTER TABLE fulfillment_lines ADD COLUMN country_code TEXT NOT NULL DEFAULT '';
ALTER TABLE fulfillment_lines ADD COLUMN item_name TEXT NOT NULL DEFAULT '';
ALTER TABLE fulfillment_lines ADD COLUMN address_missing INTEGER NOT NULL DEFAULT 0
  CHECK (address_missing IN (0,1));

UPDATE fulfillment_lines SET ${RECOMPUTE_LIST_COLUMNS};

CREATE INDEX fulfillment_lines_list_contributor ON fulfillment_lines(project_id, sort_name,
  contributor_id, id, ${FILTERED});
CREATE INDEX fulfillment_lines_list_country ON fulfillment_lines(project_id, country_code,
  sort_name, contributor_id, id, ${FILTERED});
CREATE INDEX fulfillment_lines_list_item ON fulfillment_lines(project_id, item_name, id,
  contributor_id, ${FILTERED});
CREATE INDEX fulfillment_lines_list_status ON fulfillment_lines(project_id, status, id,
  contributor_id, campaign_id, item_id, address_missing);
CREATE INDEX fulfillment_lines_list_updated ON fulfillment_lines(project_id, updated_at, id,
  contributor_id, ${FILTERED});
CREATE INDEX fulfillment_lines_tracking ON fulfillment_lines(project_id,
  tracking_number COLLATE NOCASE, ${FILTERED}) WHERE tracking_number <> '';

CREATE TRIGGER fulfillment_lines_list_insert AFTER INSERT ON fulfillment_lines
WHEN NEW.project_id = 0 BEGIN
  UPDATE fulfillment_lines SET ${RECOMPUTE_LIST_COLUMNS} WHERE id = NEW.id;
END;

CREATE TRIGGER fulfillment_lines_list_owner AFTER UPDATE OF contribution_id, item_id
ON fulfillment_lines BEGIN
  UPDATE fulfillment_lines SET ${RECOMPUTE_LIST_COLUMNS} WHERE id = NEW.id;
END;

CREATE TRIGGER contributions_list_lines AFTER UPDATE OF contributor_id, campaign_id
ON contributions
WHEN OLD.contributor_id IS NOT NEW.contributor_id OR OLD.campaign_id IS NOT NEW.campaign_id BEGIN
  UPDATE fulfillment_lines SET ${RECOMPUTE_LIST_COLUMNS} WHERE contribution_id = NEW.id;
END;

CREATE TRIGGER contributors_list_lines AFTER UPDATE OF sort_name, country_code, address_line1,
  city ON contributors
WHEN OLD.sort_name IS NOT NEW.sort_name OR OLD.country_code IS NOT NEW.country_code
  OR (OLD.address_line1 = '') IS NOT (NEW.address_line1 = '')
  OR (OLD.city = '') IS NOT (NEW.city = '') BEGIN
  UPDATE fulfillment_lines SET ${RECOMPUTE_LIST_COLUMNS}
  WHERE contribution_id IN (SELECT id FROM contributions WHERE contributor_id = NEW.id);
END;

CREATE TRIGGER reward_items_list_lines AFTER UPDATE OF name, ships ON reward_items
WHEN OLD.name IS NOT NEW.name OR OLD.ships IS NOT NEW.ships BEGIN
  UPDATE fulfillment_lines SET ${RECOMPUTE_LIST_COLUMNS} WHERE item_id = NEW.id;
END;
`,
};
