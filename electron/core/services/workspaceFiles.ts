import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import {
  type workspaceIssues,
  workspaceNameSchema,
  type ProgressEvent,
  type RecentWorkspace,
  type WorkspaceCopy,
} from '../../../shared/contract';
import { AppError, apiMessage, localizeZodIssues } from '../../../shared/errors';
import type { Workspace } from '../db/connection';
import { rememberLastWorkspace } from '../demo/defaultWorkspace';
import { backupWorkspace } from './backup';

/**
 * The workspace files an app instance knows about: the recent list and the last one opened,
 * kept as JSON in a folder the caller chooses (Electron's userData, browser mode's data folder),
 * and where new workspaces go.
 */

export const WORKSPACE_EXTENSION = '.copro';
export const STATE_FILE = 'state.json';
export const RECENT_LIMIT = 10;

const recentEntrySchema = z.object({ path: z.string().min(1), openedAt: z.string() });
export type RecentEntry = z.infer<typeof recentEntrySchema>;

export interface WorkspacesState {
  lastWorkspace: string | null;
  recent: RecentEntry[];
}

/** Field by field: one bad entry costs that entry, never the whole list. */
const stateSchema = z.object({
  lastWorkspace: z.string().nullable().catch(null),
  recent: z
    .array(z.unknown())
    .catch([])
    .transform((entries) =>
      entries.flatMap((entry) => {
        const parsed = recentEntrySchema.safeParse(entry);
        return parsed.success ? [parsed.data] : [];
      }),
    ),
});

const EMPTY: WorkspacesState = { lastWorkspace: null, recent: [] };

/** A missing or unreadable state file is a first launch, never a reason not to start. */
export function readWorkspacesState(dir: string): WorkspacesState {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(dir, STATE_FILE), 'utf8'));
    const parsed = stateSchema.safeParse(raw);
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** Written to a temporary file then renamed, so a crash never leaves half a state file. */
export function writeWorkspacesState(dir: string, state: WorkspacesState): void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, STATE_FILE);
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(partial, file);
}

/** The opened file becomes the last workspace and moves to the top of the recent list. */
export function withOpened(
  state: WorkspacesState,
  file: string,
  at: Date = new Date(),
): WorkspacesState {
  const entry = { path: file, openedAt: at.toISOString() };
  const others = state.recent.filter((candidate) => candidate.path !== file);
  return { lastWorkspace: file, recent: [entry, ...others].slice(0, RECENT_LIMIT) };
}

export function withoutRecent(state: WorkspacesState, file: string): WorkspacesState {
  return {
    lastWorkspace: state.lastWorkspace === file ? null : state.lastWorkspace,
    recent: state.recent.filter((entry) => entry.path !== file),
  };
}

export function withRecentCleared(state: WorkspacesState): WorkspacesState {
  return { ...state, recent: [] };
}

/** Reads, changes and writes the state in one step (the callers run in one process). */
export function updateWorkspacesState(
  dir: string,
  change: (state: WorkspacesState) => WorkspacesState,
): WorkspacesState {
  const next = change(readWorkspacesState(dir));
  writeWorkspacesState(dir, next);
  return next;
}

function displayName(file: string): string {
  const base = path.basename(file);
  return base.toLowerCase().endsWith(WORKSPACE_EXTENSION)
    ? base.slice(0, -WORKSPACE_EXTENSION.length)
    : base;
}

/** The recent list as the contract shows it, checking each file is still there. */
export function listRecent(state: WorkspacesState, currentPath: string | null): RecentWorkspace[] {
  return state.recent.map((entry) => ({
    name: displayName(entry.path),
    path: entry.path,
    lastOpenedAt: entry.openedAt,
    exists: fs.existsSync(entry.path),
    current: entry.path === currentPath,
  }));
}

/**
 * Where a new workspace named by the user goes: `<dataDir>/<name>.copro`. The name is checked
 * again here (not only by the transport) so no caller can turn it into a path elsewhere, and an
 * existing file is refused: creating never overwrites anyone's work.
 */
