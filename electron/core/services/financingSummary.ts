import { sql, type Kysely } from 'kysely';
import {
  financingKinds,
  type CampaignModel,
  type CampaignPlatform,
  type CampaignStatus,
  type FinancingSummary,
  type FinancingWarning,
  type ReadinessCheck,
} from '../../../shared/contract';
import { applyBasisPoints, asCents, sharesBasisPoints, sumCents } from '../../../shared/money';
import type { Database } from '../db/schema';
import { listChapters } from './budget';
import { money, percent } from './campaignRules';
import { campaignMoneyOf } from './crowdFigures';
import { requireProject } from './ownership';
import { crowdPlan, headlineFigures, planTotals } from './projectFigures';

/** The figures the readiness checklist and the warnings are made of, in cents. */
export interface PlanNumbers {
  currency: string;
  crowdCapBp: number;
  securedThresholdBp: number;
  budgetTotal: number;
  secured: number;
  pending: number;
  securedThreshold: number;
  crowdGoal: number;
  crowdCap: number;
  capRoom: number;
  crowdBeforeCap: number;
  crowdLine: number;
  overCapSurplus: number;
  gap: number;
}

type ReadinessNumbers = Pick<
  PlanNumbers,
  | 'currency'
  | 'securedThresholdBp'
  | 'budgetTotal'
  | 'secured'
  | 'pending'
  | 'securedThreshold'
  | 'crowdLine'
  | 'gap'
>;

/**
 * DESIGN "Readiness": a campaign can be launched when the budget is not empty, secured ≥ threshold ×
 * budget and the plan closes. Each check says what is missing; ids and params let the UI translate.
 */
export function readinessChecks(n: ReadinessNumbers): ReadinessCheck[] {
  const m = (cents: number) => money(cents, n.currency);
  const securedMissing = Math.max(0, n.securedThreshold - n.secured);
  const gapMissing = Math.max(0, n.gap);
  return [
    {
      id: 'budget_not_empty',
      ok: n.budgetTotal > 0,
      message:
        n.budgetTotal > 0
          ? `The budget totals ${m(n.budgetTotal)}.`
          : 'The budget is empty: add budget lines before planning the financing.',
      params: { budgetCents: n.budgetTotal },
    },
    {
      id: 'secured_threshold',
      ok: securedMissing === 0,
      message:
        securedMissing === 0
          ? `Secured financing ${m(n.secured)} reaches ${percent(n.securedThresholdBp)} of the budget (${m(n.securedThreshold)}).`
          : `Secured financing ${m(n.secured)} is below ${percent(n.securedThresholdBp)} of the budget (${m(n.securedThreshold)}): ${m(securedMissing)} missing.`,
      ...(securedMissing > 0 ? { missingCents: asCents(securedMissing) } : {}),
      params: {
        securedCents: n.secured,
        thresholdCents: n.securedThreshold,
        thresholdBp: n.securedThresholdBp,
        missingCents: securedMissing,
      },
    },
    {
      id: 'plan_closes',
      ok: gapMissing === 0,
      message:
        gapMissing === 0
          ? 'The financing plan closes: secured, pending and crowd financing cover the budget.'
          : `The financing plan does not close: ${m(gapMissing)} missing (budget ${m(n.budgetTotal)} − secured ${m(n.secured)} − pending ${m(n.pending)} − crowd ${m(n.crowdLine)}).`,
      ...(gapMissing > 0 ? { missingCents: asCents(gapMissing) } : {}),
      params: {
        budgetCents: n.budgetTotal,
        securedCents: n.secured,
        pendingCents: n.pending,
        crowdLineCents: n.crowdLine,
        missingCents: gapMissing,
      },
    },
  ];
}

interface CampaignCurrency {
  title: string;
  currency: string;
}

