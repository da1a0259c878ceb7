import { z } from 'zod';
import { createTranslator, lookup, dictionaries, type Translator } from './i18n/translate';
import type { MessageKey, MessageParams, ParamValue } from './i18n/types';
import { formatBpForInput } from './i18n/percent';
import { formatMoney } from './money-currency';

/*
 * Localized errors. A service names its message by key (`apiErrors.*` in
 * `shared/i18n/features/errors.{en,fr}.ts`) with params: `new AppError('not_found',
 * apiMessage('apiErrors.missing.project', { id: String(id) }))` (ids as strings: never "4,242"). The English text stays the error's
 * `message` (logs, CLI without a workspace); the dispatcher renders `message` and every issue's
 * `message` in the workspace's language before any transport sends it. Money travels as
 * `{ cents, currency }` so it is formatted in the reader's locale.
 * The contract's zod schemas name their custom messages by the key under `apiErrors.`
 * (`.min(1, 'validation.required')`); `localizeZodIssues` turns them into localized issues,
 * reading `{minimum}`/`{maximum}` from the zod issue. Generic zod messages come from zod's locale.
 * `code` and `issues[].path` never change with the language: scripts and the UI match on them.
 * A plain string message is sent as written, in English: `test/unit/errorMessageGuard.test.ts`
 * refuses a literal message in `electron/core` and `shared/contract`.
 * Messages that travel in a channel's OUTPUT (import errors and warnings) are worded when listed,
 * in the workspace's language, by the import's IssueSink (`electron/core/import/issues.ts`).
 */

/** Error codes every transport returns; the UI translates them, scripts match on them. */
export const errorCodeSchema = z.enum([
  'validation',
  'unknown_channel',
  'not_found',
  'conflict',
  'cap_exceeded',
  'workspace_damaged',
  'workspace_too_new',
  'workspace_missing',
  'unauthorized',
  'forbidden',
  'internal',
  'cancelled',
  'busy',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const issueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type Issue = z.infer<typeof issueSchema>;

/** Keys of the refusals services and contract can give. */
export type ApiErrorKey = Extract<MessageKey, `apiErrors.${string}`>;

/**
 * A param rendered at the last moment: amounts and percentages in the reader's locale, a nested
 * message (the detail of "First: file, line 3: {detail}") in the reader's language, a list of
 * words joined the locale's way ("a, b or c" / "a, b ou c"), whole sentences one after another,
 * and a calendar date (`YYYY-MM-DD`) written the locale's way ("2 May 2026" / "2 mai 2026").
 */
export type LocalizedParam =
  | ParamValue
  | { readonly cents: number; readonly currency: string }
  | { readonly bp: number }
  | { readonly list: readonly string[]; readonly join: 'and' | 'or' }
  | { readonly sentences: readonly LocalizedText[] }
  | { readonly date: string }
  | LocalizedText;

type LocalizedParams<K extends ApiErrorKey> = { [P in keyof MessageParams<K>]: LocalizedParam };

/** A message named by key, rendered in whichever language reads it. */
export interface LocalizedText {
  readonly key: ApiErrorKey;
  readonly params?: Readonly<Record<string, LocalizedParam>>;
}

/** `apiMessage('apiErrors.missing.project', { id })`, params checked against the English text. */
export function apiMessage<K extends ApiErrorKey>(
  key: K,
  ...args: MessageParams<K> extends undefined ? [] : [params: LocalizedParams<K>]
): LocalizedText {
  return { key, params: args[0] as Readonly<Record<string, LocalizedParam>> | undefined };
}

/** An issue whose message may be named by key; the wire carries only `path` and `message`. */
export interface LocalizedIssue {
  readonly path: Issue['path'];
  readonly message: string | LocalizedText;
}

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  issues: z.array(issueSchema),
});
export type AppErrorShape = z.infer<typeof appErrorSchema>;

/** Thrown by services; the dispatcher turns it into `{ok:false, error}` in the workspace language. */
export class AppError extends Error {
  readonly localized: LocalizedText | null;
  readonly localizedIssues: readonly LocalizedIssue[];

  constructor(
    readonly code: ErrorCode,
    message: string | LocalizedText,
    issues: readonly LocalizedIssue[] = [],
  ) {
    super(typeof message === 'string' ? message : renderText(message, english()));
    this.name = 'AppError';
    this.localized = typeof message === 'string' ? null : message;
    this.localizedIssues = issues;
  }

