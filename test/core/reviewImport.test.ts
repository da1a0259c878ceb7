import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { call, memoryWorkspace } from './helpers';
import {
  asFile,
  campaignFor,
  fixture,
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

async function collectedPledge(campaignId: number) {
  return ws.db
    .selectFrom('contributions')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('payment_status', '=', 'collected')
    .orderBy('id')
    .executeTakeFirstOrThrow();
}

describe('re-import over a payment status recorded in Copro', () => {
  it('keeps a refund recorded in Copro while the platform still says collected', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    await mustImport(ws, { campaignId, files: [ZIP()] });
    const before = await collectedPledge(campaignId);
    await call(ws, 'contributions.update', {
      id: before.id,
      refundedCents: before.amount_cents,
      refundedOn: '2026-05-01',
    });
    await mustImport(ws, { campaignId, files: [ZIP()] });
    const after = await ws.db
      .selectFrom('contributions')
      .selectAll()
      .where('id', '=', before.id)
      .executeTakeFirstOrThrow();
    expect(after.payment_status).toBe('refunded');
    expect(after.refunded_cents).toBe(before.amount_cents);
  });

  it('a new platform status wins over the one Copro recorded, and the preview lists it', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    await mustImport(ws, { campaignId, files: [ZIP()] });
    // Backer 12 was dropped (failed); Copro records the payment as collected after all.
    const dropped = await ws.db
      .selectFrom('contributions')
      .selectAll()
      .where('campaign_id', '=', campaignId)
      .where('external_id', '=', 'uid1000012')
      .executeTakeFirstOrThrow();
    expect(dropped.payment_status).toBe('failed');
    await call(ws, 'contributions.update', { id: dropped.id, paymentStatus: 'collected' });
    // Unchanged export: Copro's status stays and the pledge counts as unchanged.
    const same = await mustImport(ws, { campaignId, files: [ZIP()] });
    expect(same.updated).toBe(0);
    const kept = await ws.db
      .selectFrom('contributions')
      .select('payment_status')
      .where('id', '=', dropped.id)
      .executeTakeFirstOrThrow();
    expect(kept.payment_status).toBe('collected');
    // A newer export where the platform now says refunded: the platform wins.
    const entries = kickstarterEntries();
    const text = entries.get('No_reward.csv') ?? '';
    expect(text).toContain(',dropped,');
    entries.set('No_reward.csv', text.replace(',dropped,', ',refunded,'));
    const newer = asFile('kickstarter-newer.zip', zipOf(entries));
    const preview = await mustImport(ws, { campaignId, files: [newer] }, 'imports.preview');
    expect(preview.changes.map((c) => c.field)).toContain('pledge uid1000012: payment_status');
    await mustImport(ws, { campaignId, files: [newer] });
    const after = await ws.db
      .selectFrom('contributions')
      .select(['payment_status', 'refunded_cents', 'amount_cents'])
      .where('id', '=', dropped.id)
      .executeTakeFirstOrThrow();
    expect(after.payment_status).toBe('refunded');
    expect(after.refunded_cents).toBe(after.amount_cents);
  });

  it('re-importing a failed all-or-nothing campaign keeps its pledges not collected', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    await ws.db
      .updateTable('campaigns')
      .set({ status: 'live', model: 'all_or_nothing' })
      .where('id', '=', campaignId)
      .execute();
    // A live campaign's export: every pledge still pledged.
    const entries = kickstarterEntries();
    for (const [name, text] of entries) {
      entries.set(name, text.replace(/,(collected|dropped),/g, ',pledged,'));
    }
    const live = asFile('kickstarter-live.zip', zipOf(entries));
    await mustImport(ws, { campaignId, files: [live] });
    await call(ws, 'campaigns.setStatus', { id: campaignId, status: 'failed' });
    await mustImport(ws, { campaignId, files: [live] });
    const statuses = await ws.db
      .selectFrom('contributions')
      .select('payment_status')
      .distinct()
      .where('campaign_id', '=', campaignId)
      .execute();
    expect(statuses.map((s) => s.payment_status)).toEqual(['not_collected']);
  });
});
