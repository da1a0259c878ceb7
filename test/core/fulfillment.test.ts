import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { createDispatcher } from '../../electron/core/dispatcher';
import { fulfillmentPageQuery } from '../../electron/core/services/fulfillment';
import {
  fulfillmentListInputSchema,
  fulfillmentStatuses,
  type ChannelInput,
  type ChannelName,
  type FulfillmentStatus,
} from '../../shared/contract';
import type { AppErrorShape } from '../../shared/errors';
import { call, memoryWorkspace } from './helpers';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

async function failure<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<AppErrorShape> {
  const result = await createDispatcher(ws)(channel, input);
  if (result.ok) throw new Error(`${channel} should have been refused`);
  return result.error;
}

/** A generated backer: what the test expects to find, computed here rather than written out. */
interface Backer {
  name: string;
  email: string;
  country: string;
  city: string;
  address: string;
  dvdStatus: FulfillmentStatus;
  tracking: string;
  campaign: 0 | 1;
}

const NAMES = ['Élodie', 'bruno', 'Chloé', 'Zoé', 'Adèle', 'marc', 'Yann', 'Inès', 'Omar'];
const COUNTRIES = ['FR', 'BE', 'CH', 'CA', 'DE'];
const STATUSES: FulfillmentStatus[] = ['pending', 'pending', 'ready', 'shipped', 'delivered'];

function backers(count: number): Backer[] {
  return Array.from({ length: count }, (_, i) => {
    const dvdStatus = STATUSES[i % STATUSES.length] ?? 'pending';
    return {
      name: `${NAMES[i % NAMES.length] ?? 'X'} ${String(i).padStart(5, '0')}`,
      email: `backer${i}@example.org`,
      country: COUNTRIES[i % COUNTRIES.length] ?? 'FR',
      city: i % 7 === 0 ? '' : 'Lyon',
      address: i % 11 === 0 ? '' : `${i} rue du Port`,
      dvdStatus,
      tracking: dvdStatus === 'shipped' ? `LP${String(i).padStart(8, '0')}FR` : '',
      campaign: i % 3 === 0 ? 1 : 0,
    };
  });
}

/**
 * A project with two campaigns and `count` backers, each with a DVD (ships) and a name in the
 * credits (does not ship, delivered). Rows are inserted directly: thousands of pledges through
 * the channels would make the test slow for nothing.
 */
