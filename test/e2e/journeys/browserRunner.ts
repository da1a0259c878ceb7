import fs from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import type { JourneyRunner } from './steps/common';

/**
 * The journeys' runner in browser mode: screenshots in the test's output (copied to
 * COPRO_SHOTS_DIR when set, since Playwright empties test-results at every run), downloads
 * through Playwright's download event.
 */
export function browserRunner(testInfo: TestInfo): JourneyRunner {
  return {
    async shot(page: Page, name: string) {
      const file = testInfo.outputPath(name);
      await page.screenshot({ path: file });
      const keep = process.env['COPRO_SHOTS_DIR'];
      if (keep) {
        fs.mkdirSync(keep, { recursive: true });
        fs.copyFileSync(file, path.join(keep, name));
      }
    },
    async download(page: Page, click: () => Promise<void>) {
      const downloading = page.waitForEvent('download');
      await click();
      const download = await downloading;
      const saved = testInfo.outputPath(download.suggestedFilename());
      await download.saveAs(saved);
      return { name: download.suggestedFilename(), bytes: fs.readFileSync(saved) };
    },
  };
}

/** Another built interface for a run (COPRO_RENDERER_DIR), else the fixture's default build. */
export const rendererDir: string | undefined = process.env['COPRO_RENDERER_DIR'] || undefined;
