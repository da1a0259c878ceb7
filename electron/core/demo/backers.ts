import type { Insertable } from 'kysely';
import type {
  ContributionsTable,
  ContributorIdentitiesTable,
  ContributorsTable,
  FulfillmentLinesTable,
} from '../db/schema';
import { CAMPAIGN_START, DEMO_TODAY, type InsertedCampaign, type InsertedTier } from './campaign';
import { ADDRESS_SECOND_LINES, COUNTRIES, emailLocalPart, type Country } from './people';
import type { SeededRandom } from './random';

export const DEMO_CONTRIBUTORS = 300;
/** Backers who came back for a second, reward-free pledge. */
const SECOND_PLEDGES = 12;
const DAY_MS = 86_400_000;
const CAMPAIGN_START_UTC = Date.parse(`${CAMPAIGN_START}T00:00:00Z`);
/** Campaign days so far, the demo's "today" included. */
const DAYS_SO_FAR = (Date.parse(`${DEMO_TODAY}T00:00:00Z`) - CAMPAIGN_START_UTC) / DAY_MS + 1;

/**
 * Pledges per campaign day up to the demo's "today": the launch rush, a press article on day 17,
 * a newsletter on day 30, the climb of the last days.
 */
const DAY_WEIGHTS: readonly number[] = Array.from({ length: DAYS_SO_FAR }, (_, day) => {
  const launch = day < 3 ? ([30, 18, 10][day] ?? 0) : 0;
  const events: Record<number, number> = { 17: 14, 18: 6, 30: 10, 31: 4 };
  const climb = day >= DAYS_SO_FAR - 5 ? (day - DAYS_SO_FAR + 7) * 1.5 : 0;
  return 3 + launch + (events[day] ?? 0) + climb;
});
/** Pledges come in the evening more than at night. */
const HOUR_WEIGHTS: readonly number[] = [
  1, 0.5, 0.3, 0.2, 0.2, 0.3, 1, 2, 3, 3, 3, 3, 4, 4, 3, 3, 3, 4, 5, 6, 7, 7, 5, 3,
];
const BONUS_EUROS: readonly number[] = [5, 10, 10, 15, 20, 30, 50];
const FREE_AMOUNT_EUROS: readonly number[] = [5, 10, 10, 20, 20, 25, 30, 50, 50, 80, 100, 150];
const EMAIL_DOMAINS: readonly string[] = ['example.com', 'example.org', 'example.net'];

export interface BackerRows {
  contributors: Insertable<ContributorsTable>[];
  identities: Insertable<ContributorIdentitiesTable>[];
  contributions: Insertable<ContributionsTable>[];
  fulfillment: Insertable<FulfillmentLinesTable>[];
}

interface Person {
  country: Country;
  first: string;
  last: string;
  /** The first pledge's moment, which orders contributors as an import would. */
  firstPledgeMs: number;
}

interface Pledge {
  person: number;
  atMs: number;
  tier: InsertedTier | null;
}

function pledgeMoment(random: SeededRandom): number {
  const day = random.weightedIndex(DAY_WEIGHTS);
  const hour = random.weightedIndex(HOUR_WEIGHTS);
  const seconds = random.int(0, 3599);
  return CAMPAIGN_START_UTC + day * DAY_MS + hour * 3_600_000 + seconds * 1000;
}

function pickCountry(random: SeededRandom): Country {
  return COUNTRIES[random.weightedIndex(COUNTRIES.map((c) => c.weight))] ?? COUNTRIES[0]!;
}

/** First come, first served: a sold-out tier sends the backer to the next cheaper one. */
function chooseTier(
  random: SeededRandom,
  tiers: readonly InsertedTier[],
  taken: Map<number, number>,
): InsertedTier | null {
  const weights = [8, ...tiers.map((t) => t.popularity)];
  let index = random.weightedIndex(weights) - 1;
  while (index >= 0) {
    const tier = tiers[index];
    if (tier && (tier.quantityLimit === null || (taken.get(tier.id) ?? 0) < tier.quantityLimit)) {
      taken.set(tier.id, (taken.get(tier.id) ?? 0) + 1);
      return tier;
    }
    index -= 1;
  }
  return null;
}

function phoneNumber(random: SeededRandom, prefix: string): string {
  const groups = Array.from({ length: 4 }, () => String(random.int(0, 99)).padStart(2, '0'));
  return `${prefix} ${groups.join(' ')}`;
}

function creditName(random: SeededRandom, first: string, last: string): string {
  const roll = random.next();
  if (roll < 0.08) return `Famille ${last}`;
  if (roll < 0.15) return `${first} ${last.charAt(0)}.`;
  return `${first} ${last}`;
}

function paymentStatus(random: SeededRandom, atMs: number): string {
  if (random.chance(0.03)) return 'failed';
  const recent = atMs >= CAMPAIGN_START_UTC + (DAYS_SO_FAR - 6) * DAY_MS;
  // Cards are charged at once; a bank transfer or a recent pledge is still pending.
  return recent || random.chance(0.08) ? 'pledged' : 'collected';
}

/**
 * About 300 contributors with their Touscoprod identities, pledges spread over the campaign's
 * days and one fulfillment line per pledge × reward item. Ids are given here (from the first
 * free ids) so rows can be inserted in batches and the whole stays deterministic.
 */
