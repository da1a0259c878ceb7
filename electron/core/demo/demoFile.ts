import fs from 'node:fs';
import path from 'node:path';
import type { ProgressEvent } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { openWorkspace } from '../db/connection';
import { createDemo, type DemoSummary } from './createDemo';

export interface DemoFileOptions {
  /** Replace an existing file (otherwise an existing file is refused). */
  force?: boolean;
  nativeBinding?: string;
  onProgress?: (event: ProgressEvent) => void;
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

/**
 * Writes the demo workspace to `file`. It is built under a temporary name beside it and renamed
 * at the end: an interrupted run leaves no half-built workspace, and with `force` the old file
 * stays intact until the new one is complete.
 */
export async function createDemoFile(
  file: string,
  options: DemoFileOptions = {},
): Promise<DemoSummary & { path: string }> {
  const target = path.resolve(file);
  if (fs.existsSync(target) && !options.force) {
    throw new AppError('conflict', `${file} already exists; it was not modified.`);
  }
  if (!fs.existsSync(path.dirname(target))) {
    throw new AppError('not_found', `The folder ${path.dirname(target)} does not exist.`);
  }
  const partial = `${target}.partial-${process.pid}`;
  removeWithSidecars(partial);
  try {
    const ws = await openWorkspace(partial, { create: true, nativeBinding: options.nativeBinding });
    let summary: DemoSummary;
    try {
      summary = await createDemo(ws, options.onProgress);
    } finally {
      // Closing the last connection checkpoints the WAL into the file and removes it.
      await ws.close();
    }
    // A WAL left by the replaced file must not be replayed onto the new one.
    for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
    fs.renameSync(partial, target);
    return { ...summary, path: target };
  } catch (error) {
    removeWithSidecars(partial);
    throw error;
  }
}
