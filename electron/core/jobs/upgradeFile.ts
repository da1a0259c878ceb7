import { openWorkspace } from '../db/connection';
import type { JobContext } from './jobContext';

/**
 * Runs an older workspace's pending migrations in the worker: openWorkspace's own checks, backup
 * (phase `backup`) and migrations (phase `upgrade`), then closes it. Refusals (damaged, too new,
 * foreign file) come back as the very AppErrors openWorkspace throws on the main thread.
 */
export async function upgradeWorkspaceFile(
  file: string,
  ctx: JobContext,
  nativeBinding?: string,
): Promise<{ path: string }> {
  const ws = await openWorkspace(file, { nativeBinding, onProgress: ctx.onProgress });
  // Closing the only connection checkpoints the WAL: the main thread opens a settled file.
  await ws.close();
  return { path: ws.path };
}
