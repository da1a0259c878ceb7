import { z } from 'zod';
import { apiErrorsEn } from '../i18n/features/errors.en';
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

export const recentWorkspaceSchema = z.object({
  /** The file name without `.copro`: what the user called it. */
  name: z.string(),
  path: z.string(),
  /** ISO 8601 timestamp of the last time Copro opened it. */
  lastOpenedAt: z.string(),
  /** False when the file was moved or deleted since: shown, but cannot be opened. */
  exists: z.boolean(),
  /** The workspace open right now. */
  current: z.boolean(),
});
export type RecentWorkspace = z.infer<typeof recentWorkspaceSchema>;

/** Characters no file name may hold on Windows, macOS or Linux. */
const FORBIDDEN_NAME_CHARACTERS = /[/\\:*?"<>|]/;

/** Control characters (tab, newline…) have no place in a file name either. */
function hasControlCharacter(name: string): boolean {
  return [...name].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f;
  });
}

export const WORKSPACE_NAME_MAX = 120;

/**
 * The issues the workspace channels put on a field (`name`, `path`), in English: the services
 * name them by key (`apiErrors.validation.workspace.*`, worded in the workspace's language) and
 * the UI recognises these English texts to use its own words.
 */
export const workspaceIssues = apiErrorsEn.validation.workspace;

/**
 * A new workspace's name: a file name in Copro's data folder, never a path. The renderer sends
 * a name; where the file goes is decided in the app.
 */
export const workspaceNameSchema = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(WORKSPACE_NAME_MAX, 'validation.tooLong')
  .refine((name) => !FORBIDDEN_NAME_CHARACTERS.test(name) && !hasControlCharacter(name), {
    message: 'validation.workspace.notAName',
  })
  .refine((name) => !name.includes('..') && !name.startsWith('.'), {
    message: 'validation.workspace.dots',
  });

export const workspaceCopySchema = z.object({
  /** A suggested name for the downloaded file. */
  fileName: z.string(),
  /** The whole `.copro` file, base64: a consistent copy taken through SQLite's backup API. */
  contentBase64: z.string(),
});
export type WorkspaceCopy = z.infer<typeof workspaceCopySchema>;

const noInput = z.object({}).strict();

export const workspaceChannels = {
  'workspace.info': channel(
    'The open workspace file: path, schema version, size, language and counts.',
    noInput,
    workspaceInfoSchema,
  ),
  'workspace.setLanguage': channel(
    'Sets the workspace language (interface, exports and messages): fr or en.',
    z.object({ language: languageSchema }).strict(),
    workspaceInfoSchema,
  ),
  'workspace.recent': channel(
    'Workspaces opened recently, most recent first, with whether each file still exists.',
    noInput,
    z.array(recentWorkspaceSchema),
  ),
  'workspace.open': channel(
    'Switches the app to an existing .copro file (full path). A damaged or too-new file is refused and the current workspace stays open.',
    z.object({ path: z.string().trim().min(1, 'validation.required') }).strict(),
    workspaceInfoSchema,
  ),
  'workspace.create': channel(
    'Creates a new empty workspace, named by the user, in Copro’s data folder, and switches to it.',
    z.object({ name: workspaceNameSchema }).strict(),
    workspaceInfoSchema,
  ),
  'workspace.openDemo': channel(
    'Switches the app to the demo workspace in Copro’s data folder, creating it if missing.',
    noInput,
    workspaceInfoSchema,
  ),
  'workspace.saveCopy': channel(
    'A consistent copy of the open workspace, as a file to download (base64).',
    noInput,
    workspaceCopySchema,
  ),
};

/**
 * The channels that change which workspace the app serves. Transports run them outside the
 * open workspace's in-flight calls (the switch waits for those), and the UI reloads after them.
 */
export const workspaceSwitchChannels = [
  'workspace.open',
  'workspace.create',
  'workspace.openDemo',
] as const satisfies readonly (keyof typeof workspaceChannels)[];

export function isWorkspaceSwitch(channelName: string): boolean {
  return (workspaceSwitchChannels as readonly string[]).includes(channelName);
}
