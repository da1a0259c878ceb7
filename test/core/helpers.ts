import { openWorkspace, type Workspace } from '../../electron/core/db/connection';
import { createDispatcher } from '../../electron/core/dispatcher';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import type { AppErrorShape } from '../../shared/errors';

/** A fresh in-memory workspace with every migration applied. */
export function memoryWorkspace(): Promise<Workspace> {
  return openWorkspace(':memory:');
}

/** Calls a channel through the real dispatcher and returns its value, or throws its error. */
export async function call<C extends ChannelName>(
  ws: Workspace,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await createDispatcher(ws)(channel, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

/** Calls a channel that must refuse the input and returns its error (throws if it accepted). */
export async function refusal<C extends ChannelName>(
  ws: Workspace,
  channel: C,
  input: ChannelInput<C>,
): Promise<AppErrorShape> {
  const result = await createDispatcher(ws)(channel, input);
  if (result.ok) throw new Error(`${channel} should have been refused`);
  return result.error;
}

export interface CampaignRow {
  projectId: number;
  title: string;
  platform: string;
  currency: string;
  goalCents: number;
  status: string;
}

/**
 * Inserts a campaign row directly: tests of other domains need one without going through the
 * campaigns service (and its rules) they do not test.
 */
export async function insertCampaignRow(ws: Workspace, campaign: CampaignRow): Promise<number> {
  const now = new Date().toISOString();
  const { id } = await ws.db
    .insertInto('campaigns')
    .values({
      project_id: campaign.projectId,
      title: campaign.title,
      platform: campaign.platform,
      currency: campaign.currency,
      goal_cents: campaign.goalCents,
      status: campaign.status,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
