import type { en } from './en';

/** A plural entry: Intl.PluralRules categories, plus `zero` used when the count is exactly 0. */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralCategory = (typeof pluralCategories)[number];

/** A plural entry has `other` and nothing but plural categories (a group may well have `other`). */
type IsPlural<T> = T extends { readonly other: string }
  ? [Exclude<keyof T, PluralCategory>] extends [never]
    ? true
    : false
  : false;

type IsEntry<T> = T extends string ? true : IsPlural<T>;

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every language must fill: English's keys, any strings. */
export type Messages = Widen<typeof en>;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: IsEntry<T[K]> extends true
    ? `${Prefix}${K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every translatable key, dotted: `projects.form.title`. */
export type MessageKey = Leaves<typeof en>;

type EntryAt<T, K extends string> = K extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? EntryAt<T[Head], Rest>
    : never
  : K extends keyof T
    ? T[K]
    : never;

type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type ParamValue = string | number;

type ParamsOfEntry<E> = E extends string
  ? [Placeholders<E>] extends [never]
    ? undefined
    : Record<Placeholders<E>, ParamValue>
  : IsPlural<E> extends true
    ? Record<Exclude<Placeholders<E[keyof E & PluralCategory]>, 'count'>, ParamValue> & {
        count: number;
      }
    : never;

/** The parameters a key needs, read from its English text: `{title}` → `{ title: … }`. */
export type MessageParams<K extends MessageKey> = ParamsOfEntry<EntryAt<typeof en, K>>;

/** `t('a.b')` when the message has no placeholder, `t('a.b', { name })` when it has. */
export type TranslateArgs<K extends MessageKey> =
  MessageParams<K> extends undefined ? [params?: undefined] : [params: MessageParams<K>];

/** Keys whose message takes no parameter: what a label in a registry can name. */
export type PlainMessageKey = {
  [K in MessageKey]: MessageParams<K> extends undefined ? K : never;
}[MessageKey];
