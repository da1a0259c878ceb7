import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { ProgressEvent } from '../../../shared/contract';
import { AppError, apiMessage, type LocalizedText } from '../../../shared/errors';
import {
  applicationId,
  assertOpenable,
  COPRO_APPLICATION_ID,
  latestVersion,
  migrate,
  schemaVersion,
} from './migrate';
import { migrations as releasedMigrations } from './migrations';
import type { Migration } from './migrations/types';
import type { Database } from './schema';

export interface Workspace {
  readonly path: string;
  readonly sqlite: BetterSqlite3.Database;
  readonly db: Kysely<Database>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Create the file when it does not exist (otherwise a missing file is an error). */
  create?: boolean;
  /** Path to a better_sqlite3.node built for another runtime (Electron's ABI). */
  nativeBinding?: string;
  /** Open without writing: no migration, no WAL switch. */
  readonly?: boolean;
  /** Tests only: another migration list than the released one. */
  migrations?: readonly Migration[];
  /** Reports the backup (phase `backup`, pages) and the migrations (phase `upgrade`). */
  onProgress?: (event: ProgressEvent) => void;
}

/** The operation name of the progress events of an upgrade (backup, then migrations). */
export const UPGRADE_OPERATION = 'upgrade';

/** Pages copied per backup step between two progress reports. */
const BACKUP_PAGES_PER_STEP = 1024;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** `detail` is SQLite's own code (SQLITE_CORRUPT…) or a keyed reason. */
function damaged(fileName: string, detail: string | LocalizedText): AppError {
  return new AppError('workspace_damaged', apiMessage('apiErrors.damaged', { fileName, detail }));
}

/** Cheap checks before SQLite touches the file, so a foreign file is never written to. */
function checkHeader(file: string): void {
  const name = path.basename(file);
  const size = fs.statSync(file).size;
  if (size === 0) return; // an empty file is a new database
  if (size < 100) {
    throw damaged(name, apiMessage('apiErrors.damagedDetail.tooSmall', { count: size }));
  }
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    fs.readSync(fd, header, 0, 16, 0);
    if (!header.equals(SQLITE_HEADER)) {
      throw damaged(name, apiMessage('apiErrors.damagedDetail.notSqlite'));
    }
    const pageSizeField = Buffer.alloc(2);
    fs.readSync(fd, pageSizeField, 0, 2, 16);
    const raw = pageSizeField.readUInt16BE(0);
    const pageSize = raw === 1 ? 65536 : raw;
    if (pageSize < 512 || size % pageSize !== 0) {
      throw damaged(name, apiMessage('apiErrors.damagedDetail.truncated'));
    }
  } finally {
    fs.closeSync(fd);
  }
}

function sqliteError(error: unknown, name: string): never {
  if (error instanceof AppError) throw error;
  const code = (error as { code?: string }).code ?? '';
  if (/NOTADB|CORRUPT|IOERR/.test(code)) throw damaged(name, code);
  throw error;
}

/** Integrity check on a read-only handle: a damaged file is reported, never written to. */
function inspectReadOnly(file: string, latest: number, nativeBinding?: string): number {
  const name = path.basename(file);
  const probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    const rows = probe.pragma('quick_check') as { quick_check: string }[];
    const first = rows[0]?.quick_check ?? 'no answer';
    if (first !== 'ok') {
      throw damaged(name, apiMessage('apiErrors.damagedDetail.integrity', { result: first }));
    }
    return assertOpenable(probe, name, latest);
  } catch (error) {
    sqliteError(error, name);
  } finally {
    probe.close();
  }
}

function backupName(file: string, version: number): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  return `${file}.bak-v${version}-${stamp}`;
}

/**
 * True when opening `file` would run migrations: a Copro workspace older than this version. A
 * cheap read of the header fields only (no integrity check): anything unusual answers false and
 * is left for openWorkspace to refuse with its usual error.
 */
