// Writing jobs take turns on a workspace: one that arrives while another writes waits for it
// (first come, first served) and says so, can be cancelled while it waits (nothing runs), and the
// main connection's own writes still fail fast meanwhile.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { createDispatcher } from '../../electron/core/dispatcher';
import { closeJobWorkers, jobIsWriting } from '../../electron/core/jobs';
import {
  claimWrites,
  MAIN_BUSY_TIMEOUT_WHILE_JOB_MS,
  MAX_WAITING_WRITE_JOBS,
  waitingWriteJobs,
} from '../../electron/core/jobs/writeGuard';
import type { ProgressEvent } from '../../shared/contract';
import { memoryWorkspace } from './helpers';
import { campaignFor } from './importHelpers';
import { firstProgress, reportFile, tempFolder } from './jobsHelpers';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder('copro-jobs-queue-');
});
afterEach(async () => {
  await closeJobWorkers();
  await folder.cleanup();
});

function countFor(ws: Workspace, table: 'contributions' | 'imports', campaignId: number): number {
  const row = ws.sqlite
    .prepare(`SELECT count(*) AS n FROM ${table} WHERE campaign_id = ?`)
    .get(campaignId) as { n: number };
  return row.n;
}

/** A progress listener that keeps every event, for asserting on what a call reported. */
function recorder(): { events: ProgressEvent[]; onProgress: (event: ProgressEvent) => void } {
  const events: ProgressEvent[] = [];
  return { events, onProgress: (event) => events.push(event) };
}

describe('the write turn (writeGuard)', () => {
  it('hands the turn over first come, first served; refuses `busy` beyond the line it keeps', async () => {
    const ws = await memoryWorkspace();
    const order: number[] = [];
    const first = await claimWrites(ws);
    const queued = Array.from({ length: MAX_WAITING_WRITE_JOBS }, (_, index) =>
      claimWrites(ws).then((release) => {
        order.push(index);
        release();
      }),
    );
    expect(waitingWriteJobs(ws)).toBe(MAX_WAITING_WRITE_JOBS);
    await expect(claimWrites(ws)).rejects.toMatchObject({ code: 'busy' });
    expect(order).toEqual([]);
    first();
    // A second release of the same turn must not end the turn handed to the next job.
    first();
    await Promise.all(queued);
    expect(order).toEqual(Array.from({ length: MAX_WAITING_WRITE_JOBS }, (_, index) => index));
    expect(jobIsWriting(ws)).toBe(false);
    expect(waitingWriteJobs(ws)).toBe(0);
    await ws.close();
  });

  it('drops a waiting job whose caller went away, and refuses one already cancelled', async () => {
    const ws = await memoryWorkspace();
    const release = await claimWrites(ws);
    const abort = new AbortController();
    const waiting = claimWrites(ws, { signal: abort.signal });
    const next = claimWrites(ws);
    expect(waitingWriteJobs(ws)).toBe(2);
    abort.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'cancelled' });
    expect(waitingWriteJobs(ws)).toBe(1);
    await expect(claimWrites(ws, { signal: abort.signal })).rejects.toMatchObject({
      code: 'cancelled',
    });
    release();
    (await next)();
    expect(jobIsWriting(ws)).toBe(false);
    await ws.close();
  });
});

