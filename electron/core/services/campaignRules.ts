import type { Kysely } from 'kysely';
import type { CampaignStatus } from '../../../shared/contract/campaigns';
import { AppError, apiMessage } from '../../../shared/errors';
import { formatBpForInput } from '../../../shared/i18n/percent';
import { applyBasisPoints, asCents, formatMoney, type Cents } from '../../../shared/money';
import type { Database, ProjectRow } from '../db/schema';
import { crowdGoalTotal, planTotals } from './projectFigures';

/** English amounts for summaries built outside errors (errors render money in the reader's locale). */
const MESSAGE_LOCALE = 'en-GB';

export function money(cents: number, currency: string): string {
  return formatMoney(cents, currency, MESSAGE_LOCALE);
}

export function percent(bp: number): string {
  return `${formatBpForInput(bp, '.')}%`;
}

/** The status moves a campaign may make (DESIGN: draft → live → succeeded / failed). */
const NEXT_STATUSES: Readonly<Record<CampaignStatus, readonly CampaignStatus[]>> = {
  draft: ['live'],
  // Back to draft undoes a launch recorded by mistake, only while nothing was pledged.
  live: ['succeeded', 'failed', 'draft'],
  // The outcome is final: a failed all-or-nothing campaign has already released its pledges.
  succeeded: [],
  failed: [],
};

export function refuseTransition(
  from: CampaignStatus,
  to: CampaignStatus,
  contributionCount: number,
): void {
  const allowed = NEXT_STATUSES[from];
  if (!allowed.includes(to)) {
    const message =
      allowed.length === 0
        ? apiMessage('apiErrors.statusFinal', { from, to })
        : apiMessage('apiErrors.statusCanBecome', { from, to, options: allowed.join(' / ') });
    throw new AppError('validation', message, [
      { path: ['status'], message: apiMessage('apiErrors.cannotGoFromTo', { from, to }) },
    ]);
  }
  if (from === 'live' && to === 'draft' && contributionCount > 0) {
    throw new AppError(
      'validation',
      apiMessage('apiErrors.liveHasContributions', { count: contributionCount }),
      [{ path: ['status'], message: apiMessage('apiErrors.contributionsBlockDraft') }],
    );
  }
}

const DAY_MS = 86_400_000;

/** End after start, and no longer than the platform allows. */
export function refuseBadDates(
  startsOn: string | null,
  endsOn: string | null,
  maxDurationDays: number,
): void {
  if (startsOn === null || endsOn === null) return;
  const days = (Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / DAY_MS;
  if (days <= 0) {
    throw new AppError(
      'validation',
      apiMessage('apiErrors.endsBeforeStart', { endsOn, startsOn }),
      [{ path: ['endsOn'], message: apiMessage('apiErrors.mustBeAfterStart', { startsOn }) }],
    );
  }
  if (days > maxDurationDays) {
    throw new AppError(
      'validation',
      apiMessage('apiErrors.tooLongCampaign', {
        days,
        startsOn,
        endsOn,
        maxDays: maxDurationDays,
      }),
      [
        {
          path: ['endsOn'],
          message: apiMessage('apiErrors.atMostDaysAfterStart', { maxDays: maxDurationDays }),
        },
      ],
    );
  }
}

/** A campaign as the cap rule would see it after the change. */
export interface CapCandidate {
  /** Absent for a campaign being created. */
  campaignId?: number;
  goalCents: number;
  status: CampaignStatus;
}

export interface CapRoom {
  capCents: Cents;
  /** What this campaign's goal may be: cap − goals of the project's other non-failed campaigns, ≥ 0. */
  roomCents: Cents;
  otherGoalsCents: Cents;
}

export async function capRoomFor(
  db: Kysely<Database>,
  project: ProjectRow,
  campaignId?: number,
): Promise<CapRoom> {
  const { budget } = await planTotals(db, project.id);
  let query = db
    .selectFrom('campaigns')
    .select(['status', 'goal_cents'])
    .where('project_id', '=', project.id);
  if (campaignId !== undefined) query = query.where('id', '!=', campaignId);
  const others = await query.execute();
  return roomUnderCap(applyBasisPoints(budget, project.crowd_cap_bp), crowdGoalTotal(others));
}

/** Pure: the room a goal has under the cap once the other campaigns' goals are counted. */
export function roomUnderCap(capCents: number, otherGoalsCents: number): CapRoom {
  return {
    capCents: asCents(capCents),
    otherGoalsCents: asCents(otherGoalsCents),
    roomCents: asCents(Math.max(0, capCents - otherGoalsCents)),
  };
}

/** Pure: a goal fits when it is at most the room left (a goal equal to the room fits exactly). */
export function goalFitsCap(goalCents: number, room: CapRoom): boolean {
  return goalCents <= room.roomCents;
}

/**
 * The crowd cap rule (DESIGN): refuses a goal that would push the project's crowd goals (campaigns
 * not failed, this one included) over round(budget × cap bp / 10 000). A goal equal to the room is
 * accepted.
 */
export async function refuseOverCap(
  db: Kysely<Database>,
  project: ProjectRow,
  candidate: CapCandidate,
): Promise<void> {
  if (candidate.status === 'failed') return;
  const room = await capRoomFor(db, project, candidate.campaignId);
  if (goalFitsCap(candidate.goalCents, room)) return;
  const currency = project.currency;
  const params = {
    goal: { cents: candidate.goalCents, currency },
    cap: { cents: room.capCents, currency },
    percent: { bp: project.crowd_cap_bp },
    room: { cents: room.roomCents, currency },
    others: { cents: room.otherGoalsCents, currency },
  };
  throw new AppError(
    'cap_exceeded',
    room.otherGoalsCents > 0
      ? apiMessage('apiErrors.goalOverCapWithOthers', params)
      : apiMessage('apiErrors.goalOverCap', params),
    [
      {
        path: ['goalCents'],
        // What the campaign form shows beside the goal, money in the reader's locale.
        message: apiMessage('apiErrors.goalOverCapField', { cap: params.cap, room: params.room }),
      },
    ],
  );
}
