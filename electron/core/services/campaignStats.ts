import { sql, type Kysely } from 'kysely';
import type { CampaignStats } from '../../../shared/contract/campaignStats';
import { asCents } from '../../../shared/money';
import type { Database } from '../db/schema';
import { campaignRow } from './rewards';

/** Payments that never went through are left out of the charts (see the contract). */
const EXCLUDED_STATUS = 'failed';

/**
 * A campaign's pledges aggregated for its charts. Each figure is one SQL aggregate over the
 * campaign's pledges (found through the contributions_campaign index), so the work stays in
 * SQLite and only a few hundred rows come back, however many pledges there are.
 */
export async function campaignStats(db: Kysely<Database>, id: number): Promise<CampaignStats> {
  const campaign = await campaignRow(db, id, 'id');
  const pledges = db
    .selectFrom('contributions as k')
    .where('k.campaign_id', '=', id)
    .where('k.payment_status', '!=', EXCLUDED_STATUS);

  const day = sql<string>`substr(k.pledged_at, 1, 10)`;
  const [days, tiers, countries] = await Promise.all([
    pledges
      .select([
        day.as('date'),
        sql<number>`sum(k.amount_cents)`.as('amount'),
        sql<number>`count(*)`.as('count'),
      ])
      .groupBy(day)
      .orderBy(day)
      .execute(),
    tierStats(db, id),
    pledges
      .innerJoin('contributors as p', 'p.id', 'k.contributor_id')
      .select([
        'p.country_code as code',
        sql<number>`count(DISTINCT k.contributor_id)`.as('contributors'),
        sql<number>`sum(k.amount_cents)`.as('amount'),
      ])
      .groupBy('p.country_code')
      .orderBy('contributors', 'desc')
      .orderBy('amount', 'desc')
      .orderBy('p.country_code')
      .execute(),
  ]);

  return {
    campaignId: id,
    currency: campaign.currency,
    perDay: days.map((row) => ({
      date: row.date,
      amountCents: asCents(row.amount),
      count: row.count,
    })),
    byTier: tiers,
    byCountry: countries.map((row) => ({
      countryCode: row.code,
      contributors: row.contributors,
      amountCents: asCents(row.amount),
    })),
  };
}

/** Every tier of the campaign in its order, even without pledges, then the pledges without one. */
async function tierStats(
  db: Kysely<Database>,
  campaignId: number,
): Promise<CampaignStats['byTier']> {
  const [tiers, totals] = await Promise.all([
    db
      .selectFrom('reward_tiers')
      .select(['id', 'title'])
      .where('campaign_id', '=', campaignId)
      .orderBy('position')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('contributions')
      .select([
        'tier_id',
        sql<number>`count(*)`.as('count'),
        sql<number>`sum(amount_cents)`.as('amount'),
      ])
      .where('campaign_id', '=', campaignId)
      .where('payment_status', '!=', EXCLUDED_STATUS)
      .groupBy('tier_id')
      .execute(),
  ]);
  const byTier = new Map(totals.map((row) => [row.tier_id, row]));
  const stats: CampaignStats['byTier'] = tiers.map((tier) => ({
    tierId: tier.id,
    title: tier.title,
    count: byTier.get(tier.id)?.count ?? 0,
    amountCents: asCents(byTier.get(tier.id)?.amount ?? 0),
  }));
  const noTier = byTier.get(null);
  if (noTier) {
    stats.push({
      tierId: null,
      title: null,
      count: noTier.count,
      amountCents: asCents(noTier.amount),
    });
  }
  return stats;
}
