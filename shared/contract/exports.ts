import { z } from 'zod';
import { channel } from './channel';
import { languageSchema } from './workspace';

const idSchema = z.number().int().positive();

/** A produced file: the renderer downloads it (browser mode) or main saves it; the CLI writes it. */
export const exportFileSchema = z.object({
  /** Suggested name, safe on every file system: "Les Nuits de Marseille – Budget – 2026-11-22.xlsx". */
  fileName: z.string().min(1),
  contentBase64: z.base64(),
  /** The workbook's sheet names, in order. */
  sheets: z.array(z.string()),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

export const exportChannels = {
  'exports.budgetWorkbook': channel(
    'The budget workbook of a project (.xlsx, base64): top sheet, budget detail, financing plan and crowd, totals as formulas with cached values; language defaults to the workspace’s.',
    z.object({ projectId: idSchema, language: languageSchema.optional() }).strict(),
    exportFileSchema,
  ),
};
