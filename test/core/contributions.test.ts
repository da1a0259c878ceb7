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
function insertCampaign(projectId: number, currency = 'EUR', status = 'live'): Promise<number> {
  const title = `Campaign ${currency} ${status}`;
  return insertCampaignRow(ws, {
    projectId,
    title,
    platform: 'offline',
    currency,
    goalCents: 1_000_000,
    status,
  });
}

function failure<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<AppErrorShape> {
  return refusal(ws, channel, input);
}

/** A campaign with a tier "Pack" (min 40 €): 2 DVDs (ship) + a name in the credits (does not ship). */
async function setup() {
  const project = await call(ws, 'projects.create', { title: 'Les Enfants du Port' });
  const campaignId = await insertCampaign(project.id);
  const dvd = await call(ws, 'items.create', { projectId: project.id, name: 'DVD', kind: 'dvd' });
  const credit = await call(ws, 'items.create', {
    projectId: project.id,
    name: 'Générique',
    kind: 'credit',
  });
  const tier = await call(ws, 'tiers.create', {
    campaignId,
    title: 'Pack',
    minimumCents: 4000,
    items: [{ itemId: dvd.id, quantity: 2 }, { itemId: credit.id }],
  });
  return { project, campaignId, tier, dvd, credit };
}

function cheque(
  campaignId: number,
  extra: Partial<ChannelInput<'contributions.add'>> = {},
): ChannelInput<'contributions.add'> {
  return {
    campaignId,
    contributor: {
      displayName: 'Hélène Dupont',
      email: 'helene@example.fr',
      city: 'Évry',
      countryCode: 'fr',
    },
    amountCents: 5000,
    currency: 'EUR',
    pledgedAt: '2025-04-12',
    paymentMethod: 'cheque',
    ...extra,
  };
}

