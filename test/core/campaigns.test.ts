import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { platformPreset } from '../../electron/core/services/platformPresets';
import { formatMoney } from '../../shared/money';
import { call, memoryWorkspace } from './helpers';
import {
  makeLaunchReady,
  planRowCounts,
  projectWithBudget,
  refusal,
  seedPledges,
} from './planHelpers';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

const eur = (cents: number) => formatMoney(cents, 'EUR', 'en-GB');

/** Budget €12,000.00, so the 5 % cap is €600.00 (60,000 cents). */
const BUDGET = 1_200_000;
const CAP = 60_000;

async function statusesOf(campaignId: number): Promise<string[]> {
  const rows = await ws.db
    .selectFrom('contributions')
    .select('payment_status')
    .where('campaign_id', '=', campaignId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.payment_status);
}

describe('campaigns', () => {
  it('starts from the platform preset, in the project currency, and lets each figure be edited', async () => {
    const { projectId } = await projectWithBudget(ws, BUDGET);
    const kick = await call(ws, 'campaigns.create', {
      projectId,
      title: 'Kickstarter',
      platform: 'kickstarter',
      goalCents: 10_000,
    });
    const preset = platformPreset('kickstarter');
    expect(kick).toMatchObject({
      currency: 'EUR',
      status: 'draft',
      model: 'all_or_nothing',
      commissionBp: preset.commissionBp,
      paymentBp: preset.paymentBp,
      paymentFixedCents: preset.paymentFixedCents,
      maxDurationDays: preset.maxDurationDays,
      collectedCents: 0,
      countedCents: 10_000,
    });
    const ulule = platformPreset('ulule');
    const moved = await call(ws, 'campaigns.update', {
      id: kick.id,
      platform: 'ulule',
      paymentBp: 120,
    });
    expect(moved).toMatchObject({
      commissionBp: ulule.commissionBp,
      paymentBp: 120,
      maxDurationDays: ulule.maxDurationDays,
    });
    const presets = await call(ws, 'campaigns.presets', {});
    expect(presets.map((p) => p.platform)).toContain('touscoprod');
    expect(presets.every((p) => p.maxDurationDays >= 60)).toBe(true);
  });

  it('refuses another currency, end before start and a campaign longer than the platform allows', async () => {
    const { projectId } = await projectWithBudget(ws, BUDGET);
    const base = {
      projectId,
      title: 'KKBB',
      platform: 'kisskissbankbank' as const,
      goalCents: 1_000,
    };
    const before = await planRowCounts(ws);
    const currency = await refusal(ws, 'campaigns.create', { ...base, currency: 'USD' });
    expect(currency.issues.map((i) => i.path.join('.'))).toEqual(['currency']);
    const backwards = await refusal(ws, 'campaigns.create', {
      ...base,
      startsOn: '2025-03-10',
      endsOn: '2025-03-01',
    });
    expect(backwards.issues.map((i) => i.path.join('.'))).toEqual(['endsOn']);
    const max = platformPreset('kisskissbankbank').maxDurationDays;
    const end = new Date(Date.UTC(2025, 2, 1) + (max + 1) * 86_400_000).toISOString().slice(0, 10);
    const long = await refusal(ws, 'campaigns.create', {
      ...base,
      startsOn: '2025-03-01',
      endsOn: end,
    });
    expect(long.issues.map((i) => i.path.join('.'))).toEqual(['endsOn']);
    expect(long.message).toContain(`at most ${max} days`);
    expect(await planRowCounts(ws)).toEqual(before);
    const exact = new Date(Date.UTC(2025, 2, 1) + max * 86_400_000).toISOString().slice(0, 10);
    const ok = await call(ws, 'campaigns.create', {
      ...base,
      startsOn: '2025-03-01',
      endsOn: exact,
    });
    expect(ok.endsOn).toBe(exact);
    const shorter = await refusal(ws, 'campaigns.update', { id: ok.id, maxDurationDays: max - 1 });
    expect(shorter.issues.map((i) => i.path.join('.'))).toEqual(['endsOn']);
  });
});