export function generateBackers(
  random: SeededRandom,
  campaign: InsertedCampaign,
  firstIds: { contributor: number; contribution: number },
): BackerRows {
  const people: Person[] = Array.from({ length: DEMO_CONTRIBUTORS }, () => {
    const country = pickCountry(random);
    return {
      country,
      first: random.pick(country.firstNames),
      last: random.pick(country.lastNames),
      firstPledgeMs: pledgeMoment(random),
    };
  }).sort((a, b) => a.firstPledgeMs - b.firstPledgeMs);

  const taken = new Map<number, number>();
  const pledges: Pledge[] = people.map((person, index) => ({
    person: index,
    atMs: person.firstPledgeMs,
    tier: chooseTier(random, campaign.tiers, taken),
  }));
  for (let n = 0; n < SECOND_PLEDGES; n += 1) {
    const person = random.int(0, people.length - 1);
    const after = people[person]?.firstPledgeMs ?? CAMPAIGN_START_UTC;
    const atMs = Math.max(after + DAY_MS, pledgeMoment(random));
    if (atMs < CAMPAIGN_START_UTC + DAYS_SO_FAR * DAY_MS)
      pledges.push({ person, atMs, tier: null });
  }
  pledges.sort((a, b) => a.atMs - b.atMs || a.person - b.person);

  const bestTier = new Map<number, InsertedTier>();
  for (const pledge of pledges) {
    const best = bestTier.get(pledge.person);
    if (pledge.tier && (!best || pledge.tier.minimumCents > best.minimumCents)) {
      bestTier.set(pledge.person, pledge.tier);
    }
  }

  const usedEmails = new Set<string>();
  const contributors = people.map((person, index) => {
    const { country, first, last } = person;
    const tier = bestTier.get(index);
    const at = new Date(person.firstPledgeMs).toISOString();
    const place = random.pick(country.places);
    const needsAddress = tier?.ships ?? false;
    const hasAddress = needsAddress ? !random.chance(0.04) : random.chance(0.5);
    const number = random.int(1, 180);
    const street = random.pick(country.streets);
    const bis = country.code === 'FR' && random.chance(0.05) ? ' bis' : '';
    let email: string | null = null;
    if (!random.chance(0.07)) {
      const local = emailLocalPart(first, last);
      const domain = random.pick(EMAIL_DOMAINS);
      let candidate = `${local}@${domain}`;
      for (let k = 2; usedEmails.has(candidate); k += 1) candidate = `${local}${k}@${domain}`;
      usedEmails.add(candidate);
      email = candidate;
    }
    const hasCredit = tier?.items.some(([key]) => key === 'credit') ?? false;
    return {
      id: firstIds.contributor + index,
      display_name: `${first} ${last}`,
      first_name: first,
      last_name: last,
      email,
      phone: random.chance(0.4) ? phoneNumber(random, country.phonePrefix) : '',
      address_line1: hasAddress
        ? country.numberAfterStreet
          ? `${street} ${number}`
          : `${number}${bis} ${street}`
        : '',
      address_line2: hasAddress && random.chance(0.12) ? random.pick(ADDRESS_SECOND_LINES) : '',
      postal_code: hasAddress ? place.postalCode : '',
      city: hasAddress ? place.city : '',
      region: hasAddress ? place.region : '',
      country_code: country.code,
      language: country.language,
      news_consent: random.chance(0.45) ? 1 : 0,
      credit_name: hasCredit ? creditName(random, first, last) : '',
      notes: random.chance(0.02) ? 'A joué dans le court métrage de la réalisatrice' : '',
      merged_into_id: null,
      created_at: at,
      updated_at: at,
    };
  });

  const identities = contributors.map((c, index) => ({
    contributor_id: c.id,
    platform: 'touscoprod',
    external_id: `tcp-u-${48_213 + index * 37}`,
  }));

  const contributions: Insertable<ContributionsTable>[] = [];
  const fulfillment: Insertable<FulfillmentLinesTable>[] = [];
  for (const [index, pledge] of pledges.entries()) {
    const person = people[pledge.person];
    if (!person) continue;
    const id = firstIds.contribution + index;
    const at = new Date(pledge.atMs).toISOString();
    const abroad = person.country.code !== 'FR';
    const shipping = pledge.tier?.ships && abroad ? 800 : 0;
    const bonus = pledge.tier
      ? random.chance(0.3)
        ? random.pick(BONUS_EUROS) * 100
        : 0
      : random.pick(FREE_AMOUNT_EUROS) * 100;
    const status = paymentStatus(random, pledge.atMs);
    contributions.push({
      id,
      contributor_id: firstIds.contributor + pledge.person,
      campaign_id: campaign.id,
      tier_id: pledge.tier?.id ?? null,
      amount_cents: (pledge.tier?.minimumCents ?? 0) + bonus + shipping,
      bonus_cents: bonus,
      shipping_cents: shipping,
      pledged_at: at,
      payment_status: status,
      refunded_cents: 0,
      refunded_on: null,
      external_id: `TCP-${10_001 + index}`,
      missing_from_last_import: 0,
      notes: '',
      created_at: at,
      updated_at: at,
    });
    if (!pledge.tier || status === 'failed') continue;
    for (const line of pledge.tier.lines) {
      // DESIGN: items that do not ship (credits, seats, codes) go straight to delivered.
      fulfillment.push({
        contribution_id: id,
        item_id: line.itemId,
        quantity: line.quantity,
        status: line.ships ? 'pending' : 'delivered',
        delivered_on: line.ships ? null : at.slice(0, 10),
        updated_at: at,
      });
    }
  }
  return { contributors, identities, contributions, fulfillment };
}
