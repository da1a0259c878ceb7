import type { Language } from '../contract/workspace';
import { en } from './en';
import { fr } from './fr';
import {
  pluralCategories,
  type MessageKey,
  type Messages,
  type ParamValue,
  type PluralForms,
  type TranslateArgs,
} from './types';

export const dictionaries: Record<Language, Messages> = { en, fr };

/** The Intl locale behind each language: French of France, international English. */
export const intlLocales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** `fr-CA`, `fr` → fr; anything else → en (the app ships in two languages). */
export function languageFromTag(tag: string | undefined | null): Language {
  return tag?.trim().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

type Entry = string | PluralForms;

const categories: ReadonlySet<string> = new Set(pluralCategories);

/** A string, or a plural object: `other` plus plural categories only (a group may have `other`). */
export function isEntry(node: unknown): node is Entry {
  if (typeof node === 'string') return true;
  if (typeof node !== 'object' || node === null) return false;
  const keys = Object.keys(node);
  return (
    keys.includes('other') &&
    keys.every(
      (key) => categories.has(key) && typeof (node as Record<string, unknown>)[key] === 'string',
    )
  );
}

/** Walks `a.b.c` through a dictionary; a missing key is a bug, reported with the key. */
export function lookup(messages: Messages, key: string): Entry {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) {
      throw new Error(`Missing translation key "${key}"`);
    }
    node = (node as Record<string, unknown>)[part];
  }
  if (!isEntry(node)) throw new Error(`Translation key "${key}" is a group, not a message`);
  return node;
}

export interface Translator {
  readonly language: Language;
  readonly locale: string;
  t<K extends MessageKey>(key: K, ...args: TranslateArgs<K>): string;
}

export function createTranslator(language: Language): Translator {
  const messages = dictionaries[language];
  const locale = intlLocales[language];
  const pluralRules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);

  const interpolate = (text: string, params: Record<string, ParamValue>): string =>
    text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      return typeof value === 'number' ? numbers.format(value) : value;
    });

  const pick = (forms: PluralForms, count: number): string => {
    if (count === 0 && forms.zero !== undefined) return forms.zero;
    const category = pluralRules.select(count) as keyof PluralForms;
    return forms[category] ?? forms.other;
  };

  return {
    language,
    locale,
    t(key, ...args) {
      const params: Record<string, ParamValue> = args[0] ?? {};
      const entry = lookup(messages, key);
      if (typeof entry === 'string') return interpolate(entry, params);
      const count = params.count;
      return interpolate(pick(entry, typeof count === 'number' ? count : 0), params);
    },
  };
}
