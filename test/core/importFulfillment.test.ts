import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { call, memoryWorkspace } from './helpers';
import { asFile, campaignFor, mustImport } from './importHelpers';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

const HEADER =
  'Backer Number,Backer UID,Backer Name,Email,Reward Title,Reward ID,Pledge Amount,Pledged At,Fulfillment Status,Pledged Status,[Addon: 7001] Extra poster';

function row(
  n: number,
  name: string,
  tier: 'DVD pack' | 'Big pack',
  amount: string,
  sent: string,
  status: string,
  posters: number,
): string {
  const tierId = tier === 'DVD pack' ? '501' : '502';
  return `${n},u${n},${name},${name.toLowerCase()}@example.org,${tier},${tierId},${amount},"2026/03/0${n}, 10:00",${sent},${status},${posters}`;
}

/** A Kickstarter campaign with a DVD tier (DVD + name in the credits), a big tier and a poster add-on. */
async function setup(): Promise<{ campaignId: number; items: Record<string, number> }> {
  const campaignId = await campaignFor(ws, 'kickstarter');
  const { project_id: projectId } = await ws.db
    .selectFrom('campaigns')
    .select('project_id')
    .where('id', '=', campaignId)
    .executeTakeFirstOrThrow();
  const dvd = await call(ws, 'items.create', { projectId, name: 'DVD', kind: 'dvd' });
  const credits = await call(ws, 'items.create', { projectId, name: 'Credits', kind: 'credit' });
  const poster = await call(ws, 'items.create', { projectId, name: 'Poster', kind: 'poster' });
  expect([dvd.ships, credits.ships, poster.ships]).toEqual([true, false, true]);
  await call(ws, 'tiers.create', {
    campaignId,
    title: 'DVD pack',
    externalId: '501',
    items: [{ itemId: dvd.id }, { itemId: credits.id }],
  });
  await call(ws, 'tiers.create', {
    campaignId,
    title: 'Big pack',
    externalId: '502',
    items: [{ itemId: dvd.id, quantity: 2 }, { itemId: poster.id }],
  });
  await call(ws, 'tiers.create', {
    campaignId,
    title: 'Extra poster',
    externalId: '7001',
    isAddon: true,
    items: [{ itemId: poster.id }],
  });
  return { campaignId, items: { DVD: dvd.id, Credits: credits.id, Poster: poster.id } };
}

/** "item quantity status" of each line of a pledge, sorted. */
async function linesOf(externalId: string): Promise<string[]> {
  const rows = await ws.db
    .selectFrom('fulfillment_lines as f')
    .innerJoin('contributions as k', 'k.id', 'f.contribution_id')
    .innerJoin('reward_items as i', 'i.id', 'f.item_id')
    .select(['i.name', 'f.quantity', 'f.status'])
    .where('k.external_id', '=', externalId)
    .execute();
  return rows.map((r) => `${r.name} ${r.quantity} ${r.status}`).sort();
}

async function contributionOf(externalId: string) {
  return ws.db
    .selectFrom('contributions')
    .selectAll()
    .where('external_id', '=', externalId)
    .executeTakeFirstOrThrow();
}

const FIRST = [
  HEADER,
  row(1, 'Ann', 'DVD pack', '€30.00', '', 'collected', 2),
  row(2, 'Bob', 'Big pack', '€80.00', 'Sent', 'collected', 0),
  row(3, 'Cat', 'DVD pack', '€30.00', '', 'dropped', 0),
  row(4, 'Dan', 'DVD pack', '€30.00', '', 'refunded', 0),
  row(5, 'Eve', 'Big pack', '€80.00', 'Delivered', 'collected', 1),
].join('\r\n');

