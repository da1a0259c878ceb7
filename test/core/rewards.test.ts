import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import type { ChannelInput, ChannelName } from '../../shared/contract';
import type { AppErrorShape } from '../../shared/errors';
import { call, insertCampaignRow, memoryWorkspace, refusal } from './helpers';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

/** Campaigns are another helper's service: inserted directly here. */
function insertCampaign(projectId: number, title = 'Ulule 2025'): Promise<number> {
  return insertCampaignRow(ws, {
    projectId,
    title,
    platform: 'ulule',
    currency: 'EUR',
    goalCents: 1_500_000,
    status: 'live',
  });
}

function failure<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<AppErrorShape> {
  return refusal(ws, channel, input);
}

function pledge(
  campaignId: number,
  tierId: number,
  name: string,
  amountCents = 5000,
  paymentStatus: 'pledged' | 'collected' = 'collected',
) {
  return call(ws, 'contributions.add', {
    campaignId,
    tierId,
    contributor: { displayName: name },
    amountCents,
    paymentStatus,
    currency: 'EUR',
    pledgedAt: '2025-03-01',
    paymentMethod: 'cheque',
  });
}

describe('reward items', () => {
  it('creates items whose shipping defaults from their kind, lists and updates them', async () => {
    const project = await call(ws, 'projects.create', { title: 'Les Enfants du Port' });
    const dvd = await call(ws, 'items.create', {
      projectId: project.id,
      name: 'DVD',
      kind: 'dvd',
      unitCostCents: 350,
      shippingCostCents: 280,
    });
    const credit = await call(ws, 'items.create', {
      projectId: project.id,
      name: 'Name in the credits',
      kind: 'credit',
    });
    const poster = await call(ws, 'items.create', {
      projectId: project.id,
      name: 'Signed poster',
      kind: 'poster',
      ships: false,
    });
    expect([dvd.ships, credit.ships, poster.ships]).toEqual([true, false, false]);
    expect(dvd).toMatchObject({
      unitCostCents: 350,
      shippingCostCents: 280,
      projectId: project.id,
    });

    const updated = await call(ws, 'items.update', { id: dvd.id, unitCostCents: 410 });
    expect(updated.unitCostCents).toBe(410);
    const items = await call(ws, 'items.list', { projectId: project.id });
    expect(items.map((i) => i.name)).toEqual(['DVD', 'Name in the credits', 'Signed poster']);
    const log = await ws.db
      .selectFrom('audit_log')
      .select(['entity', 'action', 'changes'])
      .where('entity', '=', 'reward_item')
      .orderBy('id')
      .execute();
    expect(log.map((l) => l.action)).toEqual(['create', 'create', 'create', 'update']);
    expect(JSON.parse(log[3]!.changes)).toEqual({ unit_cost_cents: [350, 410] });
  });

  it('refuses negative costs and unknown projects, naming the field', async () => {
    const project = await call(ws, 'projects.create', { title: 'Doc' });
    const negative = await failure('items.create', {
      projectId: project.id,
      name: 'DVD',
      unitCostCents: -1,
    });
    expect(negative.issues.map((i) => i.path.join('.'))).toEqual(['unitCostCents']);
    const missing = await failure('items.list', { projectId: 999 });
    expect(missing.code).toBe('not_found');
    expect(missing.issues[0]?.path).toEqual(['projectId']);
  });
});

