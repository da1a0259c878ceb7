import type { Kysely } from 'kysely';
import type { ProgressEvent } from '../../../shared/contract';
import type { Workspace } from '../db/connection';
import type { Database } from '../db/schema';
import { createProject } from '../services/projects';
import { generateBackers } from './backers';
import { insertBudget } from './budget';
import { DOCUMENTARY_BUDGET, FEATURE_BUDGET } from './budgetData';
import { insertCampaign } from './campaign';
import { DOCUMENTARY_SOURCES, FEATURE_SOURCES, insertSources } from './financing';
import { SeededRandom } from './random';

/** Same seed, same workspace: screenshots, tests and bug reports can rely on the demo. */
const DEMO_SEED = 20_261_012;
const BATCH = 200;

export interface DemoSummary {
  projectIds: number[];
  campaignId: number;
  contributors: number;
  contributions: number;
}

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

async function nextId(trx: Kysely<Database>, table: 'contributors' | 'contributions') {
  const row = await trx
    .selectFrom(table)
    .select((eb) => eb.fn.max('id').as('max'))
    .executeTakeFirst();
  return (row?.max ?? 0) + 1;
}

/**
 * Fills a workspace with the demo slate: "Les Nuits de Marseille" (a feature with its budget,
 * financing plan, a live Touscoprod campaign, rewards and about 300 backers) and a documentary
 * in development. One transaction: a failure leaves the workspace as it was.
 */
export async function createDemo(
  ws: Workspace,
  onProgress?: (event: ProgressEvent) => void,
): Promise<DemoSummary> {
  const total = 5;
  const report = (done: number, message: string): void =>
    onProgress?.({ operation: 'demo', done, total, message });
  const random = new SeededRandom(DEMO_SEED);

  return ws.db.transaction().execute(async (trx) => {
    report(0, 'Projects');
    const feature = await createProject(trx, {
      title: 'Les Nuits de Marseille',
      format: 'film',
      currency: 'EUR',
      crowdCapBp: 500,
      securedThresholdBp: 5000,
    });
    const documentary = await createProject(trx, {
      title: 'Les Gardiens du Frioul',
      format: 'documentary',
      currency: 'EUR',
      crowdCapBp: 500,
      securedThresholdBp: 5000,
    });

    report(1, 'Budgets');
    await insertBudget(trx, feature.id, FEATURE_BUDGET);
    await insertBudget(trx, documentary.id, DOCUMENTARY_BUDGET);

    report(2, 'Financing plans');
    await insertSources(trx, feature.id, FEATURE_SOURCES);
    await insertSources(trx, documentary.id, DOCUMENTARY_SOURCES);

    report(3, 'Campaign and rewards');
    const campaign = await insertCampaign(trx, feature.id);

    report(4, 'Contributors');
    const rows = generateBackers(random, campaign, {
      contributor: await nextId(trx, 'contributors'),
      contribution: await nextId(trx, 'contributions'),
    });
    for (const chunk of batches(rows.contributors)) {
      await trx.insertInto('contributors').values(chunk).execute();
    }
    for (const chunk of batches(rows.identities)) {
      await trx.insertInto('contributor_identities').values(chunk).execute();
    }
    for (const chunk of batches(rows.contributions)) {
      await trx.insertInto('contributions').values(chunk).execute();
    }
    for (const chunk of batches(rows.fulfillment)) {
      await trx.insertInto('fulfillment_lines').values(chunk).execute();
    }
    report(5, 'Done');
    return {
      projectIds: [feature.id, documentary.id],
      campaignId: campaign.id,
      contributors: rows.contributors.length,
      contributions: rows.contributions.length,
    };
  });
}
