import { z } from 'zod';
import { centsSchema } from '../money';
import { channel } from './channel';
import {
  contributorFieldsSchema,
  fulfillmentLineSchema,
  paymentStatusSchema,
} from './contributors';
import { currencySchema } from './projects';

const idSchema = z.number().int().positive();
const partSchema = centsSchema.min(0, 'validation.notNegative');
const isoDateSchema = z.iso.date('must be a date written YYYY-MM-DD');

/** How money entered outside a platform was paid; platform pledges have no method (''). */
export const paymentMethods = ['cheque', 'transfer', 'cash', 'card', 'other'] as const;
export const paymentMethodSchema = z.enum(paymentMethods);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

/**
 * Payment status changes a person may make. Refunds: `collected` or `refund_due` stay put for a
 * partial refund, and become `refunded` once the whole amount is refunded.
 */
export const paymentTransitions = {
  pledged: ['collected', 'failed', 'not_collected'],
  collected: ['refund_due', 'refunded'],
  refund_due: ['refunded', 'collected'],
  failed: ['pledged', 'collected'],
  not_collected: [],
  refunded: [],
} as const satisfies Record<z.infer<typeof paymentStatusSchema>, readonly string[]>;

export const contributionSchema = z.object({
  id: idSchema,
  contributorId: idSchema,
  contributorName: z.string(),
  contributorEmail: z.string().nullable(),
  campaignId: idSchema,
  currency: z.string(),
  tierId: idSchema.nullable(),
  tierTitle: z.string().nullable(),
  /** What the backer pays in all; bonus and shipping are parts of it. */
  amountCents: centsSchema,
  bonusCents: centsSchema,
  shippingCents: centsSchema,
  pledgedAt: z.string(),
  paymentStatus: paymentStatusSchema,
  /** '' for a pledge made on the platform. */
  paymentMethod: z.union([paymentMethodSchema, z.literal('')]),
  refundedCents: centsSchema,
  refundedOn: z.string().nullable(),
  externalId: z.string().nullable(),
  missingFromLastImport: z.boolean(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contribution = z.infer<typeof contributionSchema>;

export const contributionDetailSchema = contributionSchema.extend({
  fulfillment: z.array(fulfillmentLineSchema),
});
export type ContributionDetail = z.infer<typeof contributionDetailSchema>;

/** A contributor typed in with the offline contribution (only the name is required). */
const newContributorSchema = contributorFieldsSchema
  .partial()
  .required({ displayName: true })
  .strict();

export const contributionAddInputSchema = z
  .object({
    campaignId: idSchema,
    /** An existing contributor… */
    contributorId: idSchema.optional(),
    /** …or a new one. */
    contributor: newContributorSchema.optional(),
    tierId: idSchema.nullable().default(null),
    amountCents: centsSchema.min(1, 'validation.moreThanZero'),
    /** Must be the campaign's currency: a contribution is never converted. */
    currency: currencySchema,
    bonusCents: partSchema.default(0),
    shippingCents: partSchema.default(0),
    pledgedAt: isoDateSchema,
    paymentMethod: paymentMethodSchema,
    /** Offline money is usually in hand (collected); a promise not yet paid is `pledged`. */
    paymentStatus: z.enum(['pledged', 'collected']).default('collected'),
    /** A reference such as a cheque number; unique within the campaign. */
    externalId: z.string().trim().min(1, 'validation.notEmpty').max(200).nullable().default(null),
    notes: z.string().trim().max(5000).default(''),
  })
  .strict()
  .superRefine((input, ctx) => {
    if ((input.contributorId === undefined) === (input.contributor === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['contributorId'],
        message: 'validation.contributorOrNew',
      });
    }
    if (input.bonusCents + input.shippingCents > input.amountCents) {
      ctx.addIssue({
        code: 'custom',
        path: ['amountCents'],
        message: 'validation.includesBonusShipping',
      });
    }
  });

export const contributionUpdateInputSchema = z
  .object({
    id: idSchema,
    paymentStatus: paymentStatusSchema.optional(),
    /** Total refunded so far (not an increment), at most the amount. */
    refundedCents: partSchema.optional(),
    refundedOn: isoDateSchema.nullable().optional(),
    notes: z.string().trim().max(5000).optional(),
  })
  .strict();

/** What a campaign's pledge list can be sorted by (ties go by pledge id, same direction). */
export const contributionSortFields = [
  'pledgedAt',
  'amount',
  'contributor',
  'tier',
  'status',
] as const;
export type ContributionSortField = (typeof contributionSortFields)[number];

export const contributionListInputSchema = z
  .object({
    campaignId: idSchema,
    /** Kept for older callers; `filters.status` says the same. */
    paymentStatus: paymentStatusSchema.optional(),
    sort: z
      .object({
        field: z.enum(contributionSortFields),
        dir: z.enum(['asc', 'desc']).default('desc'),
      })
      .strict()
      .default({ field: 'pledgedAt', dir: 'desc' }),
    filters: z
      .object({
        status: paymentStatusSchema.optional(),
        /** null: pledges without a tier. */
        tierId: idSchema.nullable().optional(),
        /** The start of the contributor's name or email, any case. */
        query: z.string().trim().max(200, 'validation.atMost').optional(),
      })
      .strict()
      .default({}),
    offset: z.number().int().min(0, 'validation.notNegative').default(0),
    limit: z.number().int().min(1, 'validation.atLeast').max(500, 'validation.atMost').default(50),
  })
  .strict();

export const contributionChannels = {
  'contributions.add': channel(
    'Record money received outside the platform (cheque, transfer…) for a campaign, with its tier.',
    contributionAddInputSchema,
    contributionDetailSchema,
  ),
  'contributions.update': channel(
    'Change a pledge’s payment status or record a refund (amount and date); the change is logged.',
    contributionUpdateInputSchema,
    contributionDetailSchema,
  ),
  'contributions.list': channel(
    'The pledges of a campaign, one page at a time: newest first unless sorted, optionally filtered by status, tier or contributor name/email prefix, with the total matching.',
    contributionListInputSchema,
    z.object({ rows: z.array(contributionSchema), total: z.number().int().nonnegative() }),
  ),
};
