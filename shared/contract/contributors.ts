import { z } from 'zod';
import { centsSchema } from '../money';
import { channel } from './channel';

const idSchema = z.number().int().positive();

/** Where a pledge's money stands (DESIGN: contribution payment status). */
export const paymentStatuses = [
  'pledged',
  'collected',
  'failed',
  'refund_due',
  'refunded',
  'not_collected',
] as const;
export const paymentStatusSchema = z.enum(paymentStatuses);
export type PaymentStatus = z.infer<typeof paymentStatusSchema>;

export const fulfillmentStatuses = [
  'pending',
  'ready',
  'shipped',
  'delivered',
  'cancelled',
  'returned',
] as const;
export const fulfillmentStatusSchema = z.enum(fulfillmentStatuses);
export type FulfillmentStatus = z.infer<typeof fulfillmentStatusSchema>;

const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{2})?$/, 'validation.country');

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');

/** The fields a person can type for a contributor (new, or a correction). */
export const contributorFieldsSchema = z.object({
  displayName: text(200).min(1, 'validation.required'),
  firstName: text(100),
  lastName: text(100),
  /** An empty string clears the email (stored as null). */
  email: z
    .string()
    .trim()
    .max(254, 'validation.tooLong')
    .refine((value) => value === '' || z.email().safeParse(value).success, 'validation.email')
    .transform((value) => (value === '' ? null : value))
    .nullable(),
  phone: text(50),
  addressLine1: text(200),
  addressLine2: text(200),
  postalCode: text(20),
  city: text(100),
  region: text(100),
  countryCode: countryCodeSchema,
  language: text(10),
  newsConsent: z.boolean(),
  creditName: text(200),
  notes: text(5000),
});
export type ContributorFields = z.infer<typeof contributorFieldsSchema>;

export const contributorSchema = z.object({
  id: idSchema,
  displayName: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phone: z.string(),
  addressLine1: z.string(),
  addressLine2: z.string(),
  postalCode: z.string(),
  city: z.string(),
  region: z.string(),
  countryCode: z.string(),
  language: z.string(),
  newsConsent: z.boolean(),
  creditName: z.string(),
  notes: z.string(),
  /** Set once merged into another contributor: this record then only points there. */
  mergedIntoId: idSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contributor = z.infer<typeof contributorSchema>;

export const contributorIdentitySchema = z.object({
  id: idSchema,
  platform: z.string(),
  externalId: z.string(),
});

export const fulfillmentLineSchema = z.object({
  id: idSchema,
  itemId: idSchema,
  itemName: z.string(),
  quantity: z.number().int().positive(),
  status: fulfillmentStatusSchema,
  carrier: z.string(),
  trackingNumber: z.string(),
  shippedOn: z.string().nullable(),
  deliveredOn: z.string().nullable(),
});
export type FulfillmentLine = z.infer<typeof fulfillmentLineSchema>;

/** One pledge as seen from its contributor: which film, which campaign, which tier. */
export const contributorPledgeSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  projectTitle: z.string(),
  campaignId: idSchema,
  campaignTitle: z.string(),
  platform: z.string(),
  currency: z.string(),
  tierId: idSchema.nullable(),
  tierTitle: z.string().nullable(),
  amountCents: centsSchema,
  paymentStatus: paymentStatusSchema,
  refundedCents: centsSchema,
  refundedOn: z.string().nullable(),
  pledgedAt: z.string(),
  externalId: z.string().nullable(),
  fulfillment: z.array(fulfillmentLineSchema),
});
export type ContributorPledge = z.infer<typeof contributorPledgeSchema>;

export const contributorDetailSchema = contributorSchema.extend({
  identities: z.array(contributorIdentitySchema),
  pledges: z.array(contributorPledgeSchema),
});
export type ContributorDetail = z.infer<typeof contributorDetailSchema>;

export const contributorSortFields = [
  'name',
  'email',
  'city',
  'country',
  'total',
  'lastPledge',
] as const;

export const contributorSearchInputSchema = z
  .object({
    /** Start of any word of the name, email, postal code or city; accents and case ignored. */
    query: z.string().max(200, 'validation.tooLong').optional(),
    filters: z
      .object({
        projectId: idSchema.optional(),
        campaignId: idSchema.optional(),
        tierId: idSchema.optional(),
        paymentStatus: paymentStatusSchema.optional(),
        country: countryCodeSchema.optional(),
      })
      .strict()
      .default({}),
    sort: z
      .object({
        field: z.enum(contributorSortFields),
        dir: z.enum(['asc', 'desc']).default('asc'),
      })
      .strict()
      .optional(),
    offset: z.number().int().min(0, 'validation.notNegative').default(0),
    limit: z.number().int().min(1, 'validation.atLeast').max(500, 'validation.atMost').default(50),
  })
  .strict();
export type ContributorSearchInput = z.input<typeof contributorSearchInputSchema>;

/**
 * One search row. pledgeCount, totalCents and lastPledgeAt cover the pledges that match the
 * filters on pledges (project, campaign, tier, payment status), or all pledges without such a
 * filter. totalCents leaves out failed and uncollected pledges and subtracts refunds.
 */
export const contributorSearchRowSchema = z.object({
  id: idSchema,
  displayName: z.string(),
  email: z.string().nullable(),
  city: z.string(),
  countryCode: z.string(),
  pledgeCount: z.number().int().nonnegative(),
  totalCents: centsSchema,
  lastPledgeAt: z.string().nullable(),
});
export type ContributorSearchRow = z.infer<typeof contributorSearchRowSchema>;

export const contributorUpdateInputSchema = contributorFieldsSchema
  .partial()
  .extend({ id: idSchema })
  .strict();

export const contributorChannels = {
  'contributors.search': channel(
    'Search live contributors by name, email or city prefix, filter and sort, one page at a time.',
    contributorSearchInputSchema,
    z.object({ rows: z.array(contributorSearchRowSchema), total: z.number().int().nonnegative() }),
  ),
  'contributors.get': channel(
    'One contributor with platform identities, every pledge across projects and its fulfillment.',
    z.object({ id: idSchema }).strict(),
    contributorDetailSchema,
  ),
  'contributors.update': channel(
    'Correct a contributor (address, email, credit name…); the change is logged.',
    contributorUpdateInputSchema,
    contributorDetailSchema,
  ),
  'contributors.merge': channel(
    'Merge a duplicate into the contributor kept: identities and pledges move, empty fields fill.',
    z.object({ keepId: idSchema, mergeId: idSchema }).strict(),
    contributorDetailSchema,
  ),
};
