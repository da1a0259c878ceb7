import { sql, type Kysely } from 'kysely';
import {
  nonShippingItemKinds,
  rewardItemKinds,
  type ParsedInput,
  type RewardItem,
  type RewardItemKind,
  type RewardTier,
} from '../../../shared/contract';
import { AppError, apiMessage } from '../../../shared/errors';
import type { Database } from '../db/schema';
import { audit, diff } from './audit';
import { notFound, requireProject } from './ownership';

/** Pledges that hold a tier's slot: every status but failed, not collected and fully refunded. */
export const HOLDING_STATUSES = ['pledged', 'collected', 'refund_due'] as const;

function asKind(kind: string): RewardItemKind {
  return (rewardItemKinds as readonly string[]).includes(kind) ? (kind as RewardItemKind) : 'other';
}

type ItemRow = {
  id: number;
  project_id: number;
  name: string;
  kind: string;
  unit_cost_cents: number;
  shipping_cost_cents: number;
  ships: number;
  external_id: string | null;
};

function toItem(row: ItemRow): RewardItem {
  return {
    id: row.id,
    projectId: row.project_id,
    name: row.name,
    kind: asKind(row.kind),
    unitCostCents: row.unit_cost_cents,
    shippingCostCents: row.shipping_cost_cents,
    ships: row.ships === 1,
    externalId: row.external_id,
  };
}

async function itemRow(db: Kysely<Database>, id: number): Promise<ItemRow> {
  const row = await db
    .selectFrom('reward_items')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Reward item', id);
  return row;
}

export async function campaignRow(db: Kysely<Database>, id: number, field = 'campaignId') {
  const row = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Campaign', id, field);
  return row;
}

export async function tierRow(db: Kysely<Database>, id: number, field = 'id') {
  const row = await db
    .selectFrom('reward_tiers')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Reward tier', id, field);
  return row;
}

export async function listItems(db: Kysely<Database>, projectId: number): Promise<RewardItem[]> {
  await requireProject(db, projectId);
  const rows = await db
    .selectFrom('reward_items')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toItem);
}

export async function createItem(
  db: Kysely<Database>,
  input: ParsedInput<'items.create'>,
): Promise<RewardItem> {
  const id = await db.transaction().execute(async (trx) => {
    await requireProject(trx, input.projectId);
    const ships = input.ships ?? !nonShippingItemKinds.includes(input.kind);
    const { id } = await trx
      .insertInto('reward_items')
      .values({
        project_id: input.projectId,
        name: input.name,
        kind: input.kind,
        unit_cost_cents: input.unitCostCents,
        shipping_cost_cents: input.shippingCostCents,
        ships: ships ? 1 : 0,
        external_id: input.externalId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, 'reward_item', id, 'create', {
      name: input.name,
      project_id: input.projectId,
    });
    return id;
  });
  return toItem(await itemRow(db, id));
}

export async function updateItem(
  db: Kysely<Database>,
  input: ParsedInput<'items.update'>,
): Promise<RewardItem> {
  await db.transaction().execute(async (trx) => {
    const before = await itemRow(trx, input.id);
    const patch = {
      name: input.name,
      kind: input.kind,
      unit_cost_cents: input.unitCostCents,
      shipping_cost_cents: input.shippingCostCents,
      ships: input.ships === undefined ? undefined : input.ships ? 1 : 0,
      external_id: input.externalId,
    };
    const changes = diff(before, patch);
    if (Object.keys(changes).length === 0) return;
    await trx.updateTable('reward_items').set(patch).where('id', '=', input.id).execute();
    await audit(trx, 'reward_item', input.id, 'update', changes);
  });
  return toItem(await itemRow(db, input.id));
}

/** How many pledges (and add-on quantities) hold each tier of the list. */
async function holdingCounts(
  db: Kysely<Database>,
  tierIds: number[],
): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  if (tierIds.length === 0) return counts;
  const ids = sql.join(tierIds);
  const statuses = sql.join([...HOLDING_STATUSES]);
  const { rows } = await sql<{ tier_id: number; n: number }>`
    SELECT tier_id, sum(n) AS n FROM (
      SELECT k.tier_id, count(*) AS n FROM contributions k
      WHERE k.tier_id IN (${ids}) AND k.payment_status IN (${statuses}) GROUP BY k.tier_id
      UNION ALL
      SELECT a.tier_id, sum(a.quantity) AS n FROM contribution_addons a
      JOIN contributions k ON k.id = a.contribution_id
      WHERE a.tier_id IN (${ids}) AND k.payment_status IN (${statuses}) GROUP BY a.tier_id
    ) GROUP BY tier_id`.execute(db);
  for (const row of rows) counts.set(row.tier_id, row.n);
  return counts;
}

