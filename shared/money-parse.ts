import { MAX_CENTS, asCents, type Cents } from './money-cents';
import {
  CURRENCY_MARKER_SOURCE,
  currencyDigits,
  currencyOfMarker,
  narrowSymbolOf,
  normalizeCurrency,
  withoutCurrencySymbols,
} from './money-currency';

/**
 * Reading amounts and quantities the way producers and platforms write them. Digit strings become
 * integers directly (BigInt): a float never sits in between. Import from `shared/money`.
 */

/** A text that is not a valid amount or quantity; the message says what is wrong in plain words. */
export class MoneyParseError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
    this.name = 'MoneyParseError';
  }
}

export type DecimalSeparator = '.' | ',' | 'auto';

export interface ParseMoneyOptions {
  /** `auto` (default) guesses from the text; see parseMoney. */
  decimal?: DecimalSeparator;
  /** ISO 4217 code the amount must be in; defaults to the currency the text names, else EUR. */
  currency?: string;
}

/** What a lone separator followed by exactly three digits (`1,500`) means. */
type ThreeDigitReading = 'thousands' | 'decimal' | 'refuse';

const SIGN = '[-+\\u2212]';
// Digits with separators between them: `.` `,` spaces (incl. U+00A0, U+202F) and apostrophes (de-CH).
const NUMBER = "\\d(?:[\\d.,'\\u2019\\s]*\\d)?";
const AMOUNT = new RegExp(
  `^(${SIGN}?)\\s*(?:(${CURRENCY_MARKER_SOURCE})\\s*)?(${SIGN}?)\\s*(${NUMBER})\\s*(${CURRENCY_MARKER_SOURCE})?$`,
  'u',
);
const QUANTITY = new RegExp(`^(${SIGN}?)\\s*(${NUMBER})$`, 'u');

/** The input as shown inside a message: quoted, and cut short when it is long. */
function quote(input: string): string {
  return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
}

/** A function that throws a MoneyParseError about `input`: `"input" <problem>`. */
function failWith(input: string): (problem: string) => never {
  return (problem) => {
    throw new MoneyParseError(input, `${quote(input)} ${problem}`);
  };
}

/** Which separator, if any, is the decimal one. */
function decimalSeparatorOf(
  input: string,
  num: string,
  decimal: DecimalSeparator,
  threeDigits: ThreeDigitReading,
): '.' | ',' | null {
  if (decimal !== 'auto') return num.includes(decimal) ? decimal : null;
  const lastDot = num.lastIndexOf('.');
  const lastComma = num.lastIndexOf(',');
  // Both present: the last one is the decimal separator (`1.234,50`, `1,234.50`).
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (separator === null) return null;
  // Repeated (`1,234,567`): it can only separate thousands.
  if (num.indexOf(separator) !== num.lastIndexOf(separator)) return null;
  const [before = '', after = ''] = num.split(separator);
  const couldBeThousands = /^[1-9]\d{0,2}$/.test(before) && /^\d{3}$/.test(after);
  if (!couldBeThousands) return separator;
  if (threeDigits === 'thousands') return null;
  if (threeDigits === 'decimal') return separator;
  const asDecimal = `${before}.${after}`.replace(/\.?0+$/, '');
  throw new MoneyParseError(
    input,
    `${quote(input)} is ambiguous: "${separator}" could separate thousands (${before}${after}) or decimals (${asDecimal}); write ${before}${after} or ${asDecimal}`,
  );
}

