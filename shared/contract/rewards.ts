import { z } from 'zod';
import { centsSchema } from '../money';
import { channel } from './channel';

const idSchema = z.number().int().positive();
const costSchema = centsSchema.min(0, 'validation.notNegative');
const titleSchema = z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong');
const externalIdSchema = z.string().trim().min(1, 'validation.notEmpty').max(200);

/** What a reward item is; `credit` items feed the credits list, the last four never ship. */
export const rewardItemKinds = [
  'dvd',
  'bluray',
  'poster',
  'book',
  'merch',
  'other',
  'credit',
  'premiere_seat',
  'set_visit',
  'download',
] as const;
export const rewardItemKindSchema = z.enum(rewardItemKinds);
export type RewardItemKind = z.infer<typeof rewardItemKindSchema>;
/** Kinds that are not posted: a name in the credits, a seat, a visit, a code. */
export const nonShippingItemKinds: readonly RewardItemKind[] = [
  'credit',
  'premiere_seat',
  'set_visit',
  'download',
];

/** A reward item (SKU) of a project: what it costs to make and to post. */
export const rewardItemSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  name: z.string(),
  kind: rewardItemKindSchema,
  unitCostCents: centsSchema,
  shippingCostCents: centsSchema,
  ships: z.boolean(),
  externalId: z.string().nullable(),
});
export type RewardItem = z.infer<typeof rewardItemSchema>;

export const itemCreateInputSchema = z
  .object({
    projectId: idSchema,
    name: titleSchema,
    kind: rewardItemKindSchema.default('other'),
    unitCostCents: costSchema.default(0),
    shippingCostCents: costSchema.default(0),
    /** Defaults from the kind: credits, seats, visits and downloads do not ship. */
    ships: z.boolean().optional(),
    externalId: externalIdSchema.nullable().optional(),
  })
  .strict();

export const itemUpdateInputSchema = z
  .object({
    id: idSchema,
    name: titleSchema.optional(),
    kind: rewardItemKindSchema.optional(),
    unitCostCents: costSchema.optional(),
    shippingCostCents: costSchema.optional(),
    ships: z.boolean().optional(),
    externalId: externalIdSchema.nullable().optional(),
  })
  .strict();

/** "2026-03" (a month, as platforms announce it) or a full date. */
const deliverySchema = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'validation.monthOrDate');

const quantityLimitSchema = z
  .number()
  .int('validation.wholeNumber')
  .min(0, 'validation.notNegative')
  .max(10_000_000, 'validation.atMost');

const tierItemInputSchema = z
  .object({
    itemId: idSchema,
    quantity: z
      .number()
      .int('validation.wholeNumber')
      .min(1, 'validation.atLeast')
      .max(10_000)
      .default(1),
  })
  .strict();

export const rewardTierItemSchema = z.object({
  itemId: idSchema,
  name: z.string(),
  kind: rewardItemKindSchema,
  quantity: z.number().int().positive(),
  ships: z.boolean(),
});
export type RewardTierItem = z.infer<typeof rewardTierItemSchema>;

/** A reward tier (contrepartie) of a campaign, with how many pledges hold it and what is left. */
export const rewardTierSchema = z.object({
  id: idSchema,
  campaignId: idSchema,
  externalId: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  minimumCents: centsSchema,
  quantityLimit: z.number().int().nullable(),
  estimatedDelivery: z.string().nullable(),
  isAddon: z.boolean(),
  position: z.number().int(),
  items: z.array(rewardTierItemSchema),
  /** Pledges (and add-on quantities) holding the tier: all but failed, not collected, refunded. */
  pledgedCount: z.number().int().nonnegative(),
  /** quantityLimit − pledgedCount (never below 0); null without a limit. */
  remaining: z.number().int().nonnegative().nullable(),
});
export type RewardTier = z.infer<typeof rewardTierSchema>;

function uniqueItems(items: { itemId: number }[] | undefined, ctx: z.RefinementCtx): void {
  const seen = new Set<number>();
  items?.forEach((item, index) => {
    if (seen.has(item.itemId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['items', index, 'itemId'],
        message: 'validation.listedTwice',
      });
    }
    seen.add(item.itemId);
  });
}

export const tierCreateInputSchema = z
  .object({
    campaignId: idSchema,
    title: titleSchema,
    description: z.string().trim().max(5000).default(''),
    minimumCents: costSchema.default(0),
    quantityLimit: quantityLimitSchema.nullable().default(null),
    estimatedDelivery: deliverySchema.nullable().default(null),
    isAddon: z.boolean().default(false),
    items: z.array(tierItemInputSchema).max(100).default([]),
    externalId: externalIdSchema.nullable().optional(),
  })
  .strict()
  .superRefine((input, ctx) => uniqueItems(input.items, ctx));

export const tierUpdateInputSchema = z
  .object({
    id: idSchema,
    title: titleSchema.optional(),
    description: z.string().trim().max(5000).optional(),
    minimumCents: costSchema.optional(),
    quantityLimit: quantityLimitSchema.nullable().optional(),
    estimatedDelivery: deliverySchema.nullable().optional(),
    isAddon: z.boolean().optional(),
    position: z.number().int().min(0).optional(),
    /** Replaces the tier's items; pledges already made keep their fulfillment lines. */
    items: z.array(tierItemInputSchema).max(100).optional(),
    externalId: externalIdSchema.nullable().optional(),
  })
  .strict()
  .superRefine((input, ctx) => uniqueItems(input.items, ctx));

export const rewardChannels = {
  'tiers.list': channel(
    'The reward tiers of a campaign with their items, pledged count and what is left.',
    z.object({ campaignId: idSchema }).strict(),
    z.array(rewardTierSchema),
  ),
  'tiers.create': channel(
    'Add a reward tier to a campaign: minimum amount, quantity limit, items included.',
    tierCreateInputSchema,
    rewardTierSchema,
  ),
  'tiers.update': channel(
    'Change a reward tier; its limit cannot go below the pledges already holding it.',
    tierUpdateInputSchema,
    rewardTierSchema,
  ),
  'items.list': channel(
    'The reward items (DVD, poster, name in the credits…) of a project.',
    z.object({ projectId: idSchema }).strict(),
    z.array(rewardItemSchema),
  ),
  'items.create': channel(
    'Add a reward item to a project with its unit and shipping costs.',
    itemCreateInputSchema,
    rewardItemSchema,
  ),
  'items.update': channel('Change a reward item.', itemUpdateInputSchema, rewardItemSchema),
};
