import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import type { ChannelInput } from '../../shared/contract';
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

async function names(input: ChannelInput<'contributors.search'>): Promise<string[]> {
  const result = await call(ws, 'contributors.search', input);
  return result.rows.map((r) => r.displayName);
}

describe('contributors.search', () => {
  async function people() {
    const project = await call(ws, 'projects.create', { title: 'Les Enfants du Port' });
    const campaignId = await insertCampaign(project.id, 'Ulule');
    await contributor(
      {
        displayName: 'Hélène Dupont',
        email: 'helene.dupont@example.fr',
        city: 'Évry',
        postalCode: '91000',
        countryCode: 'FR',
      },
      campaignId,
    );
    await contributor(
      { displayName: 'Helene Martin', email: 'hm@example.com', city: 'Paris', countryCode: 'FR' },
      campaignId,
    );
    await contributor(
      { displayName: 'Émile Zola', email: 'emile@zola.fr', city: 'Paris', countryCode: 'FR' },
      campaignId,
    );
    await contributor(
      {
        displayName: 'Jean-Luc Picard',
        email: 'jean-luc.picard@starfleet.fr',
        city: 'Lyon',
        countryCode: 'FR',
      },
      campaignId,
    );
    await contributor(
      { displayName: 'Björn Müller', email: 'bjorn@example.de', city: 'Köln', countryCode: 'DE' },
      campaignId,
    );
    await contributor({
      displayName: 'Denis Faure',
      email: null,
      city: 'Bruxelles',
      countryCode: 'BE',
    });
    return { project, campaignId };
  }

  it('finds a name by the start of any word, ignoring accents and case', async () => {
    await people();
    expect(await names({ query: 'helene' })).toEqual(['Hélène Dupont', 'Helene Martin']);
    expect(await names({ query: 'HÉL' })).toEqual(['Hélène Dupont', 'Helene Martin']);
    expect(await names({ query: 'dup' })).toEqual(['Hélène Dupont']);
    expect(await names({ query: 'hel  mar' })).toEqual(['Helene Martin']);
    expect(await names({ query: 'muller' })).toEqual(['Björn Müller']);
    expect(await names({ query: 'ene' })).toEqual([]);
  });

  it('finds an email and a city, with or without accents, and a postal code', async () => {
    await people();
    expect(await names({ query: 'jean-luc.pic' })).toEqual(['Jean-Luc Picard']);
    expect(await names({ query: 'zola.fr' })).toEqual(['Émile Zola']);
    expect(await names({ query: 'evry' })).toEqual(['Hélène Dupont']);
    expect(await names({ query: 'Évry' })).toEqual(['Hélène Dupont']);
    expect(await names({ query: 'koln' })).toEqual(['Björn Müller']);
    expect(await names({ query: '910' })).toEqual(['Hélène Dupont']);
    expect(await names({ query: 'paris', sort: { field: 'name', dir: 'desc' } })).toEqual([
      'Helene Martin',
      'Émile Zola',
    ]);
    // Punctuation alone searches nothing: everyone is listed.
    expect((await call(ws, 'contributors.search', { query: ' @ ' })).total).toBe(6);
  });

  it('sorts accented names with their base letter and keeps paging totals exact', async () => {
    await people();
    expect(await names({})).toEqual([
      'Björn Müller',
      'Denis Faure',
      'Émile Zola',
      'Hélène Dupont',
      'Helene Martin',
      'Jean-Luc Picard',
    ]);
    expect(await names({ sort: { field: 'city', dir: 'asc' } })).toEqual([
      'Denis Faure',
      'Hélène Dupont',
      'Björn Müller',
      'Jean-Luc Picard',
      'Émile Zola',
      'Helene Martin',
    ]);
    expect(await names({ sort: { field: 'email', dir: 'asc' } })).toEqual([
      'Denis Faure',
      'Björn Müller',
      'Émile Zola',
      'Hélène Dupont',
      'Helene Martin',
      'Jean-Luc Picard',
    ]);
    const pages = [];
    for (let offset = 0; offset < 6; offset += 4) {
      const page = await call(ws, 'contributors.search', {
        offset,
        limit: 4,
        sort: { field: 'country', dir: 'desc' },
      });
      expect(page.total).toBe(6);
      pages.push(...page.rows.map((r) => r.countryCode));
    }
    expect(pages).toEqual(['FR', 'FR', 'FR', 'FR', 'DE', 'BE']);
    const beyond = await call(ws, 'contributors.search', { offset: 10 });
    expect(beyond).toEqual({ rows: [], total: 6 });
    const tooMany = await failure('contributors.search', { limit: 501 });
    expect(tooMany.issues[0]?.path).toEqual(['limit']);
  });

  it('filters by project, campaign, tier, add-on, payment status and country; totals follow the filter', async () => {
    const { project, campaignId } = await people();
    const other = await call(ws, 'projects.create', { title: 'La Dernière Séance' });
    const otherCampaign = await insertCampaign(other.id, 'Touscoprod');
    const tier = await call(ws, 'tiers.create', {
      campaignId: otherCampaign,
      title: 'DVD',
      minimumCents: 2000,
    });
    const addon = await call(ws, 'tiers.create', {
      campaignId: otherCampaign,
      title: 'Poster',
      isAddon: true,
    });
    const [helene] = (await call(ws, 'contributors.search', { query: 'hélène dupont' })).rows;
    const [bjorn] = (await call(ws, 'contributors.search', { query: 'bjorn' })).rows;
    const base = { currency: 'EUR', pledgedAt: '2025-06-01', paymentMethod: 'cash' } as const;
    const pledge = await call(ws, 'contributions.add', {
      ...base,
      campaignId: otherCampaign,
      contributorId: helene!.id,
      tierId: tier.id,
      amountCents: 3000,
    });
    await ws.db
      .insertInto('contribution_addons')
      .values({ contribution_id: pledge.id, tier_id: addon.id, quantity: 1 })
      .execute();
    const failed = await call(ws, 'contributions.add', {
      ...base,
      campaignId: otherCampaign,
      contributorId: bjorn!.id,
      amountCents: 700,
      paymentStatus: 'pledged',
    });
    await call(ws, 'contributions.update', { id: failed.id, paymentStatus: 'failed' });

    expect(await names({ filters: { projectId: project.id } })).toHaveLength(5);
    expect(await names({ filters: { projectId: other.id } })).toEqual([
      'Björn Müller',
      'Hélène Dupont',
    ]);
    expect(
      await names({ filters: { campaignId: otherCampaign, paymentStatus: 'collected' } }),
    ).toEqual(['Hélène Dupont']);
    expect(await names({ filters: { campaignId, paymentStatus: 'failed' } })).toEqual([]);
    expect(await names({ filters: { tierId: tier.id } })).toEqual(['Hélène Dupont']);
    expect(await names({ filters: { tierId: addon.id } })).toEqual(['Hélène Dupont']);
    expect(await names({ filters: { tierId: tier.id, campaignId } })).toEqual([]);
    expect(await names({ filters: { campaignId, projectId: other.id } })).toEqual([]);
    expect(await names({ filters: { country: 'fr' }, query: 'paris' })).toEqual([
      'Émile Zola',
      'Helene Martin',
    ]);
    expect(await names({ filters: { country: 'BE' } })).toEqual(['Denis Faure']);

    const scoped = await call(ws, 'contributors.search', {
      filters: { projectId: other.id },
      sort: { field: 'total', dir: 'desc' },
    });
    expect(
      scoped.rows.map((r) => [r.displayName, r.pledgeCount, r.totalCents, r.lastPledgeAt]),
    ).toEqual([
      ['Hélène Dupont', 1, 3000, '2025-06-01'],
      ['Björn Müller', 1, 0, '2025-06-01'],
    ]);
    const overall = await call(ws, 'contributors.search', {
      sort: { field: 'total', dir: 'desc' },
      limit: 2,
    });
    expect(overall.rows.map((r) => [r.displayName, r.pledgeCount, r.totalCents])).toEqual([
      ['Hélène Dupont', 2, 5000],
      // Ties (2000 each) come newest id first; the failed 700 counts for nothing.
      ['Björn Müller', 2, 2000],
    ]);
    // A status change moves the pledge out of the filter at once.
    await call(ws, 'contributions.update', { id: pledge.id, paymentStatus: 'refund_due' });
    expect(
      await names({ filters: { campaignId: otherCampaign, paymentStatus: 'collected' } }),
    ).toEqual([]);
    expect(await names({ filters: { tierId: addon.id, paymentStatus: 'refund_due' } })).toEqual([
      'Hélène Dupont',
    ]);
    const last = await call(ws, 'contributors.search', {
      sort: { field: 'lastPledge', dir: 'asc' },
    });
    expect(last.rows[0]).toMatchObject({
      displayName: 'Denis Faure',
      lastPledgeAt: null,
      pledgeCount: 0,
    });
  });

  it('follows corrections and leaves merged contributors out', async () => {
    await people();
    const [helene] = (await call(ws, 'contributors.search', { query: 'dupont' })).rows;
    await call(ws, 'contributors.update', { id: helene!.id, city: 'Besançon' });
    expect(await names({ query: 'besancon' })).toEqual(['Hélène Dupont']);
    expect(await names({ query: 'evry' })).toEqual([]);
    const [martin] = (await call(ws, 'contributors.search', { query: 'martin' })).rows;
    await call(ws, 'contributors.merge', { keepId: helene!.id, mergeId: martin!.id });
    expect(await names({ query: 'helene' })).toEqual(['Hélène Dupont']);
    expect((await call(ws, 'contributors.search', {})).total).toBe(5);
    // Written straight to the table, as an importer does: the next search sees it.
    await contributor({ displayName: 'Hélène Blanc' });
    expect((await call(ws, 'contributors.search', {})).total).toBe(6);
    expect(await names({ query: 'helene' })).toEqual(['Hélène Blanc', 'Hélène Dupont']);
  });
});

