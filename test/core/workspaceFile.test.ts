import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/core/db/connection';
import {
  COPRO_APPLICATION_ID,
  applicationId,
  latestVersion,
  schemaVersion,
} from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import type { Migration } from '../../electron/core/db/migrations/types';
import type { Database } from '../../electron/core/db/schema';
import { createProject } from '../../electron/core/services/projects';

/** Every table of schema.ts: the type fails to check when a table is added there and not here. */
const SCHEMA_TABLES: Record<keyof Database, true> = {
  settings: true,
  projects: true,
  budget_chapters: true,
  budget_lines: true,
  financing_sources: true,
  campaigns: true,
  reward_items: true,
  reward_tiers: true,
  reward_tier_items: true,
  contributors: true,
  contributor_identities: true,
  contributions: true,
  contribution_addons: true,
  fulfillment_lines: true,
  imports: true,
  import_snapshots: true,
  mapping_presets: true,
  audit_log: true,
  contributor_search: true,
  contributor_search_pending: true,
};

const LATEST = latestVersion(migrations);
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-wsfile-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function hash(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A real workspace on disk with a little data, closed (its WAL folded into the file). */
async function realWorkspace(name = 'real.copro'): Promise<string> {
  const file = path.join(dir, name);
  const ws = await openWorkspace(file, { create: true });
  for (const title of ['Les Nuits de Marseille', 'Les Gardiens du Frioul', 'Court-circuit']) {
    await createProject(ws.db, {
      title,
      format: 'film',
      currency: 'EUR',
      crowdCapBp: 500,
      securedThresholdBp: 5000,
    });
  }
  await ws.close();
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
  return file;
}

async function refusal(file: string, options = {}): Promise<{ code: string; message: string }> {
  const error: unknown = await openWorkspace(file, options).then(
    async (ws) => {
      await ws.close();
      return null;
    },
    (e: unknown) => e,
  );
  expect(error, `${path.basename(file)} should be refused`).toBeInstanceOf(Error);
  return error as { code: string; message: string };
}

describe('workspace file', () => {
  it('migrates an empty database to the latest schema with every table of schema.ts', async () => {
    for (const file of [':memory:', path.join(dir, 'new.copro')]) {
      const ws = await openWorkspace(file, { create: true });
      expect(schemaVersion(ws.sqlite)).toBe(LATEST);
      expect(applicationId(ws.sqlite)).toBe(COPRO_APPLICATION_ID);
      const tables = (ws.sqlite.pragma('table_list') as { name: string; type: string }[])
        .filter(
          (t) => (t.type === 'table' || t.type === 'virtual') && !t.name.startsWith('sqlite_'),
        )
        .map((t) => t.name)
        .sort();
      expect(tables).toEqual(Object.keys(SCHEMA_TABLES).sort());
      await ws.close();
    }
  });

  it('turns foreign keys on and uses WAL', async () => {
    const ws = await openWorkspace(path.join(dir, 'fk.copro'), { create: true });
    expect(ws.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(() =>
      ws.sqlite
        .prepare(
          "INSERT INTO budget_chapters (project_id, code, title, position) VALUES (999, '1', 'x', 0)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    await ws.close();
  });

  it('refuses a file written by a newer Copro and leaves it as it was', async () => {
    const file = await realWorkspace();
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${LATEST + 1}`);
    raw.close();
    const before = hash(file);
    for (const options of [{}, { readonly: true }]) {
      const error = await refusal(file, options);
      expect(error.code).toBe('workspace_too_new');
      expect(error.message).toContain(`schema ${LATEST + 1}`);
    }
    expect(hash(file)).toBe(before);
  });

  it('refuses truncated copies of a real workspace without touching them', async () => {
    const file = await realWorkspace();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    expect(bytes.length / pageSize).toBeGreaterThan(4);
    const cuts = {
      'mid-page.copro': Math.floor(bytes.length / 2) + 100,
      'whole-pages.copro': 2 * pageSize,
    };
    for (const [name, size] of Object.entries(cuts)) {
      const copy = path.join(dir, name);
      fs.writeFileSync(copy, bytes.subarray(0, size));
      const before = hash(copy);
      const error = await refusal(copy);
      expect(error.code, name).toBe('workspace_damaged');
      expect(error.message).toContain(name);
      expect(hash(copy)).toBe(before);
      expect(fs.statSync(copy).size).toBe(size);
    }
  });

  it('refuses a text file and a foreign SQLite database without touching them', async () => {
    const text = path.join(dir, 'notes.copro');
    fs.writeFileSync(text, 'Budget notes: call the CNC on Monday.\n'.repeat(20));
    const foreign = path.join(dir, 'other-app.copro');
    const raw = new BetterSqlite3(foreign);
    raw.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('not Copro')");
    raw.close();
    for (const file of [text, foreign]) {
      const before = hash(file);
      const error = await refusal(file);
      expect(error.code).toBe('workspace_damaged');
      expect(error.message).toContain('not modified');
      expect(hash(file)).toBe(before);
    }
  });

  it('backs the file up before a pending migration, and each migration is all or nothing', async () => {
    const file = await realWorkspace();
    const extra: Migration = {
      version: LATEST + 1,
      name: 'test: a column',
      sql: "ALTER TABLE projects ADD COLUMN logline TEXT NOT NULL DEFAULT '';",
    };
    const ws = await openWorkspace(file, { migrations: [...migrations, extra] });
    expect(schemaVersion(ws.sqlite)).toBe(LATEST + 1);
    await ws.close();

    const backups = fs.readdirSync(dir).filter((n) => n.startsWith(`real.copro.bak-v${LATEST}-`));
    expect(backups).toHaveLength(1);
    const backup = new BetterSqlite3(path.join(dir, backups[0] ?? ''), { readonly: true });
    expect(schemaVersion(backup)).toBe(LATEST);
    expect(backup.prepare('SELECT count(*) AS n FROM projects').get()).toEqual({ n: 3 });
    const columns = (backup.pragma('table_info(projects)') as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).not.toContain('logline');
    backup.close();

    const broken: Migration = {
      version: LATEST + 2,
      name: 'test: fails halfway',
      sql: 'CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);',
    };
    await expect(
      openWorkspace(file, { migrations: [...migrations, extra, broken] }),
    ).rejects.toThrow(/no_such_table/);
    const after = new BetterSqlite3(file, { readonly: true });
    expect(schemaVersion(after)).toBe(LATEST + 1);
    expect(
      after.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get(),
    ).toEqual({
      n: 0,
    });
    after.close();
  });
});
