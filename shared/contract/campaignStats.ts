import { z } from 'zod';
import { centsSchema } from '../money';
import { channel } from './channel';

const idSchema = z.number().int().positive();
const countSchema = z.number().int().nonnegative();

export const campaignDayStatSchema = z.object({
  /** The calendar day of the pledge as stored (YYYY-MM-DD). */
  date: z.iso.date(),
  amountCents: centsSchema,
  count: countSchema,
});
export type CampaignDayStat = z.infer<typeof campaignDayStatSchema>;

export const campaignTierStatSchema = z.object({
  /** null: pledges without a reward. */
  tierId: idSchema.nullable(),
  title: z.string().nullable(),
  count: countSchema,
  amountCents: centsSchema,
});
export type CampaignTierStat = z.infer<typeof campaignTierStatSchema>;

export const campaignCountryStatSchema = z.object({
  /** ISO 3166 code of the contributor's country; '' when unknown. */
  countryCode: z.string(),
  contributors: countSchema,
  amountCents: centsSchema,
});
export type CampaignCountryStat = z.infer<typeof campaignCountryStatSchema>;

export const campaignStatsSchema = z.object({
  campaignId: idSchema,
  currency: z.string(),
  /** Days with at least one pledge, oldest first. */
  perDay: z.array(campaignDayStatSchema),
  /** The campaign's tiers in their order (empty ones included), then pledges without a reward. */
  byTier: z.array(campaignTierStatSchema),
  /** Countries by number of contributors, most first. */
  byCountry: z.array(campaignCountryStatSchema),
});
export type CampaignStats = z.infer<typeof campaignStatsSchema>;

/**
 * The figures count every pledge but those whose payment `failed` (never went through, dropped by
 * the platform). Pledges a failed campaign did not collect still count: the charts show how far
 * the campaign got.
 */
export const campaignStatsChannels = {
  'campaigns.stats': channel(
    'Pledges of a campaign per day, per reward tier and per contributor country (every pledge but failed payments), for its charts.',
    z.object({ id: idSchema }).strict(),
    campaignStatsSchema,
  ),
};
