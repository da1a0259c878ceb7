import type { ProgressEvent } from '../../../shared/contract';
import type { JobName } from './jobTable';
import type { TransferredError } from './transferError';

/** What the worker is started with (its `workerData`): it lives on for many jobs. */
export interface WorkerStart {
  /** The better_sqlite3.node every connection of this worker loads (one per worker). */
  nativeBinding: string | undefined;
}

/**
 * The workspace a job works on. `key` names one open Workspace of the caller: a new key (another
 * file, or the same path opened again, perhaps a different file by now) means a new connection.
 */
export interface WorkspaceRef {
  key: string;
  path: string;
}

export interface RunMessage {
  type: 'run';
  id: number;
  name: JobName;
  input: unknown;
  /** Null for a job without a workspace (the demo builds its own file). */
  workspace: WorkspaceRef | null;
  /**
   * Set to 1 by the caller on cancel. The worker reads it at each progress report, so a job that
   * never yields to its event loop (where the cancel message waits) still notices the cancel.
   */
  cancelFlag: Int32Array;
}

export type ToWorker =
  | RunMessage
  | { type: 'cancel'; id: number }
  /** Open the workspace's connection now and load these jobs' code, then answer `warmed`. */
  | { type: 'warm'; id: number; workspace: WorkspaceRef; jobs: JobName[] }
  /** Close the connection to `path` (every connection when null), then answer `released`. */
  | { type: 'release'; id: number; path: string | null };

export type FromWorker =
  | { type: 'progress'; id: number; event: ProgressEvent }
  /**
   * `reusable` is false when the job left a transaction open: its connection was closed (which
   * rolled it back) and the worker must not take another job.
   */
  | { type: 'done'; id: number; output: unknown; reusable: boolean }
  | { type: 'failed'; id: number; error: TransferredError; reusable: boolean }
  | { type: 'released'; id: number }
  | { type: 'warmed'; id: number };
