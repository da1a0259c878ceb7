/** Codes Intl knows that are not countries: unknown region, EU, eurozone, UN, pseudo-locales. */
const NOT_COUNTRIES = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB']);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface CountryOption {
  code: string;
  name: string;
}

const cache = new Map<string, readonly CountryOption[]>();

/**
 * The ISO 3166 countries the browser can name, sorted by name in the user's language. Read from
 * Intl (no list to maintain): every two-letter code it names is a country or territory.
 */
export function countryOptions(locale: string): readonly CountryOption[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const options: CountryOption[] = [];
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = `${first}${second}`;
      if (NOT_COUNTRIES.has(code)) continue;
      const name = names.of(code);
      if (name !== undefined && name !== code) options.push({ code, name });
    }
  }
  const collator = new Intl.Collator(locale);
  options.sort((a, b) => collator.compare(a.name, b.name));
  cache.set(locale, options);
  return options;
}

/** "France" for FR; the code itself when Intl does not know it, '' for none. */
export function countryName(code: string, locale: string): string {
  if (code === '') return '';
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "français" for fr; the tag itself when Intl does not know it, '' for none. */
export function languageName(tag: string, locale: string): string {
  if (tag === '') return '';
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
