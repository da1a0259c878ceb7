import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../electron/core/db/connection';
import {
  createDemo,
  createDemoFile,
  defaultDataDir,
  readLastWorkspace,
  rememberLastWorkspace,
  startupWorkspace,
} from '../../electron/core/demo';
import { call, memoryWorkspace } from './helpers';

const open: Workspace[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((ws) => ws.close()));
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function demoWorkspace(): Promise<Workspace> {
  const ws = await memoryWorkspace();
  open.push(ws);
  await createDemo(ws);
  return ws;
}

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-demo-'));
  dirs.push(dir);
  return dir;
}

const CLOCK_COLUMNS = new Set(['created_at', 'updated_at', 'at']);

/** Every row of every table, without the wall-clock columns the services stamp. */
function snapshot(ws: Workspace): Record<string, unknown[]> {
  const tables = (ws.sqlite.pragma('table_list') as { name: string; type: string; wr: number }[])
    .filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_'))
    .sort((a, b) => a.name.localeCompare(b.name));
  return Object.fromEntries(
    tables.map(({ name, wr }) => [
      name,
      // WITHOUT ROWID tables (import snapshots) have no rowid: their primary key orders them.
      (
        ws.sqlite.prepare(`SELECT * FROM "${name}"${wr ? '' : ' ORDER BY rowid'}`).all() as object[]
      ).map((row) =>
        Object.fromEntries(Object.entries(row).filter(([key]) => !CLOCK_COLUMNS.has(key))),
      ),
    ]),
  );
}

function rows<T>(ws: Workspace, sql: string): T[] {
  return ws.sqlite.prepare(sql).all() as T[];
}

describe('demo workspace', () => {
  it('is the same on every run', async () => {
    const first = snapshot(await demoWorkspace());
    const second = snapshot(await demoWorkspace());
    expect(first.contributors?.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
  });

  it('holds a feature close to financed, under its crowd cap, and a documentary', async () => {
    const ws = await demoWorkspace();
    const projects = await call(ws, 'projects.list', {});
    expect(projects.map((p) => p.format).sort()).toEqual(['documentary', 'film']);
    const listed = projects.find((p) => p.format === 'film');
    const feature = await call(ws, 'projects.get', { id: listed?.id ?? 0 });
    expect(feature.title).toBe('Les Nuits de Marseille');
    const { budgetTotal, secured, crowdCap, gap } = feature.figures;
    expect(budgetTotal).toBeGreaterThanOrEqual(110_000_000);
    expect(budgetTotal).toBeLessThanOrEqual(130_000_000);
    expect(secured * 2).toBeGreaterThanOrEqual(budgetTotal);
    // Nearly closed: a small gap left, under 5 % of the budget.
    expect(gap).toBeGreaterThan(0);
    expect(gap * 20).toBeLessThan(budgetTotal);
    const campaigns = rows<{ goal_cents: number; status: string; model: string }>(
      ws,
      `SELECT goal_cents, status, model FROM campaigns WHERE project_id = ${feature.id}`,
    );
    expect(campaigns).toHaveLength(1);
    expect(campaigns[0]?.goal_cents).toBeLessThanOrEqual(crowdCap);
    expect(campaigns[0]).toMatchObject({ status: 'live', model: 'all_or_nothing' });

    const documentary = projects.find((p) => p.format === 'documentary');
    expect(documentary?.figures.campaignCount).toBe(0);
    expect(documentary?.figures.budgetTotal).toBeGreaterThan(15_000_000);
    expect(documentary?.figures.budgetTotal).toBeLessThan(21_000_000);
  });

  it('has about 300 varied contributors with consistent pledges and rewards', async () => {
    const ws = await demoWorkspace();
    const info = await call(ws, 'workspace.info', {});
    expect(info.contributorCount).toBeGreaterThanOrEqual(280);
    expect(info.contributorCount).toBeLessThanOrEqual(320);

    const people = rows<{
      display_name: string;
      email: string | null;
      postal_code: string;
      country_code: string;
    }>(ws, 'SELECT display_name, email, postal_code, country_code FROM contributors');
    expect(people.some((p) => /[^\u0020-\u007e]/.test(p.display_name))).toBe(true);
    expect(people.some((p) => p.email === null)).toBe(true);
    expect(new Set(people.map((p) => p.country_code)).size).toBeGreaterThan(3);
    for (const p of people) expect(typeof p.postal_code).toBe('string');
    const french = people.filter((p) => p.country_code === 'FR' && p.postal_code !== '');
    expect(french.every((p) => /^\d{5}$/.test(p.postal_code))).toBe(true);

    const tooLow = rows(
      ws,
      `SELECT k.id FROM contributions k JOIN reward_tiers t ON t.id = k.tier_id
       WHERE k.amount_cents < t.minimum_cents + k.shipping_cents`,
    );
    expect(tooLow).toEqual([]);
    const overLimit = rows(
      ws,
      `SELECT t.id FROM reward_tiers t JOIN contributions k ON k.tier_id = t.id
       WHERE t.quantity_limit IS NOT NULL GROUP BY t.id HAVING count(*) > t.quantity_limit`,
    );
    expect(overLimit).toEqual([]);
    const outsideCampaign = rows(
      ws,
      `SELECT k.id FROM contributions k JOIN campaigns c ON c.id = k.campaign_id
       WHERE substr(k.pledged_at, 1, 10) NOT BETWEEN c.starts_on AND c.ends_on`,
    );
    expect(outsideCampaign).toEqual([]);
    const statuses = rows<{ payment_status: string }>(
      ws,
      'SELECT DISTINCT payment_status FROM contributions ORDER BY 1',
    ).map((r) => r.payment_status);
    expect(statuses).toEqual(['collected', 'failed', 'pledged']);

    // One fulfillment line per (paid or pending) pledge × item of its tier, never for a failed one.
    const expected = rows<{ n: number }>(
      ws,
      `SELECT count(*) AS n FROM contributions k JOIN reward_tier_items ti ON ti.tier_id = k.tier_id
       WHERE k.payment_status <> 'failed'`,
    )[0]?.n;
    const actual = rows<{ n: number }>(ws, 'SELECT count(*) AS n FROM fulfillment_lines')[0]?.n;
    expect(actual).toBeGreaterThan(0);
    expect(actual).toBe(expected);
    const wrongShipping = rows(
      ws,
      `SELECT f.id FROM fulfillment_lines f JOIN reward_items i ON i.id = f.item_id
       WHERE (i.ships = 0 AND f.status <> 'delivered') OR (i.ships = 1 AND f.status <> 'pending')`,
    );
    expect(wrongShipping).toEqual([]);
  });

  it('writes nothing when it fails halfway', async () => {
    const ws = await memoryWorkspace();
    open.push(ws);
    // A contributor already holding the first demo identity makes the demo's insert collide.
    ws.sqlite
      .prepare(
        "INSERT INTO contributors (display_name, created_at, updated_at) VALUES ('Déjà là', 'x', 'x')",
      )
      .run();
    ws.sqlite
      .prepare(
        "INSERT INTO contributor_identities (contributor_id, platform, external_id) VALUES (1, 'touscoprod', 'tcp-u-48213')",
      )
      .run();
    await expect(createDemo(ws)).rejects.toThrow(/UNIQUE/);
    expect(rows(ws, 'SELECT id FROM projects')).toEqual([]);
    expect(rows(ws, 'SELECT id FROM contributors')).toHaveLength(1);
  });

  it('writes a demo file, refusing to replace one unless forced', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'Demo.copro');
    const summary = await createDemoFile(file);
    expect(summary.projectIds).toHaveLength(2);
    await expect(createDemoFile(file)).rejects.toMatchObject({ code: 'conflict' });
    await createDemoFile(file, { force: true });
    expect(fs.readdirSync(dir)).toEqual(['Demo.copro']);
    const ws = await openWorkspace(file, { readonly: true });
    open.push(ws);
    expect((await call(ws, 'projects.list', {})).length).toBe(2);
  });
});

