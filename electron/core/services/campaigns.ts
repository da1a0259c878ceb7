import type { Kysely } from 'kysely';
import type {
  Campaign,
  CampaignModel,
  CampaignPlatform,
  CampaignStatus,
  ParsedInput,
  ReadinessCheck,
} from '../../../shared/contract';
import { AppError, apiMessage, type LocalizedText } from '../../../shared/errors';
import { asCents } from '../../../shared/money';
import type { CampaignRow, Database } from '../db/schema';
import { audit, diff } from './audit';
import { refuseBadDates, refuseOverCap, refuseTransition } from './campaignRules';
import { campaignMoneyOf } from './crowdFigures';
import { summaryOf } from './financingSummary';
import { notFound, requireProject, requireProjectCurrency } from './ownership';
import { platformPreset } from './platformPresets';

function toCampaign(
  row: CampaignRow,
  money: Awaited<ReturnType<typeof campaignMoneyOf>>[number]['money'],
): Campaign {
  return {
    id: row.id,
    projectId: row.project_id,
    title: row.title,
    platform: row.platform as CampaignPlatform,
    currency: row.currency,
    model: row.model as CampaignModel,
    goalCents: asCents(row.goal_cents),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    maxDurationDays: row.max_duration_days,
    commissionBp: row.commission_bp,
    paymentBp: row.payment_bp,
    paymentFixedCents: asCents(row.payment_fixed_cents),
    status: row.status as CampaignStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...money,
  };
}

async function campaignRow(db: Kysely<Database>, id: number): Promise<CampaignRow> {
  const row = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Campaign', id);
  return row;
}

export async function listCampaigns(db: Kysely<Database>, projectId: number): Promise<Campaign[]> {
  await requireProject(db, projectId);
  const [rows, money] = await Promise.all([
    db
      .selectFrom('campaigns')
      .selectAll()
      .where('project_id', '=', projectId)
      .orderBy('id')
      .execute(),
    campaignMoneyOf(db, projectId),
  ]);
  const byId = new Map(money.map((m) => [m.row.id, m.money]));
  return rows.map((row) => {
    const figures = byId.get(row.id);
    if (!figures) throw notFound('Campaign', row.id);
    return toCampaign(row, figures);
  });
}

export async function getCampaign(db: Kysely<Database>, id: number): Promise<Campaign> {
  const row = await campaignRow(db, id);
  const [figures] = await campaignMoneyOf(db, row.project_id, id);
  if (!figures) throw notFound('Campaign', id);
  return toCampaign(row, figures.money);
}

