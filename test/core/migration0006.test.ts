import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { call, memoryWorkspace } from './helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

type Sqlite = { prepare(sql: string): { all(...params: unknown[]): unknown[] } };

const names = (sqlite: Sqlite, type: 'index' | 'trigger') =>
  (sqlite.prepare('SELECT name FROM sqlite_schema WHERE type = ?').all(type) as { name: string }[])
    .map((row) => row.name)
    .filter((name) => !name.startsWith('sqlite_'));

const LIST_COLUMNS = `SELECT id, project_id, campaign_id, contributor_id, sort_name, country_code,
  item_name, address_missing FROM fulfillment_lines ORDER BY id`;

const LIST_INDEXES = [
  'fulfillment_lines_list_contributor',
  'fulfillment_lines_list_country',
  'fulfillment_lines_list_item',
  'fulfillment_lines_list_status',
  'fulfillment_lines_list_updated',
  'fulfillment_lines_tracking',
];

describe('migration 0006 (fulfillment list columns)', () => {
  it('creates the list columns, indexes and triggers in a new workspace', async () => {
    const ws = await memoryWorkspace();
    try {
      const columns = (
        ws.sqlite.prepare("SELECT name FROM pragma_table_info('fulfillment_lines')").all() as {
          name: string;
        }[]
      ).map((row) => row.name);
      expect(columns).toEqual(
        expect.arrayContaining([
          'project_id',
          'campaign_id',
          'contributor_id',
          'sort_name',
          'country_code',
          'item_name',
          'address_missing',
        ]),
      );
      expect(names(ws.sqlite, 'index')).toEqual(expect.arrayContaining(LIST_INDEXES));
      expect(names(ws.sqlite, 'trigger')).toEqual(
        expect.arrayContaining([
          'fulfillment_lines_list_insert',
          'fulfillment_lines_list_owner',
          'contributions_list_lines',
          'contributors_list_lines',
          'reward_items_list_lines',
        ]),
      );
    } finally {
      await ws.close();
    }
  });

  it('upgrades a version 5 file with lines: every line gets its list columns', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-0006-'));
    dirs.push(dir);
    const file = path.join(dir, 'v5.copro');
    const old = await openWorkspace(file, {
      create: true,
      migrations: migrations.filter((m) => m.version <= 5),
    });
    const now = '2024-01-01T00:00:00.000Z';
    old.sqlite.exec(`
      INSERT INTO projects (id, title, created_at, updated_at) VALUES
        (1, 'Film', '${now}', '${now}'), (2, 'Autre', '${now}', '${now}');
      INSERT INTO campaigns (id, project_id, title, platform, currency, goal_cents, created_at, updated_at)
        VALUES (1, 1, 'KS', 'kickstarter', 'EUR', 0, '${now}', '${now}'),
               (2, 2, 'Ulule', 'ulule', 'EUR', 0, '${now}', '${now}');
      INSERT INTO contributors (id, display_name, sort_name, address_line1, city, country_code,
        created_at, updated_at) VALUES
        (1, 'Élodie Bézier', 'elodie bezier', '3 rue Haute', 'Orléans', 'FR', '${now}', '${now}'),
        (2, 'ana Martin', 'ana martin', '', 'Lyon', 'FR', '${now}', '${now}'),
        (3, 'Zoé', 'zoe', '1 Main St', 'Liège', 'BE', '${now}', '${now}');
      INSERT INTO reward_items (id, project_id, name, ships) VALUES
        (1, 1, 'DVD', 1), (2, 1, 'Générique', 0), (3, 2, 'Vinyle', 1);
      INSERT INTO contributions (id, contributor_id, campaign_id, amount_cents, pledged_at,
        created_at, updated_at) VALUES
        (1, 1, 1, 3000, '2024-02-01', '${now}', '${now}'),
        (2, 2, 1, 3000, '2024-02-02', '${now}', '${now}'),
        (3, 3, 2, 3000, '2024-02-03', '${now}', '${now}');
      INSERT INTO fulfillment_lines (id, contribution_id, item_id, quantity, status, updated_at) VALUES
        (1, 1, 1, 1, 'pending', '${now}'), (2, 1, 2, 1, 'delivered', '${now}'),
        (3, 2, 1, 1, 'pending', '${now}'), (4, 2, 2, 1, 'delivered', '${now}'),
        (5, 3, 3, 2, 'shipped', '${now}');
    `);
    await old.close();

    const ws = await openWorkspace(file);
    try {
      expect(ws.sqlite.pragma('user_version', { simple: true })).toBe(migrations.length);
      expect(ws.sqlite.prepare(LIST_COLUMNS).all()).toEqual([
        row(1, 1, 1, 1, 'elodie bezier', 'FR', 'DVD', 0),
        row(2, 1, 1, 1, 'elodie bezier', 'FR', 'Générique', 0),
        // No street: the DVD waits for an address, the credits do not.
        row(3, 1, 1, 2, 'ana martin', 'FR', 'DVD', 1),
        row(4, 1, 1, 2, 'ana martin', 'FR', 'Générique', 0),
        row(5, 2, 2, 3, 'zoe', 'BE', 'Vinyle', 0),
      ]);
      expect(names(ws.sqlite, 'index')).toEqual(expect.arrayContaining(LIST_INDEXES));
      const list = await call(ws, 'fulfillment.list', {
        projectId: 1,
        sort: { field: 'contributor', dir: 'asc' },
      });
      expect(list.total).toBe(4);
      expect(list.rows.map((r) => [r.contributorName, r.itemName])).toEqual([
        ['ana Martin', 'DVD'],
        ['ana Martin', 'Générique'],
        ['Élodie Bézier', 'DVD'],
        ['Élodie Bézier', 'Générique'],
      ]);
      const missing = await call(ws, 'fulfillment.list', {
        projectId: 1,
        filters: { missingAddress: true },
      });
      expect(missing.rows.map((r) => r.id)).toEqual([3]);
    } finally {
      await ws.close();
    }
  });
});

function row(
  id: number,
  projectId: number,
  campaignId: number,
  contributorId: number,
  sortName: string,
  country: string,
  item: string,
  addressMissing: number,
) {
  return {
    id,
    project_id: projectId,
    campaign_id: campaignId,
    contributor_id: contributorId,
    sort_name: sortName,
    country_code: country,
    item_name: item,
    address_missing: addressMissing,
  };
}
