import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import type { ImportInput, ImportIssue, ImportSummary } from '../../shared/contract';
import { formatMoney } from '../../shared/money';
import {
  expectEnglish,
  expectFrench,
  expectSameRefusal,
  refusalInBoth,
  useLanguage,
} from './errorLanguageHelpers';
import { call, memoryWorkspace } from './helpers';
import { asFile, campaignFor, FIXTURES } from './importHelpers';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

/** A generic file with one problem per row; the last row opens a quote it never closes. */
const CHEQUES = [
  'Nom;Courriel;Montant;Date;Statut',
  'Durand;d@example.org;12,5,0;01/05/2026;',
  ';;10,00;31/02/2026;',
  'Martin;m@example.org;-5,00;01/05/2026;bizarre',
  'Petit;p@example.org;"10,00;01/05/2026;',
  '',
].join('\n');

function chequesInput(campaignId: number): ImportInput {
  return {
    campaignId,
    format: 'generic',
    files: [asFile('cheques.csv', CHEQUES)],
    mapping: {
      displayName: 'Nom',
      email: 'Courriel',
      amount: 'Montant',
      pledgedAt: 'Date',
      status: 'Statut',
    },
    options: { decimal: ',', dateOrder: 'dmy' },
  };
}

async function previewIn(language: 'en' | 'fr', input: ImportInput): Promise<ImportSummary> {
  await useLanguage(ws, language);
  return call(ws, 'imports.preview', input);
}

const where = (errors: readonly ImportIssue[]) =>
  errors.map(({ file, line, column }) => ({ file, line, column }));

describe('import errors in the workspace language', () => {
  it('cell, row and file errors: same places, each text in its language', async () => {
    const campaignId = await campaignFor(ws, 'offline');
    const en = await previewIn('en', chequesInput(campaignId));
    const fr = await previewIn('fr', chequesInput(campaignId));
    expect(en.errorCount).toBeGreaterThanOrEqual(5);
    expect(fr.errorCount).toBe(en.errorCount);
    expect(where(fr.errors)).toEqual(where(en.errors));
    for (const error of en.errors) expectEnglish(error.message);
    for (const error of fr.errors) expectFrench(error.message);

    const en2 = en.errors.filter((error) => error.line === 2).map((error) => error.message);
    const fr2 = fr.errors.filter((error) => error.line === 2).map((error) => error.message);
    expect(en2).toEqual([
      'column 3 (C) “Montant”: "12,5,0" has more than one decimal separator ","',
    ]);
    expect(fr2).toEqual([
      'colonne 3 (C) « Montant » : "12,5,0" a plus d’un séparateur décimal « , »',
    ]);
    const fr3 = fr.errors.filter((error) => error.line === 3).map((error) => error.message);
    expect(fr3).toContain('la ligne n’a ni nom ni e-mail : rien ne dit qui est le contributeur');
    expect(fr3).toContain(
      'colonne 4 (D) « Date » : "31/02/2026" n’est pas une date : 2026-02 n’a pas de jour 31',
    );
    const fr4 = fr.errors.filter((error) => error.line === 4).map((error) => error.message);
    expect(fr4).toContain(
      'colonne 3 (C) « Montant » : "-5,00" est négatif : un montant ne peut pas l’être ici',
    );
    expect(
      fr4.some((m) =>
        m.startsWith('colonne 5 (E) « Statut » : "bizarre" n’est pas un statut de paiement connu'),
      ),
    ).toBe(true);
    const fr5 = fr.errors.find((error) => error.line === 5)?.message ?? '';
    expect(fr5).toMatch(
      /^colonne 3 \(C\) « Montant » : le guillemet ouvert ligne 5 n’est jamais fermé/,
    );
  });

  it('a refused run names the first error in the workspace language; issues keep their paths', async () => {
    const campaignId = await campaignFor(ws, 'offline');
    const both = await refusalInBoth(ws, 'imports.run', chequesInput(campaignId));
    expectSameRefusal(both);
    const { en, fr } = both;
    expect(en.code).toBe('validation');
    const count = en.issues.length;
    expect(en.message).toBe(
      `Nothing was imported: ${count} errors to fix first. First: cheques.csv, line 2: column 3 (C) “Montant”: "12,5,0" has more than one decimal separator ","`,
    );
    expect(fr.message).toBe(
      `Rien n’a été importé : ${count} erreurs à corriger d’abord. La première : cheques.csv, ligne 2 : colonne 3 (C) « Montant » : "12,5,0" a plus d’un séparateur décimal « , »`,
    );
    expect(fr.issues[0]?.path).toEqual(['cheques.csv', 2, 'Montant']);
  });

  it('header and file errors: missing columns, an old Excel file', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    const input: ImportInput = {
      campaignId,
      format: 'kickstarter',
      files: [
        asFile('backers.csv', 'Backer Name,Email\nAda,ada@example.org\n'),
        asFile('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])),
      ],
    };
    const en = await previewIn('en', input);
    const fr = await previewIn('fr', input);
    expect(where(fr.errors)).toEqual(where(en.errors));
    for (const error of fr.errors) expectFrench(error.message);
    expect(en.errors.map((error) => error.message)).toContain(
      'required column “Backer UID” (or “Backer Number”) is missing from the header',
    );
    expect(fr.errors.map((error) => error.message)).toEqual(
      expect.arrayContaining([
        'c’est un ancien fichier Excel .xls : enregistrez-le d’abord en .xlsx ou en CSV',
        'la colonne obligatoire « Backer UID » (ou « Backer Number ») manque dans l’en-tête',
        'la colonne obligatoire « Pledge Amount » manque dans l’en-tête',
      ]),
    );
  });

  it('a currency the campaign does not use', async () => {
    const campaignId = await campaignFor(ws, 'offline');
    const input = { ...chequesInput(campaignId), options: { currency: 'USD' } };
    const fr = await previewIn('fr', input);
    expect(fr.errors[0]?.message).toBe(
      'les montants seraient en USD, mais la campagne est en EUR : un import doit être dans la devise de la campagne',
    );
  });
});

