// Long operations in a worker thread: the same results as on the main thread, progress relayed
// with its phases, errors (AppError with its keyed message and issues, SQLite codes) intact.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemo } from '../../electron/core/demo/createDemo';
import { createDispatcher } from '../../electron/core/dispatcher';
import { runJob } from '../../electron/core/jobs';
import { backupWorkspace } from '../../electron/core/services/backup';
import { channels, type ImportSummary, type ProgressEvent } from '../../shared/contract';
import { createTranslator } from '../../shared/i18n/translate';
import { call } from './helpers';
import { asFile, campaignFor } from './importHelpers';
import { reportFile, tableCounts, tempFolder } from './jobsHelpers';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder('copro-jobs-');
});
afterEach(async () => {
  await folder.cleanup();
});

/** Contributors as an import leaves them, without the clock's columns. */
function contributorRows(ws: Awaited<ReturnType<typeof folder.open>>): unknown[] {
  return ws.sqlite
    .prepare(
      'SELECT id, display_name, email, city, postal_code, country_code FROM contributors ORDER BY id',
    )
    .all();
}

/** The input of imports.run as the dispatcher hands it over (parsed, defaults filled). */
function importInput(campaignId: number, file: { name: string; contentBase64: string }) {
  return channels['imports.run'].input.parse({ campaignId, files: [file] });
}

describe('a job in the worker', () => {
  it('imports exactly what the same import on the main thread imports', async () => {
    const file = reportFile(1500);
    const inWorker = await folder.open('worker.copro');
    const inline = await folder.open('inline.copro');
    const events: ProgressEvent[] = [];
    const workerSummary = await runJob(
      inWorker,
      'import.run',
      importInput(await campaignFor(inWorker, 'kickstarter'), file),
      { onProgress: (event) => events.push(event) },
      { mode: 'worker' },
    );
    const inlineSummary = await runJob(
      inline,
      'import.run',
      importInput(await campaignFor(inline, 'kickstarter'), file),
      {},
      { mode: 'inline' },
    );
    expect(workerSummary.created).toBe(1500);
    expect(workerSummary).toEqual(inlineSummary);
    expect(await tableCounts(inWorker)).toEqual(await tableCounts(inline));
    expect(contributorRows(inWorker)).toEqual(contributorRows(inline));
    // Progress came across the thread boundary, in order, ending at the total.
    expect(events.length).toBeGreaterThan(1);
    expect(events.map((event) => event.done)).toEqual(
      [...events.map((event) => event.done)].sort((a, b) => a - b),
    );
    expect(events.at(-1)).toMatchObject({ operation: 'import', done: 1500, total: 1500 });
  });

  it('previews through the dispatcher of a file workspace without writing anything', async () => {
    const ws = await folder.open('slate.copro');
    const campaignId = await campaignFor(ws, 'kickstarter');
    const before = await tableCounts(ws);
    const result = await createDispatcher(ws)('imports.preview', {
      campaignId,
      files: [reportFile(300)],
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.value as ImportSummary).created).toBe(300);
    expect(await tableCounts(ws)).toEqual(before);
  });

  it('builds the budget workbook with progress through read, sheets and write', async () => {
    const ws = await folder.open('slate.copro');
    const [projectId = 0] = (await createDemo(ws)).projectIds;
    const project = { id: projectId };
    const events: ProgressEvent[] = [];
    const result = await createDispatcher(ws)(
      'exports.budgetWorkbook',
      { projectId: project.id, language: 'en' },
      { onProgress: (event) => events.push(event) },
    );
    expect(result.ok).toBe(true);
    const inline = await runJob(
      ws,
      'export.budgetWorkbook',
      { projectId: project.id, language: 'en' },
      {},
      { mode: 'inline' },
    );
    if (result.ok) {
      const file = result.value as typeof inline;
      expect(file.sheets).toEqual(inline.sheets);
      expect(file.fileName).toBe(inline.fileName);
      expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    }
    expect(new Set(events.map((event) => event.phase))).toEqual(
      new Set(['read', 'sheets', 'write']),
    );
    const sheets = events.filter((event) => event.phase === 'sheets');
    expect(sheets.at(-1)).toMatchObject({ operation: 'export', done: 4, total: 4 });
    expect(sheets.map((event) => event.done)).toEqual([0, 1, 2, 3, 4]);
  });

  it('backs a file workspace up in the worker, counting pages', async () => {
    const ws = await folder.open('slate.copro');
    await call(ws, 'projects.create', { title: 'Phares' });
    const events: ProgressEvent[] = [];
    const out = path.join(folder.dir, 'copy.copro');
    const copy = await backupWorkspace(ws, out, (event) => events.push(event));
    expect(copy.path).toBe(out);
    expect(copy.pages).toBeGreaterThan(0);
    expect(events.at(-1)).toEqual({
      operation: 'backup',
      phase: 'copy',
      done: copy.pages,
      total: copy.pages,
    });
    const reopened = await folder.open('copy.copro');
    expect(await call(reopened, 'projects.list', {})).toHaveLength(1);
    expect(fs.readdirSync(folder.dir).filter((name) => name.includes('.partial-'))).toEqual([]);
  });
});

