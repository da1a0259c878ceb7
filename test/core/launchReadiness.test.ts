import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { formatMoney } from '../../shared/money';
import { call, memoryWorkspace } from './helpers';
import { projectWithBudget, refusal } from './planHelpers';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

const eur = (cents: number) => formatMoney(cents, 'EUR', 'en-GB');

/** Budget €12,000.00: threshold 50 % = €6,000.00, cap 5 % = €600.00; a €100.00 goal. */
const BUDGET = 1_200_000;
const GOAL = 10_000;

async function draftCampaign(): Promise<{ projectId: number; campaignId: number }> {
  const { projectId } = await projectWithBudget(ws, BUDGET);
  const campaign = await call(ws, 'campaigns.create', {
    projectId,
    title: 'Ulule',
    platform: 'ulule',
    goalCents: GOAL,
  });
  return { projectId, campaignId: campaign.id };
}

async function statusAudits(campaignId: number): Promise<number> {
  const rows = await ws.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity', '=', 'campaign')
    .where('entity_id', '=', campaignId)
    .where('action', '=', 'status')
    .execute();
  return rows.length;
}

describe('going live needs a ready plan', () => {
  it('refuses with what is missing in money while nothing is secured', async () => {
    const { projectId, campaignId } = await draftCampaign();
    const error = await refusal(ws, 'campaigns.setStatus', { id: campaignId, status: 'live' });
    expect(error.code).toBe('conflict');
    expect(error.issues.map((i) => i.path)).toEqual([['status']]);
    // Threshold €6,000.00 − nothing secured; budget − crowd goal for the plan.
    expect(error.message).toContain(`${eur(600_000)} missing`);
    expect(error.message).toContain(`${eur(BUDGET - GOAL)} missing`);
    // The same words as the financing page's checklist.
    const summary = await call(ws, 'financing.summary', { projectId });
    for (const check of summary.readiness.filter((c) => !c.ok))
      expect(error.message).toContain(check.message);
    expect((await call(ws, 'campaigns.get', { id: campaignId })).status).toBe('draft');
    expect(await statusAudits(campaignId)).toBe(0);
  });

  it('names only the plan gap once the threshold is secured, and launches when the plan closes', async () => {
    const { projectId, campaignId } = await draftCampaign();
    await call(ws, 'financing.addSource', {
      projectId,
      kind: 'producer',
      amountCents: 700_000,
      status: 'confirmed',
    });
    const error = await refusal(ws, 'campaigns.setStatus', { id: campaignId, status: 'live' });
    const gap = BUDGET - 700_000 - GOAL;
    expect(error.message).toContain(`The financing plan does not close: ${eur(gap)} missing`);
    expect(error.message).not.toContain('Secured financing');

    // Pending financing counts towards closing the plan (not towards the threshold).
    await call(ws, 'financing.addSource', {
      projectId,
      kind: 'region',
      amountCents: gap,
      status: 'planned',
    });
    expect((await call(ws, 'financing.summary', { projectId })).ready).toBe(true);
    const live = await call(ws, 'campaigns.setStatus', { id: campaignId, status: 'live' });
    expect(live.status).toBe('live');
    expect(await statusAudits(campaignId)).toBe(1);
  });

  it('still checks the cap first: a goal over the cap is refused as such', async () => {
    const { projectId, campaignId } = await draftCampaign();
    await call(ws, 'financing.addSource', {
      projectId,
      kind: 'producer',
      amountCents: BUDGET,
      status: 'confirmed',
    });
    // A €500.00 goal, then half the budget cut: the cap falls to €300.00.
    const [line] = await call(ws, 'budget.listLines', { projectId });
    if (line === undefined) throw new Error('the project has no budget line');
    await call(ws, 'campaigns.update', { id: campaignId, goalCents: 50_000 });
    await call(ws, 'budget.updateLine', { id: line.id, rateCents: BUDGET / 2 });
    const error = await refusal(ws, 'campaigns.setStatus', { id: campaignId, status: 'live' });
    expect(error.code).toBe('cap_exceeded');
  });

  it('does not concern other moves: a live campaign whose plan fell apart can go back to draft', async () => {
    const { projectId, campaignId } = await draftCampaign();
    const producer = await call(ws, 'financing.addSource', {
      projectId,
      kind: 'producer',
      amountCents: BUDGET,
      status: 'confirmed',
    });
    await call(ws, 'campaigns.setStatus', { id: campaignId, status: 'live' });
    await call(ws, 'financing.removeSource', { id: producer.id });
    expect((await call(ws, 'financing.summary', { projectId })).ready).toBe(false);
    const back = await call(ws, 'campaigns.setStatus', { id: campaignId, status: 'draft' });
    expect(back.status).toBe('draft');
  });
});
