import type { Migration } from './types';

/**
 * `contributions.platform_status`: the payment status the platform gave at the last import (NULL
 * for a pledge typed in Copro). A re-import compares the platform's status with it, so a status
 * recorded in Copro (a refund, a failed campaign's pledges not collected) is kept while the
 * platform still says the same, and the platform wins once it says something new (DESIGN import
 * rules). Pledges imported before this column existed start from their current status.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'pledge status as the platform last gave it',
  sql: `
ALTER TABLE contributions ADD COLUMN platform_status TEXT
  CHECK (platform_status IS NULL OR platform_status IN
    ('pledged','collected','failed','refund_due','refunded','not_collected'));
UPDATE contributions SET platform_status = payment_status WHERE external_id IS NOT NULL;
`,
};