describe('errors from the worker', () => {
  it('keeps an AppError’s code and keyed message: answered in French for a French workspace', async () => {
    const ws = await folder.open('slate.copro');
    await call(ws, 'workspace.setLanguage', { language: 'fr' });
    const result = await createDispatcher(ws)('budget.importRun', {
      projectId: 999,
      file: asFile('devis.csv', 'Poste;Tarif\nScénario;1000\n'),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('not_found');
    const fr = createTranslator('fr');
    expect(result.error.message).toBe(fr.t('apiErrors.missing.project', { id: '999' }));
    expect(result.error.message).not.toBe(
      createTranslator('en').t('apiErrors.missing.project', { id: '999' }),
    );
  });

  it('keeps the issues of a refusal, with their paths', async () => {
    const ws = await folder.open('slate.copro');
    const project = await call(ws, 'projects.create', { title: 'Phares' });
    const csv = 'Poste;Quantité;Tarif\nScénario;1;1000\nTournage;deux;250\n';
    const inWorker = await createDispatcher(ws)('budget.importRun', {
      projectId: project.id,
      file: asFile('devis.csv', csv),
    });
    const inline = await runJob(
      ws,
      'budgetImport.run',
      channels['budget.importRun'].input.parse({
        projectId: project.id,
        file: asFile('devis.csv', csv),
      }),
      {},
      { mode: 'inline' },
    ).then(
      () => null,
      (error: unknown) => error,
    );
    expect(inWorker.ok).toBe(false);
    if (inWorker.ok) return;
    expect(inWorker.error.code).toBe('validation');
    expect(inWorker.error.issues.length).toBeGreaterThan(0);
    expect(inWorker.error.issues).toEqual((inline as { issues: unknown }).issues);
    expect(await call(ws, 'budget.listLines', { projectId: project.id })).toEqual([]);
  });

  it('answers a job that fails on bad input with a clean error, and the next job runs', async () => {
    const ws = await folder.open('slate.copro');
    const campaignId = await campaignFor(ws, 'kickstarter');
    // Input the contract would refuse, sent past it: the job throws inside the worker.
    const bad = { campaignId, files: 'not a list', options: {} } as unknown as Parameters<
      typeof runJob<'import.run'>
    >[2];
    await expect(runJob(ws, 'import.run', bad, {}, { mode: 'worker' })).rejects.toThrow(
      /files\.map is not a function/,
    );
    // The write guard was released: the main connection writes, and the next job runs.
    await call(ws, 'projects.create', { title: 'Still writable' });
    const summary = await runJob(
      ws,
      'import.run',
      importInput(campaignId, reportFile(10)),
      {},
      { mode: 'worker' },
    );
    expect(summary.created).toBe(10);
  });

  it('answers a worker that cannot open its workspace, rather than hanging', async () => {
    const ws = await folder.open('slate.copro');
    const gone = { ...ws, path: path.join(folder.dir, 'gone.copro') };
    await expect(
      runJob(gone, 'export.budgetWorkbook', { projectId: 1, language: 'en' }),
    ).rejects.toMatchObject({ code: 'SQLITE_CANTOPEN' });
  });

  it('refuses input a worker cannot receive, without starting anything', async () => {
    const ws = await folder.open('slate.copro');
    const uncloneable = { target: path.join(folder.dir, 'x.copro'), callback: () => 1 };
    await expect(runJob(ws, 'workspace.backup', uncloneable)).rejects.toThrow(/clone/i);
    expect(fs.existsSync(path.join(folder.dir, 'x.copro'))).toBe(false);
  });
});
