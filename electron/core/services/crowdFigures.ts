import { sql, type Kysely } from 'kysely';
import type { CampaignMoney } from '../../../shared/contract/campaigns';
import { applyBasisPoints, asCents, sumCents, type Cents } from '../../../shared/money';
import type { Database } from '../db/schema';
import { campaignCrowdAmount, collectedByCampaign } from './projectFigures';

/** A campaign's fee terms, as stored. */
export interface FeeTerms {
  commission_bp: number;
  payment_bp: number;
  payment_fixed_cents: number;
}

/** What the rewards of a campaign's collected pledges cost to make and to ship. */
export interface RewardCosts {
  production: number;
  shipping: number;
}

export interface CampaignCosts {
  commission: Cents;
  paymentFees: Cents;
  costs: Cents;
  net: Cents;
}

/**
 * Net crowd proceeds of one campaign (DESIGN): collected − commission − payment fees − reward
 * production − shipping. Each rate is applied once to the campaign's collected total (one rounding
 * per figure, half away from zero); the fixed fee is charged per collected payment.
 */
export function campaignCosts(
  collected: number,
  payments: number,
  terms: FeeTerms,
  rewards: RewardCosts,
): CampaignCosts {
  const commission = applyBasisPoints(collected, terms.commission_bp);
  const paymentFees = sumCents([
    applyBasisPoints(collected, terms.payment_bp),
    terms.payment_fixed_cents * payments,
  ]);
  const costs = sumCents([commission, paymentFees, rewards.production, rewards.shipping]);
  return { commission, paymentFees, costs, net: asCents(collected - costs) };
}

const NO_REWARD_COSTS: RewardCosts = { production: 0, shipping: 0 };

/**
 * Reward costs per campaign: fulfillment lines that are not cancelled, of pledges that were
 * collected, times the item's unit cost (and shipping cost when the item ships).
 */
export async function rewardCostsByCampaign(
  db: Kysely<Database>,
  projectId: number,
  campaignId?: number,
): Promise<Map<number, RewardCosts>> {
  let query = db
    .selectFrom('fulfillment_lines as f')
    .innerJoin('contributions as k', 'k.id', 'f.contribution_id')
    .innerJoin('campaigns as c', 'c.id', 'k.campaign_id')
    .innerJoin('reward_items as i', 'i.id', 'f.item_id')
    .where('c.project_id', '=', projectId)
    .where('f.status', '!=', 'cancelled')
    .where('k.payment_status', '=', 'collected');
  if (campaignId !== undefined) query = query.where('c.id', '=', campaignId);
  const rows = await query
    .groupBy('k.campaign_id')
    .select([
      'k.campaign_id',
      sql<number>`sum(f.quantity * i.unit_cost_cents)`.as('production'),
      sql<number>`sum(CASE WHEN i.ships = 1 THEN f.quantity * i.shipping_cost_cents ELSE 0 END)`.as(
        'shipping',
      ),
    ])
    .execute();
  return new Map(
    rows.map((r) => [r.campaign_id, { production: r.production, shipping: r.shipping }]),
  );
}

export type CampaignTotalsRow = Awaited<ReturnType<typeof collectedByCampaign>>[number];

export interface CampaignWithMoney {
  row: CampaignTotalsRow;
  money: CampaignMoney;
}

/** The money side of each campaign of a project (or of one campaign), in campaign id order. */
export async function campaignMoneyOf(
  db: Kysely<Database>,
  projectId: number,
  campaignId?: number,
): Promise<CampaignWithMoney[]> {
  const [rows, rewards] = await Promise.all([
    collectedByCampaign(db, projectId, campaignId),
    rewardCostsByCampaign(db, projectId, campaignId),
  ]);
  return rows.map((row) => {
    const reward = rewards.get(row.id) ?? NO_REWARD_COSTS;
    const costs = campaignCosts(row.collected, row.payments, row, reward);
    return {
      row,
      money: {
        collectedCents: asCents(row.collected),
        collectedPayments: row.payments,
        commissionCents: costs.commission,
        paymentFeesCents: costs.paymentFees,
        rewardCostCents: asCents(reward.production),
        shippingCostCents: asCents(reward.shipping),
        costsCents: costs.costs,
        netCents: costs.net,
        countedCents: asCents(campaignCrowdAmount(row.status, row.goal_cents, row.collected)),
        pledgedCents: asCents(row.pledged),
        contributionCount: row.contributions,
      },
    };
  });
}
