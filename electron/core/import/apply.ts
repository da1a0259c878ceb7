import { createHash } from 'node:crypto';
import type {
  ImportChange,
  ImportSummary,
  ParsedImportInput,
} from '../../../shared/contract/imports';
import { AppError, apiMessage } from '../../../shared/errors';
import type { Workspace } from '../db/connection';
import type { CallContext } from '../handlers/types';
import { BulkImport } from './applyBulk';
import { ContributorResolver } from './applyContributors';
import { PledgeWriter } from './applyPledges';
import { TierResolver } from './applyTiers';
import { IssueSink, MAX_LISTED_ERRORS } from './issues';
import { readImport } from './read';
import type { ImportRecord, TierRef } from './record';
import type { InputFile } from './sources';
import { syncContributorSearch } from '../services/contributorSearchIndex';
import { notFound } from '../services/ownership';
import { getLanguage } from '../services/workspace';

/** How often progress is reported, and how often the event loop gets a turn to deliver it. */
const PROGRESS_EVERY = 1000;
const YIELD_EVERY = 5000;

function decodeFiles(input: ParsedImportInput): InputFile[] {
  return input.files.map((file) => ({
    name: file.name,
    bytes: Buffer.from(file.contentBase64, 'base64'),
  }));
}

function filesHash(files: readonly InputFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.name).update('\u0000').update(file.bytes);
  return hash.digest('hex');
}

function tierError(sink: IssueSink, record: ImportRecord, tier: TierRef): void {
  sink.add({
    file: record.file,
    line: record.line,
    column: null,
    message:
      tier.externalId === null
        ? apiMessage('apiErrors.imports.noTier', { title: tier.title })
        : apiMessage('apiErrors.imports.noTierWithId', {
            title: tier.title,
            externalId: tier.externalId,
          }),
  });
}

/**
 * Reads the files and applies them to the campaign in ONE transaction: committed by a run without
 * errors, rolled back by a preview or by any error, so a failed import writes nothing.
 *
 * The hot path uses better-sqlite3 prepared statements on `ws.sqlite` rather than Kysely: compiling
 * a Kysely query per row costs more than executing it, and 250,000 backers mean about two million
 * statements. They run on Kysely's own connection inside the transaction it opened (a controlled
 * transaction holds Kysely's connection lock, so no other call's query slips in when we yield).
 */
