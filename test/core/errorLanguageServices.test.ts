import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../electron/core/db/connection';
import { createDemoFile } from '../../electron/core/demo/demoFile';
import {
  existingWorkspacePath,
  newWorkspacePath,
} from '../../electron/core/services/workspaceFiles';
import type { ChannelInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { createTranslator } from '../../shared/i18n';
import { formatMoney } from '../../shared/money';
import {
  expectEnglish,
  expectFrench,
  expectSameRefusal,
  refusalInBoth,
  useLanguage,
} from './errorLanguageHelpers';
import { call, insertCampaignRow, memoryWorkspace } from './helpers';
import { projectWithBudget } from './planHelpers';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

const eur = (cents: number, locale: string) => formatMoney(cents, 'EUR', locale);

/** A live offline campaign with a tier "Pack" (min 40 €, 1 place): a DVD (ships) and a credit. */
async function pledgeSetup() {
  const project = await call(ws, 'projects.create', { title: 'Les Enfants du Port' });
  const campaignId = await insertCampaignRow(ws, {
    projectId: project.id,
    title: 'Chèques',
    platform: 'offline',
    currency: 'EUR',
    goalCents: 1_000_000,
    status: 'live',
  });
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
    quantityLimit: 1,
    items: [{ itemId: dvd.id }, { itemId: credit.id }],
  });
  return { campaignId, tier };
}

function cheque(
  campaignId: number,
  extra: Partial<ChannelInput<'contributions.add'>> = {},
): ChannelInput<'contributions.add'> {
  return {
    campaignId,
    contributor: { displayName: 'Hélène Dupont', email: 'helene@example.fr' },
    amountCents: 5000,
    currency: 'EUR',
    pledgedAt: '2025-04-12',
    paymentMethod: 'cheque',
    ...extra,
  };
}

describe('pledge refusals in the workspace language', () => {
  it('below the tier minimum: amounts in each locale', async () => {
    const { campaignId, tier } = await pledgeSetup();
    const both = await refusalInBoth(
      ws,
      'contributions.add',
      cheque(campaignId, { tierId: tier.id, amountCents: 3999 }),
    );
    expectSameRefusal(both);
    expect(both.en.message).toBe(
      `Tier "Pack" needs at least ${eur(4000, 'en-GB')}; this pledge brings ${eur(3999, 'en-GB')} (shipping excluded).`,
    );
    expect(both.fr.message).toBe(
      `Le palier « Pack » demande au moins ${eur(4000, 'fr-FR')} ; cette contribution apporte ${eur(3999, 'fr-FR')} (hors livraison).`,
    );
  });

  it('sold out, then a payment status it cannot move to (the choices listed the locale’s way)', async () => {
    const { campaignId, tier } = await pledgeSetup();
    const added = await call(
      ws,
      'contributions.add',
      cheque(campaignId, { tierId: tier.id, paymentStatus: 'pledged' }),
    );
    const soldOut = await refusalInBoth(
      ws,
      'contributions.add',
      cheque(campaignId, { tierId: tier.id, contributor: { displayName: 'Noé' } }),
    );
    expectSameRefusal(soldOut);
    expect(soldOut.fr.message).toBe('Le palier « Pack » est épuisé (1 sur 1 pris).');

    const move = await refusalInBoth(ws, 'contributions.update', {
      id: added.id,
      paymentStatus: 'refund_due',
    });
    expectSameRefusal(move);
    expect(move.fr.message).toBe(
      'Une contribution pledged ne peut pas devenir refund_due : depuis pledged, elle peut devenir collected, failed ou not_collected.',
    );
  });

  it('a refund over the pledge', async () => {
    const { campaignId } = await pledgeSetup();
    const added = await call(ws, 'contributions.add', cheque(campaignId));
    const both = await refusalInBoth(ws, 'contributions.update', {
      id: added.id,
      refundedCents: 6000,
      refundedOn: '2025-05-01',
    });
    expectSameRefusal(both);
    expect(both.fr.issues[0]?.message).toBe(`doit être au plus le montant, ${eur(5000, 'fr-FR')}`);
  });

  it('fulfillment: a line that does not ship, a delivery before shipping (dates the locale’s way)', async () => {
    const { campaignId, tier } = await pledgeSetup();
    const added = await call(ws, 'contributions.add', cheque(campaignId, { tierId: tier.id }));
    const [dvdLine, creditLine] = added.fulfillment;
    if (dvdLine === undefined || creditLine === undefined) throw new Error('two lines expected');
    const notShipped = await refusalInBoth(ws, 'fulfillment.update', {
      id: creditLine.id,
      status: 'shipped',
    });
    expectSameRefusal(notShipped);
    expect(notShipped.fr.message).toBe(
      'Ligne d’envoi : « Générique » ne s’expédie pas (rien à envoyer)',
    );
    const early = await refusalInBoth(ws, 'fulfillment.update', {
      id: dvdLine.id,
      shippedOn: '2026-05-10',
      deliveredOn: '2026-05-02',
    });
    expectSameRefusal(early);
    expect(early.en.message).toBe(
      'Fulfillment line: delivered on 2 May 2026, before it was shipped (10 May 2026)',
    );
    expect(early.fr.message).toBe(
      'Ligne d’envoi : livrée le 2 mai 2026, avant son expédition (10 mai 2026)',
    );
    const missing = await refusalInBoth(ws, 'fulfillment.update', { id: 4242, status: 'shipped' });
    expectSameRefusal(missing);
  });
});