/** Splits `1 234,50` into whole digits `1234` and fraction digits `50`, checking every separator. */
function splitNumber(
  input: string,
  num: string,
  decimal: DecimalSeparator,
  threeDigits: ThreeDigitReading,
): { whole: string; fraction: string } {
  const fail = failWith(input);
  const separator = decimalSeparatorOf(input, num, decimal, threeDigits);
  let wholeText = num;
  let fraction = '';
  if (separator !== null) {
    const at = num.indexOf(separator);
    if (at !== num.lastIndexOf(separator))
      fail(`has more than one decimal separator "${separator}"`);
    wholeText = num.slice(0, at);
    fraction = num.slice(at + 1);
    if (!/^\d+$/.test(fraction)) fail('has a separator among its decimals');
  }
  // All kinds of space count as one thousands separator; so do both apostrophes.
  const kinds = new Set(
    [...wholeText.replace(/\d/g, '')].map((c) => (/\s/u.test(c) ? ' ' : c === '\u2019' ? "'" : c)),
  );
  if (kinds.size > 1) fail('mixes different thousands separators');
  const groups = wholeText.split(/\D/);
  const wellGrouped = groups.every((group, i) => (i === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(group));
  if (kinds.size === 1 && !wellGrouped) {
    const [kind = ''] = kinds;
    const other = decimal === '.' ? ',' : decimal === ',' ? '.' : null;
    fail(
      kind === other
        ? `has "${kind}" where a thousands separator cannot be (the decimal separator here is "${decimal}")`
        : 'has a thousands separator in the wrong place',
    );
  }
  return { whole: wholeText.replace(/\D/g, ''), fraction };
}

/** Digits to an integer count of minor units, or null when it is beyond `limit`. */
function toMinorUnits(
  whole: string,
  fraction: string,
  digits: number,
  limit: bigint,
): bigint | null {
  const significant = whole.replace(/^0+/, '');
  if (significant.length > 30) return null; // far beyond any limit; spares BigInt a huge string
  const value =
    BigInt(significant || '0') * 10n ** BigInt(digits) +
    BigInt(fraction.padEnd(digits, '0') || '0');
  return value > limit ? null : value;
}

/** Why a text did not match the amount shape, in words. */
function explainNotAn(kind: 'amount' | 'quantity', input: string): string {
  const prefix = `${quote(input)} is not ${kind === 'amount' ? 'an amount' : 'a quantity'}`;
  if (!/\d/.test(input)) return prefix;
  const rest = kind === 'amount' ? withoutCurrencySymbols(input) : input;
  for (const word of rest.match(/\p{L}+/gu) ?? []) {
    if (kind === 'quantity' || currencyOfMarker(word) === null) {
      return `${prefix}: "${word}" is not a number${kind === 'amount' ? ' or a currency' : ''}`;
    }
  }
  const stray = /[^\d\s.,'\u2019+\-\u2212\p{L}]/u.exec(rest);
  if (stray !== null) return `${prefix}: unexpected "${stray[0]}"`;
  if (/[.,'\u2019]\s*\p{L}*\s*$/u.test(input)) return `${prefix}: it ends with a separator`;
  return kind === 'amount'
    ? `${prefix}: expected digits with at most one sign and one currency, like 1 234,50 €`
    : `${prefix}: expected a number like 1, 1.5 or 0.125`;
}

/** Whether a currency marker may stand for `currency`: its own symbol or code, or its bare symbol (`$` for CAD). */
function markerFits(marker: string, currency: string): boolean {
  return (
    currencyOfMarker(marker) === currency || marker.replace(/\s/g, '') === narrowSymbolOf(currency)
  );
}

/**
 * The currency an amount is in: `expected` when given (refusing a text that names another), else the
 * one the text names (a trailing code is the more precise: `$25 CAD` is CAD), else EUR.
 */
function currencyOfAmount(
  text: string,
  prefix: string | undefined,
  suffix: string | undefined,
  expected: string | undefined,
): string {
  const fail = failWith(text);
  const markers = [prefix, suffix].filter((marker) => marker !== undefined);
  const named = markers.map(
    (marker) => currencyOfMarker(marker) ?? fail(`is not an amount: "${marker}" is not a currency`),
  );
  const currency = expected !== undefined ? normalizeCurrency(expected) : (named.at(-1) ?? 'EUR');
  const stranger = markers.findIndex((marker) => !markerFits(marker, currency));
  if (stranger >= 0) {
    fail(
      expected === undefined
        ? `names two currencies: ${named.join(' and ')}`
        : `is in ${named[stranger]}, not ${currency}`,
    );
  }
  return currency;
}

/**
 * Parses an amount into minor units of `currency` (default: the currency the text names, else EUR):
 * `1 234,50 €` (normal, U+00A0 or U+202F spaces as thousands), `€1,234.00`, `$25.00`, `12.5`, `12`,
 * `-3,20`, `1.234,50`, `EUR 25`, `25 EUR`, `CHF-1'234.50`.
 *
 * With `decimal: 'auto'` (default): when both `.` and `,` appear the last one is the decimal
 * separator; a separator that repeats separates thousands; a single separator followed by exactly
 * three digits (`1,234`, `1.234`) separates thousands, except for currencies with three minor digits
 * (KWD), where Intl writes `1.500` for one and a half; otherwise it is the decimal separator.
 *
 * Refuses (MoneyParseError): garbage, misplaced separators, more decimals than the currency has
 * (never rounds), an amount beyond MAX_CENTS, a text naming another currency than `currency` (a bare
 * `$` is accepted for any currency whose symbol is `$`, e.g. CAD).
 */
export function parseMoney(text: string, options: ParseMoneyOptions = {}): Cents {
  const fail = failWith(text);
  const trimmed = text.trim();
  if (trimmed === '') fail('is not an amount: it is empty');
  const match = AMOUNT.exec(trimmed);
  if (match === null) throw new MoneyParseError(text, explainNotAn('amount', text));
  const [, signBefore = '', prefix, signAfter = '', num = '', suffix] = match;
  if (signBefore !== '' && signAfter !== '') fail('has two signs');
  const currency = currencyOfAmount(text, prefix, suffix, options.currency);
  const digits = currencyDigits(currency);
  const { whole, fraction } = splitNumber(
    text,
    num,
    options.decimal ?? 'auto',
    digits === 3 ? 'decimal' : 'thousands',
  );
  if (fraction.length > digits) {
    fail(
      digits === 0
        ? `has decimals but ${currency} has none`
        : `has ${fraction.length} decimals but ${currency} has ${digits}`,
    );
  }
  const magnitude = toMinorUnits(whole, fraction, digits, BigInt(MAX_CENTS));
  if (magnitude === null) {
    return fail(
      `is too large: amounts stop at ${BigInt(MAX_CENTS) / 10n ** BigInt(digits)} ${currency}`,
    );
  }
  const sign = signBefore || signAfter;
  const negative = sign === '-' || sign === '\u2212';
  return asCents(Number(negative ? -magnitude : magnitude));
}

/** Largest quantity, in thousandths (a trillion units): far more than any budget line needs. */
const MAX_QUANTITY_MILLI = BigInt(MAX_CENTS);

/**
 * Parses a budget quantity into thousandths (an integer): `1` → 1000, `1.5` and `1,5` → 1500,
 * `0.125` → 125. Refuses negatives, more than three decimals and garbage (MoneyParseError). A single
 * separator before exactly three digits (`1,500`) is refused as ambiguous unless `decimal` says which
 * separator is the decimal one.
 */
export function parseQuantity(text: string, options: { decimal?: DecimalSeparator } = {}): number {
  const fail = failWith(text);
  const trimmed = text.trim();
  if (trimmed === '') fail('is not a quantity: it is empty');
  const match = QUANTITY.exec(trimmed);
  if (match === null) throw new MoneyParseError(text, explainNotAn('quantity', text));
  const [, sign = '', num = ''] = match;
  if (sign !== '' && sign !== '+') fail('is negative: a quantity cannot be negative');
  const { whole, fraction } = splitNumber(text, num, options.decimal ?? 'auto', 'refuse');
  if (fraction.length > 3)
    fail(`has ${fraction.length} decimals: quantities stop at thousandths (3 decimals)`);
  const milli = toMinorUnits(whole, fraction, 3, MAX_QUANTITY_MILLI);
  if (milli === null) return fail(`is too large: quantities stop at ${MAX_QUANTITY_MILLI / 1000n}`);
  return Number(milli);
}
