import type BetterSqlite3 from 'better-sqlite3';
import { AppError, apiMessage } from '../../../shared/errors';
import { LATEST_SCHEMA_VERSION, migrations as releasedMigrations } from './migrations';
import type { Migration } from './migrations/types';

/** 'Copr' — marks a SQLite file as a Copro workspace. */
export const COPRO_APPLICATION_ID = 0x436f7072;

export function schemaVersion(sqlite: BetterSqlite3.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

export function applicationId(sqlite: BetterSqlite3.Database): number {
  return sqlite.pragma('application_id', { simple: true }) as number;
}

/** Refuses files this version cannot safely open: too new, or not a Copro workspace at all. */
export function assertOpenable(
  sqlite: BetterSqlite3.Database,
  fileName: string,
  latest: number = LATEST_SCHEMA_VERSION,
): number {
  const version = schemaVersion(sqlite);
  const appId = applicationId(sqlite);
  const tableCount = (
    sqlite.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as {
      n: number;
    }
  ).n;
  if (appId !== COPRO_APPLICATION_ID && (version !== 0 || tableCount > 0)) {
    throw new AppError('workspace_damaged', apiMessage('apiErrors.notCopro', { fileName }));
  }
  if (version > latest) {
    throw new AppError(
      'workspace_too_new',
      apiMessage('apiErrors.tooNew', {
        fileName,
        version: String(version),
        latest: String(latest),
      }),
    );
  }
  return version;
}

/** The schema version a list of migrations leads to. */
export function latestVersion(list: readonly Migration[]): number {
  return list.reduce((max, m) => Math.max(max, m.version), 0);
}

/**
 * Runs pending migrations, each in its own transaction with its version bump. Foreign keys are
 * off while they run (SQLite's recipe for rebuilding a table) and checked before each commit.
 * `list` is for tests; the app always runs the released, statically imported migrations.
 */
export function migrate(
  sqlite: BetterSqlite3.Database,
  list: readonly Migration[] = releasedMigrations,
): { from: number; to: number } {
  const from = schemaVersion(sqlite);
  const pending = list.filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  if (pending.length === 0) return { from, to: from };
  const foreignKeys = sqlite.pragma('foreign_keys', { simple: true }) as number;
  // PRAGMA foreign_keys is a no-op inside a transaction: switch it before.
  sqlite.pragma('foreign_keys = OFF');
  try {
    for (const migration of pending) {
      sqlite.transaction(() => {
        sqlite.exec(migration.sql);
        const broken = sqlite.pragma('foreign_key_check') as { table: string }[];
        if (broken.length > 0) {
          throw new Error(
            `migration ${migration.version} (${migration.name}) leaves ${broken.length} broken references, first in table ${broken[0]?.table ?? '?'}`,
          );
        }
        sqlite.pragma(`application_id = ${COPRO_APPLICATION_ID}`);
        sqlite.pragma(`user_version = ${migration.version}`);
      })();
    }
  } finally {
    sqlite.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return { from, to: schemaVersion(sqlite) };
}
