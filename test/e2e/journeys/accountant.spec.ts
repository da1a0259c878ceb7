import { LIBREOFFICE_TIMEOUT_MS, libreOfficeMissing } from '../../support/libreoffice';
import { skipBecause } from '../../support/skip';
import { test } from '../support/app';
import { browserRunner, rendererDir } from './browserRunner';
import { accountantJourney } from './steps/accountant';

test.use({ seed: 'demo', locale: 'en-US', viewport: { width: 1280, height: 800 }, rendererDir });

test('the accountant downloads the budget workbook and its recalculated totals match the dashboard', async ({
  page,
  app,
}, testInfo) => {
  skipBecause(libreOfficeMissing);
  // LibreOffice's cold start on a loaded machine, on top of the journey itself.
  test.setTimeout(LIBREOFFICE_TIMEOUT_MS + 60_000);
  await page.goto(app.url);
  await accountantJourney(page, browserRunner(testInfo));
});
