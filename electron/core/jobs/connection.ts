import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Workspace } from '../db/connection';
import type { Database } from '../db/schema';

/**
 * A job's own waits happen off the UI thread, so it may wait longer than the main connection for
 * a short write of the app to finish.
 */
const JOB_BUSY_TIMEOUT_MS = 10_000;

/**
 * A second connection to a workspace the app already opened: no integrity check, no migration and
 * no backup (the main connection did all that before any job could start). WAL mode is a property
 * of the file, so it is already on; the per-connection settings are set again here.
 */
export function openJobConnection(file: string, nativeBinding?: string): Workspace {
  const sqlite = new BetterSqlite3(file, { fileMustExist: true, nativeBinding });
  try {
    sqlite.pragma(`busy_timeout = ${JOB_BUSY_TIMEOUT_MS}`);
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    path: file,
    sqlite,
    db,
    async close() {
      await db.destroy();
      if (sqlite.open) sqlite.close();
    },
  };
}
