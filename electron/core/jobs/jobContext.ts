import type { ProgressEvent } from '../../../shared/contract';
import type { Workspace } from '../db/connection';

/** What a job gets besides its input: where to report progress, and when to stop. */
export interface JobContext {
  onProgress?: (event: ProgressEvent) => void;
  signal: AbortSignal;
}

/** Where a job runs: the caller's workspace (in-process) or the worker's own connection to it. */
export interface JobEnv {
  /** The workspace the job reads or writes; opened on first use in a worker. */
  workspace(): Workspace;
  /** better_sqlite3.node to load for any other database the job opens (Electron's ABI). */
  nativeBinding?: string;
}

/** What a caller passes (a handler's CallContext fits): progress and an optional cancel. */
export interface CallerContext {
  onProgress?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
}
