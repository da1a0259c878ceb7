import { z } from 'zod';
import { contractMessage } from '../errors';
import { centsSchema, MoneyParseError, parseQuantity } from '../money';
import { channel } from './channel';

const idSchema = z.number().int().positive();

/** How a line is counted: a flat amount, or a quantity of days, weeks… at a rate. */
export const budgetUnits = [
  'flat',
  'lump',
  'unit',
  'hour',
  'day',
  'week',
  'month',
  'night',
  'km',
] as const;
export const budgetUnitSchema = z.enum(budgetUnits);
export type BudgetUnit = z.infer<typeof budgetUnitSchema>;

/**
 * A quantity as a person writes it: a decimal with at most three decimals, as text ("1.5", "12")
 * or as a JSON number (1.5). Stored exactly as thousandths (`quantityMilli`): never a float.
 */
export const quantityInputSchema = z.union([z.string(), z.number()]).transform((value, ctx) => {
  try {
    // A JSON number is written with a dot; a text may use a decimal comma ("1,5").
    return typeof value === 'number'
      ? parseQuantity(String(value), { decimal: '.' })
      : parseQuantity(value);
  } catch (error) {
    if (!(error instanceof MoneyParseError)) throw error;
    // Named by key, so the dispatcher words it in the workspace's language (see shared/errors).
    ctx.addIssue({
      code: 'custom',
      message: contractMessage(error.reason),
      params: error.reason.params,
    });
    return z.NEVER;
  }
});

/** Rates are never negative: see `services/budget.ts` for why a discount is not a negative line. */
export const rateCentsSchema = centsSchema.min(0, 'validation.notNegativeCost');

const codeSchema = z.string().trim().max(20, 'validation.tooLong');
const labelSchema = z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong');
const notesSchema = z.string().max(2000, 'validation.tooLong');
const chapterTitleSchema = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(120, 'validation.tooLong');

export const budgetChapterSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  code: z.string(),
  title: z.string(),
  position: z.number().int().nonnegative(),
  lineCount: z.number().int().nonnegative(),
  totalCents: centsSchema,
  /** This chapter's share of the budget total; the shares of all chapters add up to 10 000. */
  shareBp: z.number().int(),
});
export type BudgetChapter = z.infer<typeof budgetChapterSchema>;

export const budgetLineSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  chapterId: idSchema,
  code: z.string(),
  label: z.string(),
  quantityMilli: z.number().int().nonnegative(),
  /** The quantity for display and re-entry: "1.5", "12". */
  quantity: z.string(),
  unit: budgetUnitSchema,
  rateCents: centsSchema,
  /** round(quantity × rate), half away from zero, once per line. */
  amountCents: centsSchema,
  notes: z.string(),
  position: z.number().int().nonnegative(),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const budgetAddLineInputSchema = z
  .object({
    projectId: idSchema,
    chapterId: idSchema,
    code: codeSchema.default(''),
    label: labelSchema,
    quantity: quantityInputSchema.default(1000),
    unit: budgetUnitSchema.default('flat'),
    rateCents: rateCentsSchema,
    notes: notesSchema.default(''),
  })
  .strict();

export const budgetUpdateLineInputSchema = z
  .object({
    id: idSchema,
    /** Moves the line to another chapter of the same project. */
    chapterId: idSchema.optional(),
    code: codeSchema.optional(),
    label: labelSchema.optional(),
    quantity: quantityInputSchema.optional(),
    unit: budgetUnitSchema.optional(),
    rateCents: rateCentsSchema.optional(),
    notes: notesSchema.optional(),
  })
  .strict();

const quantityHelp =
  'quantity is a decimal (text "1.5" or number 1.5, at most 3 decimals, default 1); amount = round(quantity × rateCents).';

export const budgetChannels = {
  'budget.listChapters': channel(
    'The chapters of a project’s budget in order, each with its line count, total and share of the budget.',
    z.object({ projectId: idSchema }).strict(),
    z.array(budgetChapterSchema),
  ),
  'budget.addChapter': channel(
    'Add a custom chapter at the end of the budget (code defaults to the next free number).',
    z
      .object({
        projectId: idSchema,
        title: chapterTitleSchema,
        code: codeSchema.min(1, 'validation.required').optional(),
      })
      .strict(),
    budgetChapterSchema,
  ),
  'budget.updateChapter': channel(
    'Rename a chapter (title and/or code).',
    z
      .object({
        id: idSchema,
        title: chapterTitleSchema.optional(),
        code: codeSchema.min(1, 'validation.required').optional(),
      })
      .strict(),
    budgetChapterSchema,
  ),
  'budget.moveChapter': channel(
    'Move a chapter to a position (0 = first) and return the chapters in their new order.',
    z.object({ id: idSchema, position: z.number().int().nonnegative() }).strict(),
    z.array(budgetChapterSchema),
  ),
  'budget.listLines': channel(
    'The lines of a project’s budget (or of one chapter), in chapter order.',
    z.object({ projectId: idSchema, chapterId: idSchema.optional() }).strict(),
    z.array(budgetLineSchema),
  ),
  'budget.addLine': channel(
    `Add a line to a chapter. ${quantityHelp}`,
    budgetAddLineInputSchema,
    budgetLineSchema,
  ),
  'budget.updateLine': channel(
    `Change a line (or move it to another chapter of its project). ${quantityHelp}`,
    budgetUpdateLineInputSchema,
    budgetLineSchema,
  ),
  'budget.removeLine': channel(
    'Remove a budget line; returns the line as it was.',
    z.object({ id: idSchema }).strict(),
    budgetLineSchema,
  ),
};
