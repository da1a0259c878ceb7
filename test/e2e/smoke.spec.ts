import path from 'node:path';
import { test, expect } from './support/app';

test.use({ seed: 'demo' });

test('browser mode opens the demo workspace with no console error', async ({
  page,
  app,
}, testInfo) => {
  // The first call the interface makes proves the launch token reached the API.
  const firstCall = page.waitForResponse((response) => response.url().includes('/api/call/'));
  await page.goto(app.url);
  await expect(page).toHaveTitle(/Copro/);
  const call = await firstCall;
  expect(call.status()).toBe(200);
  expect(((await call.json()) as { ok: boolean }).ok).toBe(true);

  await expect(page.locator('#root')).not.toBeEmpty();
  // The token leaves the address bar once read (kept out of history and screenshots).
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);

  await page.screenshot({
    path: path.join(testInfo.project.outputDir, 'smoke.png'),
    fullPage: true,
  });
});
