import { Worker } from 'node:worker_threads';
import { AppError, apiMessage } from '../../../shared/errors';
import type { Workspace } from '../db/connection';
import type { CallerContext, JobEnv } from './jobContext';
import { jobWrites, runJobHere, type JobInput, type JobName, type JobOutput } from './jobTable';
import { loadedNativeBinding } from './nativeBinding';
import type { FromWorker, WorkerStart } from './protocol';
import { fromTransferred } from './transferError';
import { jobWorkerFile } from './workerFile';
import { claimWrites } from './writeGuard';

export interface RunJobOptions {
  /**
   * `auto` (the default): in a worker thread when the job works on a workspace file (or on no
   * workspace), on this thread for an in-memory workspace, which another thread cannot open.
   */
  mode?: 'auto' | 'inline' | 'worker';
  /** better_sqlite3.node for the worker; by default the one this process loaded. */
  nativeBinding?: string;
}

/** How long a cancelled job may take to roll back and answer before its thread is stopped. */
export const CANCEL_GRACE_MS = 3000;

function cancelledError(): AppError {
  return new AppError('cancelled', apiMessage('apiErrors.operationCancelled'));
}

function stoppedError(name: JobName, detail: string): AppError {
  return new AppError('internal', apiMessage('apiErrors.jobStopped', { job: name, detail }));
}

/**
 * Runs a long operation (an import, an export, a backup, the demo) off the main thread: a worker
 * opens its own connection to the same workspace file, runs the job, and relays its progress to
 * `ctx.onProgress`. Errors come back as they were thrown (an AppError keeps its code, keyed
 * message and issues). An abort of `ctx.signal` asks the job to stop (it rolls back); a job that
 * does not answer within CANCEL_GRACE_MS is stopped with its thread, and SQLite discards its
 * uncommitted transaction.
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
  const release = ws !== null && jobWrites(name) ? claimWrites(ws) : null;
  try {
    const start = { name, input, workspacePath: ws?.path ?? null, nativeBinding };
    return (await runInWorker(start, ctx)) as JobOutput<N>;
  } finally {
    release?.();
  }
}

function runInWorker(start: Omit<WorkerStart, 'cancelFlag'>, ctx: CallerContext): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const cancelFlag = new Int32Array(new SharedArrayBuffer(4));
    const workerData: WorkerStart = { ...start, cancelFlag };
    let worker: Worker;
    try {
      worker = new Worker(jobWorkerFile(), { workerData });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    let settled = false;
    let cancelling = false;
    let crash: Error | null = null;
    let graceTimer: NodeJS.Timeout | undefined;

    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(graceTimer);
      ctx.signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    function onAbort(): void {
      if (settled || cancelling) return;
      cancelling = true;
      Atomics.store(cancelFlag, 0, 1);
      worker.postMessage({ type: 'cancel' });
      graceTimer = setTimeout(() => {
        // Stopped with its thread: its connection closes and the open transaction is discarded.
        void worker.terminate().finally(() => settle(() => reject(cancelledError())));
      }, CANCEL_GRACE_MS);
    }

    worker.on('message', (message: FromWorker) => {
      if (message.type === 'progress') {
        if (!settled) ctx.onProgress?.(message.event);
      } else if (message.type === 'done') {
        settle(() => resolve(message.output));
      } else {
        settle(() => reject(fromTransferred(message.error)));
      }
    });
    // An uncaught error ends the thread: answered once it has exited and let go of the file.
    worker.on('error', (error) => {
      crash = error;
    });
    worker.on('exit', (code) => {
      settle(() => {
        if (cancelling) reject(cancelledError());
        else reject(stoppedError(start.name, crash?.message ?? `exit code ${code}`));
      });
    });
    if (ctx.signal?.aborted) onAbort();
    else ctx.signal?.addEventListener('abort', onAbort, { once: true });
  });
}
