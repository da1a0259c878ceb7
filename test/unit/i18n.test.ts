import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/contract';
import {
  createFormatters,
  createTranslator,
  dictionaries,
  en,
  formatBpForInput,
  fr,
  isEntry,
  languageFromTag,
  parsePercentToBp,
  translateIssue,
} from '../../shared/i18n';

type Tree = { readonly [key: string]: Tree | string };

/** Every path down to a string, plural forms included: `projects.count.one`. */
function leafPaths(node: Tree, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafPaths(value, `${prefix}${key}.`),
  );
}

/** Message entries (a string, or a plural object) with the placeholders used across their forms. */
function placeholdersByEntry(node: Tree, prefix = ''): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const [key, value] of Object.entries(node)) {
    const path = `${prefix}${key}`;
    if (isEntry(value)) {
      const texts = typeof value === 'string' ? [value] : Object.values(value).map(String);
      const names = texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
      found.set(path, new Set(names.filter((name): name is string => name !== undefined)));
    } else {
      for (const [childPath, names] of placeholdersByEntry(value, `${path}.`)) {
        found.set(childPath, names);
      }
    }
  }
  return found;
}

describe('dictionaries', () => {
  it('French has exactly the English keys, deep, plural forms included', () => {
    const enPaths = leafPaths(en).sort();
    const frPaths = leafPaths(fr).sort();
    expect(frPaths).toEqual(enPaths);
    expect(enPaths.length).toBeGreaterThan(50);
  });

  it('every placeholder of an English message exists in its French message, and no other', () => {
    const enEntries = placeholdersByEntry(en);
    const frEntries = placeholdersByEntry(fr);
    for (const [key, names] of enEntries) {
      expect({ key, names: [...(frEntries.get(key) ?? [])].sort() }).toEqual({
        key,
        names: [...names].sort(),
      });
    }
  });

  it('no message is empty or left untranslated by mistake', () => {
    for (const language of ['en', 'fr'] as const) {
      const tree: Tree = dictionaries[language];
      for (const path of leafPaths(tree)) {
        const text = path.split('.').reduce<Tree | string>((node, part) => {
          if (typeof node === 'string') throw new Error(`${path} goes through a string`);
          const next = node[part];
          if (next === undefined) throw new Error(`${path} is missing in ${language}`);
          return next;
        }, tree);
        expect(typeof text === 'string' && text.trim().length > 0, `${language}:${path}`).toBe(
          true,
        );
      }
    }
  });
});

describe('t', () => {
  const tEn = createTranslator('en').t;
  const tFr = createTranslator('fr').t;

  it('interpolates named parameters', () => {
    expect(tEn('projects.form.created', { title: 'Les Ombres' })).toBe(
      'Project “Les Ombres” created.',
    );
    expect(tFr('projects.form.created', { title: 'Les Ombres' })).toBe(
      'Projet « Les Ombres » créé.',
    );
  });

  it('picks English plural forms: one for 1, other for 0 and many', () => {
    expect(tEn('projects.figures.contributors', { count: 1 })).toBe('1 contributor');
    expect(tEn('projects.figures.contributors', { count: 0 })).toBe('0 contributors');
    expect(tEn('projects.figures.contributors', { count: 2 })).toBe('2 contributors');
    expect(tEn('projects.figures.contributors', { count: 250000 })).toBe('250,000 contributors');
  });

  it('picks French plural forms: 0 and 1 are singular, large counts fall back to other', () => {
    expect(tFr('projects.figures.contributors', { count: 0 })).toBe('0 contributeur');
    expect(tFr('projects.figures.contributors', { count: 1 })).toBe('1 contributeur');
    expect(tFr('projects.figures.contributors', { count: 2 })).toBe('2 contributeurs');
    // CLDR gives French a `many` category for round millions; the dictionary only has other.
    expect(tFr('projects.figures.contributors', { count: 1_000_000 })).toMatch(
      /^1\s000\s000 contributeurs$/u,
    );
  });

  it('uses the zero form for exactly 0 when a message has one', () => {
    expect(tEn('projects.count', { count: 0 })).toBe('No project in this workspace');
    expect(tFr('projects.count', { count: 0 })).toBe('Aucun projet dans ce fichier');
    expect(tFr('projects.count', { count: 1 })).toBe('1 projet dans ce fichier');
  });

  it('tells a group that happens to have an `other` key from a plural entry', () => {
    expect(tFr('projects.formats.other')).toBe('Autre');
    expect(tEn('projects.formats.web_series')).toBe('Web series');
    expect(isEntry(en.projects.formats)).toBe(false);
    expect(isEntry(en.projects.count)).toBe(true);
  });

  it('refuses a key that does not exist or names a group', () => {
    const { t } = createTranslator('en');
    const unknownKey: string = 'projects.nope';
    expect(() => Reflect.apply(t, undefined, [unknownKey])).toThrow(/projects\.nope/);
    expect(() => Reflect.apply(t, undefined, ['projects.form'])).toThrow(/group/);
  });

  it('is typed: a message with placeholders needs its parameters', () => {
    // @ts-expect-error `title` is required by projects.form.editTitle
    expect(tEn('projects.form.editTitle')).toBe('Settings of {title}');
    // @ts-expect-error `projects.nope` is not a key
    expect(() => tEn('projects.nope')).toThrow();
  });
});