export async function tierHoldingCount(db: Kysely<Database>, tierId: number): Promise<number> {
  return (await holdingCounts(db, [tierId])).get(tierId) ?? 0;
}

async function tiersWhere(
  db: Kysely<Database>,
  by: { campaignId: number } | { id: number },
): Promise<RewardTier[]> {
  let query = db.selectFrom('reward_tiers').selectAll();
  query =
    'id' in by ? query.where('id', '=', by.id) : query.where('campaign_id', '=', by.campaignId);
  const tiers = await query.orderBy('position').orderBy('id').execute();
  const tierIds = tiers.map((t) => t.id);
  const items =
    tierIds.length === 0
      ? []
      : await db
          .selectFrom('reward_tier_items as ti')
          .innerJoin('reward_items as i', 'i.id', 'ti.item_id')
          .select(['ti.tier_id', 'ti.item_id', 'ti.quantity', 'i.name', 'i.kind', 'i.ships'])
          .where('ti.tier_id', 'in', tierIds)
          .orderBy('i.name')
          .execute();
  const counts = await holdingCounts(db, tierIds);
  return tiers.map((tier) => {
    const pledgedCount = counts.get(tier.id) ?? 0;
    return {
      id: tier.id,
      campaignId: tier.campaign_id,
      externalId: tier.external_id,
      title: tier.title,
      description: tier.description,
      minimumCents: tier.minimum_cents,
      quantityLimit: tier.quantity_limit,
      estimatedDelivery: tier.estimated_delivery,
      isAddon: tier.is_addon === 1,
      position: tier.position,
      items: items
        .filter((item) => item.tier_id === tier.id)
        .map((item) => ({
          itemId: item.item_id,
          name: item.name,
          kind: asKind(item.kind),
          quantity: item.quantity,
          ships: item.ships === 1,
        })),
      pledgedCount,
      remaining:
        tier.quantity_limit === null ? null : Math.max(0, tier.quantity_limit - pledgedCount),
    };
  });
}

export async function listTiers(db: Kysely<Database>, campaignId: number): Promise<RewardTier[]> {
  await campaignRow(db, campaignId);
  return tiersWhere(db, { campaignId });
}

export async function getTier(db: Kysely<Database>, id: number): Promise<RewardTier> {
  const [tier] = await tiersWhere(db, { id });
  if (!tier) throw notFound('Reward tier', id);
  return tier;
}

/** Items of a tier must be the items of the campaign's project. */
async function checkItems(
  db: Kysely<Database>,
  projectId: number,
  items: { itemId: number }[],
): Promise<void> {
  for (const [index, { itemId }] of items.entries()) {
    const item = await db
      .selectFrom('reward_items')
      .select(['name', 'project_id'])
      .where('id', '=', itemId)
      .executeTakeFirst();
    if (!item) {
      const ids = { id: String(itemId) };
      throw new AppError('validation', apiMessage('apiErrors.rewardItemMissing', ids), [
        {
          path: ['items', index, 'itemId'],
          message: apiMessage('apiErrors.noSuch.rewardItem', ids),
        },
      ]);
    }
    if (item.project_id !== projectId) {
      throw new AppError(
        'validation',
        apiMessage('apiErrors.itemOfOtherProject', { id: String(itemId), name: item.name }),
        [
          {
            path: ['items', index, 'itemId'],
            message: apiMessage('apiErrors.itemOfOtherProjectField', {
              id: String(itemId),
              projectId: String(projectId),
            }),
          },
        ],
      );
    }
  }
}

