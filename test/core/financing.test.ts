import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { formatMoney } from '../../shared/money';
import { call, memoryWorkspace } from './helpers';
import {
  markLive,
  planRowCounts,
  projectWithBudget,
  refusal,
  seedPledges,
  seedRewards,
} from './planHelpers';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

const eur = (cents: number) => formatMoney(cents, 'EUR', 'en-GB');

describe('financing sources', () => {
  it('lists sources with their share of the budget, largest remainder', async () => {
    const { projectId } = await projectWithBudget(ws, 300);
    for (const kind of ['producer', 'region', 'sponsor'] as const) {
      await call(ws, 'financing.addSource', {
        projectId,
        kind,
        amountCents: 100,
        status: 'confirmed',
      });
    }
    const sources = await call(ws, 'financing.listSources', { projectId });
    // Thirds of the budget: 3333.33 bp each, the leftover basis point goes to the first.
    expect(sources.map((s) => s.shareBp)).toEqual([3334, 3333, 3333]);
    expect(sources.map((s) => s.position)).toEqual([0, 1, 2]);
  });

  it('keeps the received date only for a received source', async () => {
    const { projectId } = await projectWithBudget(ws, 100_000);
    const before = await planRowCounts(ws);
    const early = await refusal(ws, 'financing.addSource', {
      projectId,
      kind: 'public_fund',
      amountCents: 10_000,
      receivedOn: '2025-02-01',
    });
    expect(early.issues.map((i) => i.path.join('.'))).toEqual(['receivedOn']);
    expect(await planRowCounts(ws)).toEqual(before);
    const source = await call(ws, 'financing.addSource', {
      projectId,
      kind: 'public_fund',
      counterparty: 'CNC',
      amountCents: 10_000,
      status: 'received',
    });
    expect(source.receivedOn).toBeNull();
    const dated = await call(ws, 'financing.updateSource', {
      id: source.id,
      receivedOn: '2025-02-01',
    });
    expect(dated.receivedOn).toBe('2025-02-01');
    const back = await call(ws, 'financing.updateSource', { id: source.id, status: 'confirmed' });
    expect(back).toMatchObject({ status: 'confirmed', receivedOn: null });
    const log = await ws.db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('entity', '=', 'financing_source')
      .execute();
    expect(log.map((l) => l.action)).toEqual(['create', 'update', 'status']);
    expect(JSON.parse(log[2]!.changes)).toEqual({
      status: ['received', 'confirmed'],
      received_on: ['2025-02-01', null],
    });
    const removed = await call(ws, 'financing.removeSource', { id: source.id });
    expect(removed.id).toBe(source.id);
    expect(await call(ws, 'financing.listSources', { projectId })).toEqual([]);
  });

  it('refuses a source in another currency than the project, naming currency, writing nothing', async () => {
    const { projectId } = await projectWithBudget(ws, 100_000);
    const before = await planRowCounts(ws);
    const error = await refusal(ws, 'financing.addSource', {
      projectId,
      kind: 'tv_presale',
      amountCents: 5_000,
      currency: 'usd',
    });
    expect(error.code).toBe('validation');
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(['currency']);
    expect(error.message).toContain('USD');
    expect(await planRowCounts(ws)).toEqual(before);
    const same = await call(ws, 'financing.addSource', {
      projectId,
      kind: 'tv_presale',
      amountCents: 5_000,
      currency: 'eur',
    });
    expect(same.amountCents).toBe(5_000);
  });

  it('refuses negative and fractional amounts and an unknown project', async () => {
    const { projectId } = await projectWithBudget(ws, 100_000);
    const negative = await refusal(ws, 'financing.addSource', {
      projectId,
      kind: 'producer',
      amountCents: -1,
    });
    expect(negative.issues.map((i) => i.path.join('.'))).toEqual(['amountCents']);
    const fraction = await refusal(ws, 'financing.addSource', {
      projectId,
      kind: 'producer',
      amountCents: 1.5,
    });
    expect(fraction.issues.map((i) => i.path.join('.'))).toEqual(['amountCents']);
    const missing = await refusal(ws, 'financing.addSource', {
      projectId: 999,
      kind: 'producer',
      amountCents: 1,
    });
    expect(missing.code).toBe('not_found');
    expect(missing.issues.map((i) => i.path.join('.'))).toEqual(['projectId']);
  });
});

