import fs from 'node:fs';
import path from 'node:path';
import type { ProgressEvent } from '../../../shared/contract';
import { AppError, apiMessage } from '../../../shared/errors';
import type { Workspace } from '../db/connection';
import { runJob } from '../jobs';
import type { BackupResult } from '../jobs/backupCopy';

export type { BackupResult } from '../jobs/backupCopy';

/**
 * A consistent copy of an open workspace through SQLite's online backup API: safe while this or
 * another process keeps writing (WAL). The copy runs in a worker thread on its own connection
 * (progress in pages, phase `copy`), is written beside the target under a temporary name and
 * renamed at the end, so a failed or cancelled backup never leaves a half-written file at
 * `outPath`.
 */
export async function backupWorkspace(
  ws: Workspace,
  outPath: string,
  onProgress?: (event: ProgressEvent) => void,
  options: { nativeBinding?: string; signal?: AbortSignal } = {},
): Promise<BackupResult> {
  const target = path.resolve(outPath);
  if (ws.path !== ':memory:' && target === path.resolve(ws.path)) {
    throw new AppError('conflict', apiMessage('apiErrors.backupOverItself', { path: target }));
  }
  if (!fs.existsSync(path.dirname(target))) {
    throw new AppError(
      'not_found',
      apiMessage('apiErrors.noFolder', { path: path.dirname(target) }),
    );
  }
  return runJob(
    ws,
    'workspace.backup',
    { target },
    { onProgress, signal: options.signal },
    { nativeBinding: options.nativeBinding },
  );
}