  /** The issues in English: what logs and callers without a language read. */
  get issues(): Issue[] {
    return this.render(english()).issues;
  }

  /** The wire shape in the translator's language. */
  render(translator: Translator): AppErrorShape {
    return {
      code: this.code,
      message: this.localized ? renderText(this.localized, translator) : this.message,
      issues: this.localizedIssues.map((issue) => ({
        path: [...issue.path],
        message:
          typeof issue.message === 'string' ? issue.message : renderText(issue.message, translator),
      })),
    };
  }

  toJSON(): AppErrorShape {
    return this.render(english());
  }
}

let englishTranslator: Translator | undefined;
function english(): Translator {
  englishTranslator ??= createTranslator('en');
  return englishTranslator;
}

/** A possibly keyed message in English, for logs and summaries. */
export function englishText(message: string | LocalizedText): string {
  return typeof message === 'string' ? message : renderText(message, english());
}

function renderParam(value: LocalizedParam, translator: Translator): ParamValue {
  const { language, locale } = translator;
  if (typeof value !== 'object') return value;
  if ('key' in value) return renderText(value, translator);
  if ('sentences' in value) {
    return value.sentences.map((sentence) => renderText(sentence, translator)).join(' ');
  }
  if ('date' in value) return formatDate(value.date, locale);
  if ('list' in value) {
    const type = value.join === 'or' ? 'disjunction' : 'conjunction';
    return new Intl.ListFormat(locale, { type }).format(value.list);
  }
  if ('bp' in value) {
    // French puts a (narrow no-break) space before %, English none.
    return language === 'fr'
      ? `${formatBpForInput(value.bp, ',')}\u202f%`
      : `${formatBpForInput(value.bp, '.')}%`;
  }
  return formatMoney(value.cents, value.currency, locale);
}

/** `2026-05-02` → "2 May 2026" / "2 mai 2026"; a text that is not such a date is shown as is. */
function formatDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (match === null) return isoDate;
  const at = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}

/** Renders a keyed message; money params in the translator's locale. */
export function renderText(text: LocalizedText, translator: Translator): string {
  const params: Record<string, ParamValue> = {};
  for (const [name, value] of Object.entries(text.params ?? {})) {
    params[name] = renderParam(value, translator);
  }
  // The key is typed at the call site; here params are already checked against it.
  const t = translator.t as (key: string, params: Record<string, ParamValue>) => string;
  return t(text.key, params);
}

/**
 * True when `message` names a contract message: `validation.required` →
 * `apiErrors.validation.required`; `money.twoSigns` (a parse refusal) → `apiErrors.money.twoSigns`.
 */
export function contractMessageKey(message: string): ApiErrorKey | null {
  if (!/^(validation|money)(\.\w+)+$/.test(message)) return null;
  const key = `apiErrors.${message}`;
  try {
    lookup(dictionaries.en, key);
  } catch {
    return null;
  }
  return key as ApiErrorKey;
}

/** The fields of a zod issue a contract message may name. */
interface ZodIssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  /** A custom issue's named values (`ctx.addIssue({ message: 'money.twoSigns', params })`). */
  readonly params?: unknown;
}

/** The key of a keyed message as a contract names it: `apiErrors.money.twoSigns` → `money.twoSigns`. */
export function contractMessage(text: LocalizedText): string {
  return text.key.slice('apiErrors.'.length);
}

/** A custom issue's params that a message can show: texts and numbers. */
function customParams(params: unknown): Record<string, LocalizedParam> {
  const found: Record<string, LocalizedParam> = {};
  if (typeof params !== 'object' || params === null) return found;
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') found[name] = value;
  }
  return found;
}

function boundParam(value: unknown): LocalizedParam | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return undefined;
}

/** Zod issues as localized issues: contract keys keep their key, zod's own text stays as is. */
export function localizeZodIssues(issues: readonly ZodIssueLike[]): LocalizedIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const key = contractMessageKey(issue.message);
    if (key === null) return { path, message: issue.message };
    const params: Record<string, LocalizedParam> = customParams(issue.params);
    const minimum = boundParam(issue.minimum);
    const maximum = boundParam(issue.maximum);
    if (minimum !== undefined) params.minimum = minimum;
    if (maximum !== undefined) params.maximum = maximum;
    return { path, message: { key, params } };
  });
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** "title: Too small" — the field path first, so a message always names the field. */
export function formatIssue(issue: Issue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(input)';
  return `${where}: ${issue.message}`;
}