/** What the plan shows instead of hiding: goals over the cap, money beyond it, an over-full plan. */
export function financingWarnings(
  n: PlanNumbers,
  campaigns: readonly CampaignCurrency[],
): FinancingWarning[] {
  const m = (cents: number) => money(cents, n.currency);
  const warnings: FinancingWarning[] = [];
  if (n.capRoom < 0) {
    warnings.push({
      id: 'crowd_goals_over_cap',
      message: `Crowd goals exceed the cap by ${m(-n.capRoom)}: goals ${m(n.crowdGoal)}, cap ${m(n.crowdCap)} (${percent(n.crowdCapBp)} of the budget). Lower a goal or raise the budget.`,
      amountCents: asCents(-n.capRoom),
      params: { goalCents: n.crowdGoal, capCents: n.crowdCap, capBp: n.crowdCapBp },
    });
  }
  if (n.overCapSurplus > 0) {
    warnings.push({
      id: 'over_cap_surplus',
      message: `${m(n.overCapSurplus)} of the crowd amount is beyond the cap (${m(n.crowdCap)}) and is not counted in the plan (over-cap surplus).`,
      amountCents: asCents(n.overCapSurplus),
      params: { crowdCents: n.crowdBeforeCap, capCents: n.crowdCap },
    });
  }
  if (n.gap < 0) {
    warnings.push({
      id: 'plan_exceeds_budget',
      message: `The financing plan exceeds the budget by ${m(-n.gap)}.`,
      amountCents: asCents(-n.gap),
      params: { budgetCents: n.budgetTotal },
    });
  }
  for (const c of campaigns.filter((c) => c.currency !== n.currency)) {
    warnings.push({
      id: 'campaign_currency_mismatch',
      message: `Campaign "${c.title}" is in ${c.currency} but the project is kept in ${n.currency}: its amounts are added without conversion.`,
      params: { title: c.title, campaignCurrency: c.currency, projectCurrency: n.currency },
    });
  }
  return warnings;
}

/**
 * The stacked bar against the budget: secured, pending, crowd line and the gap left (≥ 0). When
 * the plan closes exactly the four shares add up to 10 000 bp (largest remainder).
 */
export function planBar(
  figures: Pick<PlanNumbers, 'budgetTotal' | 'secured' | 'pending' | 'crowdLine' | 'gap'>,
): FinancingSummary['plan'] {
  const gapLeft = asCents(Math.max(0, figures.gap));
  const [secured = 0, pending = 0, crowd = 0, gap = 0] = sharesBasisPoints(
    [figures.secured, figures.pending, figures.crowdLine, gapLeft],
    figures.budgetTotal,
  );
  return {
    secured: { amountCents: asCents(figures.secured), shareBp: secured },
    pending: { amountCents: asCents(figures.pending), shareBp: pending },
    crowd: { amountCents: asCents(figures.crowdLine), shareBp: crowd },
    gap: { amountCents: gapLeft, shareBp: gap },
  };
}

async function sourcesByKind(db: Kysely<Database>, projectId: number, budget: number) {
  const rows = await db
    .selectFrom('financing_sources')
    .select(['kind', 'status', sql<number>`sum(amount_cents)`.as('amount')])
    .where('project_id', '=', projectId)
    .groupBy(['kind', 'status'])
    .execute();
  const kinds = financingKinds
    .filter((kind) => rows.some((r) => r.kind === kind))
    .map((kind) => {
      const of = (status: string) =>
        asCents(rows.find((r) => r.kind === kind && r.status === status)?.amount ?? 0);
      const [planned, confirmed, received, declined] = [
        of('planned'),
        of('confirmed'),
        of('received'),
        of('declined'),
      ];
      return {
        kind,
        planned,
        confirmed,
        received,
        declined,
        total: sumCents([planned, confirmed, received]),
      };
    });
  const shares = sharesBasisPoints(
    kinds.map((k) => k.total),
    budget,
  );
  return kinds.map((k, i) => ({ ...k, shareBp: shares[i] ?? 0 }));
}

