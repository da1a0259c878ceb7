import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../shared/contract';
import type { Workspace } from '../../electron/core/db/connection';
import { createDispatcher } from '../../electron/core/dispatcher';
import { generateRows } from '../../scripts/genKickstarterReport';
import { call, memoryWorkspace } from './helpers';
import { asFile, campaignFor, count, fixture, importFiles, mustImport } from './importHelpers';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

const CHEQUES = () => asFile('cheques-fr-excel.csv', fixture('cheques-fr-excel.csv'));

describe('Ulule import', () => {
  it('imports orders with statuses, refunds and reward quantities', async () => {
    const campaignId = await campaignFor(ws, 'ulule');
    const summary = await mustImport(ws, {
      campaignId,
      files: [asFile('ulule-orders.csv', fixture('ulule-orders.csv'))],
    });
    expect(summary).toMatchObject({
      format: 'ulule',
      created: 15,
      contributorsCreated: 15,
      errorCount: 0,
    });
    expect(summary.tiersCreated.map((t) => t.externalId).sort()).toEqual([
      '501',
      '502',
      '503',
      '504',
    ]);
    const rows = await ws.db
      .selectFrom('contributions')
      .select(['external_id', 'payment_status', 'amount_cents', 'refunded_cents', 'id'])
      .where('campaign_id', '=', campaignId)
      .execute();
    const byId = new Map(rows.map((r) => [r.external_id, r]));
    expect(byId.get('880006')).toMatchObject({ payment_status: 'failed' });
    expect(byId.get('880012')).toMatchObject({
      payment_status: 'refunded',
      amount_cents: 7000,
      refunded_cents: 7000,
    });
    const extra = await ws.db
      .selectFrom('contribution_addons')
      .select('quantity')
      .where('contribution_id', '=', byId.get('880001')?.id ?? 0)
      .execute();
    expect(extra).toEqual([{ quantity: 1 }]);
    const emile = await ws.db
      .selectFrom('contributors')
      .selectAll()
      .where('email', '=', 'emile.richard.0@example.org')
      .executeTakeFirstOrThrow();
    expect(emile).toMatchObject({
      first_name: 'Émile',
      last_name: 'Richard',
      language: 'en',
      postal_code: '69003',
    });

    const again = await mustImport(ws, {
      campaignId,
      files: [asFile('ulule-orders.csv', fixture('ulule-orders.csv'))],
    });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 15 });
  });

  it('recognizes a backer of another platform by email, whatever its case', async () => {
    const kickstarter = await campaignFor(ws, 'kickstarter');
    const csv = [
      'Backer UID,Backer Name,Email,Pledge Amount,Pledged At,Pledged Status',
      'uid77,Emile R.,EMILE.RICHARD.0@EXAMPLE.ORG,€10.00,"2026/03/01, 10:00",collected',
    ].join('\r\n');
    await mustImport(ws, { campaignId: kickstarter, files: [asFile('ks.csv', csv)] });
    const ulule = await campaignFor(ws, 'ulule');
    const summary = await mustImport(ws, {
      campaignId: ulule,
      files: [asFile('ulule-orders.csv', fixture('ulule-orders.csv'))],
    });
    expect(summary.contributorsCreated).toBe(14);
    expect(await count(ws, 'contributors')).toBe(15);
    const identities = await ws.db
      .selectFrom('contributor_identities')
      .select(['platform', 'external_id', 'contributor_id'])
      .execute();
    const emile = identities.filter(
      (i) => i.external_id === 'uid77' || i.external_id === 'emile.richard.0',
    );
    expect(emile).toHaveLength(2);
    expect(emile[0]?.contributor_id).toBe(emile[1]?.contributor_id);
  });
});

