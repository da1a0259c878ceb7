/**
 * Writes a deterministic Kickstarter backer report with N backers, for benchmarks and load tests:
 * a zip with one CSV per reward tier (UTF-8 with BOM, CRLF, `€` amounts with thousands separators,
 * `[Addon: ID] Title` columns), or one CSV. The same arguments always give the same bytes.
 *
 *   npx tsx scripts/genKickstarterReport.ts --backers 250000 --out /tmp/report.zip
 *   npx tsx scripts/genKickstarterReport.ts --backers 1000 --out /tmp/report.csv --seed 7
 *
 * `--changed <n>` moves every n-th backer to a new address (a "newer export"); `--drop <n>` leaves
 * every n-th backer out (a pledge gone from the export).
 */
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';

const HEADERS = [
  'Backer Number',
  'Backer UID',
  'Backer Name',
  'Email',
  'Shipping Country',
  'Shipping Amount',
  'Reward Title',
  'Backing Minimum',
  'Reward ID',
  'Bonus Support',
  'Pledge Amount',
  'Pledged At',
  'Fulfillment Status',
  'Pledged Status',
  'Notes',
  '[Addon: 7001] Extra poster',
  '[Addon: 7002] Soundtrack vinyl',
  'Survey Response',
  'Shipping Name',
  'Shipping Address 1',
  'Shipping Address 2',
  'Shipping City',
  'Shipping State',
  'Shipping Postal Code',
  'Shipping Country Name',
  'Shipping Country Code',
  'Shipping Phone Number',
  'Shipping Delivery Notes',
];

const TIERS = [
  { id: '', title: 'No reward', minimum: 100, ships: false },
  { id: '9101', title: 'Digital thanks + name on the website', minimum: 1000, ships: false },
  { id: '9102', title: 'Digital download of the film', minimum: 2500, ships: false },
  { id: '9103', title: 'DVD + poster', minimum: 5000, ships: true },
  { id: '9104', title: 'Name in the end credits + DVD', minimum: 10000, ships: true },
  { id: '9105', title: 'Two seats at the Paris premiere', minimum: 25000, ships: true },
];
const ADDON_PRICES = [1500, 3000];

const FIRST = [
  'Amélie',
  'Hugo',
  'Nuño',
  'Ørjan',
  'Siobhán',
  'Kenji',
  'Chloé',
  'Noé',
  'Zoë',
  'José',
  'Léa',
  'Björn',
  'Émile',
  'Inès',
  'Camille',
  'Ana',
];
const LAST = [
  'Durand',
  'Petit',
  'Laurent',
  'Nguyễn',
  'Moreau',
  "N'Diaye",
  "O'Brien",
  'García',
  'Müller',
  'Østergaard',
  'Leroy',
  'Thomas',
];
const PLACES = [
  { country: 'FR', name: 'France', city: 'Paris', postal: '75011', street: 'rue des Lilas' },
  { country: 'FR', name: 'France', city: 'Ajaccio', postal: '20000', street: 'avenue Jean Jaurès' },
  { country: 'US', name: 'United States', city: 'Boston', postal: '02134', street: 'Main Street' },
  { country: 'FI', name: 'Finland', city: 'Helsinki', postal: '00100', street: 'Mannerheimintie' },
  { country: 'ES', name: 'Spain', city: 'Madrid', postal: '28004', street: 'Calle Mayor' },
  {
    country: 'BE',
    name: 'Belgium',
    city: 'Bruxelles',
    postal: '1000',
    street: 'boulevard Anspach',
  },
  { country: 'CA', name: 'Canada', city: 'Montréal', postal: 'H2X 1Y4', street: 'rue Sherbrooke' },
];

