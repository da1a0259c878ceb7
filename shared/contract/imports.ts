import { z } from 'zod';
import type { Issue } from '../errors';
import { centsSchema } from '../money';
import { channel } from './channel';
import { currencySchema } from './projects';

const idSchema = z.number().int().positive();
const countSchema = z.number().int().nonnegative();

export const importFormats = ['auto', 'kickstarter', 'ulule', 'generic'] as const;
export const importFormatSchema = z.enum(importFormats);
export type ImportFormat = z.infer<typeof importFormatSchema>;
export type DetectedImportFormat = Exclude<ImportFormat, 'auto'>;

/**
 * What the generic importer can read, each from the column the mapping names. `country` takes an
 * ISO code or a country name (FR/EN); `tier` a reward tier title.
 */
export const genericFields = [
  'externalId',
  'contributorExternalId',
  'displayName',
  'firstName',
  'lastName',
  'email',
  'phone',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'region',
  'country',
  'language',
  'amount',
  'bonus',
  'shipping',
  'pledgedAt',
  'tier',
  'tierExternalId',
  'status',
  'notes',
] as const;
export const genericFieldSchema = z.enum(genericFields);
export type GenericField = z.infer<typeof genericFieldSchema>;

/** Generic column mapping: field → header name as written in the file. */
export const importMappingSchema = z.partialRecord(
  genericFieldSchema,
  z.string().min(1, 'validation.namesColumn').max(200),
);
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importOptionsSchema = z
  .object({
    /** Decimal separator of amounts (generic files; platform formats know theirs). */
    decimal: z.enum(['.', ',']).optional(),
    /** How dates like 03/04/2026 read (generic files). */
    dateOrder: z.enum(['dmy', 'mdy', 'ymd']).optional(),
    /** Currency of the amounts; must be the campaign's (default: the campaign's). */
    currency: currencySchema.optional(),
    /** Create reward tiers the campaign lacks (default: yes for Kickstarter/Ulule, no for generic). */
    createMissingTiers: z.boolean().optional(),
  })
  .strict();
export type ImportOptions = z.infer<typeof importOptionsSchema>;

export const importFileSchema = z
  .object({
    name: z.string().trim().min(1, 'validation.required').max(260),
    /** The renderer cannot hand over paths: files travel as base64. */
    contentBase64: z.string(),
  })
  .strict();

export const importInputSchema = z
  .object({
    campaignId: idSchema,
    format: importFormatSchema.default('auto'),
    files: z.array(importFileSchema).min(1, 'validation.needsFile').max(500),
    mapping: importMappingSchema.optional(),
    options: importOptionsSchema.default({}),
  })
  .strict();
export type ImportInput = z.input<typeof importInputSchema>;
export type ParsedImportInput = z.output<typeof importInputSchema>;

/** One bad cell, row or file: always names the file and the physical line. */
export const importIssueSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  /** Header name of the column (null when the whole row or file is at fault). */
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

/** A contributor or pledge value the import changes on a record that existed before it. */
export const importChangeSchema = z.object({
  contributorId: idSchema,
  contributor: z.string(),
  field: z.string(),
  from: z.string(),
  to: z.string(),
});
export type ImportChange = z.infer<typeof importChangeSchema>;

export const importedTierSchema = z.object({
  /** In a preview, the id the tier would get (nothing is kept). */
  id: idSchema,
  externalId: z.string().nullable(),
  title: z.string(),
  minimumCents: centsSchema,
  isAddon: z.boolean(),
});

export const importFileInfoSchema = z.object({
  name: z.string(),
  encoding: z.string(),
  delimiter: z.string().nullable(),
  rows: countSchema,
  headers: z.array(z.string()),
});

/** Counts are per pledge row: created (new pledge), updated (pledge or its backer changed), unchanged. */
export const importSummarySchema = z.object({
  format: z.enum(['kickstarter', 'ulule', 'generic']),
  files: z.array(importFileInfoSchema),
  /** The generic mapping in use: the input's, or one suggested from the headers when none is given. */
  mapping: importMappingSchema,
  created: countSchema,
  updated: countSchema,
  unchanged: countSchema,
  /** Rows not applied: blank rows, and rows with errors (preview only: a run refuses them). */
  skipped: countSchema,
  /** Pledges of the campaign absent from this export: flagged, never deleted. */
  flaggedMissing: countSchema,
  contributorsCreated: countSchema,
  contributorsUpdated: countSchema,
  /** The first errors (see errorCount for all of them). */
  errors: z.array(importIssueSchema),
  errorCount: countSchema,
  changes: z.array(importChangeSchema),
  changeCount: countSchema,
  tiersCreated: z.array(importedTierSchema),
  /** The `imports` row written by a run; null for a preview. */
  importId: idSchema.nullable(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const mappingPresetSchema = z.object({
  id: idSchema,
  name: z.string(),
  mapping: importMappingSchema,
  options: importOptionsSchema,
  createdAt: z.string(),
});
export type MappingPreset = z.infer<typeof mappingPresetSchema>;

export const mappingPresetSaveInputSchema = z
  .object({
    name: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
    mapping: importMappingSchema,
    options: importOptionsSchema.default({}),
  })
  .strict();

/**
 * A refused run carries its import errors as issues with path [file, line] or [file, line, column];
 * this reads them back (null for an issue of another shape, such as an input validation issue).
 */
export function importIssueFromIssue(issue: Issue): ImportIssue | null {
  const [file, line, column] = issue.path;
  if (typeof file !== 'string' || typeof line !== 'number' || line < 1) return null;
  return { file, line, column: typeof column === 'string' ? column : null, message: issue.message };
}

/** An import issue as an AppError issue: path [file, line] or [file, line, column]; any message. */
export function issueFromImportIssue<M = string>(
  issue: Omit<ImportIssue, 'message'> & { message: M },
): { path: Issue['path']; message: M } {
  const path =
    issue.column === null ? [issue.file, issue.line] : [issue.file, issue.line, issue.column];
  return { path, message: issue.message };
}

export const importChannels = {
  'imports.preview': channel(
    'Read platform exports (Kickstarter zip/CSV, Ulule CSV/XLSX, any CSV/XLSX with a column mapping) and show what an import would create, update and flag, with every error by file, line and column. Writes nothing.',
    importInputSchema,
    importSummarySchema,
  ),
  'imports.run': channel(
    'Import platform exports into a campaign, all or nothing: refused (nothing written) when any row has an error.',
    importInputSchema,
    importSummarySchema,
  ),
  'imports.presets.list': channel(
    'Saved column mappings for the generic importer.',
    z.object({}).strict(),
    z.array(mappingPresetSchema),
  ),
  'imports.presets.save': channel(
    'Save (or replace, by name) a column mapping for the generic importer.',
    mappingPresetSaveInputSchema,
    mappingPresetSchema,
  ),
};
