import { asCents } from './money-cents';

/**
 * Currencies: how many minor-unit digits they have, how to show an amount, and which currency a
 * text names. Import from `shared/money`.
 */

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const digitsCache = new Map<string, number>();
const formatterCache = new Map<string, Intl.NumberFormat>();
const narrowSymbolCache = new Map<string, string>();

/** Upper-cases an ISO 4217 code and refuses one that Intl does not know (Intl would accept "ABC"). */
export function normalizeCurrency(currency: string): string {
  const code = currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !KNOWN_CURRENCIES.has(code)) {
    throw new RangeError(`"${currency}" is not an ISO 4217 currency code`);
  }
  return code;
}

/** Minor-unit digits of a currency, as Intl knows them: EUR 2, JPY 0, KWD 3. */
export function currencyDigits(currency: string): number {
  const code = normalizeCurrency(currency);
  let digits = digitsCache.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
      .maximumFractionDigits;
    if (digits === undefined) throw new RangeError(`Intl gives no minor-unit digits for ${code}`);
    digitsCache.set(code, digits);
  }
  return digits;
}

/** The short symbol Intl shows for a currency (`$` for USD and CAD, `€` for EUR). */
export function narrowSymbolOf(currency: string): string {
  const code = normalizeCurrency(currency);
  let symbol = narrowSymbolCache.get(code);
  if (symbol === undefined) {
    const parts = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: code,
      currencyDisplay: 'narrowSymbol',
    }).formatToParts(1);
    symbol = parts.find((part) => part.type === 'currency')?.value ?? code;
    narrowSymbolCache.set(code, symbol);
  }
  return symbol;
}

/**
 * The exact decimal text of an amount (`-1234.50` for -123450 EUR cents), built from integers so no
 * float division can shift a digit.
 */
export function centsToDecimalText(cents: number, currency: string): Intl.StringNumericLiteral {
  const digits = currencyDigits(currency);
  const magnitude = BigInt(Math.abs(asCents(cents)));
  const scale = 10n ** BigInt(digits);
  const whole = (magnitude / scale).toString();
  const fraction = (magnitude % scale).toString().padStart(digits, '0');
  const sign = cents < 0 ? '-' : '';
  // The template literal is a decimal number by construction; TypeScript cannot see that.
  return `${sign}${whole}${digits > 0 ? `.${fraction}` : ''}` as Intl.StringNumericLiteral;
}

/**
 * An amount as that locale writes it (`fr-FR`: `1 234,50 €`). Intl formats the decimal string
 * exactly (ES2023 NumberFormat v3), so every safe integer of cents shows its exact digits.
 */
export function formatMoney(cents: number, currency: string, locale: string): string {
  const code = normalizeCurrency(currency);
  const key = `${locale}|${code}`;
  let formatter = formatterCache.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: code });
    formatterCache.set(key, formatter);
  }
  return formatter.format(centsToDecimalText(cents, code));
}

/**
 * The display number for an Excel cell (12.5 for 1250 EUR cents). Output only: the result is a
 * float, never read it back as money. IEEE division is correctly rounded, so it is the double
 * nearest to the exact decimal amount, the same number Excel would read from the text.
 */
export function centsToUnits(cents: number, currency: string): number {
  return asCents(cents) / 10 ** currencyDigits(currency);
}

/**
 * Currency symbols as platforms and Intl locales write them. Longest first, so `US$` wins over `$`.
 * A bare `$` means USD: Kickstarter and most US exports write it that way; a Canadian or Australian
 * export writes `CA$` / `A$` (or ISO codes). `parseMoney` still accepts a bare `$` for any currency
 * whose own symbol is `$` (CAD in fr-CA).
 */