describe('contributors.get and update', () => {
  it('shows identities, pledges across projects and their fulfillment lines', async () => {
    const first = await call(ws, 'projects.create', { title: 'Les Enfants du Port' });
    const second = await call(ws, 'projects.create', { title: 'Court-métrage' });
    const a = await insertCampaign(first.id, 'Kickstarter');
    const b = await insertCampaign(second.id, 'Ulule');
    const dvd = await call(ws, 'items.create', { projectId: second.id, name: 'DVD', kind: 'dvd' });
    const tier = await call(ws, 'tiers.create', {
      campaignId: b,
      title: 'DVD',
      minimumCents: 1500,
      items: [{ itemId: dvd.id }],
    });
    const id = await contributor({ displayName: 'Zoé Petit', email: 'zoe@example.fr' }, a, 1000);
    await call(ws, 'contributions.add', {
      campaignId: b,
      contributorId: id,
      tierId: tier.id,
      amountCents: 1500,
      currency: 'EUR',
      pledgedAt: '2025-03-03',
      paymentMethod: 'card',
    });
    await ws.db
      .insertInto('contributor_identities')
      .values({ contributor_id: id, platform: 'ulule', external_id: 'u-77' })
      .execute();

    const detail = await call(ws, 'contributors.get', { id });
    expect(detail.identities).toEqual([
      { id: expect.any(Number), platform: 'ulule', externalId: 'u-77' },
    ]);
    expect(
      detail.pledges.map((p) => [
        p.projectTitle,
        p.campaignTitle,
        p.tierTitle,
        p.amountCents,
        p.paymentStatus,
      ]),
    ).toEqual([
      ['Court-métrage', 'Ulule', 'DVD', 1500, 'collected'],
      ['Les Enfants du Port', 'Kickstarter', null, 1000, 'collected'],
    ]);
    expect(detail.pledges[0]!.fulfillment.map((l) => [l.itemName, l.quantity, l.status])).toEqual([
      ['DVD', 1, 'pending'],
    ]);
    expect((await failure('contributors.get', { id: 999 })).code).toBe('not_found');
  });

  it('corrects an address, logs only what changed and validates fields', async () => {
    const id = await contributor({ displayName: 'Loïc Roux', city: 'Nantes' });
    const updated = await call(ws, 'contributors.update', {
      id,
      addressLine1: ' 3 rue des Lilas ',
      postalCode: '44000',
      city: 'Nantes',
      newsConsent: true,
    });
    expect(updated).toMatchObject({
      addressLine1: '3 rue des Lilas',
      postalCode: '44000',
      newsConsent: true,
    });
    const log = await ws.db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('entity', '=', 'contributor')
      .execute();
    expect(log.map((l) => l.action)).toEqual(['update']);
    expect(JSON.parse(log[0]!.changes)).toEqual({
      address_line1: ['', '3 rue des Lilas'],
      postal_code: ['', '44000'],
      news_consent: [0, 1],
    });
    const cleared = await call(ws, 'contributors.update', { id, email: '' });
    expect(cleared.email).toBeNull();
    const bad = await failure('contributors.update', {
      id,
      email: 'loic@',
      countryCode: 'France',
      displayName: '',
    });
    expect(bad.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'countryCode',
      'displayName',
      'email',
    ]);
  });
});
