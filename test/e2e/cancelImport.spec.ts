import type { Page } from '@playwright/test';
import { generateRows } from '../../scripts/genKickstarterReport';
import { HTTP } from '../../shared/bridge';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import { test, expect, type App } from './support/app';

test.use({ seed: 'demo', locale: 'en-US', viewport: { width: 1280, height: 900 } });

const HEADER =
  'Backer Number,Backer UID,Backer Name,Email,Shipping Country,Shipping Amount,Reward Title,Backing Minimum,Reward ID,Bonus Support,Pledge Amount,Pledged At,Fulfillment Status,Pledged Status,Notes,[Addon: 7001] Extra poster,[Addon: 7002] Soundtrack vinyl,Survey Response,Shipping Name,Shipping Address 1,Shipping Address 2,Shipping City,Shipping State,Shipping Postal Code,Shipping Country Name,Shipping Country Code,Shipping Phone Number,Shipping Delivery Notes';

/** Enough backers that the run takes a few seconds: time to press Cancel while it runs. */
const BACKERS = 40_000;
/** Enough backers that a preview is still running when the test changes an option. */
const PREVIEW_BACKERS = 20_000;

async function api<C extends ChannelName>(
  app: App,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const response = await fetch(new URL(`${HTTP.callPrefix}${channel}`, app.url), {
    method: 'POST',
    headers: { [HTTP.tokenHeader]: app.token, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as
    { ok: true; value: ChannelOutput<C> } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error.message}`);
  return body.value;
}

async function openCampaign(page: Page, app: App): Promise<number> {
  const [project] = await api(app, 'projects.list', {});
  if (!project) throw new Error('The demo workspace has no project');
  const campaign = await api(app, 'campaigns.create', {
    projectId: project.id,
    title: 'Cancel me',
    platform: 'kickstarter',
    goalCents: 0,
  });
  await page.goto(`${app.url}#/campaigns/${campaign.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Cancel me' })).toBeVisible();
  return campaign.id;
}

test('cancelling a running import rolls it back: nothing is imported', async ({ page, app }) => {
  test.setTimeout(180_000);
  const campaignId = await openCampaign(page, app);
  const before = (await api(app, 'contributors.search', { limit: 1 })).total;

  const byTier = generateRows({ backers: BACKERS, seed: 9, changedEvery: 0, dropEvery: 0 });
  const csv = [HEADER, ...[...byTier.values()].flat()].join('\r\n');
  await page.getByRole('button', { name: 'Import backers…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Import backers into/ });
  await dialog.getByLabel('Files').setInputFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await expect(dialog.getByRole('heading', { name: 'Preview' })).toBeVisible({ timeout: 90_000 });

  // The server runs in this test's own process: while it imports, the test hardly gets a turn
  // to drive the page. So the page itself presses Cancel as soon as the first progress shows.
  // (A script string: this file is type-checked without the DOM library.)
  await page.evaluate(`(() => {
    const observer = new MutationObserver(() => {
      const progress = document.querySelector('.progress-detail')?.textContent ?? '';
      const cancel = [...document.querySelectorAll('dialog button')].find(
        (button) => button.textContent === 'Cancel the import',
      );
      if (cancel && /\\d+ of /.test(progress)) {
        observer.disconnect();
        cancel.click();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  })()`);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(
    dialog.getByRole('status').filter({ hasText: 'Import cancelled. Nothing was imported.' }),
  ).toBeVisible({ timeout: 30_000 });

  // The app answers again once the import has let the workspace go: nothing was written.
  expect((await api(app, 'contributors.search', { limit: 1 })).total).toBe(before);
  const stats = await api(app, 'campaigns.stats', { id: campaignId });
  expect(stats.byCountry).toEqual([]);
  // The dialog offers the import again.
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();
});

test('changing an option while the preview runs shows the new preview, never an error', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  const campaignId = await openCampaign(page, app);
  const byTier = generateRows({ backers: PREVIEW_BACKERS, seed: 4, changedEvery: 0, dropEvery: 0 });
  const csv = [HEADER, ...[...byTier.values()].flat()].join('\r\n');
  const file = { name: 'big.csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') };
  // What the second preview (no tier created) must show, asked of the API.
  const expected = await api(app, 'imports.preview', {
    campaignId,
    files: [file],
    options: { createMissingTiers: false },
  });
  expect(expected.created).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Import backers…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Import backers into/ });
  const createTiers = dialog.getByLabel('Create the reward tiers the campaign does not have yet');
  // As in the test above, the page acts itself: once the first preview reports progress, it
  // unticks the option, which supersedes that preview while it still runs. It also notes
  // whether the new preview had to wait for the old one to roll back (it usually does).
  await page.evaluate(`(() => {
    window.sawWaiting = false;
    const observer = new MutationObserver(() => {
      const progress = document.querySelector('dialog .progress-detail')?.textContent ?? '';
      if (progress.includes('Waiting for the running import')) window.sawWaiting = true;
      const option = [...document.querySelectorAll('dialog label')].find((label) =>
        label.textContent.includes('Create the reward tiers'),
      )?.querySelector('input');
      if (option && option.checked && /\\d+ of /.test(progress)) option.click();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  })()`);
  await dialog.getByLabel('Files').setInputFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await expect(createTiers).not.toBeChecked({ timeout: 90_000 });
  await expect(dialog.getByRole('heading', { name: 'Preview' })).toBeVisible({ timeout: 90_000 });

  // The second preview's answer: no tier to create, its counts; the first one's 'cancelled'
  // shows neither as an error nor as a stopped preview.
  await expect(dialog.getByTestId('import-count-created')).toHaveText(
    expected.created.toLocaleString('en-US'),
  );
  await expect(dialog.getByRole('heading', { name: /reward tiers? to create$/ })).toHaveCount(0);
  await expect(dialog.getByText(/Could not read the files/)).toHaveCount(0);
  await expect(dialog.getByText('Preview stopped. Nothing was written.')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
  console.log(
    `the new preview waited for the old one: ${String(await page.evaluate('window.sawWaiting'))}`,
  );
});
