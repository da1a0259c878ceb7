import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/core/db/connection';
import { migration0001 } from '../../electron/core/db/migrations/0001_initial';
import { call } from './helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 0002 (contributor search)', () => {
  it('indexes contributors and computes pledge stats of a file written before it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-0002-'));
    dirs.push(dir);
    const file = path.join(dir, 'old.copro');
    const old = await openWorkspace(file, { create: true, migrations: [migration0001] });
    const now = '2024-01-01T00:00:00.000Z';
    old.sqlite.exec(`
      INSERT INTO projects (id, title, created_at, updated_at) VALUES (1, 'Film', '${now}', '${now}');
      INSERT INTO campaigns (id, project_id, title, platform, currency, goal_cents, created_at, updated_at)
        VALUES (1, 1, 'KS', 'kickstarter', 'EUR', 100000, '${now}', '${now}');
      INSERT INTO contributors (id, display_name, city, country_code, created_at, updated_at) VALUES
        (1, 'Élodie Bézier', 'Orléans', 'FR', '${now}', '${now}'),
        (2, 'Zoé Petit', 'Lyon', 'FR', '${now}', '${now}'),
        (3, 'Old Duplicate', 'Lyon', 'FR', '${now}', '${now}');
      UPDATE contributors SET merged_into_id = 2 WHERE id = 3;
      INSERT INTO contributions (contributor_id, campaign_id, amount_cents, pledged_at, payment_status,
        refunded_cents, created_at, updated_at) VALUES
        (1, 1, 2500, '2024-02-01', 'collected', 500, '${now}', '${now}'),
        (1, 1, 9000, '2024-03-01', 'failed', 0, '${now}', '${now}'),
        (2, 1, 1500, '2024-01-15', 'collected', 0, '${now}', '${now}');
    `);
    await old.close();

    const ws = await openWorkspace(file);
    try {
      const found = await call(ws, 'contributors.search', { query: 'orleans' });
      expect(found.rows).toEqual([
        {
          id: 1,
          displayName: 'Élodie Bézier',
          email: null,
          city: 'Orléans',
          countryCode: 'FR',
          pledgeCount: 2,
          totalCents: 2000,
          lastPledgeAt: '2024-03-01',
        },
      ]);
      const all = await call(ws, 'contributors.search', { filters: { campaignId: 1 } });
      expect(all.rows.map((r) => r.displayName)).toEqual(['Élodie Bézier', 'Zoé Petit']);
      expect((await call(ws, 'contributors.search', { query: 'duplicate' })).total).toBe(0);
    } finally {
      await ws.close();
    }
  });
});
