import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { ProgressEvent } from '../../../shared/contract';
import { AppError, apiMessage } from '../../../shared/errors';
import type { Workspace } from '../db/connection';

export interface BackupResult {
  path: string;
  pages: number;
  bytes: number;
}

/** Pages copied per step: small steps let writers in between (SQLite restarts if they write). */
const PAGES_PER_STEP = 256;

function cancelled(): AppError {
  return new AppError('cancelled', 'The copy was cancelled: no file was written.');
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

/**
 * The copy must stand on its own (one file, no -wal beside it) and pass an integrity check
 * before it replaces anything.
 */
function sealCopy(file: string, nativeBinding?: string): void {
  const copy = new BetterSqlite3(file, { fileMustExist: true, nativeBinding });
  try {
    copy.pragma('journal_mode = DELETE');
    const rows = copy.pragma('quick_check') as { quick_check: string }[];
    const first = rows[0]?.quick_check ?? 'no answer';
    if (first !== 'ok') throw new Error(`the copy fails its integrity check: ${first}`);
  } finally {
    copy.close();
  }
}

/**
 * A consistent copy of an open workspace through SQLite's online backup API: safe while this or
 * another process keeps writing (WAL). Written beside the target under a temporary name and
 * renamed at the end, so a failed backup never leaves a half-written file at `outPath`.
 */
export async function backupWorkspace(
  ws: Workspace,
  outPath: string,
  onProgress?: (event: ProgressEvent) => void,
  options: { nativeBinding?: string; signal?: AbortSignal } = {},
): Promise<BackupResult> {
  const { signal } = options;
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
  const partial = `${target}.partial-${process.pid}`;
  removeWithSidecars(partial);
  let pages = 0;
  try {
    await ws.sqlite.backup(partial, {
      // Called between steps (each after a turn of the event loop): a cancel stops the copy there,
      // better-sqlite3 closes the backup and the partial file is removed below.
      progress: ({ totalPages, remainingPages }) => {
        if (signal?.aborted) throw cancelled();
        pages = totalPages;
        onProgress?.({ operation: 'backup', done: totalPages - remainingPages, total: totalPages });
        return PAGES_PER_STEP;
      },
    });
    if (signal?.aborted) throw cancelled();
    sealCopy(partial, options.nativeBinding);
    fs.renameSync(partial, target);
  } catch (error) {
    removeWithSidecars(partial);
    throw error;
  }
  onProgress?.({ operation: 'backup', done: pages, total: pages });
  return { path: target, pages, bytes: fs.statSync(target).size };
}
