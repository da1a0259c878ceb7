import { sql, type Kysely } from 'kysely';
import type { ProjectFigures } from '../../../shared/contract';
import { applyBasisPoints, asCents, type Cents } from '../../../shared/money';
import type { Database } from '../db/schema';

/** Money a campaign contributes to the plan before the cap (DESIGN: "crowd line"). */
export function campaignCrowdAmount(status: string, goal: number, collected: number): number {
  if (status === 'failed') return 0;
  if (status === 'succeeded') return collected;
  return goal;
}

/** What the crowd arithmetic needs of a campaign. */
export interface CrowdCampaign {
  status: string;
  goal_cents: number;
  collected: number;
}

/** How the crowd sits in the plan (DESIGN "Crowd cap rule"); every figure in cents. */
export interface CrowdPlan {
  /** round(budget × cap bp / 10 000) */
  crowdCap: Cents;
  /** Goals of the campaigns that have not failed: what the cap rule holds against the cap. */
  crowdGoal: Cents;
  /** cap − goals: negative when goals exceed the cap (after a budget cut). */
  capRoom: Cents;
  /** Each campaign's counted amount (goal, collected or nothing), summed, before the cap. */
  crowdBeforeCap: Cents;
  /** What the plan counts: the amount before the cap, at most the cap. */
  crowdLine: Cents;
  /** What the cap leaves out of the plan (≥ 0), shown and never silently counted. */
  overCapSurplus: Cents;
}

/** The crowd line: the crowd amount counted at most up to the cap. */
export function countedUpToCap(crowdBeforeCap: number, crowdCap: number): Cents {
  return asCents(Math.max(0, Math.min(crowdBeforeCap, crowdCap)));
}

/** Goals of the campaigns that have not failed. */
export function crowdGoalTotal(campaigns: readonly Omit<CrowdCampaign, 'collected'>[]): Cents {
  return asCents(campaigns.reduce((sum, c) => sum + (c.status === 'failed' ? 0 : c.goal_cents), 0));
}

/** The one crowd arithmetic behind the project headline, financing.summary and the cap rule. */
export function crowdPlan(
  budgetTotal: number,
  crowdCapBp: number,
  campaigns: readonly CrowdCampaign[],
): CrowdPlan {
  const crowdCap = applyBasisPoints(budgetTotal, crowdCapBp);
  const crowdGoal = crowdGoalTotal(campaigns);
  const crowdBeforeCap = asCents(
    campaigns.reduce((sum, c) => sum + campaignCrowdAmount(c.status, c.goal_cents, c.collected), 0),
  );
  const crowdLine = countedUpToCap(crowdBeforeCap, crowdCap);
  return {
    crowdCap,
    crowdGoal,
    capRoom: asCents(crowdCap - crowdGoal),
    crowdBeforeCap,
    crowdLine,
    overCapSurplus: asCents(crowdBeforeCap - crowdLine),
  };
}

interface RawFigures {
  budgetTotal: number;
  secured: number;
  pending: number;
  crowdBeforeCap: number;
  crowdCapBp: number;
  campaignCount: number;
  contributorCount: number;
}

/** Pure arithmetic of the headline: cap, crowd line counted at most up to the cap, gap. */
export function headlineFigures(raw: RawFigures): ProjectFigures {
  const crowdCap = applyBasisPoints(raw.budgetTotal, raw.crowdCapBp);
  const crowdLine = countedUpToCap(raw.crowdBeforeCap, crowdCap);
  return {
    budgetTotal: asCents(raw.budgetTotal),
    secured: asCents(raw.secured),
    pending: asCents(raw.pending),
    crowdLine,
    crowdCap,
    gap: planGap(raw.budgetTotal, raw.secured, raw.pending, crowdLine),
    campaignCount: raw.campaignCount,
    contributorCount: raw.contributorCount,
  };
}

