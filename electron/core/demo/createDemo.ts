import type { Kysely } from 'kysely';
import type { ProgressEvent } from '../../../shared/contract';
import { AppError, apiMessage } from '../../../shared/errors';
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
  signal?: AbortSignal,
): Promise<DemoSummary> {
  const total = 5;
  /** Reports a step (phase keys: see `progress.phases`); a cancel there rolls everything back. */
  const report = (done: number, phase: string, of = total): void => {
    if (signal?.aborted) {
      throw new AppError('cancelled', apiMessage('apiErrors.demoCancelled'));
    }
    onProgress?.({ operation: 'demo', phase, done, total: of });
  };
  const random = new SeededRandom(DEMO_SEED);

  return ws.db.transaction().execute(async (trx) => {
    report(0, 'projects');
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

    report(1, 'budget');
    await insertBudget(trx, feature.id, FEATURE_BUDGET);
    await insertBudget(trx, documentary.id, DOCUMENTARY_BUDGET);

    report(2, 'financing');
    await insertSources(trx, feature.id, FEATURE_SOURCES);
    await insertSources(trx, documentary.id, DOCUMENTARY_SOURCES);

    report(3, 'campaign');
    const campaign = await insertCampaign(trx, feature.id);

    const rows = generateBackers(random, campaign, {
      contributor: await nextId(trx, 'contributors'),
      contribution: await nextId(trx, 'contributions'),
    });
    // The contributors phase counts the rows written (contributors, identities, pledges, lines).
    const rowCount =
      rows.contributors.length +
      rows.identities.length +
      rows.contributions.length +
      rows.fulfillment.length;
    let written = 0;
    report(written, 'contributors', rowCount);
    for (const chunk of batches(rows.contributors)) {
      await trx.insertInto('contributors').values(chunk).execute();
      report((written += chunk.length), 'contributors', rowCount);
    }
    for (const chunk of batches(rows.identities)) {
      await trx.insertInto('contributor_identities').values(chunk).execute();
      report((written += chunk.length), 'contributors', rowCount);
    }
    for (const chunk of batches(rows.contributions)) {
      await trx.insertInto('contributions').values(chunk).execute();
      report((written += chunk.length), 'contributors', rowCount);
    }
    for (const chunk of batches(rows.fulfillment)) {
      await trx.insertInto('fulfillment_lines').values(chunk).execute();
      report((written += chunk.length), 'contributors', rowCount);
    }
    return {
      projectIds: [feature.id, documentary.id],
      campaignId: campaign.id,
      contributors: rows.contributors.length,
      contributions: rows.contributions.length,
    };
  });
}