describe('the crowd cap rule', () => {
  it('accepts a goal equal to the cap and refuses one cent more, naming cap and room', async () => {
    const { projectId } = await projectWithBudget(ws, BUDGET);
    const before = await planRowCounts(ws);
    const over = await refusal(ws, 'campaigns.create', {
      projectId,
      title: 'Too much',
      platform: 'touscoprod',
      goalCents: CAP + 1,
    });
    expect(over.code).toBe('cap_exceeded');
    expect(over.issues.map((i) => i.path.join('.'))).toEqual(['goalCents']);
    expect(over.message).toContain(`cap ${eur(CAP)} (5% of the budget), room left ${eur(CAP)}`);
    expect(await planRowCounts(ws)).toEqual(before);
    const exact = await call(ws, 'campaigns.create', {
      projectId,
      title: 'Exactly the cap',
      platform: 'touscoprod',
      goalCents: CAP,
    });
    expect(exact.goalCents).toBe(CAP);
    expect((await call(ws, 'financing.summary', { projectId })).capRoom).toBe(0);
  });

  it('counts the other campaigns that have not failed: the message matches DESIGN’s example', async () => {
    const { projectId } = await projectWithBudget(ws, BUDGET);
    const first = await call(ws, 'campaigns.create', {
      projectId,
      title: 'First',
      platform: 'ulule',
      goalCents: 15_000,
    });
    const error = await refusal(ws, 'campaigns.create', {
      projectId,
      title: 'Second',
      platform: 'ulule',
      goalCents: 50_000,
    });
    expect(error.message).toBe(
      `Goal ${eur(50_000)} exceeds the crowd cap: cap ${eur(CAP)} (5% of the budget), room left ${eur(45_000)} (the project's other campaigns already take ${eur(15_000)}).`,
    );
    const second = await call(ws, 'campaigns.create', {
      projectId,
      title: 'Second',
      platform: 'ulule',
      goalCents: 45_000,
    });
    const raise = await refusal(ws, 'campaigns.update', { id: first.id, goalCents: 15_001 });
    expect(raise.code).toBe('cap_exceeded');
    // A failed campaign frees its room.
    await makeLaunchReady(ws, projectId);
    await call(ws, 'campaigns.setStatus', { id: second.id, status: 'live' });
    await call(ws, 'campaigns.setStatus', { id: second.id, status: 'failed' });
    const raised = await call(ws, 'campaigns.update', { id: first.id, goalCents: CAP });
    expect(raised.goalCents).toBe(CAP);
  });

  it('after a budget cut: lowering a goal is accepted, going live over the cap is refused', async () => {
    const { projectId, chapterId } = await projectWithBudget(ws, 0);
    const line = await call(ws, 'budget.addLine', {
      projectId,
      chapterId,
      label: 'All',
      rateCents: BUDGET,
    });
    const campaign = await call(ws, 'campaigns.create', {
      projectId,
      title: 'C',
      platform: 'ulule',
      goalCents: CAP,
    });
    await call(ws, 'budget.updateLine', { id: line.id, rateCents: BUDGET / 2 });
    await makeLaunchReady(ws, projectId);
    const launch = await refusal(ws, 'campaigns.setStatus', { id: campaign.id, status: 'live' });
    expect(launch.code).toBe('cap_exceeded');
    const lowered = await call(ws, 'campaigns.update', { id: campaign.id, goalCents: CAP - 1_000 });
    expect(lowered.goalCents).toBe(CAP - 1_000);
    await refusal(ws, 'campaigns.setStatus', { id: campaign.id, status: 'live' });
    await call(ws, 'campaigns.update', { id: campaign.id, goalCents: CAP / 2 });
    const live = await call(ws, 'campaigns.setStatus', { id: campaign.id, status: 'live' });
    expect(live.status).toBe('live');
  });
});

