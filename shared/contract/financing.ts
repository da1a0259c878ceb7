import { z } from 'zod';
import { centsSchema } from '../money';
import { channel } from './channel';
import { currencySchema } from './projects';
import {
  campaignModelSchema,
  campaignMoneySchema,
  campaignPlatformSchema,
  campaignStatusSchema,
} from './campaigns';

const idSchema = z.number().int().positive();
const isoDateSchema = z.iso.date('must be a date written YYYY-MM-DD');

export const financingKinds = [
  'producer',
  'coproduction',
  'public_fund',
  'region',
  'sofica',
  'tv_presale',
  'distributor_mg',
  'tax_credit',
  'bank_loan',
  'sponsor',
  'other',
] as const;
export const financingKindSchema = z.enum(financingKinds);
export type FinancingKind = z.infer<typeof financingKindSchema>;

/** planned → confirmed → received, or declined. Secured = confirmed + received; pending = planned. */
export const financingStatuses = ['planned', 'confirmed', 'received', 'declined'] as const;
export const financingStatusSchema = z.enum(financingStatuses);
export type FinancingStatus = z.infer<typeof financingStatusSchema>;

const amountSchema = centsSchema.min(0, 'validation.notNegative');
const counterpartySchema = z.string().trim().max(200, 'validation.tooLong');
const notesSchema = z.string().max(2000, 'validation.tooLong');

export const financingSourceSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  kind: financingKindSchema,
  counterparty: z.string(),
  amountCents: centsSchema,
  status: financingStatusSchema,
  expectedOn: z.string().nullable(),
  receivedOn: z.string().nullable(),
  notes: z.string(),
  position: z.number().int().nonnegative(),
  /** The source's share of the budget total (0 while the budget is empty). */
  shareBp: z.number().int().nonnegative(),
});
export type FinancingSource = z.infer<typeof financingSourceSchema>;

export const financingAddSourceInputSchema = z
  .object({
    projectId: idSchema,
    kind: financingKindSchema,
    counterparty: counterpartySchema.default(''),
    amountCents: amountSchema,
    /** Optional check: when given it must be the project's currency (no exchange rates here). */
    currency: currencySchema.optional(),
    status: financingStatusSchema.default('planned'),
    expectedOn: isoDateSchema.nullable().default(null),
    /** Only for a received source; may stay empty when the date is not known yet. */
    receivedOn: isoDateSchema.nullable().default(null),
    notes: notesSchema.default(''),
  })
  .strict();

export const financingUpdateSourceInputSchema = z
  .object({
    id: idSchema,
    kind: financingKindSchema.optional(),
    counterparty: counterpartySchema.optional(),
    amountCents: amountSchema.optional(),
    currency: currencySchema.optional(),
    status: financingStatusSchema.optional(),
    expectedOn: isoDateSchema.nullable().optional(),
    receivedOn: isoDateSchema.nullable().optional(),
    notes: notesSchema.optional(),
  })
  .strict();

/** A readiness check or a warning: a stable id for translation, an English message, its numbers. */
const noticeParamsSchema = z.record(z.string(), z.union([z.number(), z.string()]));

export const readinessCheckSchema = z.object({
  id: z.enum(['budget_not_empty', 'secured_threshold', 'plan_closes']),
  ok: z.boolean(),
  message: z.string(),
  /** How much is missing for the check to pass (absent when it passes or has no amount). */
  missingCents: centsSchema.optional(),
  params: noticeParamsSchema,
});
export type ReadinessCheck = z.infer<typeof readinessCheckSchema>;

export const financingWarningSchema = z.object({
  id: z.enum([
    'crowd_goals_over_cap',
    'over_cap_surplus',
    'plan_exceeds_budget',
    'campaign_currency_mismatch',
  ]),
  message: z.string(),
  amountCents: centsSchema.optional(),
  params: noticeParamsSchema,
});
export type FinancingWarning = z.infer<typeof financingWarningSchema>;

const shareSchema = z.object({ amountCents: centsSchema, shareBp: z.number().int() });