export function newWorkspacePath(dataDir: string, name: string): string {
  const parsed = workspaceNameSchema.safeParse(name);
  if (!parsed.success) {
    const message =
      localizeZodIssues(parsed.error.issues)[0]?.message ??
      apiMessage('apiErrors.validation.workspace.notAName');
    throw new AppError('validation', apiMessage('apiErrors.workspaceName', { detail: message }), [
      { path: ['name'], message },
    ]);
  }
  const base = parsed.data.toLowerCase().endsWith(WORKSPACE_EXTENSION)
    ? parsed.data
    : `${parsed.data}${WORKSPACE_EXTENSION}`;
  const folder = path.resolve(dataDir);
  const file = path.join(folder, base);
  if (path.dirname(file) !== folder) {
    const message = apiMessage('apiErrors.validation.workspace.notAName');
    throw new AppError('validation', apiMessage('apiErrors.workspaceName', { detail: message }), [
      { path: ['name'], message },
    ]);
  }
  if (fs.existsSync(file)) {
    throw new AppError(
      'conflict',
      apiMessage('apiErrors.workspaceExists', { file: base, folder }),
      [{ path: ['name'], message: apiMessage('apiErrors.validation.workspace.nameTaken') }],
    );
  }
  return file;
}

/**
 * An existing workspace file named by the user, made absolute (`~` is the home folder). Only a
 * non-empty `.copro` file is accepted: opening migrates a file, and an empty or foreign file
 * must never be turned into a workspace by being "opened".
 */
export function existingWorkspacePath(typed: string, home: string = os.homedir()): string {
  const trimmed = typed.trim();
  const expanded =
    trimmed === '~' || trimmed.startsWith('~/') || trimmed.startsWith('~\\')
      ? path.join(home, trimmed.slice(1))
      : trimmed;
  const issue = (
    code: 'validation' | 'workspace_missing',
    which: keyof typeof workspaceIssues,
  ): AppError => {
    const message = apiMessage(`apiErrors.validation.workspace.${which}`);
    return new AppError(
      code,
      apiMessage('apiErrors.workspacePath', { path: typed, detail: message }),
      [{ path: ['path'], message }],
    );
  };
  if (!path.isAbsolute(expanded)) throw issue('validation', 'notAbsolute');
  const file = path.resolve(expanded);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw issue('workspace_missing', 'noSuchFile');
  }
  if (!stat.isFile()) throw issue('validation', 'folder');
  if (path.extname(file).toLowerCase() !== WORKSPACE_EXTENSION) {
    throw issue('validation', 'notCopro');
  }
  if (stat.size === 0) throw issue('validation', 'emptyFile');
  return file;
}

/** Past this, a base64 copy no longer fits in one JSON answer: `copro backup` copies any size. */
export const MAX_DOWNLOAD_BYTES = 256 * 1024 * 1024;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export interface CopyOptions {
  nativeBinding?: string;
  /** The backup's pages as they are copied. */
  onProgress?: (event: ProgressEvent) => void;
  /** Aborted: the copy stops, its temporary folder goes, and nothing is handed back. */
  signal?: AbortSignal;
}

function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new AppError('cancelled', apiMessage('apiErrors.copyCancelled'));
  }
}

/**
 * A consistent copy of the open workspace (SQLite's backup API, safe while it is being written)
 * read back for the browser to download. The copy is made in a private temporary folder that is
 * removed afterwards, cancelled or not: a cancelled copy leaves no file anywhere.
 */
export async function copyForDownload(
  ws: Workspace,
  options: CopyOptions = {},
): Promise<WorkspaceCopy> {
  const { signal, onProgress, nativeBinding } = options;
  stopIfCancelled(signal);
  const base = ws.path === ':memory:' ? 'Workspace' : displayName(ws.path);
  const fileName = `${base} copy ${today()}${WORKSPACE_EXTENSION}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-copy-'));
  try {
    const copy = await backupWorkspace(ws, path.join(dir, fileName), onProgress, {
      nativeBinding,
      signal,
    });
    // The backup checks the signal between its steps; a cancel during its last step lands here.
    stopIfCancelled(signal);
    if (copy.bytes > MAX_DOWNLOAD_BYTES) {
      throw new AppError(
        'conflict',
        apiMessage('apiErrors.tooLargeToDownload', {
          fileName: path.basename(ws.path),
          megabytes: Math.round(copy.bytes / 1048576),
        }),
      );
    }
    // Copied: what is left is reading it back for the answer (no count to give, only the phase).
    onProgress?.({ operation: 'backup', phase: 'prepare', done: 0, total: 0 });
    const contentBase64 = (await fs.promises.readFile(copy.path)).toString('base64');
    stopIfCancelled(signal);
    return { fileName, contentBase64 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Browser mode and the CLI: the opened file tops the recent list of the data folder, and becomes
 * the workspace `copro web` reopens next time.
 */
export function rememberOpened(dataDir: string, file: string): void {
  updateWorkspacesState(dataDir, (state) => withOpened(state, path.resolve(file)));
  rememberLastWorkspace(dataDir, file);
}