describe('campaign statuses', () => {
  it('allows only draft → live → succeeded | failed, and live → draft while nothing is pledged', async () => {
    const { projectId } = await projectWithBudget(ws, BUDGET);
    const c = await call(ws, 'campaigns.create', {
      projectId,
      title: 'C',
      platform: 'indiegogo',
      goalCents: 1_000,
    });
    const skip = await refusal(ws, 'campaigns.setStatus', { id: c.id, status: 'succeeded' });
    expect(skip.issues.map((i) => i.path.join('.'))).toEqual(['status']);
    expect(skip.message).toContain('draft campaign cannot become succeeded');
    await makeLaunchReady(ws, projectId);
    await call(ws, 'campaigns.setStatus', { id: c.id, status: 'live' });
    await call(ws, 'campaigns.setStatus', { id: c.id, status: 'draft' });
    await call(ws, 'campaigns.setStatus', { id: c.id, status: 'live' });
    await seedPledges(ws, c.id, [{ amountCents: 1_000, status: 'pledged' }]);
    const back = await refusal(ws, 'campaigns.setStatus', { id: c.id, status: 'draft' });
    expect(back.message).toContain('1 contribution');
    await call(ws, 'campaigns.setStatus', { id: c.id, status: 'succeeded' });
    const after = await refusal(ws, 'campaigns.setStatus', { id: c.id, status: 'failed' });
    expect(after.message).toContain('final');
    const log = await ws.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'campaign')
      .where('entity_id', '=', c.id)
      .execute();
    expect(log.map((l) => l.action)).toEqual(['create', 'status', 'status', 'status', 'status']);
  });

  it('a failed all-or-nothing campaign releases its pledges; a failed keep-it-all keeps its money', async () => {
    const { projectId } = await projectWithBudget(ws, BUDGET);
    const pledges = [
      { amountCents: 1_000, status: 'pledged' },
      { amountCents: 2_000, status: 'collected' },
      { amountCents: 3_000, status: 'failed' },
      { amountCents: 4_000, status: 'pledged' },
    ] as const;
    const aon = await call(ws, 'campaigns.create', {
      projectId,
      title: 'AON',
      platform: 'ulule',
      goalCents: 20_000,
    });
    const kia = await call(ws, 'campaigns.create', {
      projectId,
      title: 'KIA',
      platform: 'own_site',
      model: 'keep_it_all',
      goalCents: 20_000,
    });
    await makeLaunchReady(ws, projectId);
    for (const c of [aon, kia]) {
      await call(ws, 'campaigns.setStatus', { id: c.id, status: 'live' });
      await seedPledges(ws, c.id, pledges);
    }
    const failed = await call(ws, 'campaigns.setStatus', { id: aon.id, status: 'failed' });
    expect(failed).toMatchObject({
      status: 'failed',
      pledgesNotCollected: 2,
      pledgesRefundDue: 1,
      collectedCents: 0,
      countedCents: 0,
    });
    expect(await statusesOf(aon.id)).toEqual([
      'not_collected',
      'refund_due',
      'failed',
      'not_collected',
    ]);

    const kept = await call(ws, 'campaigns.setStatus', { id: kia.id, status: 'failed' });
    expect(kept).toMatchObject({
      pledgesNotCollected: 0,
      pledgesRefundDue: 0,
      collectedCents: 2_000,
    });
    expect(await statusesOf(kia.id)).toEqual(pledges.map((p) => p.status));

    const summary = await call(ws, 'financing.summary', { projectId });
    expect(summary.crowdGoal).toBe(0);
    expect(summary.crowdLine).toBe(0);
    const list = await call(ws, 'campaigns.list', { projectId });
    expect(list.map((c) => c.status)).toEqual(['failed', 'failed']);
  });
});
