import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { call, memoryWorkspace } from './helpers';
import { makeLaunchReady, projectWithBudget, seedPledges, seedRewards } from './planHelpers';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

async function lineStatuses(): Promise<Record<number, string[]>> {
  const rows = await ws.db
    .selectFrom('fulfillment_lines')
    .select(['contribution_id', 'status'])
    .orderBy('id')
    .execute();
  const byPledge: Record<number, string[]> = {};
  for (const row of rows) (byPledge[row.contribution_id] ??= []).push(row.status);
  return byPledge;
}

describe('a failed all-or-nothing campaign', () => {
  it('cancels the rewards still to ship of the pledges it will not collect', async () => {
    const { projectId } = await projectWithBudget(ws, 10_000_000);
    const campaign = await call(ws, 'campaigns.create', {
      projectId,
      title: 'Tout ou rien',
      platform: 'ulule',
      model: 'all_or_nothing',
      goalCents: 100_000,
    });
    await makeLaunchReady(ws, projectId);
    await call(ws, 'campaigns.setStatus', { id: campaign.id, status: 'live' });
    const [pledged, collected] = await seedPledges(ws, campaign.id, [
      { amountCents: 3_000, status: 'pledged' },
      { amountCents: 5_000, status: 'collected' },
    ]);
    if (pledged === undefined || collected === undefined) throw new Error('no pledges seeded');
    await seedRewards(ws, projectId, { unitCostCents: 400, shippingCostCents: 300, ships: true }, [
      { contributionId: pledged, quantity: 1 },
      { contributionId: pledged, quantity: 1, status: 'ready' },
      { contributionId: collected, quantity: 1 },
    ]);

    const failed = await call(ws, 'campaigns.setStatus', { id: campaign.id, status: 'failed' });
    expect(failed.pledgesNotCollected).toBe(1);
    expect(failed.pledgesRefundDue).toBe(1);
    const statuses = await lineStatuses();
    // Nothing will be paid for the pledge not collected: nothing to ship for it.
    expect(statuses[pledged]).toEqual(['cancelled', 'cancelled']);
    // A refund due is the producer's call (as for one pledge set to refund due): lines stay.
    expect(statuses[collected]).toEqual(['pending']);
  });
});
