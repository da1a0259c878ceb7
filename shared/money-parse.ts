import { apiMessage, englishText, type LocalizedText } from './errors';
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

/**
 * A text that is not a valid amount or quantity. `reason` says what is wrong, keyed
 * (`apiErrors.money.*`) so an import or a form shows it in its reader's language; `message` is
 * the English text.
 */
export class MoneyParseError extends Error {
  constructor(
    readonly input: string,
    readonly reason: LocalizedText,
  ) {
    super(englishText(reason));
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

/** A function that throws a MoneyParseError about `input` (its `{input}` param is the quoted text). */
function failWith(input: string): (problem: (quoted: string) => LocalizedText) => never {
  return (problem) => {
    throw new MoneyParseError(input, problem(quote(input)));
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
    apiMessage('apiErrors.money.ambiguous', {
      input: quote(input),
      separator,
      thousands: `${before}${after}`,
      decimals: asDecimal,
    }),
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
      fail((q) => apiMessage('apiErrors.money.twoDecimalSeparators', { input: q, separator }));
    wholeText = num.slice(0, at);
    fraction = num.slice(at + 1);
    if (!/^\d+$/.test(fraction)) {
      fail((q) => apiMessage('apiErrors.money.separatorInDecimals', { input: q }));
    }
  }
  // All kinds of space count as one thousands separator; so do both apostrophes.
  const kinds = new Set(
    [...wholeText.replace(/\d/g, '')].map((c) => (/\s/u.test(c) ? ' ' : c === '\u2019' ? "'" : c)),
  );
  if (kinds.size > 1) fail((q) => apiMessage('apiErrors.money.mixedThousands', { input: q }));
  const groups = wholeText.split(/\D/);
  const wellGrouped = groups.every((group, i) => (i === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(group));
  if (kinds.size === 1 && !wellGrouped) {
    const [kind = ''] = kinds;
    const other = decimal === '.' ? ',' : decimal === ',' ? '.' : null;
    fail((q) =>
      kind === other
        ? apiMessage('apiErrors.money.decimalAsThousands', { input: q, separator: kind, decimal })
        : apiMessage('apiErrors.money.misplacedThousands', { input: q }),
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
function explainNotAn(kind: 'amount' | 'quantity', input: string): LocalizedText {
  const group = kind === 'amount' ? 'notAmount' : 'notQuantity';
  const q = quote(input);
  if (!/\d/.test(input)) return apiMessage(`apiErrors.money.${group}.plain`, { input: q });
  const rest = kind === 'amount' ? withoutCurrencySymbols(input) : input;
  for (const word of rest.match(/\p{L}+/gu) ?? []) {
    if (kind === 'quantity' || currencyOfMarker(word) === null) {
      return apiMessage(`apiErrors.money.${group}.word`, { input: q, word });
    }
  }
  const stray = /[^\d\s.,'\u2019+\-\u2212\p{L}]/u.exec(rest);
  if (stray !== null) {
    return apiMessage(`apiErrors.money.${group}.unexpected`, { input: q, character: stray[0] });
  }
  if (/[.,'\u2019]\s*\p{L}*\s*$/u.test(input)) {
    return apiMessage(`apiErrors.money.${group}.endsWithSeparator`, { input: q });
  }
  return apiMessage(`apiErrors.money.${group}.shape`, { input: q });
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
    (marker) =>
      currencyOfMarker(marker) ??
      fail((q) => apiMessage('apiErrors.money.notCurrency', { input: q, marker })),
  );
  const currency = expected !== undefined ? normalizeCurrency(expected) : (named.at(-1) ?? 'EUR');
  const stranger = markers.findIndex((marker) => !markerFits(marker, currency));
  if (stranger >= 0) {
    fail((q) =>
      expected === undefined
        ? apiMessage('apiErrors.money.twoCurrencies', {
            input: q,
            first: named[0] ?? '',
            second: named[1] ?? '',
          })
        : apiMessage('apiErrors.money.otherCurrency', {
            input: q,
            named: named[stranger] ?? '',
            currency,
          }),
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
  if (trimmed === '') fail((q) => apiMessage('apiErrors.money.emptyAmount', { input: q }));
  const match = AMOUNT.exec(trimmed);
  if (match === null) throw new MoneyParseError(text, explainNotAn('amount', text));
  const [, signBefore = '', prefix, signAfter = '', num = '', suffix] = match;
  if (signBefore !== '' && signAfter !== '') {
    fail((q) => apiMessage('apiErrors.money.twoSigns', { input: q }));
  }
  const currency = currencyOfAmount(text, prefix, suffix, options.currency);
  const digits = currencyDigits(currency);
  const { whole, fraction } = splitNumber(
    text,
    num,
    options.decimal ?? 'auto',
    digits === 3 ? 'decimal' : 'thousands',
  );
  if (fraction.length > digits) {
    fail((q) =>
      digits === 0
        ? apiMessage('apiErrors.money.noDecimals', { input: q, currency })
        : apiMessage('apiErrors.money.tooManyDecimals', {
            input: q,
            decimals: fraction.length,
            currency,
            digits,
          }),
    );
  }
  const magnitude = toMinorUnits(whole, fraction, digits, BigInt(MAX_CENTS));
  if (magnitude === null) {
    const max = String(BigInt(MAX_CENTS) / 10n ** BigInt(digits));
    return fail((q) => apiMessage('apiErrors.money.amountTooLarge', { input: q, max, currency }));
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
  if (trimmed === '') fail((q) => apiMessage('apiErrors.money.emptyQuantity', { input: q }));
  const match = QUANTITY.exec(trimmed);
  if (match === null) throw new MoneyParseError(text, explainNotAn('quantity', text));
  const [, sign = '', num = ''] = match;
  if (sign !== '' && sign !== '+') {
    fail((q) => apiMessage('apiErrors.money.negativeQuantity', { input: q }));
  }
  const { whole, fraction } = splitNumber(text, num, options.decimal ?? 'auto', 'refuse');
  if (fraction.length > 3) {
    const decimals = fraction.length;
    fail((q) => apiMessage('apiErrors.money.quantityDecimals', { input: q, decimals }));
  }
  const milli = toMinorUnits(whole, fraction, 3, MAX_QUANTITY_MILLI);
  if (milli === null) {
    const max = String(MAX_QUANTITY_MILLI / 1000n);
    return fail((q) => apiMessage('apiErrors.money.quantityTooLarge', { input: q, max }));
  }
  return Number(milli);
}
