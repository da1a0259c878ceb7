import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { HTTP } from '../../shared/bridge';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import { createFormatters } from '../../shared/i18n';
import { test, expect, type App } from './support/app';

test.use({ seed: 'demo', locale: 'en-US', viewport: { width: 1280, height: 900 } });

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const ZIP_PATH = path.join(FIXTURES, 'kickstarter-backer-report.zip');
/** A French Excel cheque list (';', Windows-1252, 1 234,50 €, dd/mm/yyyy): the generic importer. */
const CHEQUES_PATH = path.join(FIXTURES, 'cheques-fr-excel.csv');
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
    { ok: true; value: ChannelOutput<C> } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error.message}`);
  return body.value;
}

/** A screenshot in the test's output; the whole page, or what is in view (a modal dialog). */
async function screenshot(
  page: Page,
  outputDir: string,
  name: string,
  fullPage = true,
): Promise<void> {
  const file = path.join(outputDir, name);
  await page.screenshot({ path: file, fullPage });
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
  const crowdfunded = projects.find((project) => project.figures.campaignCount > 0);
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
  // The charts say the figures the app holds: pledged so far against the goal, gross to net.
  const stats = await api(app, 'campaigns.stats', { id: campaign.id });
  const pledged = stats.perDay.reduce((sum, day) => sum + day.amountCents, 0);
  await expect(
    page.getByRole('img', {
      name: `${money(pledged)} pledged of a ${money(campaign.goalCents)} goal`,
      exact: false,
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', {
      name: `net crowd proceeds ${money(campaign.netCents)}.`,
      exact: false,
    }),
  ).toBeVisible();
  const countries = page.getByRole('img', { name: /^Contributors by country/ });
  await expect(countries.locator('.recharts-bar-rectangle')).toHaveCount(
    Math.min(10, stats.byCountry.length),
  );
  const tiers = await api(app, 'tiers.list', { campaignId: campaign.id });
  const tierTable = page.getByRole('table', { name: 'Reward tiers' });
  for (const tier of tiers) {
    await expect(tierTable.getByRole('row', { name: new RegExp(`^${tier.title}`) })).toBeVisible();
  }

  // Failing an all-or-nothing campaign asks first and says what happens to the pledges.
  await page.getByRole('button', { name: 'Mark as failed' }).click();
  const confirm = page.getByRole('dialog', { name: `Mark “${campaign.title}” as failed?` });
  await expect(confirm).toContainText('become “refund due”');
  await screenshot(page, testInfo.project.outputDir, 'campaign-confirm.png', false);
  await confirm.getByRole('button', { name: 'Keep it live' }).click();
  await expect(confirm).toBeHidden();

  await screenshot(page, testInfo.project.outputDir, 'campaign.png');

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { name: 'Contributeurs par pays' })).toBeVisible();
  const fr = createFormatters('fr');
  await expect(page.getByTestId('money-net')).toHaveText(fr.money(campaign.netCents, 'EUR'));
  await screenshot(page, testInfo.project.outputDir, 'campaign-fr.png');

  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, testInfo.project.outputDir, 'campaign-dark.png');
});

test('the assistant imports a Kickstarter report, then again without duplicates', async ({
  page,
  app,
}, testInfo) => {
  // The demo's documentary has no campaign yet: the producer creates one there.
  await page.goto(`${app.url}#/campaigns`);
  await page
    .getByRole('combobox', { name: 'Current project' })
    .selectOption({ label: 'Les Gardiens du Frioul' });
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
  const zip = {
    name: 'kickstarter-backer-report.zip',
    contentBase64: fs.readFileSync(ZIP_PATH).toString('base64'),
  };
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
  await screenshot(page, testInfo.project.outputDir, 'import-preview.png', false);

  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Import done' })).toContainText(
    `${expected.created} pledges created`,
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('contribution-count')).toHaveText(String(expected.created));
  const afterFirst = await contributorTotal(app);
  expect(afterFirst).toBe(contributorsBefore + expected.contributorsCreated);
  // The campaign's contributors: every backer but those whose only pledge failed (dropped).
  const stats = await api(app, 'campaigns.stats', { id: campaignId });
  const backers = stats.byCountry.reduce((sum, country) => sum + country.contributors, 0);
  const inCampaign = await api(app, 'contributors.search', { filters: { campaignId }, limit: 1 });
  expect(backers).toBeGreaterThan(0);
  expect(backers).toBeLessThanOrEqual(inCampaign.total);
  await expect(page.getByTestId('contributor-count')).toHaveText(String(backers));

  // The Contributors screen (the current project's) lists them too.
  const { projectId } = await api(app, 'campaigns.get', { id: campaignId });
  const inProject = await api(app, 'contributors.search', { filters: { projectId }, limit: 1 });
  expect(inProject.total).toBe(inCampaign.total);
  await page.getByRole('link', { name: 'Contributors' }).click();
  await expect(page.getByRole('status').filter({ hasText: /contributors?$/ })).toHaveText(
    `${en(inProject.total)} contributors`,
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

test('a cheque list: columns mapped, errors by line, import blocked until fixed; an item and a tier typed in', async ({
  page,
  app,
}, testInfo) => {
  const [project] = await api(app, 'projects.list', {});
  if (!project) throw new Error('The demo workspace has no project');
  const campaign = await api(app, 'campaigns.create', {
    projectId: project.id,
    title: 'Cheques',
    platform: 'offline',
    goalCents: 100_000,
  });
  await page.goto(`${app.url}#/campaigns/${campaign.id}`);
  await page.getByRole('button', { name: 'Import backers…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Import backers into/ });
  await dialog.getByLabel('Files').setInputFiles(CHEQUES_PATH);

  // Read as a generic file: the columns are suggested from the French headers.
  await expect(dialog.getByText('Read as: Other file (map the columns).')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Amount', exact: true })).toHaveValue(
    'Montant',
  );
  await expect(dialog.getByRole('combobox', { name: 'Reward tier', exact: true })).toHaveValue(
    'Contrepartie',
  );
  // The campaign has none of the file's rewards: every row naming one is an error, by line.
  const errors = dialog.getByRole('region', { name: 'Errors by file, line and column' });
  await expect(errors).toBeVisible();
  await expect(errors.getByRole('listitem').first()).toContainText('cheques-fr-excel.csv, line 2');
  await expect(errors.getByRole('listitem').first()).toContainText('no reward tier');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  const cheques = {
    name: 'cheques-fr-excel.csv',
    contentBase64: fs.readFileSync(CHEQUES_PATH).toString('base64'),
  };
  const refused = await api(app, 'imports.preview', { campaignId: campaign.id, files: [cheques] });
  expect(refused.errorCount).toBeGreaterThan(0);
  await expect(count(dialog, 'skipped')).toHaveText(String(refused.skipped));
  await expect(errors.getByRole('listitem')).toHaveCount(refused.errors.length);
  await errors.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo.project.outputDir, 'import-errors.png', false);

  // Letting the import create the missing tiers fixes every error.
  await dialog.getByLabel('Create the reward tiers the campaign does not have yet').check();
  await expect(errors).toBeHidden();
  await expect(dialog.getByRole('heading', { name: '3 reward tiers to create' })).toBeVisible();
  const preview = await api(app, 'imports.preview', {
    campaignId: campaign.id,
    files: [cheques],
    options: { createMissingTiers: true },
  });
  expect(preview.errorCount).toBe(0);
  await expect(count(dialog, 'created')).toHaveText(String(preview.created));
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();

  // The mapping is saved as a preset, for the next cheque list.
  await dialog.getByLabel('Save this mapping as').fill('Cheques (FR)');
  await dialog.getByRole('button', { name: 'Save mapping' }).click();
  await expect(dialog.getByText('Mapping “Cheques (FR)” saved.')).toBeVisible();
  const presets = await api(app, 'imports.presets.list', {});
  expect(presets.find((preset) => preset.name === 'Cheques (FR)')?.mapping).toMatchObject({
    amount: 'Montant',
    tier: 'Contrepartie',
  });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect((await api(app, 'campaigns.get', { id: campaign.id })).contributionCount).toBe(0);

  // A reward item and a tier including it, typed in: amounts as text, errors beside the field.
  await page.getByRole('button', { name: 'New item' }).click();
  const itemForm = page.getByRole('form', { name: 'New reward item' });
  await itemForm.getByLabel('Name').fill('Signed poster');
  await itemForm.getByLabel('Kind').selectOption('poster');
  await itemForm.getByLabel('Unit cost (EUR)').fill('3.50');
  await itemForm.getByLabel('Shipping cost (EUR)').fill('2.90');
  await itemForm.getByRole('button', { name: 'Add the item' }).click();
  const items = page.getByRole('table', { name: 'Reward items' });
  await expect(items.getByRole('row', { name: /Signed poster/ })).toContainText('€3.50');

  await page.getByRole('button', { name: 'New tier' }).click();
  const tierForm = page.getByRole('form', { name: 'New reward tier' });
  await tierForm.getByLabel('Title').fill('The poster');
  await tierForm.getByLabel('Minimum pledge (EUR)').fill('twenty');
  await tierForm.getByLabel('Estimated delivery').fill('2027-13');
  await tierForm.getByLabel('Signed poster').check();
  await tierForm.getByRole('button', { name: 'Add the tier' }).click();
  const minimum = tierForm.getByLabel('Minimum pledge (EUR)');
  await expect(minimum).toHaveAttribute('aria-invalid', 'true');
  await expect(minimum).toHaveAccessibleDescription(/Type an amount/);
  await minimum.fill('20');
  await tierForm.getByRole('button', { name: 'Add the tier' }).click();
  // The month is the contract's to refuse: its message lands beside the field.
  const delivery = tierForm.getByLabel('Estimated delivery');
  await expect(delivery).toHaveAttribute('aria-invalid', 'true');
  await expect(delivery).toHaveAccessibleDescription(/month YYYY-MM/);
  await delivery.fill('2027-03');
  await tierForm.getByRole('button', { name: 'Add the tier' }).click();
  const tierRow = page
    .getByRole('table', { name: 'Reward tiers' })
    .getByRole('row', { name: /The poster/ });
  await expect(tierRow).toContainText('€20.00');
  await expect(tierRow).toContainText('Signed poster × 1');
  await expect(tierRow).toContainText('March 2027');
});

/** Counts as the English interface writes them (1,234). */
function en(value: number): string {
  return createFormatters('en').number(value);
}
