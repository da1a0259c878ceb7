import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type ElectronApplication, type Page, type TestInfo } from '@playwright/test';
import { accountantJourney } from '../e2e/journeys/steps/accountant';
import { assistantJourney } from '../e2e/journeys/steps/assistant';
import type { JourneyRunner } from '../e2e/journeys/steps/common';
import { producerJourney } from '../e2e/journeys/steps/producer';
import { LIBREOFFICE_TIMEOUT_MS, libreOfficeMissing } from '../support/libreoffice';
import { skipBecause } from '../support/skip';
import { buildElectronApp, launchElectronApp, missingReason } from './electronApp';

/**
 * The three users' journeys (test/e2e/journeys) against the Electron shell: the same steps, each
 * journey in a fresh app on its own demo workspace. Skipped, with the reason printed, where
 * Electron's binary is missing.
 */

/** Where main saves the next download, and whether it finished (kept on main's globalThis). */
interface MainGlobals {
  coproJourneyDownload?: { state: string; file: string };
}

/** The Electron runner: screenshots of the window, downloads saved by main where the test says. */
function electronRunner(app: ElectronApplication, testInfo: TestInfo): JourneyRunner {
  return {
    async shot(page: Page, name: string) {
      await page.screenshot({ path: testInfo.outputPath(`electron-${name}`) });
    },
    async download(_page: Page, click: () => Promise<void>) {
      const dir = testInfo.outputPath('downloads');
      fs.mkdirSync(dir, { recursive: true });
      // Main would show a save dialog: the test names the file instead, as a person would.
      await app.evaluate(({ session }, folder) => {
        const g = globalThis as unknown as MainGlobals;
        g.coproJourneyDownload = { state: 'waiting', file: '' };
        session.defaultSession.once('will-download', (_event, item) => {
          const file = `${folder}/${item.getFilename()}`;
          item.setSavePath(file);
          g.coproJourneyDownload = { state: 'progressing', file };
          item.once('done', (_done, state) => {
            g.coproJourneyDownload = { state, file };
          });
        });
      }, dir);
      await click();
      const progress = () =>
        app.evaluate(() => (globalThis as unknown as MainGlobals).coproJourneyDownload);
      await expect.poll(async () => (await progress())?.state).toBe('completed');
      const file = (await progress())?.file ?? '';
      return { name: path.basename(file), bytes: fs.readFileSync(file) };
    },
  };
}

let bindingPath = '';

/** Starts the app on a fresh profile (it opens its demo workspace there) and runs `journey`. */
async function inFreshApp(
  testInfo: TestInfo,
  journey: (page: Page, runner: JourneyRunner) => Promise<void>,
): Promise<void> {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-electron-journey-'));
  const app = await launchElectronApp({ userData, bindingPath, extraArgs: ['--lang=en-US'] });
  try {
    const page = await app.firstWindow();
    await page.setViewportSize({ width: 1280, height: 800 });
    await journey(page, electronRunner(app, testInfo));
  } finally {
    await app.close();
    fs.rmSync(userData, { recursive: true, force: true });
  }
}

test.describe('Users’ journeys in the Electron shell', () => {
  skipBecause(missingReason);

  test.beforeAll(async () => {
    bindingPath = await buildElectronApp();
  });

  test('the producer: budget line, confirmed source, goal under the cap, dashboard', async () => {
    await inFreshApp(test.info(), producerJourney);
  });

  test('the assistant: import, fix an address, re-import without duplicates', async () => {
    await inFreshApp(test.info(), assistantJourney);
  });

  test('the accountant: the recalculated workbook matches the dashboard', async () => {
    skipBecause(libreOfficeMissing);
    test.setTimeout(LIBREOFFICE_TIMEOUT_MS + 120_000);
    await inFreshApp(test.info(), accountantJourney);
  });
});
