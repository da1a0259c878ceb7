import { AppError, apiMessage } from '../../../shared/errors';
import type { Workspace } from '../db/connection';

/**
 * How long the main connection waits for a lock while a worker job writes the workspace. SQLite's
 * busy wait blocks the thread that waits: on the main process that would freeze every window
 * for up to its usual 5 seconds before failing anyway, so it gives up almost at once instead.
 */
export const MAIN_BUSY_TIMEOUT_WHILE_JOB_MS = 200;

/** Workspaces a worker is writing now, with the busy timeout to restore afterwards. */
const writing = new WeakMap<Workspace, number>();

export function busyError(): AppError {
  return new AppError('busy', apiMessage('apiErrors.busy'));
}

/** SQLite's "the database is locked" codes: SQLITE_BUSY and its extended forms. */
export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** True while a worker job holds (or may take) the workspace's write lock. */
export function jobIsWriting(ws: Workspace): boolean {
  return writing.has(ws);
}

/**
 * Marks the workspace as written by a worker job until the returned release runs: a second write
 * job is refused at once ('busy'), and the main connection's own writes fail fast with 'busy'
 * rather than blocking the event loop; its reads go on (WAL).
 */
export function claimWrites(ws: Workspace): () => void {
  if (writing.has(ws)) throw busyError();
  const before = Number(ws.sqlite.pragma('busy_timeout', { simple: true }));
  ws.sqlite.pragma(`busy_timeout = ${MAIN_BUSY_TIMEOUT_WHILE_JOB_MS}`);
  writing.set(ws, before);
  return () => {
    if (!writing.has(ws)) return;
    writing.delete(ws);
    if (ws.sqlite.open) ws.sqlite.pragma(`busy_timeout = ${before}`);
  };
}
