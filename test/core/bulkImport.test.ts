import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { foldForSort } from '../../electron/core/services/contributorSearchIndex';
import { reportCsv } from '../../scripts/genKickstarterReport';
import { paymentStatuses } from '../../shared/contract';
import { call, memoryWorkspace } from './helpers';
import { asFile, campaignFor, importFiles, mustImport } from './importHelpers';

/**
 * An import suspends the per-row stats and search triggers and does their work in bulk before it
 * commits (electron/core/import/applyBulk.ts). These tests hold what the triggers used to keep
 * against a fresh recomputation, through imports, re-imports, edits, refunds and merges.
 */

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

function triggers(): string[] {
  return ws.sqlite
    .prepare<[], { sql: string }>(
      "SELECT sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name",
    )
    .all()
    .map((row) => row.sql);
}

/** Contributors whose stored pledge stats differ from a recomputation from their pledges. */
function staleStats(): number[] {
  return ws.sqlite
    .prepare<[], { id: number }>(
      `SELECT c.id FROM contributors c
       WHERE (c.pledge_count, c.pledged_total_cents, coalesce(c.last_pledge_at, '')) IS NOT (
         SELECT count(*),
           coalesce(sum(CASE WHEN k.payment_status IN ('failed','not_collected') THEN 0
             ELSE k.amount_cents - k.refunded_cents END), 0),
           coalesce(max(k.pledged_at), '')
         FROM contributions k WHERE k.contributor_id = c.id)`,
    )
    .all()
    .map((row) => row.id);
}

/** Contributors whose sort keys are not their folded name and city. */
function staleSortKeys(): number[] {
  const rows = ws.sqlite
    .prepare<
      [],
      { id: number; display_name: string; city: string; sort_name: string; sort_city: string }
    >('SELECT id, display_name, city, sort_name, sort_city FROM contributors')
    .all();
  return rows
    .filter(
      (r) => r.sort_name !== foldForSort(r.display_name) || r.sort_city !== foldForSort(r.city),
    )
    .map((r) => r.id);
}

/** The search service's answers against plain SQL on the same rows. */
async function expectSearchConsistent(campaignId: number): Promise<void> {
  const live = ws.sqlite
    .prepare<[], { n: number }>(
      'SELECT count(*) AS n FROM contributors WHERE merged_into_id IS NULL',
    )
    .get();
  expect((await call(ws, 'contributors.search', {})).total).toBe(live?.n);
  for (const status of paymentStatuses) {
    const expected = ws.sqlite
      .prepare<[number, string], { n: number }>(
        `SELECT count(DISTINCT contributor_id) AS n FROM contributions
         WHERE campaign_id = ? AND payment_status = ?`,
      )
      .get(campaignId, status);
    const found = await call(ws, 'contributors.search', {
      filters: { campaignId, paymentStatus: status },
    });
    expect(found.total, status).toBe(expected?.n);
  }
  // Everyone is found by the start of their email, with the stats the triggers would keep.
  const sample = ws.sqlite
    .prepare<[], { id: number; email: string; pledged_total_cents: number }>(
      `SELECT id, email, pledged_total_cents FROM contributors
       WHERE merged_into_id IS NULL AND email IS NOT NULL ORDER BY id DESC LIMIT 15`,
    )
    .all();
  for (const person of sample) {
    const found = await call(ws, 'contributors.search', { query: person.email });
    const row = found.rows.find((r) => r.id === person.id);
    expect(row?.totalCents, person.email).toBe(person.pledged_total_cents);
  }
}

const report = (backers: number, seed: number) => [asFile('report.csv', reportCsv(backers, seed))];

