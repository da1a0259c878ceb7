import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { CoproBridge } from '../../shared/bridge';
import type { ProjectWithFigures } from '../../shared/contract';
import { skipBecause } from '../support/skip';
import { buildElectronApp, launchElectronApp, missingReason } from './electronApp';

/** The page's globals as this test needs them (the file is compiled without DOM types). */
type PageGlobals = { copro: CoproBridge; open(url: string): unknown; location: { href: string } };

test.describe('Electron shell', () => {
  skipBecause(missingReason);

  let bindingPath = '';
  let userData = '';
  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    bindingPath = await buildElectronApp();
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-electron-profile-'));
    app = await launchElectronApp({ userData, bindingPath });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) fs.rmSync(userData, { recursive: true, force: true });
  });

  test('opens the demo workspace and shows its projects', async () => {
    const title = () =>
      app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
    // The page adds the current project once it has loaded: <file> — <project> — Copro.
    await expect.poll(title).toMatch(/^Demo\.copro — .+ — Copro$/);
    expect(fs.existsSync(path.join(userData, 'Demo.copro'))).toBe(true);

    const listed = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).copro.invoke('projects.list', {}),
    );
    expect(listed.ok).toBe(true);
    const projects = (listed.ok ? listed.value : []) as ProjectWithFigures[];
    expect(projects.length).toBeGreaterThan(0);
    for (const project of projects) {
      await expect(page.getByText(project.title, { exact: true }).first()).toBeVisible();
    }
    await page.screenshot({ path: test.info().outputPath('electron-projects.png') });
  });

  test('keeps Node out of the page and exposes only the bridge', async () => {
    const exposed = await page.evaluate(() => ({
      bridgeKeys: Object.keys((globalThis as unknown as PageGlobals).copro).sort(),
      hasRequire: 'require' in globalThis,
      hasProcess: 'process' in globalThis,
    }));
    expect(exposed).toEqual({
      bridgeKeys: ['cancel', 'invoke', 'onProgress'],
      hasRequire: false,
      hasProcess: false,
    });
  });

  test('refuses new windows and navigation away from the app', async () => {
    // http, not https: the shell opens https links in the system browser, which a test must not.
    const away = 'http://127.0.0.1:9/';
    const opened = await page.evaluate(
      (url) => (globalThis as unknown as PageGlobals).open(url),
      away,
    );
    expect(opened).toBeNull();
    expect(app.windows()).toHaveLength(1);

    const before = page.url();
    await page.evaluate((url) => {
      (globalThis as unknown as PageGlobals).location.href = url;
    }, away);
    // A navigation that went through would have committed by now.
    await page.waitForTimeout(1000);
    expect(page.url()).toBe(before);
    const stillServed = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).copro.invoke('workspace.info', {}),
    );
    expect(stillServed.ok).toBe(true);
  });

  test('answers an invalid call with a validation error naming the field', async () => {
    const result = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).copro.invoke('projects.create', { title: '' }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('validation');
      expect(result.error.message).toContain('title');
    }
  });
});
