import type { Workspace } from '../db/connection';
import { JobThread } from './jobThread';
import type { JobName } from './jobTable';
import { loadedNativeBinding } from './nativeBinding';
import type { WorkspaceRef } from './protocol';

/**
 * Starting a worker (its module graph, tsx in the sources, a connection) costs from a third of a
 * second to seconds on a busy machine: one warm worker waits between jobs, then goes after this
 * long without work (it never keeps the process alive meanwhile).
 */
export const JOB_WORKER_IDLE_MS = 60_000;

/** What a warm-up loads ahead: the importers, the jobs a producer runs right after opening. */
const WARM_JOBS: JobName[] = ['import.preview'];

/** Every live worker; at most one of them idle (more run only while jobs overlap). */
const threads = new Set<JobThread>();
let idle: { thread: JobThread; timer: NodeJS.Timeout } | null = null;
let started = 0;
/** The last warm-up asked for: benchmarks and tests wait for it. */
let warming: Promise<void> = Promise.resolve();

/** A key per open Workspace object: a worker never serves a job from another one's connection. */
const workspaceKeys = new WeakMap<Workspace, string>();
let nextWorkspaceKey = 1;

export function workspaceRef(ws: Workspace): WorkspaceRef {
  let key = workspaceKeys.get(ws);
  if (key === undefined) {
    key = `ws-${nextWorkspaceKey++}`;
    workspaceKeys.set(ws, key);
  }
  return { key, path: ws.path };
}

function spawn(nativeBinding: string | undefined): JobThread {
  const thread = new JobThread(nativeBinding, (gone) => {
    threads.delete(gone);
    if (idle?.thread === gone) {
      clearTimeout(idle.timer);
      idle = null;
    }
  });
  threads.add(thread);
  started += 1;
  return thread;
}

/** Closes its connection, then ends it; nothing waits on it. */
function retire(thread: JobThread): void {
  threads.delete(thread);
  void thread
    .release(null)
    .then(() => thread.stop())
    .catch(() => undefined);
}

function takeIdle(): JobThread | null {
  if (idle === null) return null;
  const { thread, timer } = idle;
  clearTimeout(timer);
  idle = null;
  return thread;
}

function keepIdle(thread: JobThread): void {
  const timer = setTimeout(() => {
    if (idle?.thread !== thread) return;
    idle = null;
    retire(thread);
  }, JOB_WORKER_IDLE_MS);
  timer.unref();
  idle = { thread, timer };
}

/** A free worker for a job: the warm one if it loads the same SQLite binary, else a new one. */
export function acquireThread(nativeBinding: string | undefined): JobThread {
  const warm = takeIdle();
  if (warm !== null) {
    if (warm.alive && warm.nativeBinding === nativeBinding) return warm;
    retire(warm);
  }
  return spawn(nativeBinding);
}

/**
 * Back from a job: kept warm if it may take another one and no other worker waits already;
 * otherwise ended (it left a transaction open, or jobs overlapped and one warm worker is enough).
 */
export function returnThread(thread: JobThread, reusable: boolean): void {
  if (!thread.alive) return;
  if (reusable && idle === null) keepIdle(thread);
  else retire(thread);
}

/**
 * Gets a worker ready for jobs on `ws` in the background, when a workspace file is opened: the
 * thread starts, opens its connection and loads the importers, so the first preview pays none of
 * it. Never fails (a job on a broken workspace reports why); nothing to do for ':memory:'.
 */
export function prewarmJobWorker(ws: Workspace, nativeBinding = loadedNativeBinding()): void {
  if (ws.path === ':memory:') return;
  try {
    let thread = takeIdle();
    if (thread !== null && (!thread.alive || thread.nativeBinding !== nativeBinding)) {
      retire(thread);
      thread = null;
    }
    thread ??= spawn(nativeBinding);
    warming = thread.warm(workspaceRef(ws), WARM_JOBS);
    keepIdle(thread);
  } catch {
    // A missing worker file is reported by the first job; a warm-up has no one to tell.
  }
}

/**
 * Closes every worker connection to the workspace file at `path` (after the job working on it,
 * if any). Call it before closing the app's own connection: the last connection to close folds
 * the WAL back into the file, and a worker must not keep reading a file the app left.
 */
export async function releaseWorkspace(path: string): Promise<void> {
  await Promise.all([...threads].map((thread) => thread.release(path)));
}

/** Ends every worker, a job still running included (it fails as stopped, its writes undone). */
export async function closeJobWorkers(): Promise<void> {
  const all = [...threads];
  threads.clear();
  takeIdle();
  await Promise.all(
    all.map(async (thread) => {
      if (!thread.busy) await thread.release(null);
      await thread.stop();
    }),
  );
}

/** Resolves once the warm-up of the last prewarmJobWorker is done (or its worker has gone). */
export function jobWorkerWarm(): Promise<void> {
  return warming;
}

/** For tests and benchmarks: how many workers were started, and which one waits warm. */
export function jobWorkerStats(): { started: number; alive: number; idleThreadId: number | null } {
  return { started, alive: threads.size, idleThreadId: idle?.thread.threadId ?? null };
}
