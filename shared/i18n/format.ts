import type { Language } from '../contract/workspace';
import { formatMoney as formatMoneyInLocale } from '../money';
import { formatBpForInput, shareFormatter } from './percent';
import { intlLocales } from './translate';

/** Locale-aware display of the app's quantities. Pure: used by the UI, exports and messages. */
export interface Formatters {
  money(cents: number, currency: string): string;
  /** A date (`2025-03-01`, shown as that calendar day everywhere) or a timestamp (local time). */
  date(iso: string): string;
  /** Basis points as a percentage: 500 → "5 %" (fr) / "5%" (en). */
  percentBp(bp: number): string;
  /** A share for reading, one decimal always: 2333 → "23,3 %" (fr) / "23.3%" (en). */
  shareBp(bp: number): string;
  /** Basis points as typed in an input: 550 → "5,5" (fr) / "5.5" (en). */
  percentBpInput(bp: number): string;
  number(value: number): string;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function createFormatters(language: Language): Formatters {
  const locale = intlLocales[language];
  const numbers = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const calendarDays = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const timestamps = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const decimalSeparator =
    numbers.formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';

  return {
    money: (cents, currency) => formatMoneyInLocale(cents, currency, locale),
    date(iso) {
      const day = DATE_ONLY.exec(iso);
      if (day) {
        const utc = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
        return calendarDays.format(utc);
      }
      const time = Date.parse(iso);
      return Number.isNaN(time) ? iso : timestamps.format(time);
    },
    // Display only: the division cannot change a stored value, and two decimals cover every bp.
    percentBp: (bp) => percents.format(bp / 10_000),
    shareBp: shareFormatter(locale),
    percentBpInput: (bp) => formatBpForInput(bp, decimalSeparator),
    number: (value) => numbers.format(value),
  };
}