export function needsUpgrade(
  file: string,
  options: Pick<OpenOptions, 'nativeBinding' | 'migrations'> = {},
): boolean {
  if (file === ':memory:') return false;
  const latest = latestVersion(options.migrations ?? releasedMigrations);
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size === 0) return false;
    checkHeader(file);
    const probe = new BetterSqlite3(file, {
      readonly: true,
      fileMustExist: true,
      nativeBinding: options.nativeBinding,
    });
    try {
      const version = schemaVersion(probe);
      return applicationId(probe) === COPRO_APPLICATION_ID && version > 0 && version < latest;
    } finally {
      probe.close();
    }
  } catch {
    return false;
  }
}

/** The pending migrations one at a time, so each one finished is reported. */
function migrateReporting(
  sqlite: BetterSqlite3.Database,
  list: readonly Migration[],
  onProgress: (event: ProgressEvent) => void,
): void {
  const from = schemaVersion(sqlite);
  const pending = list.filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  const total = pending.length;
  onProgress({ operation: UPGRADE_OPERATION, phase: 'upgrade', done: 0, total });
  pending.forEach((step, index) => {
    migrate(
      sqlite,
      list.filter((m) => m.version <= step.version),
    );
    onProgress({ operation: UPGRADE_OPERATION, phase: 'upgrade', done: index + 1, total });
  });
}

/**
 * Opens (or creates) a workspace file: integrity check, version check, backup, then migrations.
 * ':memory:' gives a fresh migrated database (tests).
 */
export async function openWorkspace(file: string, options: OpenOptions = {}): Promise<Workspace> {
  const memory = file === ':memory:';
  const resolved = memory ? file : path.resolve(file);
  const name = memory ? file : path.basename(resolved);
  const list = options.migrations ?? releasedMigrations;
  const latest = latestVersion(list);
  let version = 0;
  if (!memory) {
    if (!fs.existsSync(resolved)) {
      if (!options.create) {
        throw new AppError(
          'workspace_missing',
          apiMessage('apiErrors.noWorkspaceAt', { path: resolved }),
        );
      }
    } else {
      if (fs.statSync(resolved).isDirectory()) {
        throw damaged(name, apiMessage('apiErrors.damagedDetail.folder'));
      }
      checkHeader(resolved);
      if (fs.statSync(resolved).size > 0) {
        version = inspectReadOnly(resolved, latest, options.nativeBinding);
      }
    }
  }

  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(resolved, {
      nativeBinding: options.nativeBinding,
      readonly: options.readonly ?? false,
      fileMustExist: !memory && !options.create,
    });
  } catch (error) {
    sqliteError(error, name);
  }
  try {
    sqlite.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      // The backup comes first, before anything (even the journal mode) writes to the file.
      if (!memory && version > 0 && version < latest) {
        const { onProgress } = options;
        const copied = await sqlite.backup(backupName(resolved, version), {
          progress: ({ totalPages, remainingPages }) => {
            onProgress?.({
              operation: UPGRADE_OPERATION,
              phase: 'backup',
              done: totalPages - remainingPages,
              total: totalPages,
            });
            return BACKUP_PAGES_PER_STEP;
          },
        });
        // SQLite's last step resolves without calling `progress`: report the end here.
        onProgress?.({
          operation: UPGRADE_OPERATION,
          phase: 'backup',
          done: copied.totalPages,
          total: copied.totalPages,
        });
      }
      sqlite.pragma('journal_mode = WAL');
      // NORMAL is crash-safe in WAL mode (an app crash loses nothing committed).
      sqlite.pragma('synchronous = NORMAL');
      sqlite.pragma('foreign_keys = ON');
      if (options.onProgress && version < latest) {
        migrateReporting(sqlite, list, options.onProgress);
      } else {
        migrate(sqlite, list);
      }
    }
  } catch (error) {
    sqlite.close();
    sqliteError(error, name);
  }

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    path: resolved,
    sqlite,
    db,
    async close() {
      await db.destroy();
      // Kysely closes the connection only if it ever ran a query: close it in any case.
      if (sqlite.open) sqlite.close();
    },
  };
}