/** mulberry32: a tiny deterministic PRNG, so reports are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `€1,234.00` from cents. */
function euros(cents: number): string {
  const whole = Math.floor(cents / 100).toLocaleString('en-US');
  return `€${whole}.${String(cents % 100).padStart(2, '0')}`;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

interface Options {
  backers: number;
  out: string;
  seed: number;
  changedEvery: number;
  dropEvery: number;
}

function parseOptions(argv: readonly string[]): Options {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i === -1 ? undefined : argv[i + 1];
  };
  const out = get('out');
  if (out === undefined)
    throw new Error(
      'usage: genKickstarterReport.ts --backers <N> --out <file.zip|file.csv> [--seed <n>] [--changed <n>] [--drop <n>]',
    );
  return {
    backers: Number(get('backers') ?? '1000'),
    out,
    seed: Number(get('seed') ?? '1'),
    changedEvery: Number(get('changed') ?? '0'),
    dropEvery: Number(get('drop') ?? '0'),
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** The rows of every tier, as CSV lines (without the header). */
export function generateRows(options: Omit<Options, 'out'>): Map<string, string[]> {
  const random = prng(options.seed);
  const byTier = new Map<string, string[]>(TIERS.map((t) => [t.title, []]));
  for (let n = 1; n <= options.backers; n += 1) {
    const tier = pick(random, TIERS);
    const first = pick(random, FIRST);
    const last = pick(random, LAST);
    let place = pick(random, PLACES);
    const bonus = random() < 0.3 ? pick(random, [500, 1000, 2500]) : 0;
    const addons = ADDON_PRICES.map(() => (random() < 0.2 ? 1 + Math.floor(random() * 2) : 0));
    const shipping = tier.ships && place.country !== 'FR' ? 800 : 0;
    const pledge =
      tier.minimum +
      bonus +
      shipping +
      addons.reduce((sum, q, i) => sum + q * (ADDON_PRICES[i] ?? 0), 0);
    const day = 1 + Math.floor(random() * 28);
    const hour = Math.floor(random() * 24);
    const minute = Math.floor(random() * 60);
    const status = random() < 0.02 ? 'dropped' : 'collected';
    // A few nasty values, as real reports have: commas, quotes, line breaks, emoji, a leading "=".
    const name =
      n % 97 === 0
        ? `${first} "Ciné" ${last}, Jr.`
        : n % 101 === 0
          ? `=${first} ${last}`
          : `${first} ${last}`;
    const notes = n % 89 === 0 ? 'Merci 🎬\nsecond line' : '';
    if (options.changedEvery > 0 && n % options.changedEvery === 0)
      place = { ...place, street: 'chemin du Moulin' };
    if (options.dropEvery > 0 && n % options.dropEvery === 0) continue;
    const row = [
      String(n),
      `uid${1_000_000 + n}`,
      name,
      `${first}.${last}.${n}@example.org`.toLowerCase().replace(/[^a-z0-9.@]/g, ''),
      place.country,
      euros(shipping),
      tier.title,
      euros(tier.minimum),
      tier.id,
      euros(bonus),
      euros(pledge),
      `2026/03/${String(day).padStart(2, '0')}, ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
      random() < 0.5 ? 'Sent' : '',
      status,
      notes,
      String(addons[0]),
      String(addons[1]),
      '',
      ...(tier.ships
        ? [
            `${first} ${last}`,
            `${1 + (n % 180)} ${place.street}`,
            '',
            place.city,
            '',
            place.postal,
            place.name,
            place.country,
            '',
            '',
          ]
        : ['', '', '', '', '', '', '', '', '', '']),
    ];
    byTier.get(tier.title)?.push(row.map(csvCell).join(','));
  }
  return byTier;
}

function csvText(lines: readonly string[]): string {
  return `\uFEFF${[HEADERS.map(csvCell).join(','), ...lines].join('\r\n')}\r\n`;
}

/** A whole single-CSV report for `backers` backers (benchmarks and tests). */
export function reportCsv(backers: number, seed = 1): string {
  const byTier = generateRows({ backers, seed, changedEvery: 0, dropEvery: 0 });
  return csvText([...byTier.values()].flat());
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const byTier = generateRows(options);
  if (options.out.endsWith('.zip')) {
    const entries: Record<string, Uint8Array> = {};
    for (const [title, lines] of byTier) {
      entries[`${title.replace(/[^A-Za-z0-9]+/g, '_')}.csv`] = strToU8(csvText(lines));
    }
    fs.writeFileSync(
      options.out,
      zipSync(entries, { level: 6, mtime: new Date('2026-04-01T00:00:00Z') }),
    );
  } else {
    fs.writeFileSync(options.out, csvText([...byTier.values()].flat()));
  }
  const rows = [...byTier.values()].reduce((sum, lines) => sum + lines.length, 0);
  process.stdout.write(
    `${path.basename(options.out)}: ${rows} backers, ${fs.statSync(options.out).size} bytes\n`,
  );
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1])))
  main();
