import type { Kysely } from 'kysely';
import {
  paymentTransitions,
  type ContributionDetail,
  type ParsedInput,
  type PaymentStatus,
} from '../../../shared/contract';
import { AppError, apiMessage, type LocalizedText } from '../../../shared/errors';
import type { Database } from '../db/schema';
import { audit } from './audit';
import { contributionsQuery, toContribution } from './contributionList';
import { contributorRow, createContributor } from './contributors';
import {
  cancelOpenLines,
  createFulfillmentLines,
  linesByContribution,
  reopenCancelledLines,
} from './fulfillmentLines';
import { notFound } from './ownership';
import { campaignRow, tierHoldingCount, tierRow } from './rewards';

/** Statuses under which a pledge ships nothing: its open fulfillment lines are cancelled. */
const NOT_PAYING: readonly PaymentStatus[] = ['failed', 'not_collected', 'refunded'];
/** Only money that was collected can be refunded. */
const REFUNDABLE: readonly PaymentStatus[] = ['collected', 'refund_due', 'refunded'];

function today(now: string): string {
  return now.slice(0, 10);
}

export async function getContribution(
  db: Kysely<Database>,
  id: number,
): Promise<ContributionDetail> {
  const row = await contributionsQuery(db).where('k.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Contribution', id);
  const lines = await linesByContribution(db, [id]);
  return { ...toContribution(row), fulfillment: lines.get(id) ?? [] };
}

export { listContributions } from './contributionList';

/** The tier checks of a new pledge: same campaign, not an add-on, minimum met, limit not reached. */
async function checkTier(
  db: Kysely<Database>,
  input: ParsedInput<'contributions.add'>,
  currency: string,
): Promise<void> {
  if (input.tierId === null) return;
  const tier = await tierRow(db, input.tierId, 'tierId');
  if (tier.campaign_id !== input.campaignId) {
    const ids = { tierId: String(tier.id), campaignId: String(input.campaignId) };
    throw new AppError(
      'validation',
      apiMessage('apiErrors.pledge.tierOfOtherCampaign', { title: tier.title }),
      [{ path: ['tierId'], message: apiMessage('apiErrors.pledge.tierOfOtherCampaignField', ids) }],
    );
  }
  if (tier.is_addon === 1) {
    throw new AppError(
      'validation',
      apiMessage('apiErrors.pledge.addonNotTier', { title: tier.title }),
      [
        {
          path: ['tierId'],
          message: apiMessage('apiErrors.pledge.addonNotTierField', { tierId: String(tier.id) }),
        },
      ],
    );
  }
  const rewardPart = input.amountCents - input.shippingCents;
  if (rewardPart < tier.minimum_cents) {
    const minimum = { cents: tier.minimum_cents, currency };
    throw new AppError(
      'validation',
      apiMessage('apiErrors.pledge.belowMinimum', {
        title: tier.title,
        minimum,
        brought: { cents: rewardPart, currency },
      }),
      [
        {
          path: ['amountCents'],
          message: apiMessage('apiErrors.pledge.belowMinimumField', { minimum }),
        },
      ],
    );
  }
  if (tier.quantity_limit !== null) {
    const held = await tierHoldingCount(db, tier.id);
    if (held >= tier.quantity_limit) {
      const counts = { held, limit: tier.quantity_limit };
      throw new AppError(
        'conflict',
        apiMessage('apiErrors.pledge.soldOut', { title: tier.title, ...counts }),
        [{ path: ['tierId'], message: apiMessage('apiErrors.pledge.soldOutField', counts) }],
      );
    }
  }
}

/**
 * Records money received outside the platform (cheque, transfer…): checks the campaign, its
 * currency and the tier, creates the contributor if new, then the pledge and its fulfillment
 * lines, in one transaction.
 */