describe('financing.summary', () => {
  it('says what is missing on an empty project', async () => {
    const project = await call(ws, 'projects.create', { title: 'Empty' });
    const summary = await call(ws, 'financing.summary', { projectId: project.id });
    expect(summary.ready).toBe(false);
    expect(summary.readiness.find((c) => c.id === 'budget_not_empty')).toMatchObject({ ok: false });
    expect(summary.readiness.find((c) => c.id === 'budget_not_empty')?.message).toContain('empty');
    expect(summary.chapters).toHaveLength(11);
  });

  it('adds up a small hand-computed plan, and agrees with the project headline', async () => {
    // Budget €10,000.00: cap 5 % = €500.00, readiness threshold 50 % = €5,000.00.
    const { projectId } = await projectWithBudget(ws, 1_000_000);
    const add = (
      kind: 'producer' | 'public_fund' | 'region' | 'tv_presale',
      amountCents: number,
      status: 'planned' | 'confirmed' | 'received' | 'declined',
    ) => call(ws, 'financing.addSource', { projectId, kind, amountCents, status });
    await add('producer', 300_000, 'confirmed');
    await add('public_fund', 250_000, 'received');
    await add('region', 380_000, 'planned');
    await add('tv_presale', 100_000, 'declined');

    const kick = await call(ws, 'campaigns.create', {
      projectId,
      title: 'Kickstarter',
      platform: 'kickstarter',
      goalCents: 30_000,
    });
    // Launched directly: this plan is deliberately not ready (see `ready: false` below).
    await markLive(ws, kick.id);
    const [c1, c2, , refunded, pledged] = await seedPledges(ws, kick.id, [
      { amountCents: 10_000, status: 'collected' },
      { amountCents: 12_000, status: 'collected' },
      { amountCents: 13_050, status: 'collected' },
      { amountCents: 5_000, status: 'refunded', refundedCents: 5_000 },
      { amountCents: 2_000, status: 'pledged' },
    ]);
    await seedRewards(ws, projectId, { unitCostCents: 500, shippingCostCents: 300, ships: true }, [
      { contributionId: c1!, quantity: 2 },
      { contributionId: c2!, quantity: 1, status: 'cancelled' },
      { contributionId: refunded!, quantity: 1 },
      { contributionId: pledged!, quantity: 1 },
    ]);
    await call(ws, 'campaigns.setStatus', { id: kick.id, status: 'succeeded' });
    await call(ws, 'campaigns.create', {
      projectId,
      title: 'Cheques',
      platform: 'offline',
      model: 'keep_it_all',
      goalCents: 10_000,
    });

    const s = await call(ws, 'financing.summary', { projectId });
    // Collected 10,000 + 12,000 + 13,050 + (5,000 − 5,000) = 35,050 over 4 payments.
    // Commission 5 % = 1,752.5 → 1,753; payment 3 % = 1,051.5 → 1,052, plus 4 × 20 = 1,132.
    // Rewards: only the 2 DVDs of the first collected pledge: 2 × 500 and 2 × 300 shipping.
    const costs = 1_753 + 1_132 + 1_000 + 600;
    expect(s).toMatchObject({
      budgetTotal: 1_000_000,
      secured: 550_000,
      confirmed: 300_000,
      received: 250_000,
      pending: 380_000,
      declined: 100_000,
      securedThreshold: 500_000,
      crowdGoal: 40_000,
      crowdCap: 50_000,
      capRoom: 10_000,
      crowdLine: 35_050 + 10_000,
      crowdCollected: 35_050,
      crowdCommission: 1_753,
      crowdPaymentFees: 1_132,
      crowdRewardCost: 1_000,
      crowdShippingCost: 600,
      crowdCosts: costs,
      crowdNet: 35_050 - costs,
      overCapSurplus: 0,
      gap: 1_000_000 - 550_000 - 380_000 - 45_050,
      ready: false,
    });
    const checks = Object.fromEntries(s.readiness.map((c) => [c.id, c]));
    expect(checks.secured_threshold?.ok).toBe(true);
    expect(checks.plan_closes).toMatchObject({ ok: false, missingCents: 24_950 });
    expect(checks.plan_closes?.message).toContain(`${eur(24_950)} missing`);
    expect(s.warnings).toEqual([]);
    expect(s.byKind.map((k) => k.kind)).toEqual([
      'producer',
      'public_fund',
      'region',
      'tv_presale',
    ]);
    expect(s.byKind.find((k) => k.kind === 'tv_presale')).toMatchObject({
      declined: 100_000,
      total: 0,
      shareBp: 0,
    });
    expect(s.byKind.find((k) => k.kind === 'producer')).toMatchObject({
      confirmed: 300_000,
      shareBp: 3_000,
    });
    // Crowd 450.5 bp and gap 249.5 bp tie on the remainder: the leftover bp goes to the first (crowd).
    expect(s.plan.crowd).toEqual({ amountCents: 45_050, shareBp: 451 });
    expect(s.plan.gap).toEqual({ amountCents: 24_950, shareBp: 249 });
    expect(Object.values(s.plan).reduce((sum, part) => sum + part.shareBp, 0)).toBe(10_000);
    expect(s.campaigns.find((c) => c.id === kick.id)).toMatchObject({
      collectedCents: 35_050,
      collectedPayments: 4,
      pledgedCents: 2_000,
      countedCents: 35_050,
      netCents: 35_050 - costs,
    });

    const headline = (await call(ws, 'projects.get', { id: projectId })).figures;
    for (const key of [
      'budgetTotal',
      'secured',
      'pending',
      'crowdLine',
      'crowdCap',
      'gap',
    ] as const) {
      expect(headline[key]).toBe(s[key]);
    }

    // Over-funding: 20,000 more collected pushes the crowd (65,050) past the cap (50,000).
    await seedPledges(ws, kick.id, [{ amountCents: 20_000, status: 'collected' }]);
    const over = await call(ws, 'financing.summary', { projectId });
    expect(over).toMatchObject({
      crowdLine: 50_000,
      overCapSurplus: 15_050,
      gap: 1_000_000 - 550_000 - 380_000 - 50_000,
    });
    expect(over.warnings.map((w) => w.id)).toEqual(['over_cap_surplus']);
    expect(over.warnings[0]?.amountCents).toBe(15_050);
  });

  it('warns when a budget cut leaves the crowd goals over the cap, and when the plan closes', async () => {
    const { projectId, chapterId } = await projectWithBudget(ws, 0);
    const line = await call(ws, 'budget.addLine', {
      projectId,
      chapterId,
      label: 'All',
      rateCents: 1_000_000,
    });
    await call(ws, 'campaigns.create', {
      projectId,
      title: 'Ulule',
      platform: 'ulule',
      goalCents: 50_000,
    });
    await call(ws, 'budget.updateLine', { id: line.id, rateCents: 800_000 });
    const cut = await call(ws, 'financing.summary', { projectId });
    expect(cut).toMatchObject({
      crowdCap: 40_000,
      crowdGoal: 50_000,
      capRoom: -10_000,
      crowdLine: 40_000,
    });
    const warning = cut.warnings.find((w) => w.id === 'crowd_goals_over_cap');
    expect(warning?.amountCents).toBe(10_000);
    expect(warning?.message).toContain(`Crowd goals exceed the cap by ${eur(10_000)}`);

    await call(ws, 'financing.addSource', {
      projectId,
      kind: 'producer',
      amountCents: 800_000,
      status: 'confirmed',
    });
    const full = await call(ws, 'financing.summary', { projectId });
    expect(full.gap).toBe(-40_000);
    expect(full.ready).toBe(true);
    expect(full.warnings.map((w) => w.id)).toContain('plan_exceeds_budget');
  });

  it('reports the secured amount missing against the threshold', async () => {
    const { projectId } = await projectWithBudget(ws, 1_000_001, { securedThresholdBp: 5_000 });
    await call(ws, 'financing.addSource', {
      projectId,
      kind: 'producer',
      amountCents: 200_000,
      status: 'confirmed',
    });
    const s = await call(ws, 'financing.summary', { projectId });
    // 50 % of 1,000,001 = 500,000.5 → 500,001 (half away from zero).
    expect(s.securedThreshold).toBe(500_001);
    const check = s.readiness.find((c) => c.id === 'secured_threshold');
    expect(check).toMatchObject({ ok: false, missingCents: 300_001 });
    expect(check?.message).toContain(`${eur(300_001)} missing`);
    expect(check?.params).toMatchObject({ thresholdBp: 5_000, securedCents: 200_000 });
  });
});
