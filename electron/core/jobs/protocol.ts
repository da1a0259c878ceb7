import type { ProgressEvent } from '../../../shared/contract';
import type { JobName } from './jobTable';
import type { TransferredError } from './transferError';

/** What the worker is started with (its `workerData`). */
export interface WorkerStart {
  name: JobName;
  input: unknown;
  /** The workspace file the job opens its own connection to; null for a job without one. */
  workspacePath: string | null;
  nativeBinding: string | undefined;
  /**
   * Set to 1 by the caller on cancel. The worker reads it at each progress report, so a job that
   * never yields to its event loop (where the cancel message waits) still notices the cancel.
   */
  cancelFlag: Int32Array;
}

export type ToWorker = { type: 'cancel' };

export type FromWorker =
  | { type: 'progress'; event: ProgressEvent }
  | { type: 'done'; output: unknown }
  | { type: 'failed'; error: TransferredError };
