import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { needsUpgrade, openWorkspace } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { closeJobWorkers } from '../../electron/core/jobs';
import { ServerWorkspaceSession } from '../../electron/server/workspaceSession';
import type { ProgressEvent } from '../../shared/contract';
import { AppError } from '../../shared/errors';

const latest = Math.max(...migrations.map((m) => m.version));
let dir: string;
let session: ServerWorkspaceSession;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-upgrade-'));
  session = await ServerWorkspaceSession.start({
    workspacePath: path.join(dir, 'current.copro'),
    dataDir: dir,
  });
});

afterEach(async () => {
  await session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

afterAll(async () => {
  await closeJobWorkers();
});

const LINES = 400;

/** A version 5 workspace (before the fulfillment list columns) with a project's lines in it. */
async function version5File(name: string): Promise<string> {
  const file = path.join(dir, name);
  const old = await openWorkspace(file, {
    create: true,
    migrations: migrations.filter((m) => m.version <= 5),
  });
  const now = '2024-01-01T00:00:00.000Z';
  old.sqlite.exec(`
    INSERT INTO projects (id, title, created_at, updated_at) VALUES (1, 'Film', '${now}', '${now}');
    INSERT INTO campaigns (id, project_id, title, platform, currency, goal_cents, created_at, updated_at)
      VALUES (1, 1, 'KS', 'kickstarter', 'EUR', 0, '${now}', '${now}');
    INSERT INTO reward_items (id, project_id, name, ships) VALUES (1, 1, 'DVD', 1);
  `);
  const contributor = old.sqlite.prepare(
    `INSERT INTO contributors (id, display_name, sort_name, address_line1, city, country_code,
      created_at, updated_at) VALUES (?, ?, ?, '3 rue Haute', 'Orléans', 'FR', ?, ?)`,
  );
  const contribution = old.sqlite.prepare(
    `INSERT INTO contributions (id, contributor_id, campaign_id, amount_cents, pledged_at,
      created_at, updated_at) VALUES (?, ?, 1, 3000, '2024-02-01', ?, ?)`,
  );
  const line = old.sqlite.prepare(
    `INSERT INTO fulfillment_lines (id, contribution_id, item_id, quantity, status, updated_at)
      VALUES (?, ?, 1, 1, 'pending', ?)`,
  );
  old.sqlite.transaction(() => {
    for (let id = 1; id <= LINES; id += 1) {
      contributor.run(id, `Contributor ${id}`, `contributor ${id}`, now, now);
      contribution.run(id, id, now, now);
      line.run(id, id, now);
    }
  })();
  await old.close();
  return file;
}

function backupsOf(file: string): string[] {
  return fs
    .readdirSync(path.dirname(file))
    .filter((n) => n.startsWith(`${path.basename(file)}.bak-v5-`));
}

async function refusal(open: () => Promise<unknown>): Promise<AppError> {
  try {
    await open();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the file opened');
}

describe('opening an older workspace', () => {
  it('backs it up and migrates it in a job with progress, then opens it on the main connection', async () => {
    const file = await version5File('old.copro');
    expect(needsUpgrade(file)).toBe(true);
    const events: ProgressEvent[] = [];
    const result = await session.dispatch(
      'workspace.open',
      { path: file },
      { onProgress: (event) => events.push(event) },
    );
    expect(result.ok).toBe(true);

    const phases = events.map((event) => event.phase);
    expect(phases).toContain('backup');
    expect(phases).toContain('upgrade');
    expect(phases.indexOf('backup')).toBeLessThan(phases.indexOf('upgrade'));
    expect(phases.lastIndexOf('backup')).toBeLessThan(phases.indexOf('upgrade'));
    const lastBackup = events.filter((event) => event.phase === 'backup').at(-1);
    expect(lastBackup?.total).toBeGreaterThan(0);
    expect(lastBackup?.done).toBe(lastBackup?.total);
    const upgrades = events.filter((event) => event.phase === 'upgrade');
    expect(upgrades.at(-1)).toMatchObject({ done: latest - 5, total: latest - 5 });

    const backups = backupsOf(file);
    expect(backups).toHaveLength(1);
    const backup = await openWorkspace(path.join(dir, backups[0] ?? ''), { readonly: true });
    try {
      expect(backup.sqlite.pragma('user_version', { simple: true })).toBe(5);
    } finally {
      await backup.close();
    }

    const ws = session.current;
    expect(ws?.path).toBe(file);
    expect(ws?.sqlite.pragma('user_version', { simple: true })).toBe(latest);
    expect(needsUpgrade(file)).toBe(false);
    const lines = ws?.sqlite
      .prepare('SELECT count(*) AS n, count(DISTINCT sort_name) AS names FROM fulfillment_lines')
      .get() as { n: number; names: number };
    expect(lines).toEqual({ n: LINES, names: LINES });
  });

  it('opens a file that is up to date without a job, a backup or progress', async () => {
    const file = path.join(dir, 'fresh.copro');
    await (await openWorkspace(file, { create: true })).close();
    const events: ProgressEvent[] = [];
    const result = await session.dispatch(
      'workspace.open',
      { path: file },
      { onProgress: (event) => events.push(event) },
    );
    expect(result.ok).toBe(true);
    expect(events).toEqual([]);
    expect(fs.readdirSync(dir).filter((n) => n.includes('.bak-'))).toEqual([]);
  });

  it('refuses a damaged older file with the same error as before, without touching it', async () => {
    const source = await version5File('source.copro');
    const bytes = fs.readFileSync(source);
    const pageSize = bytes.readUInt16BE(16);
    expect(bytes.length / pageSize).toBeGreaterThan(4);
    // The last page (the lines' data, written last) scrambled: the header and schema still read.
    const scrambled = Buffer.from(bytes);
    scrambled.fill(0x55, scrambled.length - pageSize);
    const viaSession = path.join(dir, 'damaged.copro');
    fs.writeFileSync(viaSession, scrambled);
    // The probe sees an older Copro file: the refusal comes back from the upgrade job.
    expect(needsUpgrade(viaSession)).toBe(true);
    const sessionError = await refusal(() => session.open(viaSession));

    const direct = path.join(dir, 'damaged-direct', 'damaged.copro');
    fs.mkdirSync(path.dirname(direct));
    fs.writeFileSync(direct, scrambled);
    const directError = await refusal(() => openWorkspace(direct));

    expect(sessionError.code).toBe('workspace_damaged');
    expect(sessionError.code).toBe(directError.code);
    expect(sessionError.message).toBe(directError.message);
    expect(sessionError.localized).toEqual(directError.localized);
    expect(fs.readFileSync(viaSession).equals(scrambled)).toBe(true);
    expect(backupsOf(viaSession)).toEqual([]);
    expect(session.current?.path).toBe(path.join(dir, 'current.copro'));
  });
});