export const financingSummarySchema = z.object({
  projectId: idSchema,
  currency: z.string(),
  crowdCapBp: z.number().int(),
  securedThresholdBp: z.number().int(),
  budgetTotal: centsSchema,
  /** confirmed + received */
  secured: centsSchema,
  confirmed: centsSchema,
  received: centsSchema,
  /** planned */
  pending: centsSchema,
  declined: centsSchema,
  /** round(budget × threshold bp / 10 000): what must be secured before launching. */
  securedThreshold: centsSchema,
  /** Goals of the campaigns that have not failed. */
  crowdGoal: centsSchema,
  /** round(budget × cap bp / 10 000) */
  crowdCap: centsSchema,
  /** cap − crowd goals: what a new or raised goal may still take; negative when goals exceed the cap. */
  capRoom: centsSchema,
  /** The plan's crowd line: each campaign's counted amount, summed, at most the cap. */
  crowdLine: centsSchema,
  crowdCollected: centsSchema,
  crowdCommission: centsSchema,
  crowdPaymentFees: centsSchema,
  crowdRewardCost: centsSchema,
  crowdShippingCost: centsSchema,
  crowdCosts: centsSchema,
  /** collected − costs: what the crowd really brings. */
  crowdNet: centsSchema,
  /** Crowd amount beyond the cap, never counted in the plan (≥ 0). */
  overCapSurplus: centsSchema,
  /** budget − secured − pending − crowd line; negative when the plan exceeds the budget. */
  gap: centsSchema,
  ready: z.boolean(),
  readiness: z.array(readinessCheckSchema),
  warnings: z.array(financingWarningSchema),
  /** Financing mix for a donut: each kind with its amount per status. */
  byKind: z.array(
    z.object({
      kind: financingKindSchema,
      planned: centsSchema,
      confirmed: centsSchema,
      received: centsSchema,
      declined: centsSchema,
      /** planned + confirmed + received (declined is not in the plan). */
      total: centsSchema,
      /** Share of the budget. */
      shareBp: z.number().int(),
    }),
  ),
  /** Stacked bar against the budget: secured, pending, crowd line and what is left (gap ≥ 0). */
  plan: z.object({
    secured: shareSchema,
    pending: shareSchema,
    crowd: shareSchema,
    gap: shareSchema,
  }),
  /** Bars of the budget by chapter. */
  chapters: z.array(
    z.object({
      id: idSchema,
      code: z.string(),
      title: z.string(),
      totalCents: centsSchema,
      shareBp: z.number().int(),
    }),
  ),
  campaigns: z.array(
    campaignMoneySchema.extend({
      id: idSchema,
      title: z.string(),
      platform: campaignPlatformSchema,
      model: campaignModelSchema,
      status: campaignStatusSchema,
      goalCents: centsSchema,
    }),
  ),
});
export type FinancingSummary = z.infer<typeof financingSummarySchema>;

export const financingChannels = {
  'financing.listSources': channel(
    'The financing sources of a project, each with its share of the budget in basis points.',
    z.object({ projectId: idSchema }).strict(),
    z.array(financingSourceSchema),
  ),
  'financing.addSource': channel(
    'Add a financing source (kind, counterparty, amount in cents, status, dates).',
    financingAddSourceInputSchema,
    financingSourceSchema,
  ),
  'financing.updateSource': channel(
    'Change a financing source (leaving "received" clears its received date).',
    financingUpdateSourceInputSchema,
    financingSourceSchema,
  ),
  'financing.removeSource': channel(
    'Remove a financing source; returns it as it was.',
    z.object({ id: idSchema }).strict(),
    financingSourceSchema,
  ),
  'financing.summary': channel(
    'Everything the plan and the dashboard show in one call: totals, crowd cap and room, crowd costs and net, gap, readiness checklist, warnings, mix by kind, budget by chapter, campaigns.',
    z.object({ projectId: idSchema }).strict(),
    financingSummarySchema,
  ),
};
