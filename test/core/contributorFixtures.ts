import type { Workspace } from '../../electron/core/db/connection';
import { createDispatcher } from '../../electron/core/dispatcher';
import type { ChannelInput, ChannelName, ContributorFields } from '../../shared/contract';
import type { AppErrorShape } from '../../shared/errors';
import { call } from './helpers';

/** Shared set-up of the contributor tests: refusals, campaigns and contributors on a workspace. */
export function contributorFixtures(workspace: () => Workspace) {
  async function failure<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<AppErrorShape> {
    const result = await createDispatcher(workspace())(channel, input);
    if (result.ok) throw new Error(`${channel} should have been refused`);
    return result.error;
  }

  /** Campaigns are another helper's service: inserted directly here. */
  async function insertCampaign(projectId: number, title: string): Promise<number> {
    const now = new Date().toISOString();
    const { id } = await workspace()
      .db.insertInto('campaigns')
      .values({
        project_id: projectId,
        title,
        platform: 'ulule',
        currency: 'EUR',
        goal_cents: 900_000,
        status: 'live',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  type NewContributor = Partial<ContributorFields> & { displayName: string };

  /** A contributor through the real path: an offline contribution (or a bare insert for none). */
  async function contributor(
    fields: NewContributor,
    campaignId?: number,
    amountCents = 2000,
  ): Promise<number> {
    if (campaignId === undefined) {
      const now = new Date().toISOString();
      const { id } = await workspace()
        .db.insertInto('contributors')
        .values({
          display_name: fields.displayName,
          email: fields.email ?? null,
          city: fields.city ?? '',
          country_code: fields.countryCode ?? '',
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    }
    const added = await call(workspace(), 'contributions.add', {
      campaignId,
      contributor: fields,
      amountCents,
      currency: 'EUR',
      pledgedAt: '2025-02-01',
      paymentMethod: 'transfer',
    });
    return added.contributorId;
  }

  return { failure, insertCampaign, contributor };
}
