import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Page, Request } from '@playwright/test';
import { DEFAULT_RENDERER_DIR, startServer } from '../../electron/server/server';
import { HTTP } from '../../shared/bridge';
import type { ProgressEvent } from '../../shared/contract';
import { en, fr } from '../../shared/i18n';
import { test as base, expect } from './support/app';
import { seedWorkspace } from './support/seed';

/**
 * The long operations outside imports — the budget workbook export, Save a copy, Open demo —
 * show a progress bar (after their first 300 ms) fed by the call's own progress events, and the
 * copy can be cancelled without writing anything.
 */

interface Served {
  url: string;
  token: string;
  dir: string;
  workspacePath: string;
  /** Copro's data folder for this test: the demo goes there. */
  dataDir: string;
}

const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

const test = base.extend<{ served: Served; fillerMegabytes: number }>({
  fillerMegabytes: [0, { option: true }],
  served: async ({ seed, fillerMegabytes }, use) => {
    const saved = LOCALE_VARIABLES.map((name) => [name, process.env[name]] as const);
    delete process.env.LC_ALL;
    delete process.env.LC_MESSAGES;
    process.env.LANG = 'en_GB.UTF-8';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-e2e-long-'));
    const dataDir = path.join(dir, 'data');
    const workspacePath = path.join(dir, 'Slate.copro');
    await seedWorkspace(workspacePath, seed);
    if (fillerMegabytes > 0) addFiller(workspacePath, fillerMegabytes);
    const server = await startServer({
      workspacePath,
      dataDir,
      port: 0,
      rendererDir: DEFAULT_RENDERER_DIR,
    });
    try {
      await use({ url: server.url, token: server.token, dir, workspacePath, dataDir });
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  },
});

test.use({ locale: 'en-US', viewport: { width: 1280, height: 860 } });

/**
 * A workspace that takes seconds to copy: a table of incompressible filler beside the data (the
 * app never reads it; the backup copies every page all the same).
 */
function addFiller(file: string, megabytes: number): void {
  const db = new BetterSqlite3(file);
  try {
    db.exec('CREATE TABLE test_filler (data BLOB NOT NULL)');
    const insert = db.prepare('INSERT INTO test_filler (data) VALUES (randomblob(1048576))');
    db.transaction(() => {
      for (let mb = 0; mb < megabytes; mb += 1) insert.run();
    })();
  } finally {
    db.close();
  }
}

async function call(served: Served, channel: string, input: unknown): Promise<unknown> {
  const response = await fetch(new URL(`${HTTP.callPrefix}${channel}`, served.url), {
    method: 'POST',
    headers: { [HTTP.tokenHeader]: served.token, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown };
  expect(result.ok).toBe(true);
  return result.value;
}

/** Every progress event the server publishes from now on (its SSE stream, as a page reads it). */
async function listenToProgress(
  served: Served,
): Promise<{ events: ProgressEvent[]; stop(): void }> {
  const abort = new AbortController();
  const query = new URLSearchParams({ [HTTP.tokenQuery]: served.token });
  const response = await fetch(new URL(`${HTTP.eventsPath}?${query.toString()}`, served.url), {
    signal: abort.signal,
  });
  const body = response.body;
  if (!body) throw new Error('the event stream has no body');
  const events: ProgressEvent[] = [];
  void (async () => {
    const decoder = new TextDecoder();
    let pending = '';
    try {
      for await (const chunk of body) {
        pending += decoder.decode(chunk as Uint8Array, { stream: true });
        const frames = pending.split('\n\n');
        pending = frames.pop() ?? '';
        for (const frame of frames) {
          const data = frame.split('\n').find((line) => line.startsWith('data: '));
          if (data) events.push(JSON.parse(data.slice('data: '.length)) as ProgressEvent);
        }
      }
    } catch {
      // Stopped by the test.
    }
  })();
  return { events, stop: () => abort.abort() };
}

/** The operation id the page gave its call of `channel` (the header its progress is tagged by). */
function operationIdOf(page: Page, channel: string): Promise<string> {
  return page
    .waitForRequest((request: Request) => request.url().endsWith(`${HTTP.callPrefix}${channel}`))
    .then((request) => request.headers()[HTTP.operationHeader] ?? '');
}

/**
 * Holds the answer of `channel` until `release()`: the call runs for real (its progress events
 * arrive), the page just receives the answer later, so its bar can be looked at. Test-only.
 */
async function holdAnswer(page: Page, channel: string): Promise<{ release(): void }> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(`**${HTTP.callPrefix}${channel}`, async (route) => {
    const response = await route.fetch();
    await released;
    await route.fulfill({ response });
  });
  return { release };
}

function shot(page: Page, name: string, outputPath: (name: string) => string): Promise<Buffer> {
  const file = outputPath(name);
  // Transitions finished: the bar's fill shows the reported share, not a frame of its easing.
  return page.screenshot({ path: file, animations: 'disabled' }).then((png) => {
    const keep = '/tmp/shots-progress';
    fs.mkdirSync(keep, { recursive: true });
    fs.copyFileSync(file, path.join(keep, name));
    return png;
  });
}

test.describe('on the demo slate', () => {
  test.use({ seed: 'demo' });

  test('exports the budget workbook with its progress, named by its own operation', async ({
    page,
    served,
  }) => {
    await page.goto(`${served.url}#/exports`);
    const card = page.getByRole('article', { name: en.exports.budget.title });
    await expect(card).toBeVisible();
    const progress = await listenToProgress(served);
    try {
      const operation = operationIdOf(page, 'exports.budgetWorkbook');
      const download = page.waitForEvent('download');
      await card.getByRole('button', { name: en.exports.budget.download }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
      await expect(card.getByRole('status')).toHaveText(
        en.exports.budget.done.replace('{fileName}', file.suggestedFilename()),
      );
      const id = await operation;
      expect(id).not.toBe('');
      // Its events carry its id: sheets counted, then the file written.
      const own = progress.events.filter((event) => event.operationId === id);
      expect(own.some((event) => event.phase === 'sheets' && event.total === 4)).toBe(true);
      expect(own.at(-1)?.done).toBe(own.at(-1)?.total);
      // Once done, no bar is left behind.
      await expect(card.getByRole('progressbar')).toBeHidden();
    } finally {
      progress.stop();
    }
  });

  test('saves a copy as a download and opens the demo, each reporting its progress', async ({
    page,
    served,
  }) => {
    await page.goto(served.url);
    const menuButton = page.getByRole('button', { name: /^Workspace/ });
    await expect(menuButton).toBeVisible();
    const progress = await listenToProgress(served);
    try {
      await menuButton.click();
      const copyId = operationIdOf(page, 'workspace.saveCopy');
      const download = page.waitForEvent('download');
      await page.getByRole('menuitem', { name: en.workspace.menu.saveCopy }).click();
      expect((await download).suggestedFilename()).toMatch(/^Slate copy \d{4}-\d{2}-\d{2}\.copro$/);
      const id = await copyId;
      expect(id).not.toBe('');
      const copied = progress.events.filter((event) => event.operationId === id);
      expect(copied.some((event) => event.phase === 'copy' && event.done === event.total)).toBe(
        true,
      );

      await menuButton.click();
      const demoId = operationIdOf(page, 'workspace.openDemo');
      await page.getByRole('menuitem', { name: en.workspace.menu.openDemo }).click();
      // The page reloads on the demo, built in the data folder.
      await expect(page.getByRole('button', { name: /Workspace.*Demo\.copro/ })).toBeVisible();
      expect(fs.existsSync(path.join(served.dataDir, 'Demo.copro'))).toBe(true);
      const demoOperation = await demoId;
      const phases = new Set(
        progress.events
          .filter((event) => event.operationId === demoOperation)
          .map((event) => event.phase),
      );
      expect([...phases]).toEqual(expect.arrayContaining(['budget', 'contributors']));
    } finally {
      progress.stop();
    }
  });
});

test.describe('on a workspace that takes seconds to copy', () => {
  test.use({ seed: 'demo', fillerMegabytes: 120 });

  test('shows the copy’s progress in pages; cancelled, it downloads and writes nothing', async ({
    page,
    served,
  }, testInfo) => {
    test.setTimeout(120_000);
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await page.goto(served.url);
    const progress = await listenToProgress(served);
    await page.getByRole('button', { name: /^Workspace/ }).click();
    const operation = operationIdOf(page, 'workspace.saveCopy');
    await page.getByRole('menuitem', { name: en.workspace.menu.saveCopy }).click();

    const bar = page.getByRole('progressbar', { name: en.progress.operations.backup });
    await expect(bar).toBeVisible();
    // Pages counted while copying; reading the copy back for the download has no count.
    await expect(bar).toHaveAttribute(
      'aria-valuetext',
      /^Copying the workspace · [\d,]+ of [\d,]+ pages|^Preparing the download/,
    );
    await expect(bar).toHaveAttribute('aria-valuemax', '100');
    await shot(page, 'progress-copy-running-en-light.png', (name) => testInfo.outputPath(name));
    await page.getByRole('button', { name: en.progress.cancelOperation.backup }).click();

    await expect(
      page.getByRole('status').filter({ hasText: en.progress.cancelled.backup }),
    ).toBeVisible();
    await expect(bar).toBeHidden();
    await shot(page, 'progress-copy-cancelled-en-light.png', (name) => testInfo.outputPath(name));
    // The server stopped too: its answer never turns into a download, and no file was left.
    await page.waitForTimeout(1500);
    progress.stop();
    expect(downloads).toEqual([]);
    // 120 MB is some 30,000 pages of 4 KiB: the bar had real counts to show.
    const id = await operation;
    const pages = progress.events.filter(
      (event) => event.operationId === id && event.phase === 'copy',
    );
    expect(pages.at(-1)?.total).toBeGreaterThan(30_000);
    const beside = fs.readdirSync(served.dir).filter((name) => name !== 'data');
    expect(beside.every((name) => /^Slate\.copro(-wal|-shm)?$/.test(name))).toBe(true);
  });
});

/**
 * The bars as people see them, in both languages and both themes. Each call's answer is held
 * until its bar has been photographed (the call itself runs for real and reports its progress).
 */
for (const language of ['en', 'fr'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`bars in ${language}, ${scheme}`, () => {
      test.use({ seed: 'demo' });

      test('export, copy and demo', async ({ page, served }, testInfo) => {
        const strings = language === 'en' ? en : fr;
        const out = (name: string) => testInfo.outputPath(name);
        const suffix = `${language}-${scheme}`;
        await call(served, 'workspace.setLanguage', { language });
        await page.emulateMedia({ colorScheme: scheme });

        await page.goto(`${served.url}#/exports`);
        const card = page.getByRole('article', { name: strings.exports.budget.title });
        let held = await holdAnswer(page, 'exports.budgetWorkbook');
        await card.getByRole('button', { name: strings.exports.budget.download }).click();
        const exportBar = card.getByRole('progressbar', {
          name: strings.progress.operations.export,
        });
        await expect(exportBar).toBeVisible();
        await expect(exportBar).toHaveAttribute('aria-valuenow', '100');
        await shot(page, `progress-export-${suffix}.png`, out);
        const download = page.waitForEvent('download');
        held.release();
        await download;
        await expect(exportBar).toBeHidden();

        const menuButton = page.getByRole('button', {
          name: new RegExp(`^${strings.workspace.menu.button}`),
        });
        held = await holdAnswer(page, 'workspace.saveCopy');
        await menuButton.click();
        await page.getByRole('menuitem', { name: strings.workspace.menu.saveCopy }).click();
        const copyBar = page.getByRole('progressbar', { name: strings.progress.operations.backup });
        // Copied; the answer held, it stays on reading the copy back (a phase without counts).
        await expect(copyBar).toHaveAttribute('aria-valuetext', strings.progress.phases.prepare);
        await shot(page, `progress-copy-${suffix}.png`, out);
        const copied = page.waitForEvent('download');
        held.release();
        await copied;
        await expect(copyBar).toBeHidden();

        held = await holdAnswer(page, 'workspace.openDemo');
        await menuButton.click();
        await page.getByRole('menuitem', { name: strings.workspace.menu.openDemo }).click();
        const demoBar = page.getByRole('progressbar', { name: strings.progress.operations.demo });
        await expect(demoBar).toHaveAttribute('aria-valuenow', '100');
        await shot(page, `progress-demo-${suffix}.png`, out);
        held.release();
        await expect(page.getByRole('button', { name: /Demo\.copro/ })).toBeVisible();
      });
    });
  }
}

/** The first-run screen's "Open the demo": its bar in place of the busy line, both themes. */
for (const [language, scheme] of [
  ['en', 'light'],
  ['fr', 'dark'],
] as const) {
  test.describe(`first run in ${language}, ${scheme}`, () => {
    test.use({ seed: 'empty' });

    test('opening the demo shows its creation', async ({ page, served }, testInfo) => {
      const strings = language === 'en' ? en : fr;
      await call(served, 'workspace.setLanguage', { language });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(served.url);
      const firstRun = page.getByRole('region', { name: strings.workspace.firstRun.title });
      const held = await holdAnswer(page, 'workspace.openDemo');
      await firstRun.getByRole('button', { name: strings.workspace.firstRun.demo.action }).click();
      const bar = firstRun.getByRole('progressbar', { name: strings.progress.operations.demo });
      await expect(bar).toHaveAttribute('aria-valuenow', '100');
      await expect(
        firstRun.getByRole('button', { name: strings.workspace.firstRun.demo.action }),
      ).toBeDisabled();
      await shot(page, `progress-first-run-${language}-${scheme}.png`, (name) =>
        testInfo.outputPath(name),
      );
      held.release();
      await expect(page.getByRole('button', { name: /Demo\.copro/ })).toBeVisible();
    });
  });
}
