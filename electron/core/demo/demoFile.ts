import fs from 'node:fs';
import path from 'node:path';
import type { ProgressEvent } from '../../../shared/contract';
import { AppError, apiMessage } from '../../../shared/errors';
import { runJob } from '../jobs';
import { partialPath, removeWithSidecars } from '../jobs/partialFiles';
import type { DemoSummary } from './createDemo';

export interface DemoFileOptions {
  /** Replace an existing file (otherwise an existing file is refused). */
  force?: boolean;
  nativeBinding?: string;
  /** Phases `projects`, `budget`, `financing`, `campaign`, then `contributors` with row counts. */
  onProgress?: (event: ProgressEvent) => void;
  /** Aborted: the build stops, its partial file is removed and an existing file stays intact. */
  signal?: AbortSignal;
}

/**
 * Writes the demo workspace to `file`, built in a worker thread. It is built under a temporary
 * name beside it and renamed at the end: an interrupted or cancelled run leaves no half-built
 * workspace, and with `force` the old file stays intact until the new one is complete.
 */
export async function createDemoFile(
  file: string,
  options: DemoFileOptions = {},
): Promise<DemoSummary & { path: string }> {
  const target = path.resolve(file);
  if (fs.existsSync(target) && !options.force) {
    throw new AppError('conflict', apiMessage('apiErrors.demoExists', { file }));
  }
  if (!fs.existsSync(path.dirname(target))) {
    throw new AppError(
      'not_found',
      apiMessage('apiErrors.noFolder', { path: path.dirname(target) }),
    );
  }
  try {
    return await runJob(
      null,
      'demo.create',
      { target },
      { onProgress: options.onProgress, signal: options.signal },
      { nativeBinding: options.nativeBinding },
    );
  } catch (error) {
    // A worker stopped mid-build (cancel past its grace period) could not clean up after itself.
    removeWithSidecars(partialPath(target));
    throw error;
  }
}
