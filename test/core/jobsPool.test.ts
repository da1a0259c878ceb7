// The warm job worker: consecutive jobs run on the same thread (no start-up each time), a
// stopped or crashed thread is replaced, a switch of workspace never lets a job read the old
// file, and an idle worker never keeps a process alive.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openWorkspace, type Workspace } from '../../electron/core/db/connection';
import {
  closeJobWorkers,
  JOB_WORKER_IDLE_MS,
  jobWorkerStats,
  prewarmJobWorker,
  releaseWorkspace,
  runJob,
} from '../../electron/core/jobs';
import { channels, type ProgressEvent } from '../../shared/contract';
import { memoryWorkspace } from './helpers';
import { campaignFor, FIXTURES } from './importHelpers';
import { firstProgress, reportFile, tableCounts, tempFolder } from './jobsHelpers';

const BIN = fileURLToPath(new URL('../../bin/copro.mjs', import.meta.url));

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder('copro-jobs-pool-');
});
afterEach(async () => {
  vi.useRealTimers();
  await closeJobWorkers();
  await folder.cleanup();
});

function previewInput(campaignId: number, backers: number) {
  return channels['imports.preview'].input.parse({ campaignId, files: [reportFile(backers)] });
}

function runInput(campaignId: number, backers: number) {
  return channels['imports.run'].input.parse({ campaignId, files: [reportFile(backers)] });
}

/** Workers started since `before` was taken. */
function startedSince(before: ReturnType<typeof jobWorkerStats>): number {
  return jobWorkerStats().started - before.started;
}

describe('a warm worker', () => {
  it('runs two consecutive jobs on the same thread, started once', async () => {
    const ws = await folder.open('slate.copro');
    const campaignId = await campaignFor(ws, 'kickstarter');
    const before = jobWorkerStats();
    const first = await runJob(
      ws,
      'import.preview',
      previewInput(campaignId, 50),
      {},
      {
        mode: 'worker',
      },
    );
    const afterFirst = jobWorkerStats();
    const second = await runJob(
      ws,
      'import.run',
      runInput(campaignId, 50),
      {},
      {
        mode: 'worker',
      },
    );
    expect(first.created).toBe(50);
    expect(second.created).toBe(50);
    expect(startedSince(before)).toBe(1);
    expect(afterFirst.idleThreadId).not.toBeNull();
    expect(jobWorkerStats().idleThreadId).toBe(afterFirst.idleThreadId);
    expect(jobWorkerStats().alive).toBe(1);
    // The job wrote through the worker's kept connection: the main connection sees it.
    expect((await tableCounts(ws)).contributors).toBe(50);
  });

  it('goes after a while without jobs; the next job starts another', async () => {
    const ws = await folder.open('slate.copro');
    const campaignId = await campaignFor(ws, 'kickstarter');
    // Only the pool's idle timer is faked: the worker's messages still flow.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const before = jobWorkerStats();
    await runJob(ws, 'import.preview', previewInput(campaignId, 10));
    vi.advanceTimersByTime(JOB_WORKER_IDLE_MS - 1);
    expect(jobWorkerStats().alive).toBe(1);
    vi.advanceTimersByTime(1);
    expect(jobWorkerStats()).toMatchObject({ alive: 0, idleThreadId: null });
    vi.useRealTimers();
    const summary = await runJob(ws, 'import.preview', previewInput(campaignId, 10));
    expect(summary.created).toBe(10);
    expect(startedSince(before)).toBe(2);
  });

  it('is started when a workspace is opened, and the first job runs on it', async () => {
    const ws = await folder.open('slate.copro');
    const campaignId = await campaignFor(ws, 'kickstarter');
    const before = jobWorkerStats();
    prewarmJobWorker(ws);
    const warm = jobWorkerStats();
    expect(startedSince(before)).toBe(1);
    expect(warm.idleThreadId).not.toBeNull();
    const summary = await runJob(ws, 'import.preview', previewInput(campaignId, 20));
    expect(summary.created).toBe(20);
    expect(startedSince(before)).toBe(1);
    expect(jobWorkerStats().idleThreadId).toBe(warm.idleThreadId);
  });

  it('starts nothing for an in-memory workspace: its jobs run in-process', async () => {
    const ws = await memoryWorkspace();
    const campaignId = await campaignFor(ws, 'kickstarter');
    const before = jobWorkerStats();
    prewarmJobWorker(ws);
    const summary = await runJob(ws, 'import.preview', previewInput(campaignId, 20));
    expect(summary.created).toBe(20);
    expect(startedSince(before)).toBe(0);
    await ws.close();
  });

  it('runs overlapping jobs on two threads, then keeps one warm', async () => {
    const ws = await folder.open('slate.copro');
    const campaignId = await campaignFor(ws, 'kickstarter');
    const before = jobWorkerStats();
    const [a, b] = await Promise.all([
      runJob(ws, 'import.preview', previewInput(campaignId, 30)),
      runJob(ws, 'budgetImport.preview', {
        ...channels['budget.importPreview'].input.parse({
          projectId: 1,
          file: {
            name: 'devis.csv',
            contentBase64: Buffer.from('Poste;Tarif\nScénario;1000\n').toString('base64'),
          },
        }),
      }),
    ]);
    expect(a.created).toBe(30);
    expect(b).toBeDefined();
    expect(startedSince(before)).toBe(2);
    expect(jobWorkerStats().alive).toBe(1);
  });
});