describe('fulfillment lines of imported pledges', () => {
  it('creates the lines of tier and add-ons, cancels those of unpaid pledges, marks sent rewards', async () => {
    const { campaignId } = await setup();
    const preview = await mustImport(
      ws,
      { campaignId, files: [asFile('ks.csv', FIRST)] },
      'imports.preview',
    );
    expect(preview.created).toBe(5);
    expect(await ws.db.selectFrom('fulfillment_lines').selectAll().execute()).toEqual([]);

    await mustImport(ws, { campaignId, files: [asFile('ks.csv', FIRST)] });
    expect(await linesOf('u1')).toEqual([
      'Credits 1 delivered',
      'DVD 1 pending',
      'Poster 2 pending',
    ]);
    expect(await linesOf('u2')).toEqual(['DVD 2 shipped', 'Poster 1 shipped']);
    // Dropped and refunded pledges ship nothing; the credits line was never a parcel.
    expect(await linesOf('u3')).toEqual(['Credits 1 delivered', 'DVD 1 cancelled']);
    expect(await linesOf('u4')).toEqual(['Credits 1 delivered', 'DVD 1 cancelled']);
    // Big pack's poster and the add-on's poster add up in one line.
    expect(await linesOf('u5')).toEqual(['DVD 2 delivered', 'Poster 2 delivered']);

    // The same export again changes nothing.
    const again = await mustImport(ws, { campaignId, files: [asFile('ks.csv', FIRST)] });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(await linesOf('u1')).toEqual([
      'Credits 1 delivered',
      'DVD 1 pending',
      'Poster 2 pending',
    ]);
  });

  it('re-creates pending lines for a new reward, keeps worked-on lines and says so, follows the status', async () => {
    const { campaignId } = await setup();
    await mustImport(ws, { campaignId, files: [asFile('ks.csv', FIRST)] });
    const second = [
      HEADER,
      row(1, 'Ann', 'Big pack', '€80.00', '', 'collected', 0),
      row(2, 'Bob', 'DVD pack', '€30.00', 'Sent', 'collected', 0),
      row(3, 'Cat', 'DVD pack', '€30.00', '', 'collected', 0),
      row(4, 'Dan', 'DVD pack', '€30.00', '', 'refunded', 0),
      row(5, 'Eve', 'Big pack', '€80.00', 'Delivered', 'dropped', 1),
    ].join('\r\n');
    const preview = await mustImport(
      ws,
      { campaignId, files: [asFile('ks.csv', second)] },
      'imports.preview',
    );
    expect(preview.changes.map((c) => c.field)).toContain('pledge u2: fulfillment');
    expect(preview.changes.map((c) => c.field)).not.toContain('pledge u1: fulfillment');

    await mustImport(ws, { campaignId, files: [asFile('ks.csv', second)] });
    expect(await linesOf('u1')).toEqual(['DVD 2 pending', 'Poster 1 pending']);
    expect(await linesOf('u2')).toEqual(['DVD 2 shipped', 'Poster 1 shipped']);
    // Collected after all: the cancelled line comes back.
    expect(await linesOf('u3')).toEqual(['Credits 1 delivered', 'DVD 1 pending']);
    expect(await linesOf('u4')).toEqual(['Credits 1 delivered', 'DVD 1 cancelled']);
    // Dropped after delivery: delivered lines stay delivered.
    expect(await linesOf('u5')).toEqual(['DVD 2 delivered', 'Poster 2 delivered']);
  });

  it('reads “Rewards Sent?” = Yes of older reports as shipped', async () => {
    const { campaignId } = await setup();
    const csv = [
      'Backer Number,Backer UID,Backer Name,Email,Reward Title,Reward ID,Pledge Amount,Pledged At,Rewards Sent?',
      '1,u1,Ann,ann@example.org,DVD pack,501,€30.00,"2026/03/01, 10:00",Yes',
      '2,u2,Bob,bob@example.org,DVD pack,501,€30.00,"2026/03/02, 10:00",',
    ].join('\r\n');
    await mustImport(ws, { campaignId, files: [asFile('old.csv', csv)] });
    expect(await linesOf('u1')).toEqual(['Credits 1 delivered', 'DVD 1 shipped']);
    expect(await linesOf('u2')).toEqual(['Credits 1 delivered', 'DVD 1 pending']);
  });
});

describe('imported refunds', () => {
  it('are dated the import day and stay editable', async () => {
    const { campaignId } = await setup();
    const importDay = new Date().toISOString().slice(0, 10);
    await mustImport(ws, { campaignId, files: [asFile('ks.csv', FIRST)] });
    const dan = await contributionOf('u4');
    expect(dan).toMatchObject({ payment_status: 'refunded', refunded_cents: 3000 });
    // The import runs within this test: its day is today, or tomorrow if midnight (UTC) passed.
    expect(dan.refunded_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((dan.refunded_on ?? '') >= importDay).toBe(true);
    expect((await contributionOf('u1')).refunded_on).toBeNull();

    const edited = await call(ws, 'contributions.update', { id: dan.id, notes: 'Asked by email' });
    expect(edited).toMatchObject({
      notes: 'Asked by email',
      refundedCents: 3000,
      refundedOn: dan.refunded_on,
    });
  });

  it('a refund recorded without a date (older imports) does not block other edits', async () => {
    const { campaignId } = await setup();
    await mustImport(ws, { campaignId, files: [asFile('ks.csv', FIRST)] });
    const dan = await contributionOf('u4');
    await ws.db
      .updateTable('contributions')
      .set({ refunded_on: null })
      .where('id', '=', dan.id)
      .execute();
    const edited = await call(ws, 'contributions.update', { id: dan.id, notes: 'Checked' });
    expect(edited).toMatchObject({ notes: 'Checked', refundedOn: null });

    // A re-import dates it.
    await mustImport(ws, { campaignId, files: [asFile('ks.csv', FIRST)] });
    expect((await contributionOf('u4')).refunded_on).not.toBeNull();
  });
});