describe('generic import (a French Excel cheque list)', () => {
  it('refuses rewards the campaign does not have, naming each row', async () => {
    const campaignId = await campaignFor(ws, 'offline');
    const outcome = await importFiles(ws, 'imports.run', { campaignId, files: [CHEQUES()] });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    // 12 rows, 2 without a reward ("Aucune").
    expect(outcome.errors).toHaveLength(10);
    expect(outcome.errors[0]).toMatchObject({ file: 'cheques-fr-excel.csv', line: 2 });
    expect(outcome.errors[0]?.message).toMatch(/no reward tier “Nom au générique”/);
    expect(await count(ws, 'contributors')).toBe(0);
  });

  it('matches the campaign’s tiers by title and re-imports without duplicates', async () => {
    const campaignId = await campaignFor(ws, 'offline');
    for (const [position, title] of ['DVD', 'Affiche', 'Nom au générique'].entries()) {
      await ws.db
        .insertInto('reward_tiers')
        .values({
          campaign_id: campaignId,
          title,
          position,
          external_id: null,
          quantity_limit: null,
          estimated_delivery: null,
        })
        .execute();
    }
    const summary = await mustImport(ws, { campaignId, files: [CHEQUES()] });
    expect(summary).toMatchObject({
      format: 'generic',
      created: 12,
      contributorsCreated: 12,
      tiersCreated: [],
    });
    const total = await ws.db
      .selectFrom('contributions')
      .select((eb) => eb.fn.sum<number>('amount_cents').as('sum'))
      .executeTakeFirstOrThrow();
    // 50 + 50 + 120,50 + 1 234,50 + 2 500 + 50 + 20 + 2 500 + 20 + 1 234,50 + 2 500 + 1 234,50
    expect(Number(total.sum)).toBe(1151400);
    const again = await mustImport(ws, { campaignId, files: [CHEQUES()] });
    expect(again).toMatchObject({ created: 0, unchanged: 12, contributorsCreated: 0 });
    expect(await count(ws, 'contributors')).toBe(12);
  });

  it('creates missing tiers when asked', async () => {
    const campaignId = await campaignFor(ws, 'offline');
    const summary = await mustImport(ws, {
      campaignId,
      files: [CHEQUES()],
      options: { createMissingTiers: true },
    });
    expect(summary.tiersCreated.map((t) => t.title).sort()).toEqual([
      'Affiche',
      'DVD',
      'Nom au générique',
    ]);
  });

  it('keeps names and addresses verbatim, even when they look like formulas', async () => {
    const campaignId = await campaignFor(ws, 'offline');
    const csv = 'Nom;Prénom;Montant;Date;Adresse\r\n=SUM(A1);+33;10,00 €;01/05/2026;@home\r\n';
    await mustImport(ws, { campaignId, files: [asFile('list.csv', csv)] });
    const row = await ws.db.selectFrom('contributors').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      last_name: '=SUM(A1)',
      first_name: '+33',
      display_name: '+33 =SUM(A1)',
      address_line1: '@home',
    });
  });
});

describe('mapping presets', () => {
  it('saves, lists and replaces presets by name', async () => {
    const saved = await call(ws, 'imports.presets.save', {
      name: 'Chèques',
      mapping: { amount: 'Montant', pledgedAt: 'Date', lastName: 'Nom' },
      options: { decimal: ',', dateOrder: 'dmy' },
    });
    expect(saved).toMatchObject({ name: 'Chèques', options: { decimal: ',' } });
    await call(ws, 'imports.presets.save', {
      name: 'Chèques',
      mapping: { amount: 'Somme', pledgedAt: 'Date', email: 'Mail' },
    });
    await call(ws, 'imports.presets.save', { name: 'KissKiss', mapping: { amount: 'Amount' } });
    const presets = await call(ws, 'imports.presets.list', {});
    expect(presets.map((p) => [p.name, p.mapping.amount])).toEqual([
      ['Chèques', 'Somme'],
      ['KissKiss', 'Amount'],
    ]);
    expect(presets[0]?.id).toBe(saved.id);
  });

  it('refuses a mapping to an unknown field', async () => {
    const result = await createDispatcher(ws)('imports.presets.save', {
      name: 'x',
      mapping: { colour: 'Couleur' },
    });
    expect(result.ok).toBe(false);
  });
});

describe('a larger report', () => {
  it('reports progress and imports every generated backer', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    const byTier = generateRows({ backers: 2500, seed: 3, changedEvery: 0, dropEvery: 0 });
    const header =
      'Backer Number,Backer UID,Backer Name,Email,Shipping Country,Shipping Amount,Reward Title,Backing Minimum,Reward ID,Bonus Support,Pledge Amount,Pledged At,Fulfillment Status,Pledged Status,Notes,[Addon: 7001] Extra poster,[Addon: 7002] Soundtrack vinyl,Survey Response,Shipping Name,Shipping Address 1,Shipping Address 2,Shipping City,Shipping State,Shipping Postal Code,Shipping Country Name,Shipping Country Code,Shipping Phone Number,Shipping Delivery Notes';
    const csv = [header, ...[...byTier.values()].flat()].join('\r\n');
    const events: ProgressEvent[] = [];
    const result = await createDispatcher(ws)(
      'imports.run',
      { campaignId, files: [asFile('big.csv', csv)] },
      { onProgress: (event) => events.push(event) },
    );
    expect(result.ok).toBe(true);
    expect(await count(ws, 'contributions')).toBe(2500);
    expect(events.map((e) => e.done)).toEqual([1000, 2000, 2500]);
    expect(events.every((e) => e.operation === 'import' && e.done <= e.total)).toBe(true);
  });
});