describe('contributions.add', () => {
  it('records a cheque with a new contributor and one fulfillment line per item', async () => {
    const { campaignId, tier, dvd, credit } = await setup();
    const added = await call(
      ws,
      'contributions.add',
      cheque(campaignId, { tierId: tier.id, externalId: 'CHQ-0042' }),
    );
    expect(added).toMatchObject({
      amountCents: 5000,
      currency: 'EUR',
      paymentStatus: 'collected',
      paymentMethod: 'cheque',
      tierTitle: 'Pack',
      contributorName: 'Hélène Dupont',
      externalId: 'CHQ-0042',
      pledgedAt: '2025-04-12',
    });
    expect(added.fulfillment.map((l) => [l.itemId, l.quantity, l.status])).toEqual([
      [dvd.id, 2, 'pending'],
      [credit.id, 1, 'delivered'],
    ]);
    expect(added.fulfillment[1]!.deliveredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const contributor = await call(ws, 'contributors.get', { id: added.contributorId });
    expect(contributor).toMatchObject({
      email: 'helene@example.fr',
      countryCode: 'FR',
      city: 'Évry',
    });

    // The same contributor again, by id, without a tier: no lines.
    const again = await call(ws, 'contributions.add', {
      ...cheque(campaignId, { paymentMethod: 'transfer', amountCents: 1000 }),
      contributor: undefined,
      contributorId: added.contributorId,
    });
    expect(again.fulfillment).toEqual([]);
    const duplicate = await failure(
      'contributions.add',
      cheque(campaignId, { externalId: 'CHQ-0042' }),
    );
    expect(duplicate.issues[0]?.path).toEqual(['externalId']);
  });

  it('refuses an amount below the tier minimum, naming amountCents', async () => {
    const { campaignId, tier } = await setup();
    const error = await failure(
      'contributions.add',
      cheque(campaignId, { tierId: tier.id, amountCents: 3999 }),
    );
    expect(error.code).toBe('validation');
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(['amountCents']);
    expect(error.message).toContain('€40.00');
    // Shipping is not part of the reward: 45 € with 10 € shipping brings 35 €.
    const shipping = await failure(
      'contributions.add',
      cheque(campaignId, { tierId: tier.id, amountCents: 4500, shippingCents: 1000 }),
    );
    expect(shipping.issues[0]?.path).toEqual(['amountCents']);
    expect(await ws.db.selectFrom('contributions').select('id').execute()).toEqual([]);
  });

  it('refuses a tier of another campaign, an add-on as tier and a missing tier, naming tierId', async () => {
    const { project, campaignId, tier } = await setup();
    const otherCampaign = await insertCampaign(project.id);
    const wrong = await failure('contributions.add', cheque(otherCampaign, { tierId: tier.id }));
    expect(wrong.code).toBe('validation');
    expect(wrong.issues[0]?.path).toEqual(['tierId']);
    const addon = await call(ws, 'tiers.create', { campaignId, title: 'Extra DVD', isAddon: true });
    const asTier = await failure('contributions.add', cheque(campaignId, { tierId: addon.id }));
    expect(asTier.issues[0]?.path).toEqual(['tierId']);
    const missing = await failure('contributions.add', cheque(campaignId, { tierId: 999 }));
    expect(missing.code).toBe('not_found');
    expect(missing.issues[0]?.path).toEqual(['tierId']);
  });

  it('refuses another currency, a failed campaign, both or neither contributor forms', async () => {
    const { project, campaignId } = await setup();
    const currency = await failure('contributions.add', cheque(campaignId, { currency: 'USD' }));
    expect(currency.issues[0]?.path).toEqual(['currency']);
    expect(currency.message).toContain('EUR');
    const failed = await failure(
      'contributions.add',
      cheque(await insertCampaign(project.id, 'EUR', 'failed')),
    );
    expect(failed.issues[0]?.path).toEqual(['campaignId']);
    const both = await failure('contributions.add', { ...cheque(campaignId), contributorId: 1 });
    expect(both.issues[0]?.path).toEqual(['contributorId']);
    const neither = await failure('contributions.add', {
      ...cheque(campaignId),
      contributor: undefined,
    });
    expect(neither.issues[0]?.path).toEqual(['contributorId']);
    const parts = await failure(
      'contributions.add',
      cheque(campaignId, { amountCents: 1000, bonusCents: 800, shippingCents: 300 }),
    );
    expect(parts.issues[0]?.path).toEqual(['amountCents']);
    const email = await failure(
      'contributions.add',
      cheque(campaignId, { contributor: { displayName: 'X', email: 'not-an-email' } }),
    );
    expect(email.issues[0]?.path).toEqual(['contributor', 'email']);
  });

  it('refuses a new contributor whose email is already known', async () => {
    const { campaignId } = await setup();
    const first = await call(ws, 'contributions.add', cheque(campaignId));
    const error = await failure(
      'contributions.add',
      cheque(campaignId, { contributor: { displayName: 'H. Dupont', email: 'helene@example.fr' } }),
    );
    expect(error.code).toBe('conflict');
    expect(error.issues[0]?.path).toEqual(['contributor', 'email']);
    expect(error.message).toContain(String(first.contributorId));
  });
});

describe('contributions.update', () => {
  it('records partial then full refunds; the whole amount makes it refunded and cancels open lines', async () => {
    const { campaignId, tier } = await setup();
    const added = await call(
      ws,
      'contributions.add',
      cheque(campaignId, { tierId: tier.id, amountCents: 6000 }),
    );
    const partial = await call(ws, 'contributions.update', {
      id: added.id,
      refundedCents: 1500,
      refundedOn: '2025-05-02',
    });
    expect(partial).toMatchObject({
      paymentStatus: 'collected',
      refundedCents: 1500,
      refundedOn: '2025-05-02',
    });
    const total = await ws.db
      .selectFrom('contributors')
      .select('pledged_total_cents')
      .where('id', '=', added.contributorId)
      .executeTakeFirstOrThrow();
    expect(total.pledged_total_cents).toBe(4500);

    const full = await call(ws, 'contributions.update', {
      id: added.id,
      refundedCents: 6000,
      refundedOn: '2025-05-20',
    });
    expect(full).toMatchObject({
      paymentStatus: 'refunded',
      refundedCents: 6000,
      refundedOn: '2025-05-20',
    });
    // The DVDs (pending) are cancelled; the name in the credits was already delivered.
    expect(full.fulfillment.map((l) => l.status)).toEqual(['cancelled', 'delivered']);
    const final = await failure('contributions.update', {
      id: added.id,
      paymentStatus: 'collected',
    });
    expect(final.issues[0]?.path).toEqual(['paymentStatus']);
    expect(final.message).toContain('refunded is final');

    const log = await ws.db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('entity', '=', 'contribution')
      .orderBy('id')
      .execute();
    expect(log.map((l) => l.action)).toEqual(['create', 'update', 'status']);
    expect(JSON.parse(log[2]!.changes)).toMatchObject({
      payment_status: ['collected', 'refunded'],
      refunded_cents: [1500, 6000],
    });
  });

  it('refunds the whole amount when the status becomes refunded; refund_due leads there too', async () => {
    const { campaignId } = await setup();
    const added = await call(ws, 'contributions.add', cheque(campaignId, { amountCents: 2500 }));
    const due = await call(ws, 'contributions.update', {
      id: added.id,
      paymentStatus: 'refund_due',
    });
    expect(due.paymentStatus).toBe('refund_due');
    const noDate = await failure('contributions.update', {
      id: added.id,
      paymentStatus: 'refunded',
    });
    expect(noDate.issues[0]?.path).toEqual(['refundedOn']);
    const refunded = await call(ws, 'contributions.update', {
      id: added.id,
      paymentStatus: 'refunded',
      refundedOn: '2025-06-01',
    });
    expect(refunded).toMatchObject({ paymentStatus: 'refunded', refundedCents: 2500 });
  });

  it('refuses impossible refunds, naming the field', async () => {
    const { campaignId } = await setup();
    const collected = await call(
      ws,
      'contributions.add',
      cheque(campaignId, { amountCents: 2500 }),
    );
    const tooMuch = await failure('contributions.update', {
      id: collected.id,
      refundedCents: 2501,
      refundedOn: '2025-06-01',
    });
    expect(tooMuch.issues[0]?.path).toEqual(['refundedCents']);
    const partialRefunded = await failure('contributions.update', {
      id: collected.id,
      paymentStatus: 'refunded',
      refundedCents: 1000,
      refundedOn: '2025-06-01',
    });
    expect(partialRefunded.issues[0]?.path).toEqual(['refundedCents']);
    const contradiction = await failure('contributions.update', {
      id: collected.id,
      paymentStatus: 'refund_due',
      refundedCents: 2500,
      refundedOn: '2025-06-01',
    });
    expect(contradiction.issues[0]?.path).toEqual(['paymentStatus']);
    const pledged = await call(
      ws,
      'contributions.add',
      cheque(campaignId, { paymentStatus: 'pledged', contributor: { displayName: 'Promise' } }),
    );
    const notCollected = await failure('contributions.update', {
      id: pledged.id,
      refundedCents: 100,
      refundedOn: '2025-06-01',
    });
    expect(notCollected.issues[0]?.path).toEqual(['refundedCents']);
    expect(notCollected.message).toContain('pledged');
  });

  it('allows only the transitions of the payment lifecycle, with a message saying what is possible', async () => {
    const { campaignId, tier } = await setup();
    const added = await call(
      ws,
      'contributions.add',
      cheque(campaignId, { tierId: tier.id, paymentStatus: 'pledged' }),
    );
    const skip = await failure('contributions.update', {
      id: added.id,
      paymentStatus: 'refund_due',
    });
    expect(skip.code).toBe('validation');
    expect(skip.issues[0]?.path).toEqual(['paymentStatus']);
    expect(skip.message).toBe(
      'A pledged pledge cannot become refund_due: from pledged it can become collected, failed or not_collected.',
    );
    const failed = await call(ws, 'contributions.update', {
      id: added.id,
      paymentStatus: 'failed',
    });
    expect(failed.fulfillment.map((l) => l.status)).toEqual(['cancelled', 'delivered']);
    // Paid after all: the cancelled lines come back.
    const paid = await call(ws, 'contributions.update', {
      id: added.id,
      paymentStatus: 'collected',
    });
    expect(paid.fulfillment.map((l) => l.status)).toEqual(['pending', 'delivered']);
    const unknown = await failure('contributions.update', { id: 999, notes: 'x' });
    expect(unknown.code).toBe('not_found');
  });
});

describe('contributions.list', () => {
  it('pages a campaign’s pledges newest first with the total, optionally by status', async () => {
    const { project, campaignId } = await setup();
    const other = await insertCampaign(project.id);
    for (let day = 1; day <= 7; day += 1) {
      await call(ws, 'contributions.add', {
        ...cheque(campaignId, {
          pledgedAt: `2025-04-0${day}`,
          paymentStatus: day % 2 === 0 ? 'pledged' : 'collected',
        }),
        contributor: { displayName: `Backer ${day}` },
      });
    }
    await call(ws, 'contributions.add', {
      ...cheque(other),
      contributor: { displayName: 'Elsewhere' },
    });
    const first = await call(ws, 'contributions.list', { campaignId, limit: 3 });
    expect(first.total).toBe(7);
    expect(first.rows.map((r) => r.pledgedAt)).toEqual(['2025-04-07', '2025-04-06', '2025-04-05']);
    const last = await call(ws, 'contributions.list', { campaignId, offset: 6, limit: 3 });
    expect(last.rows.map((r) => r.contributorName)).toEqual(['Backer 1']);
    const pledged = await call(ws, 'contributions.list', { campaignId, paymentStatus: 'pledged' });
    expect(pledged.total).toBe(3);
    expect(pledged.rows.every((r) => r.paymentStatus === 'pledged')).toBe(true);
    const tooMany = await failure('contributions.list', { campaignId, limit: 501 });
    expect(tooMany.issues[0]?.path).toEqual(['limit']);
  });
});
