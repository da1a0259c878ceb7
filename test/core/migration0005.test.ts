import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { call } from './helpers';
import { asFile, mustImport } from './importHelpers';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const indexes = (sqlite: { prepare(sql: string): { all(): unknown[] } }) =>
  (
    sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").all() as {
      name: string;
    }[]
  )
    .map((row) => row.name)
    .filter((name) => !name.startsWith('sqlite_'));

describe('migration 0005 (bulk import, list indexes)', () => {
  it('upgrades a version 4 file with data: snapshots kept, indexes swapped, imports still dedupe', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-0005-'));
    dirs.push(dir);
    const file = path.join(dir, 'v4.copro');
    const old = await openWorkspace(file, {
      create: true,
      migrations: migrations.filter((m) => m.version <= 4),
    });
    const now = '2024-01-01T00:00:00.000Z';
    old.sqlite.exec(`
      INSERT INTO projects (id, title, created_at, updated_at) VALUES (1, 'Film', '${now}', '${now}');
      INSERT INTO campaigns (id, project_id, title, platform, currency, goal_cents, created_at, updated_at)
        VALUES (1, 1, 'KS', 'kickstarter', 'EUR', 100000, '${now}', '${now}');
      INSERT INTO contributors (id, display_name, email, city, created_at, updated_at) VALUES
        (1, 'Élodie Bézier', 'elodie@example.org', 'Orléans', '${now}', '${now}');
      INSERT INTO contributor_identities (contributor_id, platform, external_id)
        VALUES (1, 'kickstarter', 'uid-1');
      INSERT INTO import_snapshots (contributor_id, platform, field, value) VALUES
        (1, 'kickstarter', 'display_name', 'Élodie Bézier'),
        (1, 'kickstarter', 'city', 'Orléans');
      INSERT INTO contributions (contributor_id, campaign_id, amount_cents, pledged_at,
        payment_status, external_id, platform_status, created_at, updated_at)
        VALUES (1, 1, 2500, '2024-02-01', 'collected', 'p-1', 'collected', '${now}', '${now}');
    `);
    expect(indexes(old.sqlite)).toContain('contributors_email');
    await old.close();

    const ws = await openWorkspace(file);
    try {
      expect(ws.sqlite.pragma('user_version', { simple: true })).toBe(migrations.length);
      const names = indexes(ws.sqlite);
      for (const dropped of [
        'contributors_email',
        'contributors_city',
        'contributors_country',
        'contributions_campaign_contributor',
      ]) {
        expect(names).not.toContain(dropped);
      }
      expect(names).toEqual(
        expect.arrayContaining(['contributions_campaign_tier_id', 'contributions_campaign_totals']),
      );
      const snapshots = ws.sqlite
        .prepare('SELECT field, value FROM import_snapshots ORDER BY field')
        .all();
      expect(snapshots).toEqual([
        { field: 'city', value: 'Orléans' },
        { field: 'display_name', value: 'Élodie Bézier' },
      ]);
      const table = ws.sqlite
        .prepare("SELECT sql FROM sqlite_schema WHERE name = 'import_snapshots'")
        .get() as { sql: string };
      expect(table.sql).toMatch(/WITHOUT ROWID/);

      // An import after the upgrade still finds the backer by email, keeps the snapshot rules.
      const csv = [
        'Backer Number,Backer UID,Backer Name,Email,Shipping Country,Shipping Amount,Reward Title,Backing Minimum,Reward ID,Bonus Support,Pledge Amount,Pledged At,Fulfillment Status,Pledged Status,Notes',
        '7,uid-7,Élodie Bézier,ELODIE@example.org,FR,€0.00,No reward,€1.00,,€0.00,€30.00,"2024/03/01, 10:00",,collected,',
      ].join('\n');
      await mustImport(ws, { campaignId: 1, format: 'kickstarter', files: [asFile('r.csv', csv)] });
      const people = ws.sqlite
        .prepare('SELECT id, pledge_count, pledged_total_cents FROM contributors')
        .all();
      expect(people).toEqual([{ id: 1, pledge_count: 2, pledged_total_cents: 5500 }]);
      const found = await call(ws, 'contributors.search', { query: 'orleans' });
      expect(found.rows.map((r) => [r.id, r.totalCents])).toEqual([[1, 5500]]);
    } finally {
      await ws.close();
    }
    // A file workspace imports in a worker thread, which takes a while to start on a busy machine.
  }, 120_000);
});
