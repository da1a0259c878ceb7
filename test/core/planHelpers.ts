import type { Workspace } from '../../electron/core/db/connection';
import type { Database } from '../../electron/core/db/schema';
import { createDispatcher } from '../../electron/core/dispatcher';
import type { ChannelInput, ChannelName } from '../../shared/contract';
import type { AppErrorShape } from '../../shared/errors';
import { call } from './helpers';

/** Calls a channel that must refuse the input and returns the error it gave. */
export async function refusal<C extends ChannelName>(
  ws: Workspace,
  channel: C,
  input: ChannelInput<C>,
): Promise<AppErrorShape> {
  const result = await createDispatcher(ws)(channel, input);
  if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)}`);
  return result.error;
}

export async function countRows(ws: Workspace, table: keyof Database): Promise<number> {
  const row = await ws.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Row counts of every table a plan change could touch, to prove a refusal wrote nothing. */
export async function planRowCounts(ws: Workspace): Promise<Record<string, number>> {
  const tables = [
    'budget_chapters',
    'budget_lines',
    'financing_sources',
    'campaigns',
    'contributions',
    'audit_log',
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await countRows(ws, table);
  return counts;
}

/** A project whose budget is one flat line of `budgetCents` in its first chapter. */
export async function projectWithBudget(
  ws: Workspace,
  budgetCents: number,
  options: Partial<ChannelInput<'projects.create'>> = {},
): Promise<{ projectId: number; chapterId: number }> {
  const project = await call(ws, 'projects.create', { title: 'Les Enfants du Port', ...options });
  const [chapter] = await call(ws, 'budget.listChapters', { projectId: project.id });
  if (!chapter) throw new Error('a new project has no chapter');
  if (budgetCents > 0) {
    await call(ws, 'budget.addLine', {
      projectId: project.id,
      chapterId: chapter.id,
      label: 'Everything',
      rateCents: budgetCents,
    });
  }
  return { projectId: project.id, chapterId: chapter.id };
}

export interface PledgeSeed {
  amountCents: number;
  status: 'pledged' | 'collected' | 'failed' | 'refund_due' | 'refunded' | 'not_collected';
  refundedCents?: number;
}

/**
 * Contributions written straight to the file: the contribution channels belong to another part of
 * the app, and these tests only need pledges in given states.
 */
export async function seedPledges(
  ws: Workspace,
  campaignId: number,
  pledges: readonly PledgeSeed[],
): Promise<number[]> {
  const now = '2025-03-01T10:00:00.000Z';
  const ids: number[] = [];
  for (const [i, pledge] of pledges.entries()) {
    const contributor = await ws.db
      .insertInto('contributors')
      .values({ display_name: `Backer ${i + 1}`, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const contribution = await ws.db
      .insertInto('contributions')
      .values({
        contributor_id: contributor.id,
        campaign_id: campaignId,
        amount_cents: pledge.amountCents,
        pledged_at: now,
        payment_status: pledge.status,
        refunded_cents: pledge.refundedCents ?? 0,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(contribution.id);
  }
  return ids;
}

/** A reward item of the project and fulfillment lines of it for the given contributions. */
export async function seedRewards(
  ws: Workspace,
  projectId: number,
  item: { unitCostCents: number; shippingCostCents: number; ships: boolean },
  lines: readonly { contributionId: number; quantity: number; status?: string }[],
): Promise<void> {
  const { id: itemId } = await ws.db
    .insertInto('reward_items')
    .values({
      project_id: projectId,
      name: 'DVD',
      unit_cost_cents: item.unitCostCents,
      shipping_cost_cents: item.shippingCostCents,
      ships: item.ships ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const line of lines) {
    await ws.db
      .insertInto('fulfillment_lines')
      .values({
        contribution_id: line.contributionId,
        item_id: itemId,
        quantity: line.quantity,
        status: line.status ?? 'pending',
        updated_at: '2025-03-01T10:00:00.000Z',
      })
      .execute();
  }
}

/**
 * Makes the project's plan ready to launch (DESIGN "Readiness"): a confirmed producer share covers
 * whatever the threshold or the plan still lacks, crowd aside (so a lowered goal keeps it ready).
 * For tests whose subject is not readiness.
 */
export async function makeLaunchReady(ws: Workspace, projectId: number): Promise<void> {
  const summary = await call(ws, 'financing.summary', { projectId });
  const missing = Math.max(
    summary.securedThreshold - summary.secured,
    summary.gap + summary.crowdLine,
    0,
  );
  if (missing === 0) return;
  await call(ws, 'financing.addSource', {
    projectId,
    kind: 'producer',
    counterparty: 'Producer (test)',
    amountCents: missing,
    status: 'confirmed',
  });
}

/**
 * Puts a campaign live without the launch checks, as the demo does, for tests whose figures would
 * change with the financing that readiness needs (they test what happens after the launch).
 */
export async function markLive(ws: Workspace, campaignId: number): Promise<void> {
  await ws.db
    .updateTable('campaigns')
    .set({ status: 'live', updated_at: new Date().toISOString() })
    .where('id', '=', campaignId)
    .execute();
}