/** Reste à financer: budget − secured − pending − crowd line (negative when the plan exceeds the budget). */
export function planGap(
  budgetTotal: number,
  secured: number,
  pending: number,
  crowdLine: number,
): Cents {
  return asCents(budgetTotal - secured - pending - crowdLine);
}

/**
 * Per campaign: gross collected (collected money less refunds), the payments that bear a fixed fee,
 * what is pledged and not yet collected, and the terms the fees are computed from.
 */
export function collectedByCampaign(db: Kysely<Database>, projectId: number, campaignId?: number) {
  let query = db
    .selectFrom('campaigns as c')
    .leftJoin('contributions as k', 'k.campaign_id', 'c.id')
    .where('c.project_id', '=', projectId);
  if (campaignId !== undefined) query = query.where('c.id', '=', campaignId);
  return query
    .groupBy('c.id')
    .orderBy('c.id')
    .select([
      'c.id',
      'c.title',
      'c.platform',
      'c.status',
      'c.model',
      'c.currency',
      'c.goal_cents',
      'c.commission_bp',
      'c.payment_bp',
      'c.payment_fixed_cents',
      sql<number>`coalesce(sum(CASE WHEN k.payment_status IN ('collected','refunded')
        THEN k.amount_cents - k.refunded_cents ELSE 0 END), 0)`.as('collected'),
      sql<number>`count(CASE WHEN k.payment_status IN ('collected','refunded') THEN 1 END)`.as(
        'payments',
      ),
      sql<number>`coalesce(sum(CASE WHEN k.payment_status = 'pledged'
        THEN k.amount_cents ELSE 0 END), 0)`.as('pledged'),
      sql<number>`count(k.id)`.as('contributions'),
      sql<number>`count(DISTINCT k.contributor_id)`.as('contributors'),
    ])
    .execute();
}

/** The sums of a project's plan that come straight from its budget lines and sources. */
export async function planTotals(db: Kysely<Database>, projectId: number) {
  return db
    .selectNoFrom([
      sql<number>`(SELECT coalesce(sum(l.amount_cents), 0) FROM budget_lines l
        JOIN budget_chapters ch ON ch.id = l.chapter_id WHERE ch.project_id = ${projectId})`.as(
        'budget',
      ),
      sql<number>`(SELECT coalesce(sum(amount_cents), 0) FROM financing_sources
        WHERE project_id = ${projectId} AND status = 'confirmed')`.as('confirmed'),
      sql<number>`(SELECT coalesce(sum(amount_cents), 0) FROM financing_sources
        WHERE project_id = ${projectId} AND status = 'received')`.as('received'),
      sql<number>`(SELECT coalesce(sum(amount_cents), 0) FROM financing_sources
        WHERE project_id = ${projectId} AND status = 'planned')`.as('pending'),
      sql<number>`(SELECT coalesce(sum(amount_cents), 0) FROM financing_sources
        WHERE project_id = ${projectId} AND status = 'declined')`.as('declined'),
      sql<number>`(SELECT count(DISTINCT k.contributor_id) FROM contributions k
        JOIN campaigns c ON c.id = k.campaign_id WHERE c.project_id = ${projectId})`.as(
        'contributors',
      ),
    ])
    .executeTakeFirstOrThrow();
}

export async function projectFigures(
  db: Kysely<Database>,
  projectId: number,
  crowdCapBp: number,
): Promise<ProjectFigures> {
  const totals = await planTotals(db, projectId);
  const campaigns = await collectedByCampaign(db, projectId);
  const crowd = crowdPlan(totals.budget, crowdCapBp, campaigns);
  return headlineFigures({
    budgetTotal: totals.budget,
    secured: totals.confirmed + totals.received,
    pending: totals.pending,
    crowdBeforeCap: crowd.crowdBeforeCap,
    crowdCapBp,
    campaignCount: campaigns.length,
    contributorCount: totals.contributors,
  });
}
