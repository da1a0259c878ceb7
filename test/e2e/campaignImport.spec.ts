import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { HTTP } from '../../shared/bridge';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import { createFormatters } from '../../shared/i18n';
import { test, expect, type App } from './support/app';

test.use({ seed: 'demo', locale: 'en-US', viewport: { width: 1280, height: 900 } });

const ZIP_PATH = path.join(import.meta.dirname, '..', 'fixtures', 'kickstarter-backer-report.zip');
/** Where to copy screenshots as well (test-results is emptied by every Playwright run). */
const SHOTS_DIR = process.env['COPRO_SHOTS_DIR'];

/** Asks the running app's API from the test, as the interface does, and returns the value. */
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
    | { ok: true; value: ChannelOutput<C> }
    | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error.message}`);
  return body.value;
}

async function screenshot(page: Page, outputDir: string, name: string): Promise<void> {
  const file = path.join(outputDir, name);
  await page.screenshot({ path: file, fullPage: true });
  if (SHOTS_DIR) {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    fs.copyFileSync(file, path.join(SHOTS_DIR, name));
  }
}

function count(dialog: Locator, key: string): Locator {
  return dialog.getByTestId(`import-count-${key}`);
}

async function contributorTotal(app: App): Promise<number> {
  return (await api(app, 'contributors.search', { limit: 1 })).total;
}

/** The import dialog, the zip chosen through its file input, and the preview shown. */
async function openImportWithZip(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Import backers…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Import backers into/ });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Files').setInputFiles(ZIP_PATH);
  await expect(dialog.getByRole('heading', { name: 'Preview' })).toBeVisible();
  return dialog;
}

test('the demo campaign: money, four charts, tiers and a confirmed failure', async ({
  page,
  app,
}, testInfo) => {
  const projects = await api(app, 'projects.list', {});
  const crowdfunded = projects.find((project) => project.figures.crowdGoal > 0);
  if (!crowdfunded) throw new Error('The demo workspace lacks a crowdfunded project');
  const [campaign] = await api(app, 'campaigns.list', { projectId: crowdfunded.id });
  if (!campaign) throw new Error('The demo project has no campaign');
  const en = createFormatters('en');
  const money = (cents: number) => en.money(cents, campaign.currency);

  await page.goto(`${app.url}#/campaigns/${campaign.id}`);
  await expect(page.getByRole('heading', { level: 1, name: campaign.title })).toBeVisible();
  await expect(page.getByTestId('money-collected')).toHaveText(money(campaign.collectedCents));
  await expect(page.getByTestId('money-net')).toHaveText(money(campaign.netCents));
  for (const name of [
    /^.+ pledged of a .+ goal \(.+\), \d+ pledges, from /,
    /^Pledges by tier\. /,
    /^Contributors by country, the ten first: /,
    /^Gross collected .+: net crowd proceeds /,
  ]) {
    const chart = page.getByRole('img', { name });
    await expect(chart).toBeVisible();
    await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
  }
  const tiers = await api(app, 'tiers.list', { campaignId: campaign.id });
  const tierTable = page.getByRole('table', { name: 'Reward tiers' });
  for (const tier of tiers) {
    await expect(tierTable.getByRole('row', { name: new RegExp(`^${tier.title}`) })).toBeVisible();
  }

  // Failing an all-or-nothing campaign asks first and says what happens to the pledges.
  await page.getByRole('button', { name: 'Mark as failed' }).click();
  const confirm = page.getByRole('dialog', { name: `Mark “${campaign.title}” as failed?` });
  await expect(confirm).toContainText('become “refund due”');
  await screenshot(page, testInfo.project.outputDir, 'campaign-confirm.png');
  await confirm.getByRole('button', { name: 'Keep it live' }).click();
  await expect(confirm).toBeHidden();

  await screenshot(page, testInfo.project.outputDir, 'campaign.png');

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { name: 'Contributeurs par pays' })).toBeVisible();
  const fr = createFormatters('fr');
  await expect(page.getByTestId('money-net')).toHaveText(fr.money(campaign.netCents, 'EUR'));
  await screenshot(page, testInfo.project.outputDir, 'campaign-fr.png');
});

test('the assistant imports a Kickstarter report, then again without duplicates', async ({
  page,
  app,
}, testInfo) => {
  // The first project of the demo has no campaign yet: the producer creates one here.
  await page.goto(`${app.url}#/campaigns`);
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  await page.getByRole('button', { name: 'New campaign' }).click();
  await page.getByLabel('Campaign title').fill('Kickstarter — the last stretch');
  await page.getByLabel('Platform').selectOption('kickstarter');
  await page.getByLabel(/^Goal/).fill('5,000');
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kickstarter — the last stretch' }),
  ).toBeVisible();
  const campaignId = Number(/#\/campaigns\/(\d+)/.exec(page.url())?.[1]);
  expect(campaignId).toBeGreaterThan(0);

  // What the app makes of the zip, asked of the API: the dialog must say the same.
  const zip = { name: 'kickstarter-backer-report.zip', contentBase64: fs.readFileSync(ZIP_PATH).toString('base64') };
  const expected = await api(app, 'imports.preview', { campaignId, files: [zip] });
  expect(expected.created).toBeGreaterThan(0);
  expect(expected.errorCount).toBe(0);
  const contributorsBefore = await contributorTotal(app);

  const dialog = await openImportWithZip(page);
  await expect(dialog.getByText('Read as: Kickstarter backer report.')).toBeVisible();
  await expect(count(dialog, 'created')).toHaveText(String(expected.created));
  await expect(count(dialog, 'unchanged')).toHaveText('0');
  await expect(count(dialog, 'updated')).toHaveText('0');
  await expect(dialog.getByRole('heading', { name: /reward tiers? to create$/ })).toBeVisible();
  await screenshot(page, testInfo.project.outputDir, 'import-preview.png');

  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Import done' })).toContainText(
    `${expected.created} pledges created`,
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('contribution-count')).toHaveText(String(expected.created));
  const afterFirst = await contributorTotal(app);
  expect(afterFirst).toBe(contributorsBefore + expected.contributorsCreated);
  const inCampaign = await api(app, 'contributors.search', { filters: { campaignId }, limit: 1 });
  expect(inCampaign.total).toBeGreaterThan(0);
  await expect(page.getByTestId('contributor-count')).toHaveText(String(inCampaign.total));

  // The Contributors screen counts them too.
  await page.getByRole('link', { name: 'Contributors' }).click();
  await expect(page.getByRole('status').filter({ hasText: /contributors?$/ })).toContainText(
    en(afterFirst),
  );
  await page.goBack();

  // Again: nothing new, everything unchanged, and no duplicate once run.
  const again = await openImportWithZip(page);
  await expect(count(again, 'created')).toHaveText('0');
  await expect(count(again, 'unchanged')).toHaveText(String(expected.created));
  await expect(count(again, 'updated')).toHaveText('0');
  await again.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(again.getByRole('status').filter({ hasText: 'Import done' })).toContainText(
    '0 pledges created',
  );
  await again.getByRole('button', { name: 'Close' }).click();
  expect(await contributorTotal(app)).toBe(afterFirst);
  const campaign = await api(app, 'campaigns.get', { id: campaignId });
  expect(campaign.contributionCount).toBe(expected.created);
  await expect(page.getByTestId('contribution-count')).toHaveText(String(expected.created));
});

/** Counts as the English interface writes them (1,234). */
function en(value: number): string {
  return createFormatters('en').number(value);
}
