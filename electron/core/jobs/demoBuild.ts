import fs from 'node:fs';
import { openWorkspace } from '../db/connection';
import { createDemo, type DemoSummary } from '../demo/createDemo';
import type { JobContext } from './jobContext';
import { partialPath, removeWithSidecars } from './partialFiles';

/**
 * Builds the demo workspace under a temporary name beside `target` (already checked by the
 * caller) and renames it at the end: an interrupted or cancelled run leaves no half-built file,
 * and a replaced file stays intact until the new one is complete.
 */
export async function buildDemoFile(
  target: string,
  ctx: JobContext,
  nativeBinding?: string,
): Promise<DemoSummary & { path: string }> {
  const partial = partialPath(target);
  removeWithSidecars(partial);
  try {
    const ws = await openWorkspace(partial, { create: true, nativeBinding });
    let summary: DemoSummary;
    try {
      summary = await createDemo(ws, ctx.onProgress, ctx.signal);
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
