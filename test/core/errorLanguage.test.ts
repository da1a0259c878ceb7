import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { createDispatcher } from '../../electron/core/dispatcher';
import type { Language } from '../../shared/contract';
import { contractMessageKey, type AppErrorShape } from '../../shared/errors';
import { formatMoney } from '../../shared/money';
import { call, memoryWorkspace } from './helpers';
import { projectWithBudget } from './planHelpers';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

/** The refusal a raw call gets, as every transport would send it. */
async function refusal(channel: string, input: unknown): Promise<AppErrorShape> {
  const result = await createDispatcher(ws)(channel, input);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}

/** The same refusal read in English, then in French after workspace.setLanguage. */
async function inBothLanguages(
  channel: string,
  input: unknown,
): Promise<Record<Language, AppErrorShape>> {
  await call(ws, 'workspace.setLanguage', { language: 'en' });
  const en = await refusal(channel, input);
  await call(ws, 'workspace.setLanguage', { language: 'fr' });
  const fr = await refusal(channel, input);
  return { en, fr };
}

const paths = (error: AppErrorShape) => error.issues.map((issue) => issue.path);

describe('errors answer in the workspace language', () => {
  it('a missing title: same code and path, the contract message in each language', async () => {
    const { en, fr } = await inBothLanguages('projects.create', { title: '  ' });
    expect(en.code).toBe('validation');
    expect(fr.code).toBe(en.code);
    expect(paths(fr)).toEqual(paths(en));
    expect(paths(en)).toEqual([['title']]);
    expect(en.issues[0]?.message).toBe('is required');
    expect(fr.issues[0]?.message).toBe('est obligatoire');
    expect(en.message).toBe('Invalid input for projects.create: title: is required');
    expect(fr.message).toBe('Saisie invalide pour projects.create : title: est obligatoire');
  });

  it("zod's own messages follow the language too", async () => {
    const { en, fr } = await inBothLanguages('projects.create', { title: 'Film', crowdCapBp: 'x' });
    expect(paths(fr)).toEqual(paths(en));
    expect(paths(en)).toEqual([['crowdCapBp']]);
    expect(en.issues[0]?.message).toMatch(/expected number/i);
    expect(fr.issues[0]?.message).not.toBe(en.issues[0]?.message);
    expect(fr.issues[0]?.message).toMatch(/nombre/i);
  });

  it('a bound from the schema is a param: at most N characters', async () => {
    const { en, fr } = await inBothLanguages('projects.create', { title: 'x'.repeat(201) });
    expect(en.issues[0]?.message).toBe('must be at most 200 characters');
    expect(fr.issues[0]?.message).toBe('doit faire au plus 200 caractères');
  });

  it('a missing project: not_found, in each language', async () => {
    const { en, fr } = await inBothLanguages('projects.get', { id: 4242 });
    expect([en.code, fr.code]).toEqual(['not_found', 'not_found']);
    expect(paths(fr)).toEqual(paths(en));
    expect(en.message).toBe('Project 4242 does not exist.');
    expect(fr.message).toBe('Le projet 4242 n’existe pas.');
    expect(fr.issues[0]?.message).toBe('aucun projet avec l’identifiant 4242');
  });

  it('a goal over the cap: cap_exceeded, money formatted in each locale', async () => {
    // Budget 12,000.00 EUR with the default 5 % cap: 600.00 of room.
    const { projectId } = await projectWithBudget(ws, 1_200_000);
    const input = { projectId, title: 'Ulule', platform: 'ulule', goalCents: 60_001 };
    const { en, fr } = await inBothLanguages('campaigns.create', input);
    expect([en.code, fr.code]).toEqual(['cap_exceeded', 'cap_exceeded']);
    expect(paths(fr)).toEqual(paths(en));
    expect(paths(en)).toEqual([['goalCents']]);
    expect(en.message).toContain(
      `Goal ${formatMoney(60_001, 'EUR', 'en-GB')} exceeds the crowd cap`,
    );
    expect(en.message).toContain('(5% of the budget)');
    expect(fr.message).toContain(`L’objectif de ${formatMoney(60_001, 'EUR', 'fr-FR')} dépasse`);
    expect(fr.message).toContain(
      `plafond ${formatMoney(60_000, 'EUR', 'fr-FR')} (5\u202f% du budget)`,
    );
    // The goal's issue is what the campaign form shows beside the field, in each language.
    expect(en.issues[0]?.message).toBe(
      `Over the crowd cap: cap ${formatMoney(60_000, 'EUR', 'en-GB')}, room left ${formatMoney(60_000, 'EUR', 'en-GB')}.`,
    );
    expect(fr.issues[0]?.message).toBe(
      `Au-delà du plafond participatif : plafond ${formatMoney(60_000, 'EUR', 'fr-FR')}, marge restante ${formatMoney(60_000, 'EUR', 'fr-FR')}.`,
    );
  });

  it('an unknown channel answers in the workspace language', async () => {
    const { en, fr } = await inBothLanguages('projects.explode', {});
    expect([en.code, fr.code]).toEqual(['unknown_channel', 'unknown_channel']);
    expect(en.message).toBe('Unknown channel "projects.explode".');
    expect(fr.message).toBe('Action inconnue « projects.explode ».');
  });
});

describe('contract messages', () => {
  it('every validation.* message the contract names is a key of the dictionaries', () => {
    const folder = path.join(__dirname, '../../shared/contract');
    const named = readdirSync(folder)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [
        ...readFileSync(path.join(folder, file), 'utf8').matchAll(/'(validation(?:\.\w+)+)'/g),
      ])
      .map((match) => match[1] ?? '');
    expect(named.length).toBeGreaterThan(20);
    for (const message of new Set(named)) {
      expect({ message, key: contractMessageKey(message) }).toEqual({
        message,
        key: `apiErrors.${message}`,
      });
    }
  });
});
