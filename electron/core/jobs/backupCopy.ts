import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { AppError, apiMessage } from '../../../shared/errors';
import type { JobContext } from './jobContext';
import { partialPath, removeWithSidecars } from './partialFiles';

export interface BackupResult {
  path: string;
  pages: number;
  bytes: number;
}

/** Pages copied per step: small steps let writers in between (SQLite restarts if they write). */
const PAGES_PER_STEP = 256;

function cancelled(): AppError {
  return new AppError('cancelled', apiMessage('apiErrors.copyCancelled'));
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
 * Copies the database behind `sqlite` to `target` (already checked by the caller) through SQLite's
 * online backup API, under a temporary name renamed at the end: a failed or cancelled copy never
 * leaves a half-written file at `target`. Progress counts pages (phase `copy`).
 */
export async function copyDatabase(
  sqlite: BetterSqlite3.Database,
  target: string,
  ctx: JobContext,
  nativeBinding?: string,
): Promise<BackupResult> {
  const partial = partialPath(target);
  removeWithSidecars(partial);
  let pages = 0;
  try {
    await sqlite.backup(partial, {
      // Called between steps (each after a turn of the event loop): a cancel stops the copy there,
      // better-sqlite3 closes the backup and the partial file is removed below.
      progress: ({ totalPages, remainingPages }) => {
        if (ctx.signal.aborted) throw cancelled();
        pages = totalPages;
        ctx.onProgress?.({
          operation: 'backup',
          phase: 'copy',
          done: totalPages - remainingPages,
          total: totalPages,
        });
        return PAGES_PER_STEP;
      },
    });
    if (ctx.signal.aborted) throw cancelled();
    sealCopy(partial, nativeBinding);
    fs.renameSync(partial, target);
  } catch (error) {
    removeWithSidecars(partial);
    throw error;
  }
  ctx.onProgress?.({ operation: 'backup', phase: 'copy', done: pages, total: pages });
  return { path: target, pages, bytes: fs.statSync(target).size };
}