const SYMBOLS: ReadonlyArray<readonly [symbol: string, currency: string]> = [
  ['US$', 'USD'],
  ['$US', 'USD'],
  ['$ US', 'USD'],
  ['CA$', 'CAD'],
  ['$CA', 'CAD'],
  ['$ CA', 'CAD'],
  ['C$', 'CAD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['$AU', 'AUD'],
  ['$ AU', 'AUD'],
  ['NZ$', 'NZD'],
  ['$NZ', 'NZD'],
  ['HK$', 'HKD'],
  ['$HK', 'HKD'],
  ['S$', 'SGD'],
  ['MX$', 'MXN'],
  ['R$', 'BRL'],
  ['JP¥', 'JPY'],
  ['CN¥', 'CNY'],
  ['￥', 'JPY'],
  ['¥', 'JPY'],
  ['£GB', 'GBP'],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₪', 'ILS'],
  ['₺', 'TRY'],
  ['₽', 'RUB'],
  ['₴', 'UAH'],
  ['₱', 'PHP'],
  ['฿', 'THB'],
  ['₫', 'VND'],
  ['zł', 'PLN'],
  ['Kč', 'CZK'],
  ['$', 'USD'],
];
const SYMBOL_CURRENCY = new Map(
  SYMBOLS.map(([symbol, currency]) => [symbol.replace(' ', ''), currency]),
);

const SYMBOLS_LONGEST_FIRST = [...SYMBOLS].sort((a, b) => b[0].length - a[0].length);

/** A symbol as regex source; `$ US` (fr-CA) also matches `$US`. */
function symbolSource(symbol: string): string {
  return symbol.replace(/[$]/g, '\\$').replace(' ', '\\s?');
}

/** Regex source matching one currency marker: a symbol above or three letters (checked later). */
export const CURRENCY_MARKER_SOURCE = `(?:${SYMBOLS_LONGEST_FIRST.map(([symbol]) => symbolSource(symbol)).join('|')}|[A-Za-z]{3})`;

/** The ISO code a marker (as matched by CURRENCY_MARKER_SOURCE) names, or null if it names none. */
export function currencyOfMarker(marker: string): string | null {
  const compact = marker.replace(/\s/g, '');
  const bySymbol = SYMBOL_CURRENCY.get(compact);
  if (bySymbol !== undefined) return bySymbol;
  const code = compact.toUpperCase();
  return /^[A-Z]{3}$/.test(code) && KNOWN_CURRENCIES.has(code) ? code : null;
}

const AMOUNT_WITH_MARKER = new RegExp(
  `^[-+\u2212]?\\s*(?:(${CURRENCY_MARKER_SOURCE})\\s*)?[-+\u2212]?\\s*\\d[\\d.,'\u2019\\s]*?\\s*(${CURRENCY_MARKER_SOURCE})?$`,
  'u',
);
// A symbol that starts with letters (`CA$`, `zł`) only counts when it does not continue a word.
const SYMBOL_ANYWHERE_SOURCE = SYMBOLS_LONGEST_FIRST.map(([symbol]) =>
  /^\p{L}/u.test(symbol) ? `(?<!\\p{L})${symbolSource(symbol)}` : symbolSource(symbol),
).join('|');
const SYMBOL_ANYWHERE = new RegExp(SYMBOL_ANYWHERE_SOURCE, 'u');
const SYMBOLS_EVERYWHERE = new RegExp(SYMBOL_ANYWHERE_SOURCE, 'gu');

/** The text with every currency symbol (not ISO code) blanked out, to explain what else is in it. */
export function withoutCurrencySymbols(text: string): string {
  return text.replace(SYMBOLS_EVERYWHERE, ' ');
}

/** Upper-case ISO codes standing alone (not inside a word), for headers like "Amount (USD)". */
const CODE_ANYWHERE = /(?<!\p{L})[A-Z]{3}(?!\p{L})/gu;

/**
 * The currency a text names (`€` → EUR, `CA$` → CAD, `25 chf` → CHF, `Pledge Amount (USD)` → USD),
 * or null when it names none, so importers can refuse a file in another currency. A bare `$` is
 * USD (see SYMBOLS). In free text only upper-case codes count, so words like "all" are not read as
 * the Albanian lek; an amount's own marker counts in any case. When a text names several, the first
 * one wins.
 */
export function currencySymbolOf(text: string): string | null {
  const trimmed = text.trim();
  const amount = AMOUNT_WITH_MARKER.exec(trimmed);
  const marker = amount?.[2] ?? amount?.[1]; // a trailing code is the more precise (`$25 CAD`)
  if (marker !== undefined) return currencyOfMarker(marker);

  const candidates: Array<{ index: number; currency: string }> = [];
  const symbol = SYMBOL_ANYWHERE.exec(trimmed);
  if (symbol !== null) {
    const currency = currencyOfMarker(symbol[0]);
    if (currency !== null) candidates.push({ index: symbol.index, currency });
  }
  for (const match of trimmed.matchAll(CODE_ANYWHERE)) {
    if (KNOWN_CURRENCIES.has(match[0])) {
      candidates.push({ index: match.index, currency: match[0] });
      break;
    }
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0]?.currency ?? null;
}