async function generate(count: number) {
  const project = await call(ws, 'projects.create', { title: 'Les Enfants du Port' });
  const dvd = await call(ws, 'items.create', { projectId: project.id, name: 'DVD', kind: 'dvd' });
  const credit = await call(ws, 'items.create', {
    projectId: project.id,
    name: 'Générique',
    kind: 'credit',
  });
  const now = '2026-01-05T10:00:00.000Z';
  const campaignStatement = ws.sqlite.prepare(
    `INSERT INTO campaigns (project_id, title, platform, currency, goal_cents, created_at, updated_at)
     VALUES (?, ?, 'offline', 'EUR', 100000, ?, ?)`,
  );
  const campaigns = [1, 2].map((n) =>
    Number(campaignStatement.run(project.id, `Campaign ${n}`, now, now).lastInsertRowid),
  );
  const list = backers(count);
  const addContributor = ws.sqlite.prepare(
    `INSERT INTO contributors (display_name, email, country_code, city, address_line1, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const addContribution = ws.sqlite.prepare(
    `INSERT INTO contributions (contributor_id, campaign_id, amount_cents, pledged_at, created_at, updated_at)
     VALUES (?, ?, 5000, '2026-01-01', ?, ?)`,
  );
  const addLine = ws.sqlite.prepare(
    `INSERT INTO fulfillment_lines (contribution_id, item_id, quantity, status, tracking_number, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  ws.sqlite.transaction(() => {
    list.forEach((b, i) => {
      const contributorId = addContributor.run(
        b.name,
        b.email,
        b.country,
        b.city,
        b.address,
        now,
        now,
      ).lastInsertRowid;
      const contributionId = addContribution.run(
        contributorId,
        campaigns[b.campaign],
        now,
        now,
      ).lastInsertRowid;
      const stamp = `2026-01-05T10:${String(i % 60).padStart(2, '0')}:00.000Z`;
      addLine.run(contributionId, dvd.id, 1 + (i % 2), b.dvdStatus, b.tracking, stamp);
      addLine.run(contributionId, credit.id, 1, 'delivered', '', stamp);
    });
  })();
  return { project, dvd, credit, campaigns, list };
}

describe('fulfillment.list', () => {
  it('pages through thousands of lines with a stable total and no line twice', async () => {
    const { project, list } = await generate(2500);
    const seen = new Set<number>();
    let total = -1;
    for (let offset = 0; offset < list.length * 2; offset += 500) {
      const page = await call(ws, 'fulfillment.list', {
        projectId: project.id,
        offset,
        limit: 500,
      });
      total = page.total;
      for (const row of page.rows) seen.add(row.id);
    }
    expect(total).toBe(list.length * 2);
    expect(seen.size).toBe(list.length * 2);
    const past = await call(ws, 'fulfillment.list', {
      projectId: project.id,
      offset: list.length * 2,
      limit: 10,
    });
    expect(past).toEqual({ rows: [], total: list.length * 2 });
  });

  it('filters by campaign, status, item, text and missing address', async () => {
    const { project, dvd, campaigns, list } = await generate(600);
    const count = async (input: Partial<ChannelInput<'fulfillment.list'>>) =>
      (await call(ws, 'fulfillment.list', { projectId: project.id, limit: 1, ...input })).total;

    const shipped = list.filter((b) => b.dvdStatus === 'shipped').length;
    expect(await count({ filters: { status: 'shipped' } })).toBe(shipped);
    expect(await count({ filters: { itemId: dvd.id } })).toBe(list.length);
    expect(await count({ campaignId: campaigns[1] })).toBe(
      list.filter((b) => b.campaign === 1).length * 2,
    );
    // Name prefix, accents and case ignored: "elo" finds "Élodie".
    const elodie = list.filter((b) => b.name.startsWith('Élodie')).length * 2;
    expect(await count({ filters: { query: 'elo' } })).toBe(elodie);
    expect(await count({ filters: { query: 'backer12@' } })).toBe(2);
    const tracked = list.find((b) => b.tracking !== '');
    const page = await call(ws, 'fulfillment.list', {
      projectId: project.id,
      filters: { query: tracked?.tracking.toLowerCase() ?? '' },
    });
    expect(page.rows.map((r) => r.trackingNumber)).toEqual([tracked?.tracking]);
    // The credits line does not ship: only DVD lines lack an address.
    const missing = list.filter((b) => b.city === '' || b.address === '').length;
    expect(await count({ filters: { missingAddress: true } })).toBe(missing);
    expect(await count({ filters: { missingAddress: true, status: 'shipped' } })).toBe(
      list.filter((b) => (b.city === '' || b.address === '') && b.dvdStatus === 'shipped').length,
    );
    // `%` is a letter, not a wildcard.
    expect(await count({ filters: { query: '%' } })).toBe(0);
  });

  it('sorts by contributor, country, status, item and last change, both ways', async () => {
    const { project } = await generate(200);
    const rows = async (
      field: 'contributor' | 'country' | 'status' | 'item' | 'updatedAt',
      dir: 'asc' | 'desc',
    ) =>
      (
        await call(ws, 'fulfillment.list', {
          projectId: project.id,
          sort: { field, dir },
          limit: 500,
        })
      ).rows;
    const collator = new Intl.Collator('fr', { sensitivity: 'base' });
    const byName = await rows('contributor', 'asc');
    const names = byName.map((r) => r.contributorName);
    expect(names).toEqual([...names].sort(collator.compare));
    const desc = (await rows('contributor', 'desc')).map((r) => r.contributorName);
    expect(desc).toEqual([...names].reverse());
    const countries = (await rows('country', 'asc')).map((r) => r.country);
    expect(countries).toEqual([...countries].sort());
    const statuses = (await rows('status', 'desc')).map((r) => r.status);
    expect(statuses).toEqual([...statuses].sort().reverse());
    const items = (await rows('item', 'asc')).map((r) => r.itemName);
    expect(items[0]).toBe('DVD');
    expect(items.at(-1)).toBe('Générique');
    // The line changed last comes first by last change.
    const touched = items.length > 10 ? (await rows('item', 'asc'))[10] : undefined;
    if (!touched) throw new Error('generated lines missing');
    await call(ws, 'fulfillment.update', { id: touched.id, notes: 'Called back' });
    expect((await rows('updatedAt', 'desc'))[0]?.id).toBe(touched.id);
    expect((await rows('updatedAt', 'asc')).at(-1)?.id).toBe(touched.id);
  });

  it('reads the default page through an index, not a scan of the lines', async () => {
    const { project } = await generate(50);
    const input = fulfillmentListInputSchema.parse({ projectId: project.id });
    const { sql, parameters } = fulfillmentPageQuery(input).compile(ws.db);
    const plan = ws.sqlite
      .prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .all(...parameters)
      .map((step) => String((step as { detail: string }).detail));
    const text = plan.join('\n');
    // The project's lines walked in name order through their list index (migration 0006), which
    // holds every filtered column: no read of the table and no sort of the whole project.
    expect(text).toMatch(/SEARCH f USING COVERING INDEX fulfillment_lines_list_contributor/);
    expect(text).not.toMatch(/SCAN f\b/);
    expect(text).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });
});

describe('fulfillment.update', () => {
  it('moves a line pending → ready → shipped → delivered, dating it and logging each step', async () => {
    const { project, dvd } = await generate(5);
    const [line] = (
      await call(ws, 'fulfillment.list', {
        projectId: project.id,
        filters: { itemId: dvd.id, status: 'pending' },
      })
    ).rows;
    if (!line) throw new Error('a pending DVD line was generated');
    expect(await call(ws, 'fulfillment.update', { id: line.id, status: 'ready' })).toMatchObject({
      status: 'ready',
    });
    const shipped = await call(ws, 'fulfillment.update', {
      id: line.id,
      status: 'shipped',
      carrier: 'La Poste',
      trackingNumber: ' 6A123 ',
    });
    expect(shipped).toMatchObject({
      status: 'shipped',
      carrier: 'La Poste',
      trackingNumber: '6A123',
    });
    expect(shipped.shippedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const delivered = await call(ws, 'fulfillment.update', {
      id: line.id,
      status: 'delivered',
      deliveredOn: '2099-01-02',
    });
    expect(delivered).toMatchObject({ status: 'delivered', deliveredOn: '2099-01-02' });
    expect(delivered.shippedOn).toBe(shipped.shippedOn);
    const log = await ws.db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('entity', '=', 'fulfillment_line')
      .where('entity_id', '=', line.id)
      .orderBy('id')
      .execute();
    expect(log.map((entry) => entry.action)).toEqual(['status', 'status', 'status']);
    expect(JSON.parse(log[1]?.changes ?? '{}')).toMatchObject({ status: ['ready', 'shipped'] });
  });

  it('refuses transitions the workflow does not allow, beside the status field', async () => {
    const { project, credit, dvd } = await generate(5);
    const lines = (await call(ws, 'fulfillment.list', { projectId: project.id, limit: 500 })).rows;
    const pending = lines.find((l) => l.itemId === dvd.id && l.status === 'pending');
    const delivered = lines.find((l) => l.itemId === dvd.id && l.status === 'delivered');
    const creditLine = lines.find((l) => l.itemId === credit.id);
    if (!pending || !delivered || !creditLine) throw new Error('generated lines missing');

    const skip = await failure('fulfillment.update', { id: pending.id, status: 'delivered' });
    expect(skip.code).toBe('validation');
    expect(skip.issues[0]?.path).toEqual(['status']);
    const back = await failure('fulfillment.update', { id: delivered.id, status: 'pending' });
    expect(back.issues[0]?.path).toEqual(['status']);
    const notShipping = await failure('fulfillment.update', {
      id: creditLine.id,
      status: 'shipped',
    });
    expect(notShipping.issues[0]?.message).toContain('Générique');

    // Any open line can be cancelled; cancelled is final; a delivered line can be returned.
    expect(
      (await call(ws, 'fulfillment.update', { id: pending.id, status: 'cancelled' })).status,
    ).toBe('cancelled');
    const reopened = await failure('fulfillment.update', { id: pending.id, status: 'ready' });
    expect(reopened.issues[0]?.path).toEqual(['status']);
    expect(
      (await call(ws, 'fulfillment.update', { id: delivered.id, status: 'returned' })).status,
    ).toBe('returned');
    // Refused updates changed nothing.
    const after = await call(ws, 'fulfillment.list', { projectId: project.id, limit: 500 });
    expect(after.rows.find((l) => l.id === creditLine.id)?.status).toBe('delivered');

    const missing = await failure('fulfillment.update', { id: 999_999, carrier: 'DHL' });
    expect(missing).toMatchObject({ code: 'not_found' });
    expect(missing.issues[0]?.path).toEqual(['id']);
    const badDate = await failure('fulfillment.update', {
      id: delivered.id,
      shippedOn: '12/03/2026',
    });
    expect(badDate.issues[0]?.path).toEqual(['shippedOn']);
  });
});

describe('fulfillment.summary', () => {
  it('counts lines per status and what is left to ship per item', async () => {
    const { project, dvd, list } = await generate(120);
    const summary = await call(ws, 'fulfillment.summary', { projectId: project.id });
    expect(summary.total).toBe(list.length * 2);
    for (const status of fulfillmentStatuses) {
      const dvdLines = list.filter((b) => b.dvdStatus === status).length;
      const creditLines = status === 'delivered' ? list.length : 0;
      expect(summary.byStatus[status]).toBe(dvdLines + creditLines);
    }
    const dvdRow = summary.byItem.find((row) => row.itemId === dvd.id);
    const quantity = (i: number) => 1 + (i % 2);
    const open = list.reduce(
      (sum, b, i) =>
        b.dvdStatus === 'pending' || b.dvdStatus === 'ready' ? sum + quantity(i) : sum,
      0,
    );
    expect(dvdRow).toMatchObject({ ships: true, lines: list.length, toShip: open });
  });
});
