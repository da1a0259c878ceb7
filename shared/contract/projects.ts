import { z } from 'zod';
import { basisPointsSchema, centsSchema } from '../money';
import { channel } from './channel';

export const projectFormats = [
  'film',
  'documentary',
  'short',
  'series',
  'web_series',
  'game',
  'album',
  'other',
] as const;
export const projectFormatSchema = z.enum(projectFormats);
export type ProjectFormat = z.infer<typeof projectFormatSchema>;

export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'validation.currency');

const idSchema = z.number().int().positive();

const titleSchema = z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong');

export const projectSchema = z.object({
  id: idSchema,
  title: z.string(),
  format: projectFormatSchema,
  currency: z.string(),
  crowdCapBp: z.number().int(),
  securedThresholdBp: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Project = z.infer<typeof projectSchema>;

/** The figures shown beside a project in the list: enough to see where its financing stands. */
export const projectFiguresSchema = z.object({
  budgetTotal: centsSchema,
  secured: centsSchema,
  pending: centsSchema,
  crowdLine: centsSchema,
  crowdCap: centsSchema,
  gap: centsSchema,
  campaignCount: z.number().int().nonnegative(),
  contributorCount: z.number().int().nonnegative(),
});
export type ProjectFigures = z.infer<typeof projectFiguresSchema>;

export const projectWithFiguresSchema = projectSchema.extend({ figures: projectFiguresSchema });
export type ProjectWithFigures = z.infer<typeof projectWithFiguresSchema>;

export const projectCreateInputSchema = z
  .object({
    title: titleSchema,
    format: projectFormatSchema.default('film'),
    currency: currencySchema.default('EUR'),
    crowdCapBp: basisPointsSchema.default(500),
    securedThresholdBp: basisPointsSchema.default(5000),
  })
  .strict();
export type ProjectCreateInput = z.input<typeof projectCreateInputSchema>;

export const projectUpdateInputSchema = z
  .object({
    id: idSchema,
    title: titleSchema.optional(),
    format: projectFormatSchema.optional(),
    currency: currencySchema.optional(),
    crowdCapBp: basisPointsSchema.optional(),
    securedThresholdBp: basisPointsSchema.optional(),
  })
  .strict();

export const projectChannels = {
  'projects.list': channel(
    'Every project of the workspace with its headline figures.',
    z.object({}).strict(),
    z.array(projectWithFiguresSchema),
  ),
  'projects.get': channel(
    'One project with its headline figures.',
    z.object({ id: idSchema }).strict(),
    projectWithFiguresSchema,
  ),
  'projects.create': channel(
    'Create a project (film, documentary…) with its currency, crowd cap and readiness threshold.',
    projectCreateInputSchema,
    projectWithFiguresSchema,
  ),
  'projects.update': channel(
    'Change a project’s title, format, currency, crowd cap or readiness threshold.',
    projectUpdateInputSchema,
    projectWithFiguresSchema,
  ),
};
