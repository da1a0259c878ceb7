// The job worker: runs jobs one after another, each on the connection it keeps to the workspace
// between them, until the pool stops it. Its modules and its connection stay warm.
import { parentPort, workerData } from 'node:worker_threads';
import type { ProgressEvent } from '../../../shared/contract';
import { AppError, apiMessage } from '../../../shared/errors';
import type { Workspace } from '../db/connection';
import { openJobConnection } from './connection';
import { loadJob, runJobHere } from './jobTable';
import type { FromWorker, RunMessage, ToWorker, WorkerStart, WorkspaceRef } from './protocol';
import { toTransferred } from './transferError';

type Port = NonNullable<typeof parentPort>;

/** The one connection this worker keeps: to the workspace of its last job. */
let held: { key: string; path: string; ws: Workspace } | null = null;

function closeHeld(): void {
  const closing = held;
  held = null;
  // Closed at once (a release is answered right after): Kysely's pool holds nothing more.
  if (closing?.ws.sqlite.open === true) closing.ws.sqlite.close();
}

/** Closes the held connection unless it is to the very workspace `ref` names. */
function keepOnly(ref: WorkspaceRef): void {
  // Another workspace, or the same path opened again (perhaps another file by now).
  if (held !== null && held.key !== ref.key) closeHeld();
}

/** The held connection to `ref`, opened if need be (keepOnly ran first). */
function connectionTo(ref: WorkspaceRef, nativeBinding: string | undefined): Workspace {
  held ??= { ...ref, ws: openJobConnection(ref.path, nativeBinding) };
  return held.ws;
}

/** The job running now, so a cancel message reaches it. */
let running: { id: number; controller: AbortController } | null = null;

async function runOne(port: Port, start: WorkerStart, message: RunMessage): Promise<void> {
  const post = (answer: FromWorker): void => port.postMessage(answer);
  const controller = new AbortController();
  running = { id: message.id, controller };
  const checkCancelFlag = (): void => {
    if (!controller.signal.aborted && Atomics.load(message.cancelFlag, 0) === 1) {
      controller.abort();
    }
  };
  if (message.workspace !== null) keepOnly(message.workspace);
  const env = {
    nativeBinding: start.nativeBinding,
    workspace(): Workspace {
      if (message.workspace === null) {
        throw new AppError(
          'internal',
          apiMessage('apiErrors.jobWithoutWorkspace', { name: message.name }),
        );
      }
      // Opened on first use: a file that cannot be opened fails the job, not the worker.
      return connectionTo(message.workspace, start.nativeBinding);
    },
  };
  const onProgress = (event: ProgressEvent): void => {
    checkCancelFlag();
    post({ type: 'progress', id: message.id, event });
  };
  let outcome: { ok: true; output: unknown } | { ok: false; error: unknown };
  try {
    checkCancelFlag();
    const output = await runJobHere(message.name, env, message.input as never, {
      signal: controller.signal,
      onProgress,
    });
    outcome = { ok: true, output };
  } catch (error) {
    outcome = { ok: false, error };
  } finally {
    running = null;
  }
  // A job must end with its transaction: if one is still open, closing the connection rolls it
  // back (before the caller hears back, so it holds no lock) and this worker takes no more jobs.
  // After a failure the connection is opened afresh for the next job too: a few milliseconds,
  // against any state the failure may have left in it.
  const reusable = !(held?.ws.sqlite.open === true && held.ws.sqlite.inTransaction);
  if (!reusable || !outcome.ok) closeHeld();
  if (outcome.ok) {
    try {
      post({ type: 'done', id: message.id, output: outcome.output, reusable });
      return;
    } catch (error) {
      // An output that cannot cross the thread boundary is the job's failure, not the worker's.
      outcome = { ok: false, error };
    }
  }
  post({ type: 'failed', id: message.id, error: toTransferred(outcome.error), reusable });
}

/**
 * Opens the workspace's connection (`connect`) and loads the jobs' code in the background: a job
 * arriving meanwhile shares the pending imports. Answers `warmed` once done.
 */
async function warm(
  port: Port,
  message: Extract<ToWorker, { type: 'warm' }>,
  connect: () => void,
): Promise<void> {
  try {
    connect();
  } catch {
    // Nothing to report: the first job on this workspace opens it again and says why it failed.
  }
  await Promise.allSettled(message.jobs.map((name) => loadJob(name)));
  port.postMessage({ type: 'warmed', id: message.id } satisfies FromWorker);
}

function serve(port: Port, start: WorkerStart): void {
  // Runs take turns; a cancel must not wait behind the job it stops.
  let queue: Promise<void> = Promise.resolve();
  const later = (work: () => Promise<void> | void): void => {
    queue = queue.then(work).catch((error: unknown) => {
      // A failure outside any job: the worker is in no state to go on. Its exit tells the pool,
      // which answers the job waiting on it and starts another worker for the next one.
      setImmediate(() => {
        throw error;
      });
    });
  };
  /** The workspace path of each run queued or running: a release of that file waits for it. */
  const runPaths = new Map<number, string | null>();
  port.on('message', (message: ToWorker) => {
    switch (message.type) {
      case 'cancel':
        if (running?.id === message.id) running.controller.abort();
        return;
      case 'run':
        runPaths.set(message.id, message.workspace?.path ?? null);
        later(async () => {
          try {
            await runOne(port, start, message);
          } finally {
            runPaths.delete(message.id);
          }
        });
        return;
      case 'warm':
        // Handled at once, so a release sent after it finds the connection it opened. The pool
        // warms idle workers only; a run in progress keeps its connection all the same.
        void warm(port, message, () => {
          if (runPaths.size > 0) return;
          keepOnly(message.workspace);
          connectionTo(message.workspace, start.nativeBinding);
        });
        return;
      case 'release': {
        const release = (): void => {
          if (message.path === null || held?.path === message.path) closeHeld();
          port.postMessage({ type: 'released', id: message.id } satisfies FromWorker);
        };
        const inUse = [...runPaths.values()].some(
          (path) => path !== null && (message.path === null || path === message.path),
        );
        // Not behind a long job on another file: a workspace switch must not wait for it.
        if (inUse) later(release);
        else release();
        return;
      }
    }
  });
}

if (parentPort === null) throw new Error('workerEntry runs as a worker thread only');
serve(parentPort, workerData as WorkerStart);