describe('a worker that stopped', () => {
  it('is replaced after a cancel it did not answer in time; the next job succeeds', async () => {
    const ws = await folder.open('slate.copro');
    const campaignId = await campaignFor(ws, 'kickstarter');
    await runJob(ws, 'import.preview', previewInput(campaignId, 10));
    const warm = jobWorkerStats();
    const before = await tableCounts(ws);
    const abort = new AbortController();
    const progress = firstProgress<ProgressEvent>();
    // No grace: the thread is stopped at once, in the middle of its transaction.
    const running = runJob(
      ws,
      'import.run',
      runInput(campaignId, 20_000),
      { onProgress: progress.onProgress, signal: abort.signal },
      { cancelGraceMs: 0 },
    );
    await progress.reached;
    abort.abort();
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(await tableCounts(ws)).toEqual(before);
    const summary = await runJob(ws, 'import.run', runInput(campaignId, 10));
    expect(summary.created).toBe(10);
    expect(startedSince(warm)).toBe(1);
    expect(jobWorkerStats().idleThreadId).not.toBe(warm.idleThreadId);
    expect(jobWorkerStats().alive).toBe(1);
  }, 120_000);

  it('is replaced after it crashed mid-job: the job fails as stopped, nothing written', async () => {
    const ws = await folder.open('slate.copro');
    const campaignId = await campaignFor(ws, 'kickstarter');
    const before = await tableCounts(ws);
    const progress = firstProgress<ProgressEvent>();
    const running = runJob(ws, 'import.run', runInput(campaignId, 20_000), {
      onProgress: progress.onProgress,
    });
    await progress.reached;
    const stats = jobWorkerStats();
    // The thread ends under the job, as a crash would end it.
    await closeJobWorkers();
    await expect(running).rejects.toMatchObject({ code: 'internal' });
    expect(await tableCounts(ws)).toEqual(before);
    const summary = await runJob(ws, 'import.run', runInput(campaignId, 10));
    expect(summary.created).toBe(10);
    expect(startedSince(stats)).toBe(1);
  }, 120_000);

  it('is kept after a job that failed cleanly', async () => {
    const ws = await folder.open('slate.copro');
    const exportMissing = (projectId: number) =>
      runJob(ws, 'export.budgetWorkbook', { projectId, language: 'en' });
    await expect(exportMissing(1)).rejects.toMatchObject({ code: 'not_found' });
    const warm = jobWorkerStats();
    await expect(exportMissing(999)).rejects.toMatchObject({ code: 'not_found' });
    expect(startedSince(warm)).toBe(0);
    expect(jobWorkerStats().idleThreadId).toBe(warm.idleThreadId);
  });
});