export async function createCampaign(
  db: Kysely<Database>,
  input: ParsedInput<'campaigns.create'>,
): Promise<Campaign> {
  const id = await db.transaction().execute(async (trx) => {
    const project = await requireProject(trx, input.projectId);
    requireProjectCurrency(project, input.currency, 'A campaign');
    const preset = platformPreset(input.platform);
    const maxDurationDays = input.maxDurationDays ?? preset.maxDurationDays;
    refuseBadDates(input.startsOn, input.endsOn, maxDurationDays);
    await refuseOverCap(trx, project, { goalCents: input.goalCents, status: 'draft' });
    const now = new Date().toISOString();
    const { id } = await trx
      .insertInto('campaigns')
      .values({
        project_id: input.projectId,
        title: input.title,
        platform: input.platform,
        currency: project.currency,
        model: input.model,
        goal_cents: input.goalCents,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        max_duration_days: maxDurationDays,
        commission_bp: input.commissionBp ?? preset.commissionBp,
        payment_bp: input.paymentBp ?? preset.paymentBp,
        payment_fixed_cents: input.paymentFixedCents ?? preset.paymentFixedCents,
        status: 'draft',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, 'campaign', id, 'create', {
      title: input.title,
      platform: input.platform,
      model: input.model,
      goal_cents: input.goalCents,
    });
    return id;
  });
  return getCampaign(db, id);
}

/**
 * Changes a campaign. A new platform brings its preset fees and longest duration unless the input
 * gives them. Raising the goal is held against the cap; lowering it never is (it only brings goals
 * back under a cap that a budget cut lowered).
 */
export async function updateCampaign(
  db: Kysely<Database>,
  input: ParsedInput<'campaigns.update'>,
): Promise<Campaign> {
  await db.transaction().execute(async (trx) => {
    const before = await campaignRow(trx, input.id);
    const project = await requireProject(trx, before.project_id);
    requireProjectCurrency(project, input.currency, 'A campaign');
    const status = before.status as CampaignStatus;
    if (
      input.model !== undefined &&
      input.model !== before.model &&
      (status === 'succeeded' || status === 'failed')
    ) {
      throw new AppError(
        'validation',
        apiMessage('apiErrors.modelLocked', { status, model: before.model }),
        [{ path: ['model'], message: apiMessage('apiErrors.modelLockedField', { status }) }],
      );
    }
    const newPlatform = input.platform !== undefined && input.platform !== before.platform;
    const preset =
      newPlatform && input.platform !== undefined ? platformPreset(input.platform) : null;
    const patch = {
      title: input.title,
      platform: input.platform,
      // Only the project's currency passes the check above: this realigns a campaign left in an
      // older currency of the project.
      currency: input.currency,
      model: input.model,
      goal_cents: input.goalCents,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      max_duration_days: input.maxDurationDays ?? preset?.maxDurationDays,
      commission_bp: input.commissionBp ?? preset?.commissionBp,
      payment_bp: input.paymentBp ?? preset?.paymentBp,
      payment_fixed_cents: input.paymentFixedCents ?? preset?.paymentFixedCents,
    };
    refuseBadDates(
      patch.starts_on === undefined ? before.starts_on : patch.starts_on,
      patch.ends_on === undefined ? before.ends_on : patch.ends_on,
      patch.max_duration_days ?? before.max_duration_days,
    );
    if (input.goalCents !== undefined && input.goalCents > before.goal_cents) {
      await refuseOverCap(trx, project, {
        campaignId: before.id,
        goalCents: input.goalCents,
        status,
      });
    }
    const changes = diff(before, patch);
    if (Object.keys(changes).length === 0) return;
    await trx
      .updateTable('campaigns')
      .set({ ...patch, updated_at: new Date().toISOString() })
      .where('id', '=', input.id)
      .execute();
    await audit(trx, 'campaign', input.id, 'update', changes);
  });
  return getCampaign(db, input.id);
}

/**
 * Moves a campaign through its statuses. Going live holds its goal against the cap again (the
 * budget may have shrunk since it was drafted). A failed all-or-nothing campaign collects nothing:
 * in the same transaction its pledges become not_collected and what was collected becomes
 * refund_due; a failed keep-it-all campaign keeps what it collected.
 */
export async function setCampaignStatus(
  db: Kysely<Database>,
  input: ParsedInput<'campaigns.setStatus'>,
): Promise<Campaign & { pledgesNotCollected: number; pledgesRefundDue: number }> {
  const effects = await db.transaction().execute(async (trx) => {
    const before = await campaignRow(trx, input.id);
    const from = before.status as CampaignStatus;
    const none = { pledgesNotCollected: 0, pledgesRefundDue: 0 };
    if (from === input.status) return none;
    const { count } = await trx
      .selectFrom('contributions')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('campaign_id', '=', input.id)
      .executeTakeFirstOrThrow();
    refuseTransition(from, input.status, count);
    if (input.status === 'live') {
      const project = await requireProject(trx, before.project_id);
      await refuseOverCap(trx, project, {
        campaignId: before.id,
        goalCents: before.goal_cents,
        status: 'live',
      });
      await refuseNotReady(trx, before.project_id);
    }
    const now = new Date().toISOString();
    await trx
      .updateTable('campaigns')
      .set({ status: input.status, updated_at: now })
      .where('id', '=', input.id)
      .execute();
    const result = { ...none };
    let fulfillmentCancelled = 0;
    if (input.status === 'failed' && before.model === 'all_or_nothing') {
      result.pledgesNotCollected = await movePayments(
        trx,
        input.id,
        'pledged',
        'not_collected',
        now,
      );
      result.pledgesRefundDue = await movePayments(trx, input.id, 'collected', 'refund_due', now);
      fulfillmentCancelled = await cancelUncollectedRewards(trx, input.id, now);
    }
    await audit(trx, 'campaign', input.id, 'status', {
      status: [from, input.status],
      ...(input.status === 'failed' && before.model === 'all_or_nothing'
        ? {
            pledges_not_collected: result.pledgesNotCollected,
            pledges_refund_due: result.pledgesRefundDue,
            fulfillment_cancelled: fulfillmentCancelled,
          }
        : {}),
    });
    return result;
  });
  return { ...(await getCampaign(db, input.id)), ...effects };
}

/**
 * DESIGN "Readiness": a campaign is launched only when the financing plan is ready (secured ≥
 * threshold × budget and the plan closes). The refusal lists what is missing, in money, with the
 * checklist's own words so the message matches what the financing page shows.
 */
async function refuseNotReady(trx: Kysely<Database>, projectId: number): Promise<void> {
  const summary = await summaryOf(trx, projectId);
  if (summary.ready) return;
  const missing = {
    sentences: summary.readiness
      .filter((check) => !check.ok)
      .map((check) => missingForLaunch(check, summary.currency)),
  };
  throw new AppError('conflict', apiMessage('apiErrors.cannotGoLive', { missing }), [
    { path: ['status'], message: apiMessage('apiErrors.notReadyField', { missing }) },
  ]);
}

/** A failed readiness check in words, its figures (params, in cents) in the reader's locale. */
function missingForLaunch(check: ReadinessCheck, currency: string): LocalizedText {
  const amount = (name: string) => ({ cents: Number(check.params[name] ?? 0), currency });
  if (check.id === 'budget_not_empty') return apiMessage('apiErrors.notReady.budgetEmpty');
  if (check.id === 'secured_threshold') {
    return apiMessage('apiErrors.notReady.secured', {
      secured: amount('securedCents'),
      percent: { bp: Number(check.params.thresholdBp ?? 0) },
      threshold: amount('thresholdCents'),
      missing: amount('missingCents'),
    });
  }
  return apiMessage('apiErrors.notReady.planOpen', {
    missing: amount('missingCents'),
    budget: amount('budgetCents'),
    secured: amount('securedCents'),
    pending: amount('pendingCents'),
    crowd: amount('crowdLineCents'),
  });
}

async function movePayments(
  trx: Kysely<Database>,
  campaignId: number,
  from: string,
  to: string,
  now: string,
): Promise<number> {
  const result = await trx
    .updateTable('contributions')
    .set({ payment_status: to, updated_at: now })
    .where('campaign_id', '=', campaignId)
    .where('payment_status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Pledges that will never be paid have nothing to ship: their lines not yet shipped are cancelled,
 * as when one pledge becomes not collected (contributions.update). The status is final, so every
 * not-collected pledge of the campaign is one this failure released or one already handled.
 */
async function cancelUncollectedRewards(
  trx: Kysely<Database>,
  campaignId: number,
  now: string,
): Promise<number> {
  const result = await trx
    .updateTable('fulfillment_lines')
    .set({ status: 'cancelled', updated_at: now })
    .where('status', 'in', ['pending', 'ready'])
    .where('contribution_id', 'in', (eb) =>
      eb
        .selectFrom('contributions')
        .select('id')
        .where('campaign_id', '=', campaignId)
        .where('payment_status', '=', 'not_collected'),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
