import { AppError, apiMessage } from '../../../shared/errors';
import type { Workspace } from '../db/connection';
import type { CallerContext, JobEnv } from './jobContext';
import { jobWrites, runJobHere, type JobInput, type JobName, type JobOutput } from './jobTable';
import { loadedNativeBinding } from './nativeBinding';
import { acquireThread, returnThread, workspaceRef } from './pool';
import { claimWrites } from './writeGuard';

export interface RunJobOptions {
  /**
   * `auto` (the default): in a worker thread when the job works on a workspace file (or on no
   * workspace), on this thread for an in-memory workspace, which another thread cannot open.
   */
  mode?: 'auto' | 'inline' | 'worker';
  /** better_sqlite3.node for the worker; by default the one this process loaded. */
  nativeBinding?: string;
  /** How long a cancelled job may take to answer before its thread is stopped (CANCEL_GRACE_MS). */
  cancelGraceMs?: number;
}

/** How long a cancelled job may take to roll back and answer before its thread is stopped. */
export const CANCEL_GRACE_MS = 3000;

/**
 * Waits for the workspace's write turn (another writing job may hold it), telling the caller it
 * waits (`waiting` phase) and when its turn has come (a progress event without a phase).
 */
async function writeTurn(ws: Workspace, name: JobName, ctx: CallerContext): Promise<() => void> {
  // 'import.preview' → 'import': the operation its own progress events name.
  const operation = name.slice(0, name.indexOf('.'));
  let waited = false;
  const release = await claimWrites(ws, {
    signal: ctx.signal,
    onWaiting: () => {
      waited = true;
      ctx.onProgress?.({ operation, phase: 'waiting', done: 0, total: 0 });
    },
  });
  if (ctx.signal?.aborted === true) {
    // Cancelled just as its turn came: it hands the turn on and runs nothing.
    release();
    throw new AppError('cancelled', apiMessage('apiErrors.operationCancelled'));
  }
  if (waited) ctx.onProgress?.({ operation, done: 0, total: 0 });
  return release;
}

/**
 * Runs a long operation (an import, an export, a backup, the demo) off the main thread: a pooled
 * worker (warm between jobs, see pool.ts) keeps its own connection to the same workspace file,
 * runs the job, and relays its progress to `ctx.onProgress`. Errors come back as they were thrown
 * (an AppError keeps its code, keyed message and issues). An abort of `ctx.signal` asks the job
 * to stop (it rolls back); a job that does not answer within CANCEL_GRACE_MS is stopped with its
 * thread, SQLite discards its uncommitted transaction, and the next job gets a new worker.
 * Jobs that write the workspace take turns (writeGuard.ts): one arriving while another writes
 * waits for it, and can be cancelled while it waits.
 */
export async function runJob<N extends JobName>(
  ws: Workspace | null,
  name: N,
  input: JobInput<N>,
  ctx: CallerContext = {},
  options: RunJobOptions = {},
): Promise<JobOutput<N>> {
  const mode = options.mode ?? 'auto';
  const memory = ws !== null && ws.path === ':memory:';
  const nativeBinding = options.nativeBinding ?? loadedNativeBinding();
  if (mode === 'inline' || (mode === 'auto' && memory)) {
    const env: JobEnv = {
      nativeBinding,
      workspace() {
        if (ws === null) {
          throw new AppError('internal', apiMessage('apiErrors.jobWithoutWorkspace', { name }));
        }
        return ws;
      },
    };
    const signal = ctx.signal ?? new AbortController().signal;
    return runJobHere(name, env, input, { onProgress: ctx.onProgress, signal });
  }
  if (memory) throw new Error(`Job ${name}: an in-memory workspace cannot be shared with a worker`);
  const release = ws !== null && jobWrites(name) ? await writeTurn(ws, name, ctx) : null;
  try {
    const thread = acquireThread(nativeBinding);
    const request = { name, input, workspace: ws === null ? null : workspaceRef(ws) };
    const outcome = await thread.run(request, ctx, options.cancelGraceMs ?? CANCEL_GRACE_MS);
    returnThread(thread, outcome.reusable);
    if (!outcome.ok) throw outcome.error;
    return outcome.output as JobOutput<N>;
  } finally {
    release?.();
  }
}