describe('formatters', () => {
  const formats = (language: Language) => createFormatters(language);

  it('formats basis points as a locale percentage', () => {
    expect(formats('en').percentBp(500)).toBe('5%');
    expect(formats('fr').percentBp(500)).toMatch(/^5\s%$/u);
    expect(formats('fr').percentBp(525)).toMatch(/^5,25\s%$/u);
    expect(formats('en').percentBp(5050)).toBe('50.5%');
  });

  it('formats money with the locale conventions', () => {
    expect(formats('en').money(123450, 'EUR')).toBe('€1,234.50');
    expect(formats('fr').money(123450, 'EUR')).toMatch(/^1\s234,50\s€$/u);
  });

  it('shows a calendar date as that day whatever the time zone', () => {
    expect(formats('en').date('2025-03-01')).toBe('1 Mar 2025');
    expect(formats('fr').date('2025-03-01')).toBe('1 mars 2025');
  });

  it('gives percent input text in the locale: 550 → 5,5 / 5.5', () => {
    expect(formats('fr').percentBpInput(550)).toBe('5,5');
    expect(formats('en').percentBpInput(550)).toBe('5.5');
    expect(formats('en').percentBpInput(500)).toBe('5');
    expect(formats('en').percentBpInput(525)).toBe('5.25');
  });
});

describe('parsePercentToBp', () => {
  it('reads the digit string, never through a float', () => {
    expect(parsePercentToBp('5')).toBe(500);
    expect(parsePercentToBp('5,5')).toBe(550);
    expect(parsePercentToBp('5.25')).toBe(525);
    expect(parsePercentToBp(' 12 % ')).toBe(1200);
    expect(parsePercentToBp('0.07')).toBe(7);
    expect(parsePercentToBp('100')).toBe(10_000);
    // 0.29 × 100 is 28.999… in binary floating point; the digit string gives 29.
    expect(parsePercentToBp('0,29')).toBe(29);
  });

  it('refuses what is not a percentage with at most two decimals', () => {
    for (const text of ['', 'abc', '5.255', '-5', '5,', ',5', '5 5', '1e2', '5%%']) {
      expect({ text, bp: parsePercentToBp(text) }).toEqual({ text, bp: null });
    }
  });

  it('round-trips every basis point through the input text, in both separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(',', '.'), (bp, sep) => {
        expect(parsePercentToBp(formatBpForInput(bp, sep))).toBe(bp);
      }),
    );
  });
});

describe('languages and contract issues', () => {
  it('maps browser language tags to the two languages', () => {
    expect(languageFromTag('fr-CA')).toBe('fr');
    expect(languageFromTag('FR')).toBe('fr');
    expect(languageFromTag('en-US')).toBe('en');
    expect(languageFromTag('de-DE')).toBe('en');
    expect(languageFromTag(undefined)).toBe('en');
  });

  it('translates the contract messages shown beside fields, and keeps unknown ones', () => {
    const french = createTranslator('fr');
    expect(translateIssue({ path: ['title'], message: 'is required' }, french)).toBe(
      'Obligatoire.',
    );
    expect(
      translateIssue({ path: ['title'], message: 'must be at most 200 characters' }, french),
    ).toBe('200 caractères au maximum.');
    expect(
      translateIssue(
        { path: ['crowdCapBp'], message: 'Too big: expected number to be <=10000' },
        french,
      ),
    ).toBe('Saisissez un pourcentage entre 0 et 100.');
    expect(translateIssue({ path: ['x'], message: 'is odd' }, french)).toBe('Is odd');
  });
});
