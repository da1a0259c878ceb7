import type { Workspace } from '../../electron/core/db/connection';
import { createProject } from '../../electron/core/services/projects';

/**
 * The project and Kickstarter campaign an import benchmark imports into. Inserted directly: the
 * campaigns service's readiness rules are not what a benchmark measures.
 */
export async function benchCampaign(ws: Workspace): Promise<number> {
  const project = await createProject(ws.db, {
    title: 'Benchmark film',
    format: 'film',
    currency: 'EUR',
    crowdCapBp: 500,
    securedThresholdBp: 5000,
  });
  const now = new Date().toISOString();
  const { id } = await ws.db
    .insertInto('campaigns')
    .values({
      project_id: project.id,
      title: 'Kickstarter',
      platform: 'kickstarter',
      currency: 'EUR',
      goal_cents: 5_000_000,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