describe('budget import errors and warnings in the workspace language', () => {
  function devis(name: string) {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'budget', name));
    return { name, contentBase64: bytes.toString('base64') };
  }

  async function budgetPreview(language: 'en' | 'fr', name: string) {
    await useLanguage(ws, language);
    const project = await call(ws, 'projects.create', { title: `Devis ${language} ${name}` });
    return call(ws, 'budget.importPreview', { projectId: project.id, file: devis(name) });
  }

  it('a rate that is not an amount, in each language', async () => {
    const en = await budgetPreview('en', 'devis-garbage-rate.csv');
    const fr = await budgetPreview('fr', 'devis-garbage-rate.csv');
    expect(where(fr.errors)).toEqual(where(en.errors));
    expect(en.errors[0]?.message).toMatch(/^column 4 \(D\) “Taux”: "trois cents" is not an amount/);
    expect(fr.errors[0]?.message).toBe(
      'colonne 4 (D) « Taux » : "trois cents" n’est pas un montant',
    );
    for (const error of fr.errors) expectFrench(error.message);
  });

  it('an amount that is not quantity × rate: figures in the reader’s locale', async () => {
    const en = await budgetPreview('en', 'devis-mismatch.csv');
    const fr = await budgetPreview('fr', 'devis-mismatch.csv');
    expect(where(fr.errors)).toEqual(where(en.errors));
    const eur = (cents: number, locale: string) => formatMoney(cents, 'EUR', locale);
    expect(en.errors[0]?.message).toContain(
      `${eur(35_000, 'en-GB')} is not quantity × rate: 3 × ${eur(10_000, 'en-GB')} = ${eur(30_000, 'en-GB')}`,
    );
    expect(fr.errors[0]?.message).toContain(
      `${eur(35_000, 'fr-FR')} n’est pas quantité × tarif : 3 × ${eur(10_000, 'fr-FR')} = ${eur(30_000, 'fr-FR')}`,
    );
    expectFrench(fr.errors[0]?.message);
  });

  it('a refused budget import run answers in French', async () => {
    await useLanguage(ws, 'fr');
    const project = await call(ws, 'projects.create', { title: 'Devis refusé' });
    const { en, fr } = await refusalInBoth(ws, 'budget.importRun', {
      projectId: project.id,
      file: devis('devis-garbage-rate.csv'),
    });
    expect(fr.code).toBe(en.code);
    expect(fr.message).toMatch(
      /^Rien n’a été importé : 1 erreur à corriger d’abord\. La première : devis-garbage-rate\.csv, ligne 3 : colonne 4/,
    );
    expectFrench(fr.message);
  });
});

describe('contract refusals with custom messages', () => {
  it('a quantity that is ambiguous: the parse refusal in each language, its values filled', async () => {
    await useLanguage(ws, 'fr');
    const project = await call(ws, 'projects.create', { title: 'Quantités' });
    const chapter = await call(ws, 'budget.addChapter', { projectId: project.id, title: 'Équipe' });
    const input = {
      projectId: project.id,
      chapterId: chapter.id,
      label: 'Régie',
      quantity: '1,500',
      rateCents: 100,
    };
    const both = await refusalInBoth(ws, 'budget.addLine', input);
    expectSameRefusal(both);
    expect(both.en.issues[0]?.message).toBe(
      '"1,500" is ambiguous: "," could separate thousands (1500) or decimals (1.5); write 1500 or 1.5',
    );
    expect(both.fr.issues[0]?.message).toBe(
      '"1,500" est ambigu : « , » peut séparer les milliers (1500) ou les décimales (1.5) ; écrivez 1500 ou 1.5',
    );
  });

  it('a pledge that names both an existing and a new contributor', async () => {
    const campaignId = await campaignFor(ws, 'offline');
    const input = {
      campaignId,
      contributorId: 1,
      contributor: { displayName: 'Ada' },
      amountCents: 1000,
      bonusCents: 800,
      shippingCents: 800,
      currency: 'EUR',
      pledgedAt: '2026-05-01',
      paymentMethod: 'cheque',
    };
    const both = await refusalInBoth(ws, 'contributions.add', input);
    expectSameRefusal(both);
    expect(both.fr.issues.map((issue) => issue.message)).toEqual([
      'indiquez soit contributorId (un contributeur existant), soit contributor (un nouveau)',
      'doit inclure le bonus et la livraison (montant ≥ bonus + livraison)',
    ]);
  });
});
