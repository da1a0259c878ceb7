import { AppError, apiMessage } from '../../../shared/errors';
import type { Workspace } from '../db/connection';

/**
 * How long the main connection waits for a lock while a worker job writes the workspace. SQLite's
 * busy wait blocks the thread that waits: on the main process that would freeze every window
 * for up to its usual 5 seconds before failing anyway, so it gives up almost at once instead.
 */
export const MAIN_BUSY_TIMEOUT_WHILE_JOB_MS = 200;

/**
 * How many writing jobs may wait their turn on one workspace. A dialog supersedes its preview one
 * at a time and a superseded caller's wait is dropped, so a longer line means something is
 * stuck or hammering the API: the next one is refused 'busy' rather than queued without end.
 */
export const MAX_WAITING_WRITE_JOBS = 4;

/** A job waiting for the write turn: `take` hands it the turn. */
interface Waiter {
  take(): void;
}

/** A workspace a worker writes now: the busy timeout to restore, and the jobs waiting, FIFO. */
interface WriteTurn {
  busyTimeoutBefore: number;
  waiting: Waiter[];
}

const writing = new WeakMap<Workspace, WriteTurn>();

export function busyError(): AppError {
  return new AppError('busy', apiMessage('apiErrors.busy'));
}

function cancelledError(): AppError {
  return new AppError('cancelled', apiMessage('apiErrors.operationCancelled'));
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

/** How many writing jobs wait for their turn on `ws` (tests). */
export function waitingWriteJobs(ws: Workspace): number {
  return writing.get(ws)?.waiting.length ?? 0;
}

/**
 * The release of one turn: hands the workspace to the next job waiting, else gives the main
 * connection its patience back. Only its first call counts (a second must not end the next turn).
 */
function releaseOf(ws: Workspace): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const turn = writing.get(ws);
    if (turn === undefined) return;
    const next = turn.waiting.shift();
    if (next !== undefined) {
      next.take();
      return;
    }
    writing.delete(ws);
    if (ws.sqlite.open) ws.sqlite.pragma(`busy_timeout = ${turn.busyTimeoutBefore}`);
  };
}

export interface ClaimWritesOptions {
  /** The caller's cancel: a job still waiting is dropped from the line, answered 'cancelled'. */
  signal?: AbortSignal | undefined;
  /** Called once, when the job has to wait behind another. */
  onWaiting?: (() => void) | undefined;
}

/**
 * Takes the workspace's write turn for a worker job, until the returned release runs. A job
 * arriving while another writes waits for it (first come, first served): a preview superseded
 * while it runs is cancelled asynchronously, and the next one must not be refused meanwhile.
 * While any job holds the turn, the main connection's own writes fail fast with 'busy' rather
 * than blocking the event loop; its reads go on (WAL).
 */
export function claimWrites(ws: Workspace, options: ClaimWritesOptions = {}): Promise<() => void> {
  const { signal, onWaiting } = options;
  if (signal?.aborted === true) return Promise.reject(cancelledError());
  const turn = writing.get(ws);
  if (turn === undefined) {
    const busyTimeoutBefore = Number(ws.sqlite.pragma('busy_timeout', { simple: true }));
    ws.sqlite.pragma(`busy_timeout = ${MAIN_BUSY_TIMEOUT_WHILE_JOB_MS}`);
    writing.set(ws, { busyTimeoutBefore, waiting: [] });
    return Promise.resolve(releaseOf(ws));
  }
  if (turn.waiting.length >= MAX_WAITING_WRITE_JOBS) return Promise.reject(busyError());
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      // The caller went away or cancelled: out of the line, nothing ran.
      const at = turn.waiting.indexOf(waiter);
      if (at >= 0) turn.waiting.splice(at, 1);
      reject(cancelledError());
    };
    const waiter: Waiter = {
      take() {
        signal?.removeEventListener('abort', onAbort);
        resolve(releaseOf(ws));
      },
    };
    onWaiting?.();
    turn.waiting.push(waiter);
    signal?.addEventListener('abort', onAbort, { once: true });
    // Aborted by the waiting notice itself (its listener may cancel at once).
    if (signal?.aborted === true) onAbort();
  });
}
