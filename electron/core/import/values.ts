import { apiMessage, englishText, type LocalizedText } from '../../../shared/errors';
import { MoneyParseError, parseMoney } from '../../../shared/money';
import { countryCodeOf } from './countries';

/** A cell that does not hold what its column promises; `reason` says what is wrong, keyed. */
export class CellError extends Error {
  constructor(readonly reason: LocalizedText) {
    super(englishText(reason));
  }
}

/** The cell as a message quotes it. */
function quoted(text: string): string {
  return JSON.stringify(text);
}

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/**
 * Amounts repeat a lot in a backer report (€0.00, €25.00): parsing each distinct text once keeps
 * 250,000 rows fast. Bounded so a file of all-different amounts cannot grow it without end.
 */
export class MoneyReader {
  private readonly cache = new Map<string, number | LocalizedText>();

  constructor(
    private readonly currency: string,
    private readonly decimal: '.' | ',',
  ) {}

  /** Integer cents of a non-negative amount in the campaign's currency. */
  read(text: string): number {
    let result = this.cache.get(text);
    if (result === undefined) {
      try {
        const cents: number = parseMoney(text, { currency: this.currency, decimal: this.decimal });
        result = cents;
        if (cents < 0) {
          result = apiMessage('apiErrors.imports.negativeAmount', { input: quoted(text) });
        }
      } catch (error) {
        if (!(error instanceof MoneyParseError)) throw error;
        result = error.reason;
      }
      if (this.cache.size < 50_000) this.cache.set(text, result);
    }
    if (typeof result !== 'number') throw new CellError(result);
    return result;
  }
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checkedDate(text: string, year: number, month: number, day: number): void {
  if (month < 1 || month > 12) {
    throw new CellError(
      apiMessage('apiErrors.imports.noMonth', { input: quoted(text), month: String(month) }),
    );
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new CellError(
      apiMessage('apiErrors.imports.noDay', {
        input: quoted(text),
        yearMonth: `${year}-${pad(month)}`,
        day: String(day),
      }),
    );
  }
}

function checkedTime(text: string, hour: number, minute: number, second: number): void {
  if (hour > 23 || minute > 59 || second > 59) {
    throw new CellError(apiMessage('apiErrors.imports.impossibleTime', { input: quoted(text) }));
  }
}

function isoDateTime(y: number, mo: number, d: number, h: number, mi: number, s: number): string {
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}.000Z`;
}

const KICKSTARTER_DATE = /^(\d{4})\/(\d{1,2})\/(\d{1,2}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/** Kickstarter's `2026/03/20, 18:54` (times in UTC, as Kickstarter writes them) → ISO 8601. */
export function parseKickstarterDate(text: string): string {
  const m = KICKSTARTER_DATE.exec(text.trim()) ?? ISO_LIKE.exec(text.trim());
  if (m === null) {
    throw new CellError(
      apiMessage('apiErrors.imports.notKickstarterDate', { input: quoted(text) }),
    );
  }
  const [y, mo, d, h = 0, mi = 0, s = 0] = m
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  return dateTimeFromParts(text, y ?? 0, mo ?? 0, d ?? 0, h, mi, s);
}

function dateTimeFromParts(
  text: string,
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
): string {
  checkedDate(text, y, mo, d);
  checkedTime(text, h, mi, s);
  return isoDateTime(y, mo, d, h, mi, s);
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$/;

/** RFC 3339 (`2026-04-24T17:53:00+02:00`) → the same instant in UTC, ISO 8601. */
export function parseRfc3339(text: string): string {
  const trimmed = text.trim();
  const m = RFC3339.exec(trimmed);
  if (m === null) {
    throw new CellError(apiMessage('apiErrors.imports.notDateTime', { input: quoted(text) }));
  }
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  checkedDate(text, y ?? 0, mo ?? 0, d ?? 0);
  checkedTime(text, h ?? 0, mi ?? 0, s ?? 0);
  return new Date(trimmed.replace(' ', 'T')).toISOString();
}

const NUMERIC_DATE =
  /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[T ,]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;

/**
 * A date written by hand or by Excel, in the order the producer says (`06/05/2026` is 6 May in
 * dmy), with an optional time. An ISO date (`2026-05-06`, what an XLSX date cell gives) is read
 * as such whatever the order. Date only → `2026-05-06`; with a time → ISO 8601 date-time.
 */
export function parseDate(text: string, order: DateOrder): string {
  const trimmed = text.trim();
  const iso = ISO_LIKE.exec(trimmed);
  const m = iso ?? NUMERIC_DATE.exec(trimmed);
  if (m === null) {
    const example = order === 'dmy' ? '31/12/2026' : order === 'mdy' ? '12/31/2026' : '2026-12-31';
    throw new CellError(apiMessage('apiErrors.imports.notDate', { input: quoted(text), example }));
  }
  const [a = '', b = '', c = ''] = m.slice(1, 4);
  const effective = iso !== null ? 'ymd' : order;
  const [ys, ms, ds] =
    effective === 'dmy' ? [c, b, a] : effective === 'mdy' ? [c, a, b] : [a, b, c];
  if (ys.length !== 4) {
    throw new CellError(apiMessage('apiErrors.imports.noYear', { input: quoted(text), order }));
  }
  const [y, mo, d] = [Number(ys), Number(ms), Number(ds)];
  checkedDate(text, y, mo, d);
  if (m[4] === undefined) return `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  return dateTimeFromParts(text, y, mo, d, Number(m[4]), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

/** A whole count of add-ons or rewards; empty means none. */
export function parseCount(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (!/^\d{1,6}$/.test(trimmed)) {
    throw new CellError(apiMessage('apiErrors.imports.notCount', { input: quoted(text) }));
  }
  return Number(trimmed);
}

/** An ISO 3166 code or a country name in French or English → the upper-case two-letter code. */
export function parseCountry(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const code = countryCodeOf(trimmed);
  if (code === null) {
    throw new CellError(apiMessage('apiErrors.imports.notCountry', { input: quoted(text) }));
  }
  return code;
}