describe('imports in bulk', () => {
  it('keeps pledge stats, sort keys and the search index right through imports and re-imports', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    const before = triggers();
    expect(before.length).toBeGreaterThan(8);

    const first = await mustImport(ws, {
      campaignId,
      format: 'kickstarter',
      files: report(300, 1),
    });
    expect(first.created).toBeGreaterThan(0);
    expect(triggers()).toEqual(before);
    expect(staleStats()).toEqual([]);
    expect(staleSortKeys()).toEqual([]);
    await expectSearchConsistent(campaignId);

    // Another seed: the same backer numbers with other amounts, statuses and rewards; fewer rows.
    const changed = await mustImport(ws, {
      campaignId,
      format: 'kickstarter',
      files: report(250, 2),
    });
    expect(changed.updated + changed.flaggedMissing).toBeGreaterThan(0);
    expect(staleStats()).toEqual([]);
    expect(staleSortKeys()).toEqual([]);
    await expectSearchConsistent(campaignId);

    const again = await mustImport(ws, {
      campaignId,
      format: 'kickstarter',
      files: report(300, 1),
    });
    expect(again.created + again.updated).toBeGreaterThan(0);
    const same = await mustImport(ws, { campaignId, format: 'kickstarter', files: report(300, 1) });
    expect(same.unchanged).toBe(same.created + same.updated + same.unchanged);
    expect(staleStats()).toEqual([]);
    await expectSearchConsistent(campaignId);
    expect(triggers()).toEqual(before);
  });

  it('leaves the triggers in place after a preview and after a refused import', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    const before = triggers();
    await mustImport(
      ws,
      { campaignId, format: 'kickstarter', files: report(40, 3) },
      'imports.preview',
    );
    expect(triggers()).toEqual(before);
    const broken = `${reportCsv(5, 4)}\n1,uid1,Dup,dup@example.org,FR,€0.00,Nope,€1.00,,€0.00,abc,x,,collected\n`;
    const refused = await importFiles(ws, 'imports.run', {
      campaignId,
      format: 'kickstarter',
      files: [asFile('report.csv', broken)],
    });
    expect(refused.ok).toBe(false);
    expect(triggers()).toEqual(before);
    expect(ws.sqlite.prepare('SELECT count(*) AS n FROM contributors').get()).toEqual({ n: 0 });
    // The triggers work again for writes made outside an import.
    await mustImport(ws, { campaignId, format: 'kickstarter', files: report(40, 3) });
    expect(staleStats()).toEqual([]);
  });

  it('keeps stats equal to a recomputation after random refunds, status changes and merges', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    await mustImport(ws, { campaignId, format: 'kickstarter', files: report(120, 5) });
    // Deterministic pseudo-random choices (a failure replays the same way).
    let state = 12345;
    const next = (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    const pledges = ws.sqlite
      .prepare<[], { id: number; amount_cents: number; payment_status: string }>(
        'SELECT id, amount_cents, payment_status FROM contributions ORDER BY id',
      )
      .all();
    for (let step = 0; step < 30; step += 1) {
      const pledge = pledges[next(pledges.length)];
      if (pledge === undefined) continue;
      const current = await call(ws, 'contributions.list', {
        campaignId,
        filters: {},
        limit: 1,
        offset: 0,
      });
      expect(current.total).toBeGreaterThan(0);
      if (step % 3 === 0) {
        const keep = ws.sqlite
          .prepare<[number], { id: number }>(
            'SELECT id FROM contributors WHERE merged_into_id IS NULL ORDER BY id LIMIT 1 OFFSET ?',
          )
          .get(next(7));
        const merge = ws.sqlite
          .prepare<[], { id: number }>(
            'SELECT id FROM contributors WHERE merged_into_id IS NULL ORDER BY id DESC LIMIT 1',
          )
          .get();
        if (keep && merge && keep.id !== merge.id) {
          await call(ws, 'contributors.merge', { keepId: keep.id, mergeId: merge.id });
        }
      } else {
        const row = ws.sqlite
          .prepare<[number], { payment_status: string; amount_cents: number }>(
            'SELECT payment_status, amount_cents FROM contributions WHERE id = ?',
          )
          .get(pledge.id);
        if (row?.payment_status === 'collected' && row.amount_cents > 0) {
          const part = step % 2 === 0 ? row.amount_cents : Math.ceil(row.amount_cents / 3);
          await call(ws, 'contributions.update', {
            id: pledge.id,
            paymentStatus: part === row.amount_cents ? 'refunded' : 'refund_due',
            refundedCents: part,
            refundedOn: '2026-04-01',
          });
        } else if (row?.payment_status === 'pledged') {
          await call(ws, 'contributions.update', { id: pledge.id, paymentStatus: 'collected' });
        }
      }
      expect(staleStats(), `after step ${step}`).toEqual([]);
    }
    // A re-import on top of the edits settles the same way.
    await mustImport(ws, { campaignId, format: 'kickstarter', files: report(120, 6) });
    expect(staleStats()).toEqual([]);
    await expectSearchConsistent(campaignId);
  });
});
