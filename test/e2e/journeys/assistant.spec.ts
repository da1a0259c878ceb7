import { test } from '../support/app';
import { browserRunner, rendererDir } from './browserRunner';
import { assistantJourney } from './steps/assistant';

test.use({ seed: 'demo', locale: 'en-US', viewport: { width: 1280, height: 800 }, rendererDir });

test('the assistant imports a Kickstarter report, fixes an address, and re-imports without duplicates', async ({
  page,
  app,
}, testInfo) => {
  // Three imports and their previews on a loaded machine.
  test.setTimeout(180_000);
  await page.goto(app.url);
  await assistantJourney(page, browserRunner(testInfo));
});