/** Everything the financing plan and the dashboard show, in one call. */
export async function financingSummary(
  db: Kysely<Database>,
  projectId: number,
): Promise<FinancingSummary> {
  // One read transaction: every figure comes from the same state of the file.
  return db.transaction().execute((trx) => summaryOf(trx, projectId));
}

/** The summary read with the caller's transaction (campaigns.setStatus checks readiness in its own). */
export async function summaryOf(
  db: Kysely<Database>,
  projectId: number,
): Promise<FinancingSummary> {
  const project = await requireProject(db, projectId);
  const totals = await planTotals(db, projectId);
  const campaigns = await campaignMoneyOf(db, projectId);
  const crowd = crowdPlan(
    totals.budget,
    project.crowd_cap_bp,
    campaigns.map((c) => c.row),
  );
  // The same arithmetic as the project headline (projects.get), so the two never disagree.
  const headline = headlineFigures({
    budgetTotal: totals.budget,
    secured: totals.confirmed + totals.received,
    pending: totals.pending,
    crowdBeforeCap: crowd.crowdBeforeCap,
    crowdCapBp: project.crowd_cap_bp,
    campaignCount: campaigns.length,
    contributorCount: totals.contributors,
  });
  const numbers: PlanNumbers = {
    ...crowd,
    currency: project.currency,
    crowdCapBp: project.crowd_cap_bp,
    securedThresholdBp: project.secured_threshold_bp,
    budgetTotal: headline.budgetTotal,
    secured: headline.secured,
    pending: headline.pending,
    securedThreshold: applyBasisPoints(totals.budget, project.secured_threshold_bp),
    gap: headline.gap,
  };
  const readiness = readinessChecks(numbers);
  const sum = (pick: (c: (typeof campaigns)[number]['money']) => number) =>
    sumCents(campaigns.map((c) => pick(c.money)));
  const crowdCollected = sum((c) => c.collectedCents);
  const crowdCosts = sum((c) => c.costsCents);
  const chapters = await listChapters(db, projectId);
  return {
    projectId,
    currency: project.currency,
    crowdCapBp: project.crowd_cap_bp,
    securedThresholdBp: project.secured_threshold_bp,
    budgetTotal: headline.budgetTotal,
    secured: headline.secured,
    confirmed: asCents(totals.confirmed),
    received: asCents(totals.received),
    pending: headline.pending,
    declined: asCents(totals.declined),
    securedThreshold: asCents(numbers.securedThreshold),
    crowdGoal: crowd.crowdGoal,
    crowdCap: headline.crowdCap,
    capRoom: crowd.capRoom,
    crowdLine: headline.crowdLine,
    crowdCollected,
    crowdCommission: sum((c) => c.commissionCents),
    crowdPaymentFees: sum((c) => c.paymentFeesCents),
    crowdRewardCost: sum((c) => c.rewardCostCents),
    crowdShippingCost: sum((c) => c.shippingCostCents),
    crowdCosts,
    crowdNet: asCents(crowdCollected - crowdCosts),
    overCapSurplus: crowd.overCapSurplus,
    gap: headline.gap,
    ready: readiness.every((check) => check.ok),
    readiness,
    warnings: financingWarnings(
      numbers,
      campaigns.map((c) => c.row),
    ),
    byKind: await sourcesByKind(db, projectId, totals.budget),
    plan: planBar(headline),
    chapters: chapters.map((c) => ({
      id: c.id,
      code: c.code,
      title: c.title,
      totalCents: c.totalCents,
      shareBp: c.shareBp,
    })),
    campaigns: campaigns.map(({ row, money: figures }) => ({
      id: row.id,
      title: row.title,
      platform: row.platform as CampaignPlatform,
      model: row.model as CampaignModel,
      status: row.status as CampaignStatus,
      goalCents: asCents(row.goal_cents),
      ...figures,
    })),
  };
}
