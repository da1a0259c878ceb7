import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';

/** 'Copr' — marks a SQLite file as a Copro workspace. */
export const COPRO_APPLICATION_ID = 0x436f7072;

export function schemaVersion(sqlite: BetterSqlite3.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

export function applicationId(sqlite: BetterSqlite3.Database): number {
  return sqlite.pragma('application_id', { simple: true }) as number;
}

/** Refuses files this version cannot safely open: too new, or not a Copro workspace at all. */
export function assertOpenable(sqlite: BetterSqlite3.Database, fileName: string): number {
  const version = schemaVersion(sqlite);
  const appId = applicationId(sqlite);
  const tableCount = (
    sqlite.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as {
      n: number;
    }
  ).n;
  if (appId !== COPRO_APPLICATION_ID && (version !== 0 || tableCount > 0)) {
    throw new AppError(
      'workspace_damaged',
      `${fileName} is a SQLite database but not a Copro workspace; it was not modified.`,
    );
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'workspace_too_new',
      `${fileName} was written by a newer Copro (schema ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Copro to open it; the file was not modified.`,
    );
  }
  return version;
}

/** Runs pending migrations, each in its own transaction with its version bump. */
export function migrate(sqlite: BetterSqlite3.Database): { from: number; to: number } {
  const from = schemaVersion(sqlite);
  for (const migration of migrations) {
    if (migration.version <= schemaVersion(sqlite)) continue;
    sqlite.transaction(() => {
      sqlite.exec(migration.sql);
      sqlite.pragma(`application_id = ${COPRO_APPLICATION_ID}`);
      sqlite.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: schemaVersion(sqlite) };
}
