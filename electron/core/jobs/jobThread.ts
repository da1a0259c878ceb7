import { Worker } from 'node:worker_threads';
import { AppError, apiMessage } from '../../../shared/errors';
import type { CallerContext } from './jobContext';
import type { JobName } from './jobTable';
import type { FromWorker, ToWorker, WorkerStart, WorkspaceRef } from './protocol';
import { fromTransferred } from './transferError';
import { jobWorkerFile } from './workerFile';

function cancelledError(): AppError {
  return new AppError('cancelled', apiMessage('apiErrors.operationCancelled'));
}

function stoppedError(name: JobName, detail: string): AppError {
  return new AppError('internal', apiMessage('apiErrors.jobStopped', { job: name, detail }));
}

/** How a job ended, and whether the thread that ran it may take another. */
export type JobOutcome =
  { ok: true; output: unknown; reusable: boolean } | { ok: false; error: Error; reusable: boolean };

export interface JobRequest {
  name: JobName;
  input: unknown;
  workspace: WorkspaceRef | null;
}

interface RunningJob {
  id: number;
  name: JobName;
  cancelling: boolean;
  onProgress: CallerContext['onProgress'];
  settle(outcome: JobOutcome): void;
}

/**
 * One worker thread that runs jobs one after another. It never keeps the process alive on its
 * own (unref'd), except while someone awaits it (a job, a release, a warm-up): a CLI command
 * awaiting its import must not exit early.
 */
export class JobThread {
  readonly nativeBinding: string | undefined;
  readonly #worker: Worker;
  #alive = true;
  #crash: Error | null = null;
  #nextId = 1;
  #job: RunningJob | null = null;
  /** Answers awaited from the worker (`released`, `warmed`), by message id. */
  readonly #replies = new Map<number, () => void>();
  /** Awaited answers (the job and replies): the thread keeps the process alive while above 0. */
  #awaited = 0;

  constructor(nativeBinding: string | undefined, onExit: (thread: JobThread) => void) {
    this.nativeBinding = nativeBinding;
    const workerData: WorkerStart = { nativeBinding };
    this.#worker = new Worker(jobWorkerFile(), { workerData });
    this.#worker.unref();
    this.#worker.on('message', (message: FromWorker) => this.#receive(message));
    // An uncaught error ends the thread: answered once it has exited and let go of the file.
    this.#worker.on('error', (error) => {
      this.#crash = error;
    });
    this.#worker.on('exit', (code) => {
      this.#alive = false;
      for (const done of this.#replies.values()) done();
      this.#replies.clear();
      const job = this.#job;
      if (job !== null) {
        const detail = this.#crash?.message ?? `exit code ${code}`;
        const error = job.cancelling ? cancelledError() : stoppedError(job.name, detail);
        job.settle({ ok: false, error, reusable: false });
      }
      onExit(this);
    });
  }

  get alive(): boolean {
    return this.#alive;
  }

  get busy(): boolean {
    return this.#job !== null;
  }

  get threadId(): number {
    return this.#worker.threadId;
  }

  /**
   * Runs one job (never two at once) and relays its progress. An abort of `ctx.signal` asks the
   * job to stop (it rolls back); if it has not answered within `graceMs`, the thread is stopped
   * and SQLite discards its uncommitted transaction.
   */
  run(request: JobRequest, ctx: CallerContext, graceMs: number): Promise<JobOutcome> {
    if (this.#job !== null || !this.#alive) {
      throw new Error(`Job ${request.name}: the worker thread is not free to take it`);
    }
    return new Promise((resolve) => {
      const id = this.#nextId++;
      const cancelFlag = new Int32Array(new SharedArrayBuffer(4));
      try {
        this.#post({ type: 'run', id, ...request, cancelFlag });
      } catch (error) {
        // The input could not be cloned: nothing reached the worker, which stays free.
        const failure = error instanceof Error ? error : new Error(String(error));
        resolve({ ok: false, error: failure, reusable: true });
        return;
      }
      this.#await();
      let graceTimer: NodeJS.Timeout | undefined;
      const job: RunningJob = {
        id,
        name: request.name,
        cancelling: false,
        onProgress: ctx.onProgress,
        settle: (outcome) => {
          if (this.#job !== job) return;
          this.#job = null;
          clearTimeout(graceTimer);
          ctx.signal?.removeEventListener('abort', onAbort);
          this.#answered();
          resolve(outcome);
        },
      };
      const onAbort = (): void => {
        if (this.#job !== job || job.cancelling) return;
        job.cancelling = true;
        Atomics.store(cancelFlag, 0, 1);
        this.#post({ type: 'cancel', id });
        // Stopped with its thread: its connection closes and the open transaction is discarded;
        // the exit answers the job (cancelled) and the pool replaces the thread.
        graceTimer = setTimeout(() => void this.#worker.terminate(), graceMs);
      };
      this.#job = job;
      if (ctx.signal?.aborted) onAbort();
      else ctx.signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /**
   * Opens the workspace's connection and loads these jobs' code ahead of the first job. Resolves
   * once done (or once the thread has gone).
   */
  warm(workspace: WorkspaceRef, jobs: JobName[]): Promise<void> {
    return this.#ask((id) => ({ type: 'warm', id, workspace, jobs }));
  }

  /**
   * Closes the worker's connection to `path` (any when null): at once, or after the job that
   * works on it. Resolves once closed, or once the thread has gone.
   */
  release(path: string | null): Promise<void> {
    return this.#ask((id) => ({ type: 'release', id, path }));
  }

  /** Ends the thread; a running job is answered as stopped. */
  async stop(): Promise<void> {
    if (this.#alive) await this.#worker.terminate();
  }

  #post(message: ToWorker): void {
    this.#worker.postMessage(message);
  }

  /** Sends a message the worker answers with the same id. */
  #ask(message: (id: number) => ToWorker): Promise<void> {
    if (!this.#alive) return Promise.resolve();
    return new Promise((resolve) => {
      const id = this.#nextId++;
      this.#post(message(id));
      this.#await();
      this.#replies.set(id, () => {
        this.#answered();
        resolve();
      });
    });
  }

  #await(): void {
    this.#awaited += 1;
    if (this.#awaited === 1) this.#worker.ref();
  }

  #answered(): void {
    this.#awaited -= 1;
    if (this.#awaited === 0) this.#worker.unref();
  }

  #receive(message: FromWorker): void {
    if (message.type === 'released' || message.type === 'warmed') {
      this.#replies.get(message.id)?.();
      this.#replies.delete(message.id);
      return;
    }
    const job = this.#job;
    // A late message of a job already answered (or of another one) is dropped.
    if (job === null || job.id !== message.id) return;
    if (message.type === 'progress') {
      job.onProgress?.(message.event);
    } else if (message.type === 'done') {
      job.settle({ ok: true, output: message.output, reusable: message.reusable });
    } else {
      const error = fromTransferred(message.error);
      job.settle({ ok: false, error, reusable: message.reusable });
    }
  }
}
