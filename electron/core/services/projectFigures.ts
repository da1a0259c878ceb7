import { sql, type Kysely } from 'kysely';
import type { ProjectFigures } from '../../../shared/contract';
import { applyBasisPoints, asCents } from '../../../shared/money';
import type { Database } from '../db/schema';

/** Money a campaign contributes to the plan before the cap (DESIGN: "crowd line"). */
export function campaignCrowdAmount(status: string, goal: number, collected: number): number {
  if (status === 'failed') return 0;
  if (status === 'succeeded') return collected;
  return goal;
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
  const crowdLine = asCents(Math.min(raw.crowdBeforeCap, crowdCap));
  return {
    budgetTotal: asCents(raw.budgetTotal),
    secured: asCents(raw.secured),
    pending: asCents(raw.pending),
    crowdLine,
    crowdCap,
    gap: asCents(raw.budgetTotal - raw.secured - raw.pending - crowdLine),
    campaignCount: raw.campaignCount,
    contributorCount: raw.contributorCount,
  };
}

/** Gross collected per campaign: collected money less what was refunded. */
export function collectedByCampaign(db: Kysely<Database>, projectId: number) {
  return db
    .selectFrom('campaigns as c')
    .leftJoin('contributions as k', 'k.campaign_id', 'c.id')
    .where('c.project_id', '=', projectId)
    .groupBy('c.id')
    .select([
      'c.id',
      'c.status',
      'c.goal_cents',
      sql<number>`coalesce(sum(CASE WHEN k.payment_status IN ('collected','refunded')
        THEN k.amount_cents - k.refunded_cents ELSE 0 END), 0)`.as('collected'),
      sql<number>`count(DISTINCT k.contributor_id)`.as('contributors'),
    ])
    .execute();
}

export async function projectFigures(
  db: Kysely<Database>,
  projectId: number,
  crowdCapBp: number,
): Promise<ProjectFigures> {
  const totals = await db
    .selectNoFrom([
      sql<number>`(SELECT coalesce(sum(l.amount_cents), 0) FROM budget_lines l
        JOIN budget_chapters ch ON ch.id = l.chapter_id WHERE ch.project_id = ${projectId})`.as(
        'budget',
      ),
      sql<number>`(SELECT coalesce(sum(amount_cents), 0) FROM financing_sources
        WHERE project_id = ${projectId} AND status IN ('confirmed','received'))`.as('secured'),
      sql<number>`(SELECT coalesce(sum(amount_cents), 0) FROM financing_sources
        WHERE project_id = ${projectId} AND status = 'planned')`.as('pending'),
      sql<number>`(SELECT count(DISTINCT k.contributor_id) FROM contributions k
        JOIN campaigns c ON c.id = k.campaign_id WHERE c.project_id = ${projectId})`.as(
        'contributors',
      ),
    ])
    .executeTakeFirstOrThrow();
  const campaigns = await collectedByCampaign(db, projectId);
  const crowdBeforeCap = campaigns.reduce(
    (sum, c) => sum + campaignCrowdAmount(c.status, c.goal_cents, c.collected),
    0,
  );
  return headlineFigures({
    budgetTotal: totals.budget,
    secured: totals.secured,
    pending: totals.pending,
    crowdBeforeCap,
    crowdCapBp,
    campaignCount: campaigns.length,
    contributorCount: totals.contributors,
  });
}