describe('default workspace', () => {
  it('lives in the platform’s data folder', () => {
    const home = '/home/ana';
    expect(defaultDataDir({ env: {}, platform: 'linux', home })).toBe(
      '/home/ana/.local/share/Copro',
    );
    expect(defaultDataDir({ env: { XDG_DATA_HOME: '/data' }, platform: 'linux', home })).toBe(
      '/data/Copro',
    );
    // A relative XDG_DATA_HOME is invalid per the XDG spec and ignored.
    expect(defaultDataDir({ env: { XDG_DATA_HOME: 'rel' }, platform: 'linux', home })).toBe(
      '/home/ana/.local/share/Copro',
    );
    expect(defaultDataDir({ env: {}, platform: 'darwin', home })).toBe(
      '/home/ana/Library/Application Support/Copro',
    );
    expect(
      defaultDataDir({
        env: { APPDATA: 'C:\\Users\\Ana\\AppData\\Roaming' },
        platform: 'win32',
        home,
      }),
    ).toBe('C:\\Users\\Ana\\AppData\\Roaming\\Copro');
  });

  it('opens the demo the first time, then the last workspace used while it exists', async () => {
    const dataDir = path.join(tempDir(), 'Copro');
    const first = await startupWorkspace(dataDir);
    expect(first).toEqual({ path: path.join(dataDir, 'Demo.copro'), createdDemo: true });
    expect(await startupWorkspace(dataDir)).toEqual({ ...first, createdDemo: false });

    const other = path.join(path.dirname(dataDir), 'Slate.copro');
    const ws = await openWorkspace(other, { create: true });
    await ws.close();
    rememberLastWorkspace(dataDir, other);
    expect(readLastWorkspace(dataDir)).toBe(other);
    expect((await startupWorkspace(dataDir)).path).toBe(other);
    fs.rmSync(other);
    expect((await startupWorkspace(dataDir)).path).toBe(first.path);
  });
});
