import fc from 'fast-check';
import type { Workspace } from '../../electron/core/db/connection';
import { nextFulfillmentStatuses, type ChannelInput } from '../../shared/contract';
import { call, memoryWorkspace } from './helpers';
import { asFile, campaignFor, mustImport } from './importHelpers';

/**
 * Random writes for the fulfillment list property test: imports and re-imports of a Kickstarter
 * report, renames, address changes, merges, moved pledges, item changes, offline pledges and
 * status changes.
 */

const HEADER =
  'Backer Number,Backer UID,Backer Name,Email,Reward Title,Reward ID,Pledge Amount,Pledged At,Fulfillment Status,Pledged Status,[Addon: 7001] Extra poster';
const NAMES = ['Élodie Bézier', 'ana Martin', 'Zoé Marchand', 'Marc Dupont', 'Bob', 'Æsa Øster'];

interface Backer {
  n: number;
  name: number;
  big: boolean;
  status: 'collected' | 'refunded' | 'dropped';
  sent: boolean;
  posters: number;
}

function csv(backers: Backer[]): string {
  const rows = backers.map((b) => {
    const [title, id, amount] = b.big
      ? ['Big pack', '502', '€80.00']
      : ['DVD pack', '501', '€30.00'];
    return `${b.n},u${b.n},${NAMES[b.name]},b${b.n}@example.org,${title},${id},${amount},"2026/03/0${1 + (b.n % 9)}, 10:00",${b.sent ? 'Sent' : ''},${b.status},${b.posters}`;
  });
  return [HEADER, ...rows].join('\r\n');
}

export const backer = fc.record({
  n: fc.integer({ min: 1, max: 9 }),
  name: fc.integer({ min: 0, max: NAMES.length - 1 }),
  big: fc.boolean(),
  status: fc.constantFrom('collected', 'refunded', 'dropped'),
  sent: fc.boolean(),
  posters: fc.integer({ min: 0, max: 2 }),
});

export const operation = fc.oneof(
  fc.record({ kind: fc.constant('import' as const), backers: fc.array(backer, { maxLength: 6 }) }),
  fc.record({
    kind: fc.constant('rename' as const),
    pick: fc.nat(),
    name: fc.nat(NAMES.length - 1),
  }),
  fc.record({
    kind: fc.constant('address' as const),
    pick: fc.nat(),
    city: fc.constantFrom('', 'Lyon', 'Orléans'),
    street: fc.constantFrom('', '3 rue Haute'),
    country: fc.constantFrom('', 'FR', 'BE'),
  }),
  fc.record({ kind: fc.constant('merge' as const), pick: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), other: fc.nat() }),
  fc.record({
    kind: fc.constant('item' as const),
    pick: fc.nat(2),
    name: fc.constantFrom('DVD', 'Affiche', 'Blu-ray', 'zine'),
    ships: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('offline' as const), pick: fc.nat(), big: fc.boolean() }),
  fc.record({ kind: fc.constant('status' as const), pick: fc.nat(), step: fc.nat() }),
);
export type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

export interface World {
  ws: Workspace;
  projectId: number;
  campaignId: number;
  offlineCampaignId: number;
  items: number[];
  offlineTiers: number[];
}

