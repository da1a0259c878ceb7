import path from 'node:path';
import { test, expect } from './support/app';

test.use({ seed: 'demo', locale: 'en-US' });

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

  // What the workspace holds, asked of the API from here, shows up on the page.
  const answer = await fetch(new URL('/api/call/projects.list', app.url), {
    method: 'POST',
    headers: { 'x-copro-token': app.token, 'content-type': 'application/json' },
    body: '{}',
  });
  const listed = (await answer.json()) as { ok: boolean; value: { title: string }[] };
  expect(listed.value.length).toBeGreaterThan(0);
  for (const project of listed.value) {
    await expect(
      page.getByText(project.title, { exact: true }).filter({ visible: true }).first(),
    ).toBeVisible();
  }
  // The token leaves the address bar once read (kept out of history and screenshots).
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);

  await page.screenshot({
    path: path.join(testInfo.project.outputDir, 'smoke.png'),
    fullPage: true,
  });
});
