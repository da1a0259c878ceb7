import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goalFitsCap, roomUnderCap } from '../../electron/core/services/campaignRules';
import { campaignCosts } from '../../electron/core/services/crowdFigures';
import {
  planBar,
  readinessChecks,
  type PlanNumbers,
} from '../../electron/core/services/financingSummary';
import { crowdPlan, headlineFigures } from '../../electron/core/services/projectFigures';

const draft = (goal: number) => ({ status: 'draft', goal_cents: goal, collected: 0 });

describe('crowd cap', () => {
  it('accepts a goal that reaches the cap exactly and refuses one cent more', () => {
    // Budget €12,000.00 at 5 %: cap €600.00.
    const plan = crowdPlan(1_200_000, 500, []);
    expect(plan.crowdCap).toBe(60_000);
    const room = roomUnderCap(plan.crowdCap, plan.crowdGoal);
    expect(goalFitsCap(60_000, room)).toBe(true);
    expect(goalFitsCap(60_001, room)).toBe(false);
    const withOthers = roomUnderCap(plan.crowdCap, 15_000);
    expect(withOthers.roomCents).toBe(45_000);
    expect(goalFitsCap(45_000, withOthers)).toBe(true);
    expect(goalFitsCap(45_001, withOthers)).toBe(false);
  });

  it('never offers negative room when the other goals already exceed the cap', () => {
    const room = roomUnderCap(40_000, 50_000);
    expect(room.roomCents).toBe(0);
    expect(goalFitsCap(0, room)).toBe(true);
    expect(goalFitsCap(1, room)).toBe(false);
  });

  it('rounds the cap half away from zero on an odd budget', () => {
    // 5 % of 10 cents is 0.5 cent → 1; of 30 cents 1.5 → 2; of 9 cents 0.45 → 0.
    expect(crowdPlan(10, 500, []).crowdCap).toBe(1);
    expect(crowdPlan(30, 500, []).crowdCap).toBe(2);
    expect(crowdPlan(9, 500, []).crowdCap).toBe(0);
    // 5 % of €1,000.10 = 5,000.5 cents → 5,001.
    expect(crowdPlan(100_010, 500, []).crowdCap).toBe(5_001);
  });

  it('counts goals while draft or live, collected once succeeded, nothing once failed', () => {
    const plan = crowdPlan(10_000_000, 500, [
      draft(100_000),
      { status: 'live', goal_cents: 50_000, collected: 20_000 },
      { status: 'succeeded', goal_cents: 80_000, collected: 90_000 },
      { status: 'failed', goal_cents: 200_000, collected: 0 },
    ]);
    expect(plan.crowdGoal).toBe(100_000 + 50_000 + 80_000);
    expect(plan.crowdBeforeCap).toBe(100_000 + 50_000 + 90_000);
    expect(plan.crowdCap).toBe(500_000);
    expect(plan.capRoom).toBe(500_000 - 230_000);
    expect(plan.crowdLine).toBe(240_000);
    expect(plan.overCapSurplus).toBe(0);
  });

  it('caps the crowd line and shows the rest as over-cap surplus', () => {
    const plan = crowdPlan(1_000_000, 500, [
      { status: 'succeeded', goal_cents: 40_000, collected: 65_050 },
    ]);
    expect(plan.crowdCap).toBe(50_000);
    expect(plan.crowdLine).toBe(50_000);
    expect(plan.overCapSurplus).toBe(15_050);
    expect(plan.capRoom).toBe(10_000);
  });

  it('keeps line + surplus equal to the crowd amount, and the headline agrees on line and gap', () => {
    const campaign = fc.record({
      status: fc.constantFrom('draft', 'live', 'succeeded', 'failed'),
      goal_cents: fc.integer({ min: 0, max: 10_000_000 }),
      collected: fc.integer({ min: 0, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(campaign, { maxLength: 6 }),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        (budget, capBp, campaigns, secured) => {
          const plan = crowdPlan(budget, capBp, campaigns);
          expect(plan.crowdLine + plan.overCapSurplus).toBe(plan.crowdBeforeCap);
          expect(plan.crowdLine).toBeLessThanOrEqual(plan.crowdCap);
          expect(plan.overCapSurplus).toBeGreaterThanOrEqual(0);
          const headline = headlineFigures({
            budgetTotal: budget,
            secured,
            pending: 0,
            crowdBeforeCap: plan.crowdBeforeCap,
            crowdCapBp: capBp,
            campaignCount: campaigns.length,
            contributorCount: 0,
          });
          expect(headline.crowdLine).toBe(plan.crowdLine);
          expect(headline.gap).toBe(budget - secured - plan.crowdLine);
        },
      ),
    );
  });
});

describe('plan shares', () => {
  it('splits a closing plan into shares that add up to exactly 10 000 bp', () => {
    const part = fc.integer({ min: 0, max: 100_000_000_000 });
    fc.assert(
      fc.property(part, part, part, part, (secured, pending, crowdLine, gap) => {
        const budgetTotal = secured + pending + crowdLine + gap;
        fc.pre(budgetTotal > 0);
        const bar = planBar({ budgetTotal, secured, pending, crowdLine, gap });
        const shares = [bar.secured, bar.pending, bar.crowd, bar.gap].map((p) => p.shareBp);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(10_000);
        expect(bar.gap.amountCents).toBe(gap);
      }),
    );
  });

  it('shows no negative gap when the plan exceeds the budget', () => {
    const bar = planBar({ budgetTotal: 100, secured: 80, pending: 40, crowdLine: 0, gap: -20 });
    expect(bar.gap).toEqual({ amountCents: 0, shareBp: 0 });
    expect(bar.secured.shareBp + bar.pending.shareBp).toBe(12_000);
  });

  it('gives the leftover basis point to the largest remainder', () => {
    // Thirds: 3333.33… bp each; the leftover bp goes to the first on a tie.
    const bar = planBar({ budgetTotal: 3, secured: 1, pending: 1, crowdLine: 1, gap: 0 });
    expect([bar.secured.shareBp, bar.pending.shareBp, bar.crowd.shareBp, bar.gap.shareBp]).toEqual([
      3334, 3333, 3333, 0,
    ]);
  });
});

describe('crowd costs', () => {
  it('applies each rate once to the collected total, half away from zero, plus the fixed fee per payment', () => {
    // 5 % of 35,050 = 1,752.5 → 1,753; 3 % = 1,051.5 → 1,052; 4 payments × 20 = 80.
    const costs = campaignCosts(
      35_050,
      4,
      { commission_bp: 500, payment_bp: 300, payment_fixed_cents: 20 },
      { production: 1_000, shipping: 600 },
    );
    expect(costs.commission).toBe(1_753);
    expect(costs.paymentFees).toBe(1_052 + 80);
    expect(costs.costs).toBe(1_753 + 1_132 + 1_000 + 600);
    expect(costs.net).toBe(35_050 - costs.costs);
  });

  it('lets the net go negative when rewards cost more than was collected', () => {
    const costs = campaignCosts(
      1_000,
      1,
      { commission_bp: 800, payment_bp: 0, payment_fixed_cents: 0 },
      { production: 2_000, shipping: 0 },
    );
    expect(costs.net).toBe(1_000 - 80 - 2_000);
  });
});

describe('readiness', () => {
  const numbers = (overrides: Partial<PlanNumbers>) => ({
    currency: 'EUR',
    crowdCapBp: 500,
    securedThresholdBp: 5_000,
    budgetTotal: 1_000_000,
    secured: 400_000,
    pending: 500_000,
    securedThreshold: 500_000,
    gap: 50_000,
    crowdLine: 50_000,
    ...overrides,
  });

  it('says how much is missing for the threshold and for the plan to close', () => {
    const checks = readinessChecks(numbers({}));
    const byId = Object.fromEntries(checks.map((c) => [c.id, c]));
    expect(byId.budget_not_empty?.ok).toBe(true);
    expect(byId.secured_threshold).toMatchObject({ ok: false, missingCents: 100_000 });
    expect(byId.secured_threshold?.message).toContain('€1,000.00 missing');
    expect(byId.plan_closes).toMatchObject({ ok: false, missingCents: 50_000 });
    expect(byId.plan_closes?.message).toContain('€500.00 missing');
  });

  it('passes every check on a secured, closed plan', () => {
    const checks = readinessChecks(numbers({ secured: 950_000, pending: 0, gap: 0 }));
    expect(checks.every((c) => c.ok && c.missingCents === undefined)).toBe(true);
  });
});