describe('campaign refusals in the workspace language', () => {
  it('going live before the plan is ready lists what is missing, amounts in each locale', async () => {
    const { projectId } = await projectWithBudget(ws, 1_200_000);
    const campaign = await call(ws, 'campaigns.create', {
      projectId,
      title: 'Ulule',
      platform: 'ulule',
      goalCents: 10_000,
    });
    const both = await refusalInBoth(ws, 'campaigns.setStatus', {
      id: campaign.id,
      status: 'live',
    });
    expectSameRefusal(both);
    expect(both.en.code).toBe('conflict');
    expect(both.en.message).toMatch(/^The campaign cannot go live yet\. Secured financing /);
    expect(both.fr.message).toMatch(
      /^La campagne ne peut pas encore être lancée\. Le financement acquis /,
    );
    expect(both.fr.message).toContain(
      `(${eur(600_000, 'fr-FR')}) : il manque ${eur(600_000, 'fr-FR')}.`,
    );
    expect(both.fr.message).toContain('Le plan de financement n’est pas bouclé : il manque');
  });

  it('a goal over the cap: the goal’s issue is the sentence the form shows', async () => {
    const { projectId } = await projectWithBudget(ws, 1_200_000);
    const both = await refusalInBoth(ws, 'campaigns.create', {
      projectId,
      title: 'Ulule',
      platform: 'ulule',
      goalCents: 60_001,
    });
    expectSameRefusal(both);
    expect(both.fr.issues[0]).toEqual({
      path: ['goalCents'],
      message: `Au-delà du plafond participatif : plafond ${eur(60_000, 'fr-FR')}, marge restante ${eur(60_000, 'fr-FR')}.`,
    });
  });
});

describe('workspace file refusals in each language', () => {
  const fr = createTranslator('fr');
  const en = createTranslator('en');
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-errors-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function thrown(run: () => unknown): AppError {
    try {
      run();
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error('no refusal');
  }

  async function rejected(run: () => Promise<unknown>): Promise<AppError> {
    try {
      await run();
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error('no refusal');
  }

  it('a damaged file: not SQLite, too small, a folder', async () => {
    const damaged = path.join(dir, 'Damaged.copro');
    fs.writeFileSync(
      damaged,
      'not a database at all, just some text that is long enough to pass'.repeat(3),
    );
    const notSqlite = await rejected(() => openWorkspace(damaged));
    expect(notSqlite.code).toBe('workspace_damaged');
    expect(notSqlite.render(en).message).toBe(
      'Damaged.copro is damaged or is not a Copro workspace (not a SQLite file); it was not modified.',
    );
    expect(notSqlite.render(fr).message).toMatch(/\(pas un fichier SQLite\)/);
    expectFrench(notSqlite.render(fr).message.replace('Damaged.copro', ''));

    const tiny = path.join(dir, 'Tiny.copro');
    fs.writeFileSync(tiny, 'x');
    const small = await rejected(() => openWorkspace(tiny));
    expect(small.render(fr).message).toContain('(seulement 1 octet)');
    expect(small.render(en).message).toContain('(only 1 byte)');

    const folder = path.join(dir, 'Folder.copro');
    fs.mkdirSync(folder);
    const isFolder = await rejected(() => openWorkspace(folder));
    expect(isFolder.render(fr).message).toContain('(un dossier, pas un fichier)');
  });

  it('a workspace name or path the app refuses', () => {
    const badName = thrown(() => newWorkspacePath(dir, 'a/b'));
    expect(badName.render(en).message).toBe(
      'The workspace name must be a name, not a path: no / \\ : * ? " < > | characters.',
    );
    expect(badName.render(fr).message).toBe(
      'Le nom de l’espace de travail doit être un nom, pas un chemin : sans les caractères / \\ : * ? " < > |.',
    );
    fs.writeFileSync(path.join(dir, 'Taken.copro'), 'x');
    const taken = thrown(() => newWorkspacePath(dir, 'Taken'));
    expect(taken.render(fr).message).toBe(
      `Taken.copro existe déjà dans ${dir} : choisissez un autre nom, ou ouvrez-le.`,
    );
    expect(taken.render(fr).issues[0]?.message).toBe('un espace de travail porte déjà ce nom');
    const relative = thrown(() => existingWorkspacePath('relative.copro', dir));
    expect(relative.render(en).message).toBe(
      'relative.copro: give the full path of the file, such as /home/me/Slate.copro.',
    );
    expect(relative.render(fr).message).toBe(
      'relative.copro : indiquez le chemin complet du fichier, par exemple /home/moi/Ardoise.copro.',
    );
  });

  it('the demo file refuses to overwrite', async () => {
    const existing = path.join(dir, 'Demo.copro');
    fs.writeFileSync(existing, 'x');
    const exists = await rejected(() => createDemoFile(existing));
    expect(exists.render(en).message).toBe(`${existing} already exists; it was not modified.`);
    expect(exists.render(fr).message).toBe(`${existing} existe déjà ; il n’a pas été modifié.`);
    const nowhere = await rejected(() => createDemoFile(path.join(dir, 'missing', 'Demo.copro')));
    expect(nowhere.render(fr).message).toBe(
      `Le dossier ${path.join(dir, 'missing')} n’existe pas.`,
    );
    expectEnglish(nowhere.render(en).message);
  });
});

describe('the language switch itself', () => {
  it('a French workspace answers in French after switching back and forth', async () => {
    await useLanguage(ws, 'fr');
    await useLanguage(ws, 'en');
    await useLanguage(ws, 'fr');
    const both = await refusalInBoth(ws, 'fulfillment.update', { id: 99, status: 'shipped' });
    expect(both.fr.message).toBe('La ligne d’envoi 99 n’existe pas');
    expect(both.en.message).toBe('Fulfillment line 99 does not exist');
  });
});
