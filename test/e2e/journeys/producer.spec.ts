import { test } from '../support/app';
import { browserRunner, rendererDir } from './browserRunner';
import { producerJourney } from './steps/producer';

test.use({ seed: 'demo', locale: 'en-US', viewport: { width: 1280, height: 800 }, rendererDir });

test('the producer adds a budget line and a confirmed source, sets a goal under the cap, and reads the dashboard', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.url);
  await producerJourney(page, browserRunner(testInfo));
});