describe('writing jobs on a workspace file', () => {
  it('runs two back-to-back imports in turn: the second waits, says so, then sees the first’s rows', async () => {
    const ws = await folder.open('slate.copro');
    const campaignId = await campaignFor(ws, 'kickstarter');
    const dispatch = createDispatcher(ws);
    const input = { campaignId, files: [reportFile(300)] };
    const finished: string[] = [];
    const firstEvents = recorder();
    const secondEvents = recorder();
    const first = dispatch('imports.run', input, { onProgress: firstEvents.onProgress }).then(
      (result) => {
        finished.push('first');
        return result;
      },
    );
    const second = dispatch('imports.run', input, { onProgress: secondEvents.onProgress }).then(
      (result) => {
        finished.push('second');
        return result;
      },
    );
    const [one, two] = await Promise.all([first, second]);
    expect(finished).toEqual(['first', 'second']);
    expect(one).toMatchObject({ ok: true, value: { created: 300, unchanged: 0 } });
    // Run after the first committed: the same report finds every backer already there.
    expect(two).toMatchObject({ ok: true, value: { created: 0, unchanged: 300 } });
    expect(firstEvents.events.some((event) => event.phase === 'waiting')).toBe(false);
    // The wait is reported first, then an event without a phase when its turn comes.
    expect(secondEvents.events[0]).toEqual({
      operation: 'import',
      phase: 'waiting',
      done: 0,
      total: 0,
    });
    expect(secondEvents.events[1]).toEqual({ operation: 'import', done: 0, total: 0 });
    expect(countFor(ws, 'imports', campaignId)).toBe(2);
    expect(jobIsWriting(ws)).toBe(false);
    expect(ws.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
  }, 120_000);

  it('never runs a queued import cancelled while it waits: `cancelled`, nothing written', async () => {
    const ws = await folder.open('slate.copro');
    const running = await campaignFor(ws, 'kickstarter');
    const queuedCampaign = await campaignFor(ws, 'kickstarter');
    const dispatch = createDispatcher(ws);
    const importing = dispatch('imports.run', { campaignId: running, files: [reportFile(3000)] });
    const abort = new AbortController();
    const queuedEvents = recorder();
    const queued = dispatch(
      'imports.run',
      { campaignId: queuedCampaign, files: [reportFile(50, 3)] },
      {
        signal: abort.signal,
        onProgress: (event) => {
          queuedEvents.onProgress(event);
          // The user cancels (or the window goes away) while it waits.
          if (event.phase === 'waiting') setImmediate(() => abort.abort());
        },
      },
    );
    const cancelled = await queued;
    expect(cancelled.ok).toBe(false);
    if (!cancelled.ok) expect(cancelled.error.code).toBe('cancelled');
    expect(queuedEvents.events.map((event) => event.phase)).toEqual(['waiting']);
    expect(waitingWriteJobs(ws)).toBe(0);

    const done = await importing;
    expect(done).toMatchObject({ ok: true, value: { created: 3000 } });
    expect(countFor(ws, 'contributions', queuedCampaign)).toBe(0);
    expect(countFor(ws, 'imports', queuedCampaign)).toBe(0);
    expect(countFor(ws, 'imports', running)).toBe(1);
    expect(jobIsWriting(ws)).toBe(false);
  }, 120_000);

  it('keeps the main connection’s direct writes failing fast `busy` while jobs write or wait', async () => {
    const ws = await folder.open('slate.copro');
    const campaignId = await campaignFor(ws, 'kickstarter');
    const dispatch = createDispatcher(ws);
    const progress = firstProgress<ProgressEvent>();
    const importing = dispatch(
      'imports.run',
      { campaignId, files: [reportFile(20_000)] },
      { onProgress: progress.onProgress },
    );
    const previewing = dispatch('imports.preview', { campaignId, files: [reportFile(10, 5)] });
    await progress.reached;
    expect(waitingWriteJobs(ws)).toBe(1);
    expect(ws.sqlite.pragma('busy_timeout', { simple: true })).toBe(MAIN_BUSY_TIMEOUT_WHILE_JOB_MS);
    const write = await dispatch('projects.create', { title: 'During the import' });
    expect(write.ok).toBe(false);
    if (!write.ok) expect(write.error.code).toBe('busy');
    expect((await dispatch('projects.list', {})).ok).toBe(true);

    expect((await importing).ok).toBe(true);
    const preview = await previewing;
    expect(preview.ok).toBe(true);
    if (preview.ok) expect(preview.value).toMatchObject({ files: [{ rows: 10 }] });
    expect(jobIsWriting(ws)).toBe(false);
    expect(ws.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect((await dispatch('projects.create', { title: 'After the import' })).ok).toBe(true);
  }, 120_000);
});