describe('switching workspaces', () => {
  it('runs the next job on the new file, never on the one it ran on before', async () => {
    const first = await folder.open('first.copro');
    const second = await folder.open('second.copro');
    const firstCampaign = await campaignFor(first, 'kickstarter');
    const secondCampaign = await campaignFor(second, 'kickstarter');
    await runJob(first, 'import.run', runInput(firstCampaign, 40));
    const warm = jobWorkerStats();
    const onSecond = await runJob(second, 'import.run', runInput(secondCampaign, 25));
    expect(onSecond.created).toBe(25);
    expect((await tableCounts(first)).contributors).toBe(40);
    expect((await tableCounts(second)).contributors).toBe(25);
    expect(startedSince(warm)).toBe(0);
  });

  it('does not serve a file replaced at the same path from the connection to the old one', async () => {
    const file = path.join(folder.dir, 'slate.copro');
    const old = await openWorkspace(file, { create: true });
    const campaignId = await campaignFor(old, 'kickstarter');
    await runJob(old, 'import.run', runInput(campaignId, 30));
    // The worker still holds its connection to the old file (no release): the app closes it,
    // and another workspace takes its name.
    await old.close();
    const fresh = await folder.open('fresh.copro');
    const freshCampaign = await campaignFor(fresh, 'kickstarter');
    await fresh.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    fs.renameSync(path.join(folder.dir, 'fresh.copro'), file);
    const reopened: Workspace = await openWorkspace(file);
    try {
      expect(freshCampaign).toBe(campaignId);
      const preview = await runJob(reopened, 'import.preview', previewInput(campaignId, 30));
      // On the old file these 30 backers are already there (unchanged); on this one they are new.
      expect(preview.created).toBe(30);
      expect(preview.unchanged).toBe(0);
    } finally {
      await releaseWorkspace(file);
      await reopened.close();
    }
  });

  it('lets go of the file when released: closing the app’s connection folds the WAL in', async () => {
    const file = path.join(folder.dir, 'slate.copro');
    const ws = await openWorkspace(file, { create: true });
    const campaignId = await campaignFor(ws, 'kickstarter');
    prewarmJobWorker(ws);
    await runJob(ws, 'import.run', runInput(campaignId, 30));
    const warm = jobWorkerStats();
    await releaseWorkspace(file);
    await ws.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    // Released, not stopped: the same thread takes the next job.
    const other = await folder.open('other.copro');
    const preview = await runJob(
      other,
      'import.preview',
      previewInput(await campaignFor(other, 'kickstarter'), 5),
    );
    expect(preview.created).toBe(5);
    expect(startedSince(warm)).toBe(0);
    expect(jobWorkerStats().idleThreadId).toBe(warm.idleThreadId);
  });
});

describe('a process with a warm worker', () => {
  it('exits once `copro import` is done, the file left whole (no WAL beside it)', async () => {
    const file = path.join(folder.dir, 'Slate.copro');
    const ws = await openWorkspace(file, { create: true });
    const campaignId = await campaignFor(ws, 'kickstarter');
    await ws.close();
    const started = Date.now();
    const result = spawnSync(
      process.execPath,
      [
        BIN,
        'import',
        file,
        '--campaign',
        String(campaignId),
        '--json',
        path.join(FIXTURES, 'kickstarter-backer-report.zip'),
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    // Killed by the timeout, it would have no status and a signal.
    expect({ signal: result.signal, status: result.status, stderr: result.stderr }).toEqual({
      signal: null,
      status: 0,
      stderr: '',
    });
    expect(JSON.parse(result.stdout)).toMatchObject({ created: 24, imported: true });
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    console.log(`copro import exited after ${Date.now() - started} ms`);
  }, 90_000);
});
