import type { Dispatch } from '../../electron/core/dispatcher';
import {
  contributionSortFields,
  fulfillmentSortFields,
  type ChannelInput,
} from '../../shared/contract';
import { addFulfillment } from './fulfillmentData';
import type { GeneratedWorkspace } from './generateWorkspace';
import { time, type Timing } from './measure';

type PledgeInput = ChannelInput<'contributions.list'>;
type LinesInput = ChannelInput<'fulfillment.list'>;

/** Runs per case: fewer than the search cases, there are many and some read deep. */
const RUNS = 9;

/**
 * Each run is a list opened anew: a one-row write in between makes the services forget the
 * counts they keep while the workspace is unchanged (scrolling the same list reuses them).
 */
function forgetCounts(generated: GeneratedWorkspace): () => void {
  const write = generated.ws.sqlite.prepare(
    `INSERT INTO settings (key, value) VALUES ('bench', '') ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  return () => write.run();
}

async function listed(dispatch: Dispatch, channel: string, input: unknown): Promise<number> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { total: number }).total;
}

/**
 * A campaign's pledge table (contributions.list) on the generated campaign of ~94,000 pledges:
 * every sort in both directions on the first page and near the end, and each filter.
 */
export async function pledgeListTimings(
  generated: GeneratedWorkspace,
  dispatch: Dispatch,
): Promise<Timing[]> {
  const [campaignId] = generated.campaignIds;
  const [tierId] = generated.tierIds;
  if (campaignId === undefined) return [];
  const total = await listed(dispatch, 'contributions.list', { campaignId });
  const deep = Math.max(0, total - 1000);
  const cases: [string, PledgeInput][] = [];
  for (const field of contributionSortFields) {
    for (const dir of ['asc', 'desc'] as const) {
      cases.push([`pledges by ${field} ${dir}`, { campaignId, sort: { field, dir } }]);
    }
    cases.push([
      `pledges by ${field}, offset ${deep.toLocaleString('en')}`,
      { campaignId, sort: { field, dir: 'asc' }, offset: deep },
    ]);
  }
  cases.push(
    ['pledges, status refunded', { campaignId, filters: { status: 'refunded' } }],
    ['pledges, one tier', { campaignId, filters: { tierId } }],
    ['pledges, one tier by amount', { campaignId, filters: { tierId }, sort: { field: 'amount' } }],
    ['pledges, "mar"', { campaignId, filters: { query: 'mar' } }],
    ['pledges, "mar" by tier', { campaignId, filters: { query: 'mar' }, sort: { field: 'tier' } }],
  );
  const timings: Timing[] = [];
  for (const [label, input] of cases) {
    const matches = await listed(dispatch, 'contributions.list', input);
    const note = `${matches.toLocaleString('en')} of ${total.toLocaleString('en')} pledges`;
    timings.push(
      await time(label, () => listed(dispatch, 'contributions.list', input), {
        runs: RUNS,
        note,
        before: forgetCounts(generated),
      }),
    );
  }
  return timings;
}

/**
 * A project's fulfillment table (fulfillment.list) once ~250,000 lines exist: every sort on the
 * first page and at offset 200,000, and each filter.
 */
export async function fulfillmentListTimings(
  generated: GeneratedWorkspace,
  dispatch: Dispatch,
): Promise<Timing[]> {
  const lineCount = addFulfillment(generated);
  const [projectId] = generated.projectIds;
  const [campaignId] = generated.campaignIds;
  if (projectId === undefined) return [];
  const deep = Math.max(0, Math.min(200_000, lineCount - 1000));
  const blueRay = generated.ws.sqlite
    .prepare<[number], { id: number }>(
      `SELECT id FROM reward_items WHERE project_id = ? AND name = 'Blu-ray'`,
    )
    .get(projectId);
  const itemId = blueRay?.id;
  const cases: [string, LinesInput][] = [];
  for (const field of fulfillmentSortFields) {
    cases.push([`lines by ${field}`, { projectId, sort: { field, dir: 'asc' } }]);
    cases.push([
      `lines by ${field}, offset ${deep.toLocaleString('en')}`,
      { projectId, sort: { field, dir: 'asc' }, offset: deep },
    ]);
  }
  cases.push(
    ['lines by contributor desc', { projectId, sort: { field: 'contributor', dir: 'desc' } }],
    ['lines, status shipped', { projectId, filters: { status: 'shipped' } }],
    [
      'lines, status shipped, offset 20,000',
      { projectId, filters: { status: 'shipped' }, offset: 20_000 },
    ],
    ['lines, one campaign', { projectId, campaignId }],
    ['lines, "mar"', { projectId, filters: { query: 'mar' } }],
    ['lines, "mar" by item', { projectId, filters: { query: 'mar' }, sort: { field: 'item' } }],
    ['lines, "mar", offset 4,000', { projectId, filters: { query: 'mar' }, offset: 4_000 }],
    ['lines, one item by status', { projectId, filters: { itemId }, sort: { field: 'status' } }],
    ['lines, tracking "LP0001"', { projectId, filters: { query: 'LP0001' } }],
    ['lines, missing address', { projectId, filters: { missingAddress: true } }],
    [
      `lines, missing address, offset ${deep.toLocaleString('en')}`,
      { projectId, filters: { missingAddress: true }, offset: deep },
    ],
  );
  const timings: Timing[] = [];
  for (const [label, input] of cases) {
    const matches = await listed(dispatch, 'fulfillment.list', input);
    const note = `${matches.toLocaleString('en')} of ${lineCount.toLocaleString('en')} lines`;
    timings.push(
      await time(label, () => listed(dispatch, 'fulfillment.list', input), {
        runs: RUNS,
        note,
        before: forgetCounts(generated),
      }),
    );
  }
  return timings;
}
