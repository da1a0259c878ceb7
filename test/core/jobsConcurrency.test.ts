// A worker job next to the main thread: it can be cancelled (nothing written), the main event loop
// keeps turning while it runs, reads go on, and a write from the main connection is answered
// 'busy' at once instead of freezing the process.
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { createDemoFile } from '../../electron/core/demo';
import { createDispatcher } from '../../electron/core/dispatcher';
import { jobIsWriting, runJob } from '../../electron/core/jobs';
import { MAIN_BUSY_TIMEOUT_WHILE_JOB_MS } from '../../electron/core/jobs/writeGuard';
import { backupWorkspace } from '../../electron/core/services/backup';
import { channels, type ProgressEvent } from '../../shared/contract';
import { createTranslator } from '../../shared/i18n/translate';
import { call } from './helpers';
import { campaignFor } from './importHelpers';
import { firstProgress, reportFile, tableCounts, tempFolder } from './jobsHelpers';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder('copro-jobs-concurrency-');
});
afterEach(async () => {
  await folder.cleanup();
});

function fileBytes(file: string): Buffer {
  return fs.readFileSync(file);
}

describe('cancelling a job in the worker', () => {
  it('cancels a 20,000-backer import mid-way: `cancelled`, and the file is unchanged', async () => {
    const ws = await folder.open('slate.copro');
    const campaignId = await campaignFor(ws, 'kickstarter');
    // Everything committed into the main file, so its bytes are the state to compare with.
    ws.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const before = { counts: await tableCounts(ws), bytes: fileBytes(ws.path) };
    const abort = new AbortController();
    const progress = firstProgress<ProgressEvent>();
    const running = createDispatcher(ws)(
      'imports.run',
      { campaignId, files: [reportFile(20_000)] },
      { onProgress: progress.onProgress, signal: abort.signal },
    );
    const first = await progress.reached;
    expect(first.done).toBeLessThan(20_000);
    abort.abort();
    const result = await running;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('cancelled');
    expect(await tableCounts(ws)).toEqual(before.counts);
    ws.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(fileBytes(ws.path).equals(before.bytes)).toBe(true);
    // The worker let go of the file: the main connection writes again, at its usual patience.
    expect(jobIsWriting(ws)).toBe(false);
    expect(ws.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    await call(ws, 'projects.create', { title: 'After the cancel' });
  }, 120_000);

  it('cancels a backup: no copy, no partial file, the workspace intact', async () => {
    const ws = await folder.open('slate.copro');
    await call(ws, 'projects.create', { title: 'Phares' });
    // Enough pages that the copy takes several steps.
    ws.sqlite.exec('CREATE TABLE ballast (x BLOB)');
    const fill = ws.sqlite.prepare('INSERT INTO ballast VALUES (randomblob(4000))');
    ws.sqlite.transaction(() => {
      for (let i = 0; i < 2000; i += 1) fill.run();
    })();
    const abort = new AbortController();
    const out = path.join(folder.dir, 'copy.copro');
    const copying = backupWorkspace(ws, out, () => abort.abort(), { signal: abort.signal });
    await expect(copying).rejects.toMatchObject({ code: 'cancelled' });
    expect(fs.readdirSync(folder.dir).filter((name) => name.startsWith('copy'))).toEqual([]);
    expect(await call(ws, 'projects.list', {})).toHaveLength(1);
  });

  it('cancels a demo build: the existing file stays as it was, no partial file left', async () => {
    const target = path.join(folder.dir, 'demo.copro');
    fs.writeFileSync(target, 'the file the user had');
    const abort = new AbortController();
    const phases: string[] = [];
    const building = createDemoFile(target, {
      force: true,
      signal: abort.signal,
      onProgress: (event) => {
        phases.push(event.phase ?? '');
        if (event.phase === 'contributors' && event.done > 0) abort.abort();
      },
    });
    await expect(building).rejects.toMatchObject({ code: 'cancelled' });
    expect(phases).toEqual(expect.arrayContaining(['projects', 'budget', 'financing']));
    expect(fs.readFileSync(target, 'utf8')).toBe('the file the user had');
    expect(fs.readdirSync(folder.dir)).toEqual(['demo.copro']);
  }, 120_000);
});

describe('the main thread while a worker imports', () => {
  /** Runs a 20,000-backer import and returns the main event loop's longest stall during it. */
  async function longestStall(ws: Workspace, mode: 'inline' | 'worker'): Promise<number> {
    const input = channels['imports.run'].input.parse({
      campaignId: await campaignFor(ws, 'kickstarter'),
      files: [reportFile(20_000)],
    });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const summary = await runJob(ws, 'import.run', input, {}, { mode });
    delay.disable();
    expect(summary.created).toBe(20_000);
    return delay.max / 1e6;
  }

  it('keeps the event loop turning: stalls far shorter than the same import on the main thread', async () => {
    const inline = await longestStall(await folder.open('inline.copro'), 'inline');
    const worker = await longestStall(await folder.open('worker.copro'), 'worker');
    console.log(
      `longest event-loop stall during a 20,000-backer import: main thread ${inline.toFixed(0)} ms, worker ${worker.toFixed(0)} ms`,
    );
    expect(worker * 3).toBeLessThan(inline);
  }, 180_000);

  it('reads on; a write from the main connection is refused `busy` (in French here)', async () => {
    const ws = await folder.open('slate.copro');
    await call(ws, 'workspace.setLanguage', { language: 'fr' });
    const campaignId = await campaignFor(ws, 'kickstarter');
    const dispatch = createDispatcher(ws);
    const progress = firstProgress<ProgressEvent>();
    const importing = dispatch(
      'imports.run',
      { campaignId, files: [reportFile(20_000)] },
      { onProgress: progress.onProgress },
    );
    await progress.reached;
    // The main connection now gives up on a lock almost at once, instead of blocking 5 s.
    expect(jobIsWriting(ws)).toBe(true);
    expect(ws.sqlite.pragma('busy_timeout', { simple: true })).toBe(MAIN_BUSY_TIMEOUT_WHILE_JOB_MS);
    const read = await dispatch('projects.list', {});
    expect(read.ok).toBe(true);
    const write = await dispatch('projects.create', { title: 'Pendant l’import' });
    expect(write.ok).toBe(false);
    if (!write.ok) {
      expect(write.error.code).toBe('busy');
      expect(write.error.message).toBe(createTranslator('fr').t('apiErrors.busy'));
    }
    // A second long write on the same workspace waits for its turn (jobsQueue.test.ts).
    const second = dispatch('imports.preview', { campaignId, files: [reportFile(10)] });

    const done = await importing;
    expect(done.ok).toBe(true);
    expect((await second).ok).toBe(true);
    expect(jobIsWriting(ws)).toBe(false);
    expect(ws.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect((await dispatch('projects.create', { title: 'Après l’import' })).ok).toBe(true);
  }, 120_000);
});