describe('reward tiers', () => {
  it('lists tiers in order with their items, pledged count and remaining places', async () => {
    const project = await call(ws, 'projects.create', { title: 'Les Enfants du Port' });
    const campaignId = await insertCampaign(project.id);
    const dvd = await call(ws, 'items.create', { projectId: project.id, name: 'DVD', kind: 'dvd' });
    const seat = await call(ws, 'items.create', {
      projectId: project.id,
      name: 'Premiere seat',
      kind: 'premiere_seat',
    });
    const open = await call(ws, 'tiers.create', {
      campaignId,
      title: 'Le DVD',
      minimumCents: 2500,
      items: [{ itemId: dvd.id }],
    });
    const premiere = await call(ws, 'tiers.create', {
      campaignId,
      title: 'La première',
      minimumCents: 5000,
      quantityLimit: 3,
      estimatedDelivery: '2026-03',
      items: [{ itemId: dvd.id, quantity: 2 }, { itemId: seat.id }],
    });
    expect(premiere).toMatchObject({
      position: 1,
      pledgedCount: 0,
      remaining: 3,
      estimatedDelivery: '2026-03',
    });
    expect(open.remaining).toBeNull();

    await pledge(campaignId, premiere.id, 'Hélène Dupont');
    const second = await pledge(campaignId, premiere.id, 'Jérôme Martin', 5000, 'pledged');
    await pledge(campaignId, open.id, 'Zoé Petit', 3000);
    let tiers = await call(ws, 'tiers.list', { campaignId });
    expect(tiers.map((t) => [t.title, t.pledgedCount, t.remaining])).toEqual([
      ['Le DVD', 1, null],
      ['La première', 2, 1],
    ]);
    expect(tiers[1]!.items).toEqual([
      { itemId: dvd.id, name: 'DVD', kind: 'dvd', quantity: 2, ships: true },
      { itemId: seat.id, name: 'Premiere seat', kind: 'premiere_seat', quantity: 1, ships: false },
    ]);

    // A pledge whose payment failed frees its place.
    await call(ws, 'contributions.update', { id: second.id, paymentStatus: 'failed' });
    tiers = await call(ws, 'tiers.list', { campaignId });
    expect(tiers[1]).toMatchObject({ pledgedCount: 1, remaining: 2 });
  });

  it('refuses a pledge once the limit is reached, and a limit below the pledges held', async () => {
    const project = await call(ws, 'projects.create', { title: 'Court' });
    const campaignId = await insertCampaign(project.id);
    const tier = await call(ws, 'tiers.create', {
      campaignId,
      title: 'Visite du tournage',
      minimumCents: 5000,
      quantityLimit: 2,
    });
    await pledge(campaignId, tier.id, 'Anaïs Roux');
    await pledge(campaignId, tier.id, 'Loïc Faure');
    const soldOut = await failure('contributions.add', {
      campaignId,
      tierId: tier.id,
      contributor: { displayName: 'Léa Girard' },
      amountCents: 5000,
      currency: 'EUR',
      pledgedAt: '2025-03-02',
      paymentMethod: 'transfer',
    });
    expect(soldOut.code).toBe('conflict');
    expect(soldOut.issues[0]?.path).toEqual(['tierId']);
    expect(soldOut.message).toContain('2 of 2');
    // Nothing of the refused pledge was written, not even its new contributor.
    const names = await ws.db.selectFrom('contributors').select('display_name').execute();
    expect(names.map((n) => n.display_name)).not.toContain('Léa Girard');

    const lower = await failure('tiers.update', { id: tier.id, quantityLimit: 1 });
    expect(lower.issues[0]?.path).toEqual(['quantityLimit']);
    const raised = await call(ws, 'tiers.update', {
      id: tier.id,
      quantityLimit: 5,
      title: 'Visite',
    });
    expect(raised).toMatchObject({ title: 'Visite', quantityLimit: 5, remaining: 3 });
    const unlimited = await call(ws, 'tiers.update', { id: tier.id, quantityLimit: null });
    expect(unlimited.remaining).toBeNull();
  });

  it('replaces items on update and refuses items of another project', async () => {
    const project = await call(ws, 'projects.create', { title: 'A' });
    const other = await call(ws, 'projects.create', { title: 'B' });
    const campaignId = await insertCampaign(project.id);
    const dvd = await call(ws, 'items.create', { projectId: project.id, name: 'DVD', kind: 'dvd' });
    const poster = await call(ws, 'items.create', {
      projectId: project.id,
      name: 'Poster',
      kind: 'poster',
    });
    const foreign = await call(ws, 'items.create', {
      projectId: other.id,
      name: 'Mug',
      kind: 'merch',
    });
    const tier = await call(ws, 'tiers.create', {
      campaignId,
      title: 'Pack',
      items: [{ itemId: dvd.id }],
    });

    const refused = await failure('tiers.create', {
      campaignId,
      title: 'X',
      items: [{ itemId: dvd.id }, { itemId: foreign.id }],
    });
    expect(refused.issues[0]?.path).toEqual(['items', 1, 'itemId']);
    const twice = await failure('tiers.create', {
      campaignId,
      title: 'X',
      items: [{ itemId: dvd.id }, { itemId: dvd.id }],
    });
    expect(twice.issues[0]?.path).toEqual(['items', 1, 'itemId']);

    const updated = await call(ws, 'tiers.update', {
      id: tier.id,
      items: [{ itemId: poster.id, quantity: 3 }],
    });
    expect(updated.items.map((i) => [i.name, i.quantity])).toEqual([['Poster', 3]]);
    const missingCampaign = await failure('tiers.list', { campaignId: 404 });
    expect(missingCampaign.code).toBe('not_found');
    expect(missingCampaign.issues[0]?.path).toEqual(['campaignId']);
  });
});