export async function runImport(
  ws: Workspace,
  input: ParsedImportInput,
  ctx: CallContext,
  mode: 'preview' | 'run',
): Promise<ImportSummary> {
  const campaign = await ws.db
    .selectFrom('campaigns')
    .select(['id', 'currency', 'platform'])
    .where('id', '=', input.campaignId)
    .executeTakeFirst();
  if (campaign === undefined) {
    throw notFound('Campaign', input.campaignId, 'campaignId');
  }
  const files = decodeFiles(input);
  // Errors are listed in the workspace's language: what the preview shows and the CLI prints.
  const sink = new IssueSink(await getLanguage(ws));
  const reading = await readImport(files, input, campaign, sink);
  const platform = reading.format === 'generic' ? campaign.platform : reading.format;
  const createMissingTiers = input.options.createMissingTiers ?? reading.format !== 'generic';
  const now = new Date().toISOString();
  const changes: ImportChange[] = [];
  let changeCount = 0;
  const onChange = (change: ImportChange) => {
    changeCount += 1;
    if (changes.length < MAX_LISTED_ERRORS) changes.push(change);
  };
  const counts = { created: 0, updated: 0, unchanged: 0, flaggedMissing: 0 };
  const counters = { rows: 0, skipped: 0 };

  const trx = await ws.db.startTransaction().execute();
  // A bigger page cache while 250,000 rows go through nine indexes; restored afterwards.
  const cacheBefore = ws.sqlite.pragma('cache_size', { simple: true });
  ws.sqlite.pragma('cache_size = -131072');
  try {
    const bulk = BulkImport.suspend(ws.sqlite);
    const tiers = new TierResolver(ws.sqlite, campaign.id, createMissingTiers);
    const contributors = new ContributorResolver(ws.sqlite, platform, now);
    const pledges = new PledgeWriter(ws.sqlite, campaign.id, now);
    const seenPledges = new Map<string, { file: string; line: number }>();
    const seenIds = new Set<number>();
    const unchangedByContributor = new Map<number, number>();

    /** Applies one row, or refuses it with the reason in the sink. */
    const applyRecord = (record: ImportRecord): void => {
      const pledgeId = record.pledge.externalId;
      const first = seenPledges.get(pledgeId);
      if (first !== undefined) {
        sink.add({
          file: record.file,
          line: record.line,
          column: null,
          message: apiMessage('apiErrors.imports.duplicatePledge', {
            id: pledgeId,
            file: first.file,
            line: String(first.line),
          }),
        });
        counters.skipped += 1;
        return;
      }
      seenPledges.set(pledgeId, { file: record.file, line: record.line });
      const tierId = record.pledge.tier === null ? null : tiers.resolve(record.pledge.tier);
      const addons = record.pledge.addons.map((a) => ({
        ref: a.tier,
        tierId: tiers.resolve(a.tier),
        quantity: a.quantity,
      }));
      const missingTier = [
        ...(record.pledge.tier !== null && tierId === null ? [record.pledge.tier] : []),
        ...addons.filter((a) => a.tierId === null).map((a) => a.ref),
      ];
      if (missingTier.length > 0) {
        for (const ref of missingTier) tierError(sink, record, ref);
        counters.skipped += 1;
        return;
      }
      const existing = pledges.existing(pledgeId);
      const contributorId = contributors.resolve(record, existing?.contributor_id ?? null);
      const { id, outcome } = pledges.write(
        {
          contributorId,
          contributorName: record.contributor.display_name ?? '',
          tierId,
          addons: addons.flatMap((a) =>
            a.tierId === null ? [] : [{ tierId: a.tierId, quantity: a.quantity }],
          ),
          values: record.pledge,
        },
        existing,
        onChange,
      );
      seenIds.add(id);
      counts[outcome] += 1;
      if (outcome === 'unchanged') {
        unchangedByContributor.set(
          contributorId,
          (unchangedByContributor.get(contributorId) ?? 0) + 1,
        );
      }
    };

    let nextProgress = PROGRESS_EVERY;
    let nextYield = YIELD_EVERY;
    for (const record of reading.records(counters)) {
      applyRecord(record);
      const done = counters.rows;
      if (done >= nextProgress) {
        nextProgress = (Math.floor(done / PROGRESS_EVERY) + 1) * PROGRESS_EVERY;
        ctx.onProgress?.({
          operation: 'import',
          done,
          total: Math.max(done, reading.estimatedRows),
        });
      }
      if (done >= nextYield) {
        nextYield = done + YIELD_EVERY;
        await new Promise((resolve) => setImmediate(resolve));
        if (ctx.signal?.aborted) {
          throw new AppError('cancelled', apiMessage('apiErrors.imports.cancelled'));
        }
      }
    }

    // A backer whose pledge did not change but whose address did counts as updated.
    const changedContributors = contributors.finish(onChange);
    for (const contributorId of changedContributors) {
      const moved = unchangedByContributor.get(contributorId) ?? 0;
      counts.unchanged -= moved;
      counts.updated += moved;
    }
    counts.flaggedMissing = flagMissing(ws, campaign.id, seenIds, now);

    const summary: ImportSummary = {
      format: reading.format,
      files: reading.files,
      mapping: reading.mapping,
      ...counts,
      skipped: counters.skipped,
      contributorsCreated: contributors.created,
      contributorsUpdated: changedContributors.size,
      errors: sink.list,
      errorCount: sink.count,
      changes,
      changeCount,
      tiersCreated: tiers.created,
      importId: null,
    };
    ctx.onProgress?.({ operation: 'import', done: counters.rows, total: counters.rows });

    if (mode === 'preview' || sink.count > 0) {
      await trx.rollback().execute();
      if (mode === 'run') throw refusal(sink);
      return summary;
    }
    summary.importId = recordImport(ws, campaign.id, reading.format, files, summary, now);
    bulk.settle([...contributors.written, ...pledges.written]);
    await trx.commit().execute();
    // Index the new and changed contributors now, inside the import's wait, rather than on the
    // first search after it (a 250,000-backer import would otherwise make that search slow).
    await syncContributorSearch(ws.db);
    return summary;
  } catch (error) {
    if (!trx.isCommitted && !trx.isRolledBack) await trx.rollback().execute();
    throw error;
  } finally {
    ws.sqlite.pragma(`cache_size = ${Number(cacheBefore)}`);
  }
}

function refusal(sink: IssueSink): AppError {
  const { first, count } = sink;
  return new AppError(
    'validation',
    first === undefined
      ? apiMessage('apiErrors.importHasErrors', { count })
      : apiMessage('apiErrors.importHasErrorsFirst', {
          count,
          file: first.file,
          line: String(first.line),
          detail: first.message,
        }),
    sink.localizedIssues(),
  );
}

/** Pledges of the campaign that this export no longer has: flagged, never deleted. */
function flagMissing(
  ws: Workspace,
  campaignId: number,
  seen: ReadonlySet<number>,
  now: string,
): number {
  const rows = ws.sqlite
    .prepare<[number], { id: number; missing_from_last_import: number }>(
      'SELECT id, missing_from_last_import FROM contributions WHERE campaign_id = ? AND external_id IS NOT NULL',
    )
    .all(campaignId);
  const flag = ws.sqlite.prepare<[string, number]>(
    'UPDATE contributions SET missing_from_last_import = 1, updated_at = ? WHERE id = ?',
  );
  let missing = 0;
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    missing += 1;
    if (row.missing_from_last_import === 0) flag.run(now, row.id);
  }
  return missing;
}

function recordImport(
  ws: Workspace,
  campaignId: number,
  format: string,
  files: readonly InputFile[],
  summary: ImportSummary,
  now: string,
): number {
  const id = Number(
    ws.sqlite
      .prepare(
        `INSERT INTO imports (campaign_id, format, file_names, file_hash, imported_at, created, updated, unchanged, skipped)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        campaignId,
        format,
        JSON.stringify(files.map((f) => f.name)),
        filesHash(files),
        now,
        summary.created,
        summary.updated,
        summary.unchanged,
        summary.skipped,
      ).lastInsertRowid,
  );
  ws.sqlite
    .prepare(
      "INSERT INTO audit_log (at, entity, entity_id, action, changes) VALUES (?, 'campaign', ?, 'import', ?)",
    )
    .run(
      now,
      campaignId,
      JSON.stringify({
        importId: id,
        format,
        files: files.map((f) => f.name),
        created: summary.created,
        updated: summary.updated,
        unchanged: summary.unchanged,
        flaggedMissing: summary.flaggedMissing,
        tiersCreated: summary.tiersCreated.length,
      }),
    );
  return id;
}
