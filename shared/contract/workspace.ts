import { z } from 'zod';
import { channel } from './channel';

export const languageSchema = z.enum(['fr', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const workspaceInfoSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  schemaVersion: z.number().int(),
  appSchemaVersion: z.number().int(),
  sizeBytes: z.number().int().nonnegative(),
  language: languageSchema,
  projectCount: z.number().int().nonnegative(),
  contributorCount: z.number().int().nonnegative(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;

export const workspaceChannels = {
  'workspace.info': channel(
    'The open workspace file: path, schema version, size, language and counts.',
    z.object({}).strict(),
    workspaceInfoSchema,
  ),
};
