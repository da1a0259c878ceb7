import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { call, memoryWorkspace } from './helpers';
import { contributorFixtures } from './contributorFixtures';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

const { failure, insertCampaign, contributor } = contributorFixtures(() => ws);

describe('contributors.merge', () => {
  async function snapshot(contributorId: number, platform: string, field: string, value: string) {
    await ws.db
      .insertInto('import_snapshots')
      .values({ contributor_id: contributorId, platform, field, value })
      .execute();
  }

  it('moves identities, pledges and snapshots to the kept contributor and leaves nothing behind', async () => {
    const project = await call(ws, 'projects.create', { title: 'Les Enfants du Port' });
    const campaignId = await insertCampaign(project.id, 'Kickstarter');
    const poster = await call(ws, 'items.create', {
      projectId: project.id,
      name: 'Poster',
      kind: 'poster',
    });
    const tier = await call(ws, 'tiers.create', {
      campaignId,
      title: 'Poster',
      minimumCents: 1000,
      items: [{ itemId: poster.id }],
    });
    const keep = await contributor(
      { displayName: 'Hélène Dupont', notes: 'VIP', countryCode: 'FR' },
      campaignId,
      1000,
    );
    const dup = await contributor(
      {
        displayName: 'H. Dupont',
        email: 'helene@example.fr',
        phone: '+33 6 12 34 56 78',
        addressLine1: '3 rue des Lilas',
        postalCode: '91000',
        city: 'Évry',
        countryCode: 'FR',
        notes: 'Backed on Kickstarter',
      },
      campaignId,
      2500,
    );
    const base = {
      campaignId,
      currency: 'EUR',
      pledgedAt: '2025-02-03',
      paymentMethod: 'cheque',
    } as const;
    await call(ws, 'contributions.add', {
      ...base,
      contributorId: dup,
      tierId: tier.id,
      amountCents: 1200,
    });
    const older = await contributor({ displayName: 'Helene D.' });
    await call(ws, 'contributors.merge', { keepId: dup, mergeId: older });
    await ws.db
      .insertInto('contributor_identities')
      .values([
        { contributor_id: keep, platform: 'ulule', external_id: 'u-1' },
        { contributor_id: dup, platform: 'kickstarter', external_id: 'k-9' },
      ])
      .execute();
    await snapshot(keep, 'kickstarter', 'city', 'Paris');
    await snapshot(dup, 'kickstarter', 'city', 'Évry');
    await snapshot(dup, 'kickstarter', 'email', 'helene@example.fr');

    const merged = await call(ws, 'contributors.merge', { keepId: keep, mergeId: dup });
    expect(merged).toMatchObject({
      id: keep,
      displayName: 'Hélène Dupont',
      email: 'helene@example.fr',
      phone: '+33 6 12 34 56 78',
      addressLine1: '3 rue des Lilas',
      city: 'Évry',
      notes: 'VIP\nBacked on Kickstarter',
      mergedIntoId: null,
    });
    expect(merged.identities.map((i) => i.externalId).sort()).toEqual(['k-9', 'u-1']);
    expect(merged.pledges.map((p) => p.amountCents).sort()).toEqual([1000, 1200, 2500]);
    expect(merged.pledges.find((p) => p.amountCents === 1200)?.fulfillment).toHaveLength(1);

    const left = await ws.db
      .selectFrom('contributions')
      .select('id')
      .where('contributor_id', '=', dup)
      .execute();
    const identities = await ws.db
      .selectFrom('contributor_identities')
      .select('id')
      .where('contributor_id', '=', dup)
      .execute();
    const snapshots = await ws.db
      .selectFrom('import_snapshots')
      .selectAll()
      .orderBy('field')
      .execute();
    expect([left, identities]).toEqual([[], []]);
    expect(snapshots.map((s) => [s.contributor_id, s.field, s.value])).toEqual([
      [keep, 'city', 'Paris'],
      [keep, 'email', 'helene@example.fr'],
    ]);
    const rows = await ws.db
      .selectFrom('contributors')
      .select(['id', 'merged_into_id', 'pledge_count', 'pledged_total_cents'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: keep, merged_into_id: null, pledge_count: 3, pledged_total_cents: 4700 },
      { id: dup, merged_into_id: keep, pledge_count: 0, pledged_total_cents: 0 },
      // Merged into the duplicate before: now points at the kept contributor directly.
      { id: older, merged_into_id: keep, pledge_count: 0, pledged_total_cents: 0 },
    ]);
    const log = await ws.db
      .selectFrom('audit_log')
      .select(['entity_id', 'changes'])
      .where('action', '=', 'merge')
      .orderBy('id')
      .execute();
    const last = JSON.parse(log.find((l) => l.entity_id === keep)!.changes);
    expect(last).toMatchObject({ merged_id: dup, identities_moved: 1, pledges_moved: 2 });
    expect(last.filled.email).toEqual([null, 'helene@example.fr']);
  });

  it('keeps the kept contributor’s own address whole and its filled fields', async () => {
    const keep = await contributor({ displayName: 'Zoé Petit', city: 'Lyon' });
    await call(ws, 'contributors.update', {
      id: keep,
      addressLine1: '1 place Bellecour',
      postalCode: '69002',
    });
    const dup = await contributor({
      displayName: 'Zoe Petit',
      city: 'Marseille',
      email: 'zoe@example.fr',
    });
    await call(ws, 'contributors.update', {
      id: dup,
      addressLine1: '9 quai du Port',
      countryCode: 'FR',
    });
    const merged = await call(ws, 'contributors.merge', { keepId: keep, mergeId: dup });
    expect(merged).toMatchObject({
      addressLine1: '1 place Bellecour',
      postalCode: '69002',
      city: 'Lyon',
      countryCode: '',
      email: 'zoe@example.fr',
    });
  });

  it('refuses merging a contributor with itself or with an already merged one', async () => {
    const a = await contributor({ displayName: 'A' });
    const b = await contributor({ displayName: 'B' });
    const c = await contributor({ displayName: 'C' });
    const self = await failure('contributors.merge', { keepId: a, mergeId: a });
    expect([self.code, self.issues[0]?.path]).toEqual(['validation', ['mergeId']]);
    await call(ws, 'contributors.merge', { keepId: a, mergeId: b });
    const again = await failure('contributors.merge', { keepId: c, mergeId: b });
    expect([again.code, again.issues[0]?.path]).toEqual(['conflict', ['mergeId']]);
    expect(again.message).toContain(`merged into contributor ${a}`);
    const intoMerged = await failure('contributors.merge', { keepId: b, mergeId: c });
    expect(intoMerged.issues[0]?.path).toEqual(['keepId']);
    const missing = await failure('contributors.merge', { keepId: 404, mergeId: c });
    expect([missing.code, missing.issues[0]?.path]).toEqual(['not_found', ['keepId']]);
    const edit = await failure('contributors.update', { id: b, city: 'Nice' });
    expect(edit.code).toBe('conflict');
  });
});