async function replaceItems(
  db: Kysely<Database>,
  tierId: number,
  items: { itemId: number; quantity: number }[],
): Promise<void> {
  await db.deleteFrom('reward_tier_items').where('tier_id', '=', tierId).execute();
  if (items.length === 0) return;
  await db
    .insertInto('reward_tier_items')
    .values(
      items.map((item) => ({ tier_id: tierId, item_id: item.itemId, quantity: item.quantity })),
    )
    .execute();
}

export async function createTier(
  db: Kysely<Database>,
  input: ParsedInput<'tiers.create'>,
): Promise<RewardTier> {
  const id = await db.transaction().execute(async (trx) => {
    const campaign = await campaignRow(trx, input.campaignId);
    await checkItems(trx, campaign.project_id, input.items);
    const { position } = await trx
      .selectFrom('reward_tiers')
      .select(sql<number>`coalesce(max(position) + 1, 0)`.as('position'))
      .where('campaign_id', '=', input.campaignId)
      .executeTakeFirstOrThrow();
    const { id } = await trx
      .insertInto('reward_tiers')
      .values({
        campaign_id: input.campaignId,
        external_id: input.externalId ?? null,
        title: input.title,
        description: input.description,
        minimum_cents: input.minimumCents,
        quantity_limit: input.quantityLimit,
        estimated_delivery: input.estimatedDelivery,
        is_addon: input.isAddon ? 1 : 0,
        position,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceItems(trx, id, input.items);
    await audit(trx, 'reward_tier', id, 'create', {
      title: input.title,
      campaign_id: input.campaignId,
      minimum_cents: input.minimumCents,
    });
    return id;
  });
  return getTier(db, id);
}

export async function updateTier(
  db: Kysely<Database>,
  input: ParsedInput<'tiers.update'>,
): Promise<RewardTier> {
  await db.transaction().execute(async (trx) => {
    const before = await tierRow(trx, input.id);
    if (input.quantityLimit !== undefined && input.quantityLimit !== null) {
      const held = await tierHoldingCount(trx, input.id);
      if (input.quantityLimit < held) {
        throw new AppError(
          'conflict',
          apiMessage('apiErrors.tierLimitBelowHeld', {
            title: before.title,
            held,
            limit: input.quantityLimit,
          }),
          [
            {
              path: ['quantityLimit'],
              message: apiMessage('apiErrors.tierLimitBelowHeldField', { held }),
            },
          ],
        );
      }
    }
    const patch = {
      title: input.title,
      description: input.description,
      minimum_cents: input.minimumCents,
      quantity_limit: input.quantityLimit,
      estimated_delivery: input.estimatedDelivery,
      is_addon: input.isAddon === undefined ? undefined : input.isAddon ? 1 : 0,
      position: input.position,
      external_id: input.externalId,
    };
    const changes = diff(before, patch);
    if (input.items !== undefined) {
      const campaign = await campaignRow(trx, before.campaign_id);
      await checkItems(trx, campaign.project_id, input.items);
      await replaceItems(trx, input.id, input.items);
      changes.items = input.items.map((item) => `${item.itemId}×${item.quantity}`);
    }
    if (Object.keys(changes).length === 0) return;
    if (Object.values(patch).some((value) => value !== undefined)) {
      await trx.updateTable('reward_tiers').set(patch).where('id', '=', input.id).execute();
    }
    await audit(trx, 'reward_tier', input.id, 'update', changes);
  });
  return getTier(db, input.id);
}
