/**
 * Country names → ISO 3166-1 alpha-2 codes, built from Intl's own region names in English and
 * French (full ICU), so "Finland", "Suisse" and "États-Unis" all read without a hand-kept table.
 */

// Intl also names groupings (EU, UN, "Outlying Oceania"…) and test regions that are not countries.
const NOT_COUNTRIES = new Set([
  'EU',
  'EZ',
  'UN',
  'QO',
  'ZZ',
  'AC',
  'CP',
  'DG',
  'EA',
  'IC',
  'TA',
  'XA',
  'XB',
]);

/** Withdrawn codes (FX, DD, SU…) share a name with today's (FR, DE, RU): only current codes count. */
function isCurrentCode(code: string): boolean {
  return Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
}

/** Common ways of writing a country that Intl's names do not cover. */
const ALIASES: Record<string, string> = {
  usa: 'US',
  'u.s.a.': 'US',
  'u.s.': 'US',
  'united states of america': 'US',
  'etats unis d amerique': 'US',
  uk: 'GB',
  'u.k.': 'GB',
  'great britain': 'GB',
  'grande bretagne': 'GB',
  england: 'GB',
  angleterre: 'GB',
  scotland: 'GB',
  ecosse: 'GB',
  wales: 'GB',
  'pays de galles': 'GB',
  holland: 'NL',
  hollande: 'NL',
  deutschland: 'DE',
  espana: 'ES',
  italia: 'IT',
  schweiz: 'CH',
  svizzera: 'CH',
  belgie: 'BE',
  nederland: 'NL',
  fra: 'FR',
  deu: 'DE',
  bel: 'BE',
  che: 'CH',
  esp: 'ES',
  ita: 'IT',
  gbr: 'GB',
  can: 'CA',
  lux: 'LU',
  nld: 'NL',
  prt: 'PT',
};

function key(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-'’\s]+/g, ' ')
    .trim();
}

let byName: Map<string, string> | null = null;
const knownCodes = new Set<string>();

function names(): Map<string, string> {
  if (byName !== null) return byName;
  const map = new Map<string, string>();
  const displays = ['en', 'fr'].map(
    (locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }),
  );
  for (let a = 65; a <= 90; a += 1) {
    for (let b = 65; b <= 90; b += 1) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code) || !isCurrentCode(code)) continue;
      for (const display of displays) {
        const name = display.of(code);
        if (name === undefined) continue;
        map.set(key(name), code);
        knownCodes.add(code);
      }
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) map.set(key(alias), code);
  byName = map;
  return map;
}

/** The two-letter code of a code or a name (EN/FR), or null when it names no country. */
export function countryCodeOf(text: string): string | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    if (code === 'UK') return 'GB';
    names();
    return knownCodes.has(code) ? code : null;
  }
  return names().get(key(trimmed)) ?? null;
}
