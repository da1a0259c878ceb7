import { z } from 'zod';
import { basisPointsSchema, centsSchema } from '../money';
import { channel } from './channel';
import { currencySchema } from './projects';

const idSchema = z.number().int().positive();
const isoDateSchema = z.iso.date('must be a date written YYYY-MM-DD');

export const campaignPlatforms = [
  'touscoprod',
  'kisskissbankbank',
  'ulule',
  'kickstarter',
  'indiegogo',
  'own_site',
  'offline',
] as const;
export const campaignPlatformSchema = z.enum(campaignPlatforms);
export type CampaignPlatform = z.infer<typeof campaignPlatformSchema>;

/** all_or_nothing ("tout ou rien"): nothing is collected unless the goal is reached. */
export const campaignModels = ['all_or_nothing', 'keep_it_all'] as const;
export const campaignModelSchema = z.enum(campaignModels);
export type CampaignModel = z.infer<typeof campaignModelSchema>;

/** draft → live → succeeded | failed; live → draft while nothing was pledged. */
export const campaignStatuses = ['draft', 'live', 'succeeded', 'failed'] as const;
export const campaignStatusSchema = z.enum(campaignStatuses);
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;

const goalSchema = centsSchema.min(0, 'validation.notNegative');
const feeFixedSchema = centsSchema.min(0, 'validation.notNegative');
const maxDurationSchema = z
  .number()
  .int('validation.wholeDays')
  .min(1, 'validation.atLeastDays')
  .max(3650, 'validation.atMostDays');
const titleSchema = z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong');

/** A platform's usual fees and longest campaign; a campaign starts from it and may edit each figure. */
export const platformPresetSchema = z.object({
  platform: campaignPlatformSchema,
  name: z.string(),
  commissionBp: z.number().int(),
  paymentBp: z.number().int(),
  paymentFixedCents: centsSchema,
  maxDurationDays: z.number().int(),
  note: z.string(),
});
export type PlatformPreset = z.infer<typeof platformPresetSchema>;

/** The money side of one campaign: what it collected, what the crowd costs, what it brings. */
export const campaignMoneySchema = z.object({
  /** Collected less refunded (payment status collected or refunded). */
  collectedCents: centsSchema,
  /** Payments that bear the fixed fee per payment (collected or refunded). */
  collectedPayments: z.number().int().nonnegative(),
  commissionCents: centsSchema,
  paymentFeesCents: centsSchema,
  /** Production cost of the reward items of collected pledges (fulfillment lines not cancelled). */
  rewardCostCents: centsSchema,
  shippingCostCents: centsSchema,
  /** commission + payment fees + reward production + shipping. */
  costsCents: centsSchema,
  /** collected − costs: what the campaign really brings. */
  netCents: centsSchema,
  /** What it adds to the plan before the cap: goal while draft/live, collected once succeeded, 0 once failed. */
  countedCents: centsSchema,
  /** Pledged and not yet collected. */
  pledgedCents: centsSchema,
  contributionCount: z.number().int().nonnegative(),
});
export type CampaignMoney = z.infer<typeof campaignMoneySchema>;

export const campaignSchema = z
  .object({
    id: idSchema,
    projectId: idSchema,
    title: z.string(),
    platform: campaignPlatformSchema,
    currency: z.string(),
    model: campaignModelSchema,
    goalCents: centsSchema,
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    maxDurationDays: z.number().int(),
    commissionBp: z.number().int(),
    paymentBp: z.number().int(),
    paymentFixedCents: centsSchema,
    status: campaignStatusSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .extend(campaignMoneySchema.shape);
export type Campaign = z.infer<typeof campaignSchema>;

export const campaignCreateInputSchema = z
  .object({
    projectId: idSchema,
    title: titleSchema,
    platform: campaignPlatformSchema,
    /** Defaults to the project's currency; another currency is refused (no exchange rates). */
    currency: currencySchema.optional(),
    model: campaignModelSchema.default('all_or_nothing'),
    goalCents: goalSchema,
    startsOn: isoDateSchema.nullable().default(null),
    endsOn: isoDateSchema.nullable().default(null),
    /** Each defaults to the platform's preset (see campaigns.presets). */
    maxDurationDays: maxDurationSchema.optional(),
    commissionBp: basisPointsSchema.optional(),
    paymentBp: basisPointsSchema.optional(),
    paymentFixedCents: feeFixedSchema.optional(),
  })
  .strict();

export const campaignUpdateInputSchema = z
  .object({
    id: idSchema,
    title: titleSchema.optional(),
    platform: campaignPlatformSchema.optional(),
    currency: currencySchema.optional(),
    model: campaignModelSchema.optional(),
    goalCents: goalSchema.optional(),
    startsOn: isoDateSchema.nullable().optional(),
    endsOn: isoDateSchema.nullable().optional(),
    maxDurationDays: maxDurationSchema.optional(),
    commissionBp: basisPointsSchema.optional(),
    paymentBp: basisPointsSchema.optional(),
    paymentFixedCents: feeFixedSchema.optional(),
  })
  .strict();

export const campaignSetStatusOutputSchema = campaignSchema.extend({
  /** Pledges that became not_collected because an all-or-nothing campaign failed. */
  pledgesNotCollected: z.number().int().nonnegative(),
  /** Collected pledges that became refund_due because an all-or-nothing campaign failed. */
  pledgesRefundDue: z.number().int().nonnegative(),
});

export const campaignChannels = {
  'campaigns.presets': channel(
    'The platforms with their usual fees (commission and payment basis points, fixed cents per payment) and longest duration.',
    z.object({}).strict(),
    z.array(platformPresetSchema),
  ),
  'campaigns.list': channel(
    'The campaigns of a project with what each collected, costs and brings.',
    z.object({ projectId: idSchema }).strict(),
    z.array(campaignSchema),
  ),
  'campaigns.get': channel(
    'One campaign with its gross collected, fees, reward costs and net.',
    z.object({ id: idSchema }).strict(),
    campaignSchema,
  ),
  'campaigns.create': channel(
    'Create a draft campaign; fees and longest duration default to the platform preset. A goal that pushes the crowd goals over the crowd cap is refused (code cap_exceeded).',
    campaignCreateInputSchema,
    campaignSchema,
  ),
  'campaigns.update': channel(
    'Change a campaign (title, platform, model, goal, dates, fees). Raising the goal over the crowd cap is refused (code cap_exceeded).',
    campaignUpdateInputSchema,
    campaignSchema,
  ),
  'campaigns.setStatus': channel(
    'Move a campaign draft → live → succeeded | failed (live → draft while nothing was pledged). A failed all-or-nothing campaign turns its pledges into not_collected and its collected pledges into refund_due.',
    z.object({ id: idSchema, status: campaignStatusSchema }).strict(),
    campaignSetStatusOutputSchema,
  ),
};