/** A Kickstarter campaign and an offline one in one project, with items and tiers. */
export async function setupWorld(): Promise<World> {
  const workspace = await memoryWorkspace();
  const campaignId = await campaignFor(workspace, 'kickstarter');
  const { project_id: projectId } = await workspace.db
    .selectFrom('campaigns')
    .select('project_id')
    .where('id', '=', campaignId)
    .executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  const offline = await workspace.db
    .insertInto('campaigns')
    .values({
      project_id: projectId,
      title: 'Chèques',
      platform: 'offline',
      currency: 'EUR',
      goal_cents: 0,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const dvd = await call(workspace, 'items.create', { projectId, name: 'DVD', kind: 'dvd' });
  const credits = await call(workspace, 'items.create', {
    projectId,
    name: 'Générique',
    kind: 'credit',
  });
  const poster = await call(workspace, 'items.create', {
    projectId,
    name: 'Poster',
    kind: 'poster',
  });
  const tiers = [
    { title: 'DVD pack', externalId: '501', items: [{ itemId: dvd.id }, { itemId: credits.id }] },
    {
      title: 'Big pack',
      externalId: '502',
      items: [{ itemId: dvd.id, quantity: 2 }, { itemId: poster.id }],
    },
    { title: 'Extra poster', externalId: '7001', isAddon: true, items: [{ itemId: poster.id }] },
  ];
  for (const tier of tiers) await call(workspace, 'tiers.create', { campaignId, ...tier });
  const offlineTiers: number[] = [];
  for (const tier of tiers.slice(0, 2)) {
    const input = { campaignId: offline.id, title: tier.title, items: tier.items };
    offlineTiers.push((await call(workspace, 'tiers.create', input)).id);
  }
  return {
    ws: workspace,
    projectId,
    campaignId,
    offlineCampaignId: offline.id,
    items: [dvd.id, credits.id, poster.id],
    offlineTiers,
  };
}

function pickOf<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

async function liveContributors(world: World): Promise<number[]> {
  const rows = await world.ws.db
    .selectFrom('contributors')
    .select('id')
    .where('merged_into_id', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Applies one random operation through the channels (or plain SQL where no channel does it). */
export async function applyOperation(world: World, op: Operation): Promise<void> {
  const { ws: w } = world;
  const people = await liveContributors(world);
  switch (op.kind) {
    case 'import': {
      const unique = [...new Map(op.backers.map((b) => [b.n, b])).values()];
      if (unique.length === 0) return;
      await mustImport(w, { campaignId: world.campaignId, files: [asFile('ks.csv', csv(unique))] });
      return;
    }
    case 'rename': {
      const id = pickOf(people, op.pick);
      if (id !== undefined)
        await call(w, 'contributors.update', { id, displayName: NAMES[op.name] ?? 'X' });
      return;
    }
    case 'address': {
      const id = pickOf(people, op.pick);
      if (id === undefined) return;
      await call(w, 'contributors.update', {
        id,
        addressLine1: op.street,
        city: op.city,
        countryCode: op.country,
      });
      return;
    }
    case 'merge': {
      const keepId = pickOf(people, op.pick);
      const mergeId = pickOf(people, op.other);
      if (keepId !== undefined && mergeId !== undefined && keepId !== mergeId) {
        await call(w, 'contributors.merge', { keepId, mergeId });
      }
      return;
    }
    case 'move': {
      // No channel moves one pledge (merge moves them all): whoever writes, the lines follow.
      const pledges = await w.db.selectFrom('contributions').select('id').orderBy('id').execute();
      const pledge = pickOf(pledges, op.pick);
      const to = pickOf(people, op.other);
      if (pledge && to !== undefined) {
        await w.db
          .updateTable('contributions')
          .set({ contributor_id: to })
          .where('id', '=', pledge.id)
          .execute();
      }
      return;
    }
    case 'item': {
      const id = world.items[op.pick];
      if (id !== undefined) await call(w, 'items.update', { id, name: op.name, ships: op.ships });
      return;
    }
    case 'offline': {
      const contributorId = pickOf(people, op.pick);
      const input: ChannelInput<'contributions.add'> = {
        campaignId: world.offlineCampaignId,
        tierId: world.offlineTiers[op.big ? 1 : 0] ?? null,
        amountCents: op.big ? 8000 : 3000,
        currency: 'EUR',
        pledgedAt: '2026-04-01',
        paymentMethod: 'cheque',
        ...(contributorId === undefined
          ? { contributor: { displayName: 'Noël Offline' } }
          : { contributorId }),
      };
      await call(w, 'contributions.add', input);
      return;
    }
    case 'status': {
      const lines = await w.db.selectFrom('fulfillment_lines').select('id').orderBy('id').execute();
      const line = pickOf(lines, op.pick);
      if (!line) return;
      const row = (
        await call(w, 'fulfillment.list', { projectId: world.projectId, limit: 500 })
      ).rows.find((r) => r.id === line.id);
      const next = row
        ? pickOf(nextFulfillmentStatuses(row.status, row.ships), op.step)
        : undefined;
      // Some lines get a tracking number the text filter "mar" must find.
      const trackingNumber = op.step % 2 === 0 ? `MAR${line.id}` : undefined;
      if (next !== undefined || trackingNumber !== undefined) {
        await call(w, 'fulfillment.update', { id: line.id, status: next, trackingNumber });
      }
      return;
    }
  }
}
