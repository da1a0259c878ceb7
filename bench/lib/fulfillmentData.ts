import type { GeneratedWorkspace } from './generateWorkspace';

/**
 * Reward items for the generated tiers and one fulfillment line per item of each pledge's tier,
 * written in bulk with SQL (the lines contributions.add would create): every tier gives a
 * poster, tiers from 30 € also a Blu-ray, from 50 € a name in the credits (not shipped). The
 * first project then holds about 250,000 lines at 250,000 contributors. Statuses and tracking
 * numbers vary by pledge so the status filter and the tracking search have something to find.
 * @returns the number of lines of the first project.
 */
export function addFulfillment(generated: GeneratedWorkspace): number {
  const { sqlite } = generated.ws;
  const now = new Date().toISOString();
  sqlite.transaction(() => {
    for (const projectId of generated.projectIds) {
      const insertItem = sqlite.prepare(
        'INSERT INTO reward_items (project_id, name, kind, ships) VALUES (?, ?, ?, ?)',
      );
      const poster = Number(insertItem.run(projectId, 'Poster', 'poster', 1).lastInsertRowid);
      const bluRay = Number(insertItem.run(projectId, 'Blu-ray', 'disc', 1).lastInsertRowid);
      const credits = Number(insertItem.run(projectId, 'Credits', 'credit', 0).lastInsertRowid);
      sqlite
        .prepare(
          `INSERT INTO reward_tier_items (tier_id, item_id, quantity)
           SELECT t.id, ?, 1 FROM reward_tiers t JOIN campaigns c ON c.id = t.campaign_id
             WHERE c.project_id = ?
           UNION ALL SELECT t.id, ?, 1 FROM reward_tiers t JOIN campaigns c ON c.id = t.campaign_id
             WHERE c.project_id = ? AND t.minimum_cents >= 3000
           UNION ALL SELECT t.id, ?, 1 FROM reward_tiers t JOIN campaigns c ON c.id = t.campaign_id
             WHERE c.project_id = ? AND t.minimum_cents >= 5000`,
        )
        .run(poster, projectId, bluRay, projectId, credits, projectId);
    }
    sqlite
      .prepare(
        `INSERT INTO fulfillment_lines (contribution_id, item_id, quantity, status, carrier,
           tracking_number, updated_at)
         SELECT k.id, ti.item_id, ti.quantity,
           CASE WHEN i.ships = 0 THEN 'delivered'
             WHEN k.payment_status IN ('failed', 'refunded') THEN 'cancelled'
             ELSE (CASE k.id % 10 WHEN 0 THEN 'ready' WHEN 1 THEN 'shipped' WHEN 2 THEN 'delivered'
               ELSE 'pending' END) END,
           CASE WHEN k.id % 10 IN (1, 2) THEN 'La Poste' ELSE '' END,
           CASE WHEN k.id % 10 IN (1, 2) THEN 'LP' || printf('%09d', k.id) ELSE '' END,
           ?
         FROM contributions k JOIN reward_tier_items ti ON ti.tier_id = k.tier_id
           JOIN reward_items i ON i.id = ti.item_id
         ORDER BY k.id, ti.item_id`,
      )
      .run(now);
  })();
  const [projectId] = generated.projectIds;
  const counted = sqlite
    .prepare<[number | undefined], { n: number }>(
      `SELECT count(*) AS n FROM fulfillment_lines f JOIN contributions k ON k.id = f.contribution_id
         JOIN campaigns c ON c.id = k.campaign_id WHERE c.project_id = ?`,
    )
    .get(projectId);
  return counted?.n ?? 0;
}
