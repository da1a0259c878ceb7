import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The demo's clock: the campaign is live and this is "today" in the demo's world. */
export const DEMO_TODAY = '2026-11-21';
export const CAMPAIGN_START = '2026-10-12';
export const CAMPAIGN_END = '2026-11-30';
const CREATED_AT = '2026-10-01T09:30:00.000Z';

type ItemKey = 'dvd' | 'poster' | 'credit' | 'premiere' | 'download';

interface DemoItem {
  name: string;
  kind: string;
  unitCostCents: number;
  shippingCostCents: number;
  ships: boolean;
}

const ITEMS: Record<ItemKey, DemoItem> = {
  dvd: {
    name: 'DVD collector du film',
    kind: 'physical',
    unitCostCents: 450,
    shippingCostCents: 320,
    ships: true,
  },
  poster: {
    name: 'Affiche 40 × 60 signée par l’équipe',
    kind: 'physical',
    unitCostCents: 380,
    shippingCostCents: 290,
    ships: true,
  },
  credit: {
    name: 'Nom au générique',
    kind: 'credit',
    unitCostCents: 0,
    shippingCostCents: 0,
    ships: false,
  },
  premiere: {
    name: 'Place pour l’avant-première au cinéma Le Gyptis',
    kind: 'event',
    unitCostCents: 1_200,
    shippingCostCents: 0,
    ships: false,
  },
  download: {
    name: 'Code de téléchargement du film',
    kind: 'digital',
    unitCostCents: 90,
    shippingCostCents: 0,
    ships: false,
  },
};

export interface DemoTier {
  title: string;
  description: string;
  minimumCents: number;
  quantityLimit: number | null;
  items: readonly (readonly [ItemKey, number])[];
  /** How often backers pick it (relative). */
  popularity: number;
}

export const TIERS: readonly DemoTier[] = [
  {
    title: 'Merci !',
    description: 'Le film en téléchargement à sa sortie et nos remerciements sur le site.',
    minimumCents: 1_500,
    quantityLimit: null,
    items: [['download', 1]],
    popularity: 13,
  },
  {
    title: 'Votre nom au générique',
    description: 'Votre nom au générique de fin, et le film en téléchargement.',
    minimumCents: 3_500,
    quantityLimit: null,
    items: [
      ['credit', 1],
      ['download', 1],
    ],
    popularity: 22,
  },
  {
    title: 'L’affiche signée',
    description: 'L’affiche du film signée par l’équipe, votre nom au générique et le film.',
    minimumCents: 6_000,
    quantityLimit: null,
    items: [
      ['poster', 1],
      ['credit', 1],
      ['download', 1],
    ],
    popularity: 22,
  },
  {
    title: 'Le DVD collector',
    description: 'Le DVD collector avec ses bonus, l’affiche signée et votre nom au générique.',
    minimumCents: 10_000,
    quantityLimit: null,
    items: [
      ['dvd', 1],
      ['poster', 1],
      ['credit', 1],
    ],
    popularity: 20,
  },
  {
    title: 'L’avant-première à Marseille',
    description: 'Une place pour l’avant-première au Gyptis, le DVD et votre nom au générique.',
    minimumCents: 18_000,
    quantityLimit: 50,
    items: [
      ['premiere', 1],
      ['dvd', 1],
      ['credit', 1],
    ],
    popularity: 12,
  },
  {
    title: 'Producteur associé',
    description:
      'Deux places pour l’avant-première, le DVD, l’affiche et un crédit de producteur associé.',
    minimumCents: 75_000,
    quantityLimit: 10,
    items: [
      ['premiere', 2],
      ['dvd', 1],
      ['poster', 1],
      ['credit', 1],
    ],
    popularity: 3,
  },
];

export interface InsertedTier extends DemoTier {
  id: number;
  /** Whether one of its items is shipped by post (the backer needs an address). */
  ships: boolean;
  lines: readonly { itemId: number; quantity: number; ships: boolean }[];
}

export interface InsertedCampaign {
  id: number;
  tiers: readonly InsertedTier[];
}

/** Touscoprod, all-or-nothing, live: €45,000 for a €1.2M budget stays under the 5 % cap. */
export async function insertCampaign(
  trx: Kysely<Database>,
  projectId: number,
): Promise<InsertedCampaign> {
  const { id: campaignId } = await trx
    .insertInto('campaigns')
    .values({
      project_id: projectId,
      title: 'Les Nuits de Marseille — la dernière ligne droite',
      platform: 'touscoprod',
      currency: 'EUR',
      model: 'all_or_nothing',
      goal_cents: 4_500_000,
      starts_on: CAMPAIGN_START,
      ends_on: CAMPAIGN_END,
      max_duration_days: 60,
      commission_bp: 800,
      payment_bp: 300,
      payment_fixed_cents: 25,
      status: 'live',
      created_at: CREATED_AT,
      updated_at: CREATED_AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const itemIds = new Map<ItemKey, number>();
  for (const [key, item] of Object.entries(ITEMS) as [ItemKey, DemoItem][]) {
    const { id } = await trx
      .insertInto('reward_items')
      .values({
        project_id: projectId,
        name: item.name,
        kind: item.kind,
        unit_cost_cents: item.unitCostCents,
        shipping_cost_cents: item.shippingCostCents,
        ships: item.ships ? 1 : 0,
        external_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    itemIds.set(key, id);
  }

  const tiers: InsertedTier[] = [];
  for (const [position, tier] of TIERS.entries()) {
    const { id } = await trx
      .insertInto('reward_tiers')
      .values({
        campaign_id: campaignId,
        external_id: `tcp-reward-${position + 1}`,
        title: tier.title,
        description: tier.description,
        minimum_cents: tier.minimumCents,
        quantity_limit: tier.quantityLimit,
        estimated_delivery: tier.items.some(([key]) => key === 'premiere') ? '2027-09' : '2027-11',
        is_addon: 0,
        position,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const lines = tier.items.map(([key, quantity]) => {
      const itemId = itemIds.get(key);
      if (itemId === undefined) throw new Error(`demo: no reward item ${key}`);
      return { itemId, quantity, ships: ITEMS[key].ships };
    });
    await trx
      .insertInto('reward_tier_items')
      .values(lines.map((l) => ({ tier_id: id, item_id: l.itemId, quantity: l.quantity })))
      .execute();
    tiers.push({ ...tier, id, ships: lines.some((l) => l.ships), lines });
  }
  return { id: campaignId, tiers };
}
