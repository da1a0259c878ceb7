import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { memoryWorkspace } from './helpers';
import {
  asFile,
  campaignFor,
  count,
  fixture,
  importFiles,
  kickstarterEntries,
  mustImport,
  zipOf,
} from './importHelpers';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

const ZIP = () => asFile('kickstarter-backer-report.zip', fixture('kickstarter-backer-report.zip'));

async function contributorByEmail(email: string) {
  return ws.db
    .selectFrom('contributors')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
}

async function pledge(campaignId: number, externalId: string) {
  return ws.db
    .selectFrom('contributions')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('external_id', '=', externalId)
    .executeTakeFirstOrThrow();
}

/** The sample zip with one entry's text edited. */
function editedZip(entry: string, edit: (text: string) => string) {
  const entries = kickstarterEntries();
  const text = entries.get(entry);
  if (text === undefined) throw new Error(`no ${entry} in the sample`);
  entries.set(entry, edit(text));
  return asFile('kickstarter-backer-report-newer.zip', zipOf(entries));
}

describe('Kickstarter import', () => {
  it('creates backers, pledges, tiers and add-ons, and records the import', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    const summary = await mustImport(ws, { campaignId, files: [ZIP()] });
    expect(summary).toMatchObject({
      format: 'kickstarter',
      created: 24,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      flaggedMissing: 0,
      contributorsCreated: 24,
      errors: [],
      errorCount: 0,
    });
    expect(summary.importId).toEqual(expect.any(Number));
    expect(
      summary.tiersCreated.map((t) => [t.externalId, t.title, t.minimumCents, t.isAddon]),
    ).toEqual(
      expect.arrayContaining([
        ['9103', 'DVD + poster', 5000, false],
        ['9105', 'Two seats at the Paris premiere', 25000, false],
        ['7001', 'Extra poster', 0, true],
        ['7002', 'Soundtrack vinyl', 0, true],
      ]),
    );
    expect(summary.tiersCreated).toHaveLength(7);
    expect(await count(ws, 'contributors')).toBe(24);
    expect(await count(ws, 'contributions')).toBe(24);
    expect(await count(ws, 'contributor_identities')).toBe(24);

    const nuno = await contributorByEmail('nuno.petit.5@example.org');
    expect(nuno).toMatchObject({
      display_name: 'Nuño Petit',
      postal_code: '00100',
      country_code: 'FI',
    });
    const nunoPledge = await pledge(campaignId, 'uid1000005');
    expect(nunoPledge).toMatchObject({
      amount_cents: 12500,
      payment_status: 'collected',
      pledged_at: '2026-03-20T18:54:00.000Z',
    });
    const addons = await ws.db
      .selectFrom('contribution_addons')
      .innerJoin('reward_tiers', 'reward_tiers.id', 'contribution_addons.tier_id')
      .select(['reward_tiers.external_id', 'contribution_addons.quantity'])
      .where('contribution_id', '=', nunoPledge.id)
      .orderBy('reward_tiers.external_id')
      .execute();
    expect(addons).toEqual([
      { external_id: '7001', quantity: 1 },
      { external_id: '7002', quantity: 2 },
    ]);
    expect((await pledge(campaignId, 'uid1000012')).payment_status).toBe('failed');
    expect((await pledge(campaignId, 'uid1000012')).tier_id).toBeNull();

    const imported = await ws.db.selectFrom('imports').selectAll().executeTakeFirstOrThrow();
    expect(imported).toMatchObject({ campaign_id: campaignId, format: 'kickstarter', created: 24 });
    expect(JSON.parse(imported.file_names)).toEqual(['kickstarter-backer-report.zip']);
    expect(imported.file_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('re-importing the same zip creates nothing and changes nothing', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    await mustImport(ws, { campaignId, files: [ZIP()] });
    const again = await mustImport(ws, { campaignId, files: [ZIP()] });
    expect(again).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 24,
      flaggedMissing: 0,
      contributorsCreated: 0,
      contributorsUpdated: 0,
      changes: [],
      tiersCreated: [],
    });
    expect(await count(ws, 'contributors')).toBe(24);
    expect(await count(ws, 'contributions')).toBe(24);
    expect(await count(ws, 'reward_tiers')).toBe(7);
    expect(await count(ws, 'imports')).toBe(2);
  });

  it('a preview reports the same figures and writes nothing', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    const preview = await mustImport(ws, { campaignId, files: [ZIP()] }, 'imports.preview');
    expect(preview).toMatchObject({ created: 24, contributorsCreated: 24, importId: null });
    expect(preview.tiersCreated).toHaveLength(7);
    for (const table of [
      'contributors',
      'contributions',
      'reward_tiers',
      'imports',
      'contributor_identities',
    ] as const) {
      expect(await count(ws, table)).toBe(0);
    }
    const run = await mustImport(ws, { campaignId, files: [ZIP()] });
    expect(run.created).toBe(24);
  });

  it('the same backers in a second campaign are the same contributors (the tribe)', async () => {
    const first = await campaignFor(ws, 'kickstarter');
    const second = await campaignFor(ws, 'kickstarter');
    await mustImport(ws, { campaignId: first, files: [ZIP()] });
    const summary = await mustImport(ws, { campaignId: second, files: [ZIP()] });
    expect(summary).toMatchObject({ created: 24, contributorsCreated: 0 });
    expect(await count(ws, 'contributors')).toBe(24);
    expect(await count(ws, 'contributions')).toBe(48);
  });

  it('a newer export: a changed address is updated and listed, a vanished pledge is flagged, never deleted', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    await mustImport(ws, { campaignId, files: [ZIP()] });
    const newer = editedZip('DVD_and_poster.csv', (text) =>
      text
        .replace('22 Calle Mayor', '5 Esplanadi')
        // Noé Laurent (uid1000009) is gone from the newer report.
        .split('\r\n')
        .filter((line) => !line.includes('uid1000009'))
        .join('\r\n'),
    );
    const preview = await mustImport(ws, { campaignId, files: [newer] }, 'imports.preview');
    expect(preview).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 22,
      flaggedMissing: 1,
      contributorsUpdated: 1,
    });
    expect(preview.changes).toEqual([
      expect.objectContaining({
        contributor: 'Nuño Petit',
        field: 'address_line1',
        from: '22 Calle Mayor',
        to: '5 Esplanadi',
      }),
    ]);
    const run = await mustImport(ws, { campaignId, files: [newer] });
    expect(run).toMatchObject({ updated: 1, flaggedMissing: 1 });
    expect((await contributorByEmail('nuno.petit.5@example.org')).address_line1).toBe(
      '5 Esplanadi',
    );
    const gone = await pledge(campaignId, 'uid1000009');
    expect(gone.missing_from_last_import).toBe(1);
    expect(await count(ws, 'contributions')).toBe(24);

    // It comes back in the next export: the flag is lifted.
    const back = await mustImport(ws, { campaignId, files: [ZIP()] });
    expect(back.flaggedMissing).toBe(0);
    expect((await pledge(campaignId, 'uid1000009')).missing_from_last_import).toBe(0);
  });

  it('an address corrected in Copro is kept while the platform still says the same; a platform change wins', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    await mustImport(ws, { campaignId, files: [ZIP()] });
    await ws.db
      .updateTable('contributors')
      .set({ address_line1: '22 Calle Mayor, 3º izquierda', postal_code: '00101' })
      .where('email', '=', 'nuno.petit.5@example.org')
      .execute();

    const same = await mustImport(ws, { campaignId, files: [ZIP()] });
    expect(same).toMatchObject({ updated: 0, unchanged: 24, changes: [] });
    expect(await contributorByEmail('nuno.petit.5@example.org')).toMatchObject({
      address_line1: '22 Calle Mayor, 3º izquierda',
      postal_code: '00101',
    });

    const moved = editedZip('DVD_and_poster.csv', (text) =>
      text.replace('22 Calle Mayor', '5 Esplanadi'),
    );
    const summary = await mustImport(ws, { campaignId, files: [moved] });
    expect(summary.changes).toEqual([
      expect.objectContaining({
        field: 'address_line1',
        from: '22 Calle Mayor, 3º izquierda',
        to: '5 Esplanadi',
      }),
    ]);
    // Only the field the platform changed moves; the corrected postcode stays.
    expect(await contributorByEmail('nuno.petit.5@example.org')).toMatchObject({
      address_line1: '5 Esplanadi',
      postal_code: '00101',
    });
  });

  it('a changed pledge is updated and its change listed', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    await mustImport(ws, { campaignId, files: [ZIP()] });
    const refunded = editedZip('No_reward.csv', (text) =>
      text.replace('"2026/03/18, 18:08",Sent,collected', '"2026/03/18, 18:08",Sent,refunded'),
    );
    const summary = await mustImport(ws, { campaignId, files: [refunded] });
    expect(summary).toMatchObject({ updated: 1, unchanged: 23 });
    expect(summary.changes).toEqual([
      expect.objectContaining({
        field: 'pledge uid1000004: payment_status',
        from: 'collected',
        to: 'refunded',
      }),
      expect.objectContaining({
        field: 'pledge uid1000004: refunded_cents',
        from: '0',
        to: '8600',
      }),
      // No export dates its refunds: the import's day is recorded.
      expect.objectContaining({
        field: 'pledge uid1000004: refunded_on',
        from: '',
        to: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      }),
    ]);
    expect(await pledge(campaignId, 'uid1000004')).toMatchObject({
      payment_status: 'refunded',
      refunded_cents: 8600,
    });
  });

  it('is all or nothing: one bad cell in one file and nothing at all is written', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    const broken = editedZip('Two_seats_at_the_Paris_premiere.csv', (text) =>
      text.replace('€343.00', '$343.00'),
    );
    const outcome = await importFiles(ws, 'imports.run', { campaignId, files: [broken] });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/Nothing was imported: 1 error/);
    expect(outcome.errors).toEqual([
      {
        file: 'kickstarter-backer-report-newer.zip/Two_seats_at_the_Paris_premiere.csv',
        line: 2,
        column: 'Pledge Amount',
        message: expect.stringMatching(
          /column 11 \(K\) “Pledge Amount”: "\$343.00" is in USD, not EUR/,
        ),
      },
    ]);
    for (const table of [
      'contributors',
      'contributions',
      'reward_tiers',
      'imports',
      'contributor_identities',
    ] as const) {
      expect(await count(ws, table)).toBe(0);
    }
    // The preview of the same files shows the error and what the rest would do.
    const preview = await mustImport(ws, { campaignId, files: [broken] }, 'imports.preview');
    expect(preview).toMatchObject({ created: 23, skipped: 1, errorCount: 1 });
  });

  it('refuses a pledge id that appears twice', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    const entries = kickstarterEntries();
    const outcome = await importFiles(ws, 'imports.run', {
      campaignId,
      files: [asFile('a.zip', zipOf(entries)), asFile('b.zip', zipOf(entries))],
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toHaveLength(24);
    expect(outcome.errors[0]?.file).toMatch(/^b\.zip\//);
    expect(outcome.errors[0]?.message).toMatch(/already appears in a\.zip\//);
  });

  it('says which campaign does not exist', async () => {
    const outcome = await importFiles(ws, 'imports.preview', { campaignId: 99, files: [ZIP()] });
    expect(outcome).toMatchObject({ ok: false, message: 'Campaign 99 does not exist.' });
  });
});
