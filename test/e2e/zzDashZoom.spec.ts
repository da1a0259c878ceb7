import { HTTP } from '../../shared/bridge';
import { test, expect } from './support/app';

test.use({ seed: 'demo', locale: 'en-US', viewport: { width: 1280, height: 900 } });

test('zoom', async ({ page, app }) => {
  const call = async (channel: string, input: unknown) => {
    const r = await fetch(new URL(`${HTTP.callPrefix}${channel}`, app.url), {
      method: 'POST',
      headers: { [HTTP.tokenHeader]: app.token, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await r.json()) as { ok: boolean; value: { id: number; title: string }[] };
  };
  const list = await call('projects.list', {});
  const nuits = list.value.find((p) => p.title.includes('Nuits'));
  await page.goto(`${app.url}#/dashboard`);
  await page.getByRole('combobox', { name: 'Current project' }).selectOption({ label: nuits!.title });
  await expect(page.getByText('Where Les Nuits')).toBeVisible();
  const cards = page.locator('.dashboard-card');
  await page.locator('.tiles').screenshot({ path: '/tmp/shots-dashboard/zoom-tiles.png' });
  for (let i = 0; i < (await cards.count()); i++) {
    await cards.nth(i).screenshot({ path: `/tmp/shots-dashboard/zoom-card${i}.png` });
  }
  // Over the cap: a 2 % cap under the 45k goal.
  const r = await call('projects.update', { id: nuits!.id, crowdCapBp: 200 });
  expect(r.ok).toBe(true);
  await page.reload();
  await expect(page.getByText('Warnings')).toBeVisible();
  await page.screenshot({ path: '/tmp/shots-dashboard/zoom-overcap.png', fullPage: true });
  await page.setViewportSize({ width: 800, height: 900 });
  await page.screenshot({ path: '/tmp/shots-dashboard/zoom-narrow.png', fullPage: true });
});
