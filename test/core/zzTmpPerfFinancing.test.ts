import { it } from 'vitest';
import { call, memoryWorkspace } from './helpers';
import { projectWithBudget } from './planHelpers';
import { collectedByCampaign, planTotals } from '../../electron/core/services/projectFigures';
import { rewardCostsByCampaign } from '../../electron/core/services/crowdFigures';
it('perf', async () => {
  const ws = await memoryWorkspace();
  const { projectId } = await projectWithBudget(ws, 100_000_000_00);
  const c = await call(ws, 'campaigns.create', { projectId, title: 'K', platform: 'kickstarter', goalCents: 1000 });
  const now = '2025-01-01';
  ws.sqlite.exec('BEGIN');
  const insC = ws.sqlite.prepare("INSERT INTO contributors (id, display_name, created_at, updated_at) VALUES (?, 'x', ?, ?)");
  const insK = ws.sqlite.prepare("INSERT INTO contributions (id, contributor_id, campaign_id, amount_cents, pledged_at, payment_status, created_at, updated_at) VALUES (?, ?, ?, 2500, ?, 'collected', ?, ?)");
  ws.sqlite.prepare("INSERT INTO reward_items (id, project_id, name, unit_cost_cents, shipping_cost_cents) VALUES (1, ?, 'DVD', 300, 200)").run(projectId);
  const insF = ws.sqlite.prepare("INSERT INTO fulfillment_lines (contribution_id, item_id, quantity, updated_at) VALUES (?, 1, 1, ?)");
  for (let i = 1; i <= 250_000; i++) { insC.run(i, now, now); insK.run(i, i, c.id, now, now, now); insF.run(i, now); }
  ws.sqlite.exec('COMMIT');
  const time = async (name: string, f: () => Promise<unknown>) => { const t = performance.now(); await f(); console.log(name, Math.round(performance.now() - t)); };
  for (let r = 0; r < 2; r++) {
    await time('planTotals', () => planTotals(ws.db, projectId));
    await time('collected', () => collectedByCampaign(ws.db, projectId));
    await time('rewards', () => rewardCostsByCampaign(ws.db, projectId));
  }
  const q = rewardCostsByCampaign.toString();
  void q;
  console.log(ws.sqlite.prepare("EXPLAIN QUERY PLAN SELECT k.campaign_id, sum(f.quantity * i.unit_cost_cents) FROM fulfillment_lines f JOIN contributions k ON k.id = f.contribution_id JOIN campaigns c ON c.id = k.campaign_id JOIN reward_items i ON i.id = f.item_id WHERE c.project_id = 1 AND f.status != 'cancelled' AND k.payment_status = 'collected' GROUP BY k.campaign_id").all().map((r: any) => r.detail).join('\n'));
  console.log(ws.sqlite.prepare("EXPLAIN QUERY PLAN SELECT c.id, count(DISTINCT k.contributor_id) FROM campaigns c LEFT JOIN contributions k ON k.campaign_id = c.id WHERE c.project_id = 1 GROUP BY c.id").all().map((r: any) => r.detail).join('\n'));
  await ws.close();
}, 120_000);
