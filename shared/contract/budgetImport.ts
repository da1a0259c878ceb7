import { z } from 'zod';
import { centsSchema } from '../money';
import { budgetUnitSchema } from './budget';
import { channel } from './channel';
import { importIssueSchema } from './imports';

const idSchema = z.number().int().positive();
const countSchema = z.number().int().nonnegative();

/** What a budget line can be read from; each names the column (by its header) that holds it. */
export const budgetImportFields = [
  'code',
  'label',
  'quantity',
  'unit',
  'rate',
  'amount',
  'chapter',
  'notes',
] as const;
export const budgetImportFieldSchema = z.enum(budgetImportFields);
export type BudgetImportField = z.infer<typeof budgetImportFieldSchema>;

/**
 * Field → header as written in the file. Merged over the suggestion: a field given here replaces
 * the suggested column, `null` leaves the field unmapped even when a column was suggested.
 */
export const budgetImportMappingInputSchema = z.partialRecord(
  budgetImportFieldSchema,
  z.string().min(1, 'validation.namesColumn').max(200).nullable(),
);
export type BudgetImportMappingInput = z.infer<typeof budgetImportMappingInputSchema>;

/** The mapping in use: field → header. */
export const budgetImportMappingSchema = z.partialRecord(budgetImportFieldSchema, z.string());
export type BudgetImportMapping = z.infer<typeof budgetImportMappingSchema>;

export const budgetImportOptionsSchema = z
  .object({
    /** Decimal separator of amounts and quantities (default: detected from the file). */
    decimal: z.enum(['.', ',']).optional(),
    /** CSV separator (default: detected from the header line). */
    delimiter: z.enum([',', ';', '\t']).optional(),
    /** Worksheet of an XLSX (default: the one whose header row looks most like a budget). */
    sheet: z.string().min(1).max(200).optional(),
    /** Replace the project's existing budget lines (true), or add to them (false, default). */
    replace: z.boolean().default(false),
  })
  .strict();
export type BudgetImportOptions = z.input<typeof budgetImportOptionsSchema>;

/** A devis of tens of MB is already far beyond any budget: refuse bigger inputs early. */
const MAX_BASE64_CHARS = 40_000_000;

export const budgetImportInputSchema = z
  .object({
    projectId: idSchema,
    file: z
      .object({
        name: z.string().trim().min(1, 'validation.required').max(260),
        /** The renderer cannot hand over paths: the file travels as base64. */
        contentBase64: z
          .string()
          .min(1, 'validation.isEmpty')
          .max(MAX_BASE64_CHARS, 'validation.fileTooLarge'),
      })
      .strict(),
    mapping: budgetImportMappingInputSchema.optional(),
    options: budgetImportOptionsSchema.default({ replace: false }),
  })
  .strict();
export type BudgetImportInput = z.input<typeof budgetImportInputSchema>;
export type ParsedBudgetImportInput = z.output<typeof budgetImportInputSchema>;

export const budgetImportSourceSchema = z.object({
  name: z.string(),
  kind: z.enum(['csv', 'xlsx']),
  /** CSV only: utf-8, utf-8-bom, windows-1252… */
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  /** XLSX only: the worksheet read, and every worksheet that has data. */
  sheet: z.string().nullable(),
  sheets: z.array(z.string()),
  decimal: z.enum(['.', ',']),
  /** Line (CSV) or row (XLSX) of the header; rows above it are skipped. 0 when the file is empty. */
  headerLine: countSchema,
});
export type BudgetImportSource = z.infer<typeof budgetImportSourceSchema>;

export const budgetImportLineSchema = z.object({
  /** Physical line (CSV) or worksheet row (XLSX) the line comes from. */
  line: z.number().int().positive(),
  code: z.string(),
  label: z.string(),
  quantityMilli: z.number().int().nonnegative(),
  /** The quantity as text: "1.5", "12". */
  quantity: z.string(),
  unit: budgetUnitSchema,
  rateCents: centsSchema,
  amountCents: centsSchema,
  notes: z.string(),
});
export type BudgetImportLine = z.infer<typeof budgetImportLineSchema>;

export const budgetImportChapterSchema = z.object({
  code: z.string(),
  title: z.string(),
  /** The project's chapter the lines go to; null for a custom chapter the import creates. */
  chapterId: idSchema.nullable(),
  lines: z.array(budgetImportLineSchema),
  totalCents: centsSchema,
});
export type BudgetImportChapter = z.infer<typeof budgetImportChapterSchema>;

export const budgetImportSkipReasons = ['empty', 'subtotal', 'tax', 'beforeHeader'] as const;
export const budgetImportSkippedSchema = z.object({
  line: z.number().int().positive(),
  reason: z.enum(budgetImportSkipReasons),
  /** The row's text, cells joined, to recognise it. */
  text: z.string(),
});
export type BudgetImportSkipped = z.infer<typeof budgetImportSkippedSchema>;

export const budgetImportPreviewSchema = z.object({
  source: budgetImportSourceSchema,
  headers: z.array(z.string()),
  suggestedMapping: budgetImportMappingSchema,
  mapping: budgetImportMappingSchema,
  /** Chapters in the order the file brings them, each with the lines it would get. */
  chapters: z.array(budgetImportChapterSchema),
  skipped: z.array(budgetImportSkippedSchema),
  /** The first errors (errorCount counts them all); a run is refused while there is any. */
  errors: z.array(importIssueSchema),
  errorCount: countSchema,
  /** What the import changes from the file's wording without refusing it (a unit it does not know…). */
  warnings: z.array(importIssueSchema),
  replace: z.boolean(),
  totals: z.object({
    lineCount: countSchema,
    importedCents: centsSchema,
    /** The project's budget before the import. */
    existingLineCount: countSchema,
    existingCents: centsSchema,
    /** The budget total once imported: imported + existing, or imported alone when replacing. */
    resultingCents: centsSchema,
  }),
});
export type BudgetImportPreview = z.infer<typeof budgetImportPreviewSchema>;

export const budgetImportResultSchema = budgetImportPreviewSchema.extend({
  chaptersCreated: countSchema,
  linesCreated: countSchema,
  linesRemoved: countSchema,
});
export type BudgetImportResult = z.infer<typeof budgetImportResultSchema>;

export const budgetImportChannels = {
  'budget.importPreview': channel(
    'Read a budget (devis) from a CSV or XLSX file with a column mapping (suggested from the headers) and show the chapters and lines it would create, totals, skipped rows and every error by line and column. Writes nothing.',
    budgetImportInputSchema,
    budgetImportPreviewSchema,
  ),
  'budget.importRun': channel(
    'Import a budget (devis) from a CSV or XLSX file into a project, all or nothing: refused (nothing written) while any row has an error. options.replace replaces the existing lines instead of adding to them.',
    budgetImportInputSchema,
    budgetImportResultSchema,
  ),
};