export async function addContribution(
  db: Kysely<Database>,
  input: ParsedInput<'contributions.add'>,
): Promise<ContributionDetail> {
  const id = await db.transaction().execute(async (trx) => {
    const campaign = await campaignRow(trx, input.campaignId);
    if (campaign.status === 'failed') {
      throw new AppError(
        'conflict',
        apiMessage('apiErrors.pledge.campaignFailed', { title: campaign.title }),
        [
          {
            path: ['campaignId'],
            message: apiMessage('apiErrors.pledge.campaignFailedField', {
              id: String(campaign.id),
            }),
          },
        ],
      );
    }
    if (input.currency !== campaign.currency) {
      const currencies = { campaignCurrency: campaign.currency, currency: input.currency };
      throw new AppError(
        'validation',
        apiMessage('apiErrors.pledge.otherCurrency', { title: campaign.title, ...currencies }),
        [
          {
            path: ['currency'],
            message: apiMessage('apiErrors.pledge.otherCurrencyField', {
              campaignCurrency: campaign.currency,
            }),
          },
        ],
      );
    }
    await checkTier(trx, input, campaign.currency);
    if (input.externalId !== null) {
      const same = await trx
        .selectFrom('contributions')
        .select('id')
        .where('campaign_id', '=', input.campaignId)
        .where('external_id', '=', input.externalId)
        .executeTakeFirst();
      if (same) {
        throw new AppError(
          'conflict',
          apiMessage('apiErrors.pledge.referenceTaken', { reference: input.externalId }),
          [
            {
              path: ['externalId'],
              message: apiMessage('apiErrors.pledge.referenceTakenField', { id: String(same.id) }),
            },
          ],
        );
      }
    }
    let contributorId: number;
    if (input.contributorId !== undefined) {
      const contributor = await contributorRow(trx, input.contributorId, 'contributorId');
      if (contributor.merged_into_id !== null) {
        const ids = { id: String(contributor.id), intoId: String(contributor.merged_into_id) };
        throw new AppError('conflict', apiMessage('apiErrors.pledge.contributorMerged', ids), [
          {
            path: ['contributorId'],
            message: apiMessage('apiErrors.pledge.contributorMergedField', ids),
          },
        ]);
      }
      contributorId = contributor.id;
    } else if (input.contributor !== undefined) {
      contributorId = await createContributor(trx, input.contributor, 'contributor');
    } else {
      throw new AppError('validation', apiMessage('apiErrors.pledge.needsContributor'), [
        { path: ['contributorId'], message: apiMessage('apiErrors.validation.required') },
      ]);
    }
    const now = new Date().toISOString();
    const { id } = await trx
      .insertInto('contributions')
      .values({
        contributor_id: contributorId,
        campaign_id: input.campaignId,
        tier_id: input.tierId,
        amount_cents: input.amountCents,
        bonus_cents: input.bonusCents,
        shipping_cents: input.shippingCents,
        pledged_at: input.pledgedAt,
        payment_status: input.paymentStatus,
        payment_method: input.paymentMethod,
        external_id: input.externalId,
        notes: input.notes,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const lines = await createFulfillmentLines(trx, id, today(now), now);
    await audit(trx, 'contribution', id, 'create', {
      campaign_id: input.campaignId,
      contributor_id: contributorId,
      tier_id: input.tierId,
      amount_cents: input.amountCents,
      payment_method: input.paymentMethod,
      fulfillment_lines: lines,
    });
    return id;
  });
  return getContribution(db, id);
}

function refuse(field: string, message: LocalizedText, detail = message): never {
  throw new AppError('validation', message, [{ path: [field], message: detail }]);
}

/** The status and refund a change leads to, or a refusal naming the field at fault. */
function settle(
  before: {
    payment_status: string;
    amount_cents: number;
    refunded_cents: number;
    refunded_on: string | null;
  },
  input: ParsedInput<'contributions.update'>,
  currency: string,
): { status: PaymentStatus; refunded: number; refundedOn: string | null } {
  const from = before.payment_status as PaymentStatus;
  const amount = before.amount_cents;
  const money = (cents: number) => ({ cents, currency });
  let status = input.paymentStatus ?? from;
  let refunded = input.refundedCents ?? before.refunded_cents;
  const refundedOn = input.refundedOn !== undefined ? input.refundedOn : before.refunded_on;
  if (refunded > amount) {
    refuse(
      'refundedCents',
      apiMessage('apiErrors.pledge.refundOverPledge', {
        refunded: money(refunded),
        amount: money(amount),
      }),
      apiMessage('apiErrors.pledge.refundOverPledgeField', { amount: money(amount) }),
    );
  }
  if (
    input.refundedCents !== undefined &&
    amount > 0 &&
    refunded === amount &&
    status !== 'refunded'
  ) {
    // Refunding the whole amount is what `refunded` means.
    if (input.paymentStatus !== undefined && input.paymentStatus !== from) {
      refuse(
        'paymentStatus',
        apiMessage('apiErrors.pledge.wholeRefundStatus', { status: input.paymentStatus }),
      );
    }
    status = 'refunded';
  }
  if (status === 'refunded' && input.refundedCents === undefined && status !== from)
    refunded = amount;
  if (status !== from) {
    const allowed: readonly PaymentStatus[] = paymentTransitions[from];
    if (!allowed.includes(status)) {
      refuse(
        'paymentStatus',
        allowed.length > 0
          ? apiMessage('apiErrors.pledge.statusCanBecome', {
              from,
              to: status,
              options: { list: allowed, join: 'or' },
            })
          : apiMessage('apiErrors.pledge.statusFinal', { from, to: status }),
        apiMessage('apiErrors.cannotGoFromTo', { from, to: status }),
      );
    }
  } else if (from === 'refunded' && refunded !== before.refunded_cents) {
    refuse('refundedCents', apiMessage('apiErrors.pledge.refundedFinal'));
  }
  if (status === 'refunded' && refunded < amount) {
    refuse(
      'refundedCents',
      apiMessage('apiErrors.pledge.partialRefund', {
        amount: money(amount),
        refunded: money(refunded),
      }),
      apiMessage('apiErrors.pledge.partialRefundField', { amount: money(amount) }),
    );
  }
  if (refunded > 0 && !REFUNDABLE.includes(status)) {
    refuse('refundedCents', apiMessage('apiErrors.pledge.notRefundable', { status }));
  }
  // The date is demanded of a refund being recorded (or a date being cleared), not of an edit that
  // leaves an older refund as it is: pledges imported before imports dated refunds have none.
  const refundTouched = refunded !== before.refunded_cents || input.refundedOn !== undefined;
  if (refunded > 0 && refundedOn === null && refundTouched) {
    refuse(
      'refundedOn',
      apiMessage('apiErrors.pledge.refundNeedsDate'),
      apiMessage('apiErrors.pledge.refundNeedsDateField'),
    );
  }
  return { status, refunded, refundedOn: refunded > 0 ? refundedOn : null };
}

/**
 * Moves a pledge through its payment statuses (see `paymentTransitions`) and records refunds:
 * `refundedCents` is the total refunded so far; refunding the whole amount makes it refunded.
 * A pledge that will not be paid has its open fulfillment lines cancelled.
 */
export async function updateContribution(
  db: Kysely<Database>,
  input: ParsedInput<'contributions.update'>,
): Promise<ContributionDetail> {
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('contributions')
      .selectAll()
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!before) throw notFound('Contribution', input.id);
    const { currency } = await campaignRow(trx, before.campaign_id);
    const { status, refunded, refundedOn } = settle(before, input, currency);
    const from = before.payment_status as PaymentStatus;
    const changes: Record<string, unknown> = {};
    if (status !== from) changes.payment_status = [from, status];
    if (refunded !== before.refunded_cents)
      changes.refunded_cents = [before.refunded_cents, refunded];
    if (refundedOn !== before.refunded_on) changes.refunded_on = [before.refunded_on, refundedOn];
    if (input.notes !== undefined && input.notes !== before.notes)
      changes.notes = [before.notes, input.notes];
    if (Object.keys(changes).length === 0) return;
    const now = new Date().toISOString();
    await trx
      .updateTable('contributions')
      .set({
        payment_status: status,
        refunded_cents: refunded,
        refunded_on: refundedOn,
        notes: input.notes ?? before.notes,
        updated_at: now,
      })
      .where('id', '=', input.id)
      .execute();
    if (status !== from && NOT_PAYING.includes(status) && !NOT_PAYING.includes(from)) {
      changes.fulfillment_cancelled = await cancelOpenLines(trx, input.id, now);
    } else if (status !== from && NOT_PAYING.includes(from) && !NOT_PAYING.includes(status)) {
      changes.fulfillment_reopened = await reopenCancelledLines(trx, input.id, today(now), now);
    }
    await audit(trx, 'contribution', input.id, status !== from ? 'status' : 'update', changes);
  });
  return getContribution(db, input.id);
}
