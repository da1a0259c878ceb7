import path from 'node:path';
import { test, expect } from './support/app';

test.use({ locale: 'en-US', viewport: { width: 1280, height: 900 } });

test.describe('on the demo workspace', () => {
  test.use({ seed: 'demo' });

  test('budget with realistic data', async ({ page, app }, testInfo) => {
    await page.goto(app.url);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Budget' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Budget' })).toBeVisible();
    await expect(page.getByRole('grid')).toBeVisible();
    await page.screenshot({ path: path.join(testInfo.project.outputDir, 'budget-demo.png') });
  });
});
