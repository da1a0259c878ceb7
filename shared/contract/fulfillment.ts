import { z } from 'zod';
import { channel } from './channel';
import {
  fulfillmentStatuses,
  fulfillmentStatusSchema,
  type FulfillmentStatus,
} from './contributors';

const idSchema = z.number().int().positive();
const isoDateSchema = z.iso.date('must be a date written YYYY-MM-DD');
const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');

/**
 * Where a line may go from each status (DESIGN: pending → ready → shipped → delivered, or
 * cancelled while still open, or returned once sent). Shared so the UI offers only these.
 */
const transitions: Readonly<Record<FulfillmentStatus, readonly FulfillmentStatus[]>> = {
  pending: ['ready', 'cancelled'],
  ready: ['pending', 'shipped', 'cancelled'],
  shipped: ['delivered', 'returned'],
  delivered: ['returned'],
  cancelled: [],
  returned: [],
};

/** The statuses a line can move to; an item that does not ship is never shipped. */
export function nextFulfillmentStatuses(
  from: FulfillmentStatus,
  ships: boolean,
): FulfillmentStatus[] {
  return transitions[from].filter((to) => ships || to !== 'shipped');
}

export const fulfillmentSortFields = [
  'contributor',
  'item',
  'status',
  'country',
  'updatedAt',
] as const;
export type FulfillmentSortField = (typeof fulfillmentSortFields)[number];

export const fulfillmentListInputSchema = z
  .object({
    projectId: idSchema,
    campaignId: idSchema.optional(),
    filters: z
      .object({
        status: fulfillmentStatusSchema.optional(),
        itemId: idSchema.optional(),
        /** Start of the contributor's name or email, or of the tracking number; case ignored. */
        query: z.string().trim().max(200, 'validation.tooLong').optional(),
        /** Only lines of items that ship to a contributor whose postal address is incomplete. */
        missingAddress: z.boolean().optional(),
      })
      .strict()
      .default({}),
    sort: z
      .object({
        field: z.enum(fulfillmentSortFields),
        dir: z.enum(['asc', 'desc']).default('asc'),
      })
      .strict()
      .default({ field: 'contributor', dir: 'asc' }),
    offset: z.number().int().min(0, 'validation.notNegative').default(0),
    limit: z.number().int().min(1, 'validation.atLeast').max(500, 'validation.atMost').default(100),
  })
  .strict();
export type FulfillmentListInput = z.input<typeof fulfillmentListInputSchema>;

export const fulfillmentRowSchema = z.object({
  id: idSchema,
  contributionId: idSchema,
  contributorId: idSchema,
  contributorName: z.string(),
  country: z.string(),
  city: z.string(),
  postalCode: z.string(),
  itemId: idSchema,
  itemName: z.string(),
  ships: z.boolean(),
  quantity: z.number().int().positive(),
  status: fulfillmentStatusSchema,
  carrier: z.string(),
  trackingNumber: z.string(),
  shippedOn: z.string().nullable(),
  deliveredOn: z.string().nullable(),
  notes: z.string(),
});
export type FulfillmentRow = z.infer<typeof fulfillmentRowSchema>;

export const fulfillmentUpdateInputSchema = z
  .object({
    id: idSchema,
    status: fulfillmentStatusSchema.optional(),
    carrier: text(100).optional(),
    trackingNumber: text(100).optional(),
    shippedOn: isoDateSchema.nullable().optional(),
    deliveredOn: isoDateSchema.nullable().optional(),
    notes: text(5000).optional(),
  })
  .strict();
export type FulfillmentUpdateInput = z.input<typeof fulfillmentUpdateInputSchema>;

const countSchema = z.number().int().nonnegative();

export const fulfillmentSummarySchema = z.object({
  /** Lines per status (every status present, 0 when none). */
  byStatus: z.object(
    Object.fromEntries(fulfillmentStatuses.map((status) => [status, countSchema])) as Record<
      FulfillmentStatus,
      typeof countSchema
    >,
  ),
  /** The pick list: per item, quantities still to send (pending + ready) and already sent. */
  byItem: z.array(
    z.object({
      itemId: idSchema,
      itemName: z.string(),
      ships: z.boolean(),
      lines: countSchema,
      toShip: countSchema,
      shipped: countSchema,
    }),
  ),
  total: countSchema,
});
export type FulfillmentSummary = z.infer<typeof fulfillmentSummarySchema>;

export const fulfillmentChannels = {
  'fulfillment.list': channel(
    "A project's fulfillment lines with contributor and item, filtered and sorted, one page at a time.",
    fulfillmentListInputSchema,
    z.object({ rows: z.array(fulfillmentRowSchema), total: countSchema }),
  ),
  'fulfillment.update': channel(
    'Move a fulfillment line along (ready, shipped, delivered…) or correct its carrier, tracking or dates; logged.',
    fulfillmentUpdateInputSchema,
    fulfillmentRowSchema,
  ),
  'fulfillment.summary': channel(
    "Counts of a project's fulfillment lines per status, and the pick list per item.",
    z.object({ projectId: idSchema, campaignId: idSchema.optional() }).strict(),
    fulfillmentSummarySchema,
  ),
};
