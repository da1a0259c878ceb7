import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { HTTP } from '../../shared/bridge';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import { createFormatters } from '../../shared/i18n';
import { test, expect, type App } from './support/app';

test.use({ seed: 'demo', locale: 'en-US', viewport: { width: 1280, height: 900 } });

/** Where to copy screenshots as well (test-results is emptied by every Playwright run). */
const SHOTS_DIR = process.env['COPRO_SHOTS_DIR'];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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

type Summary = ChannelOutput<'financing.summary'>;

interface DemoProject {
  title: string;
  summary: Summary;
}

/**
 * The demo's projects with their summaries, asked of the API: the first one listed and the one
 * with a crowdfunding campaign (what the app opens on).
 */
async function demoProjects(app: App): Promise<{ first: DemoProject; crowdfunded: DemoProject }> {
  const projects = await api(app, 'projects.list', {});
  const withSummaries = await Promise.all(
    projects.map(async (project) => ({
      title: project.title,
      summary: await api(app, 'financing.summary', { projectId: project.id }),
    })),
  );
  const first = withSummaries[0];
  const crowdfunded = withSummaries.find((project) => project.summary.campaigns.length > 0);
  if (!first || !crowdfunded) throw new Error('The demo workspace lacks a crowdfunded project');
  return { first, crowdfunded };
}

function tile(page: Page, term: string): Locator {
  return page
    .locator('.dash-tile')
    .filter({ has: page.getByRole('term').getByText(term, { exact: true }) });
}

/** A full-page screenshot in the test's output, copied to COPRO_SHOTS_DIR when it is set. */
async function screenshot(page: Page, outputDir: string, name: string): Promise<void> {
  const file = path.join(outputDir, name);
  await page.screenshot({ path: file, fullPage: true });
  if (SHOTS_DIR) {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    fs.copyFileSync(file, path.join(SHOTS_DIR, name));
  }
}

/** Console warnings too (recharts warns about zero-size charts): the fixture only fails on errors. */
function collectWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

const CHARTS = {
  en: {
    mix: /^Financing mix by kind and status: /,
    chapters: /^Budget by chapter: /,
    plan: /^Financing against the budget of /,
    gauge: /^Crowd goals .+ against a cap of /,
  },
  fr: {
    mix: /^Répartition du financement par nature et statut : /,
    chapters: /^Budget par chapitre : /,
    plan: /^Financement face au budget de /,
    gauge: /^Objectifs participatifs .+ pour un plafond de /,
  },
} as const;

/** The headline tiles show the summary's figures, formatted for the language. */
async function expectTiles(page: Page, summary: Summary, money: (cents: number) => string) {
  await expect(tile(page, 'Budget').getByRole('definition').first()).toHaveText(
    money(summary.budgetTotal),
  );
  await expect(tile(page, 'Secured').getByRole('definition').first()).toHaveText(
    money(summary.secured),
  );
  await expect(tile(page, 'Pending').getByRole('definition').first()).toHaveText(
    money(summary.pending),
  );
  await expect(tile(page, 'Crowd line').getByRole('definition').first()).toHaveText(
    money(summary.crowdLine),
  );
  await expect(tile(page, 'Crowd line')).toContainText(`cap ${money(summary.crowdCap)}`);
  await expect(tile(page, 'Crowd net after costs').getByRole('definition').first()).toHaveText(
    money(summary.crowdNet),
  );
  // The demo plans do not close: the gap is shown in money, in the negative colour.
  expect(summary.gap).toBeGreaterThan(0);
  const gap = tile(page, 'Left to finance').getByRole('definition').first();
  await expect(gap).toHaveText(money(summary.gap));
  await expect(gap).toHaveClass(/dash-tone-negative/);
}

async function chooseProject(page: Page, title: string) {
  await page.getByRole('combobox', { name: 'Current project' }).selectOption({ label: title });
  await expect(page.getByText(`Where ${title} stands`)).toBeVisible();
}

test('the dashboard shows the project’s financing summary, its four charts and readiness', async ({
  page,
  app,
}, testInfo) => {
  const warnings = collectWarnings(page);
  const { first, crowdfunded } = await demoProjects(app);
  const en = createFormatters('en');
  const money = (cents: number) => en.money(cents, crowdfunded.summary.currency);

  await page.goto(`${app.url}#/dashboard`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  // The app opens on the crowdfunded project: start from the other one.
  await chooseProject(page, first.title);
  await expectTiles(page, first.summary, money);

  // Another project in the top bar: the whole dashboard follows.
  await chooseProject(page, crowdfunded.title);
  const { summary } = crowdfunded;
  await expectTiles(page, summary, money);

  // The four charts, each an image named by its text summary, each drawn.
  for (const name of Object.values(CHARTS.en)) {
    const chart = page.getByRole('img', { name });
    await expect(chart).toBeVisible();
    await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
  }
  await expect(page.getByRole('img', { name: CHARTS.en.plan })).toHaveAccessibleName(
    new RegExp(
      `budget of ${escapeRegExp(money(summary.budgetTotal))}: .*${escapeRegExp(money(summary.gap))}`,
    ),
  );
  await expect(page.getByRole('img', { name: CHARTS.en.gauge })).toHaveAccessibleName(
    `Crowd goals ${money(summary.crowdGoal)} against a cap of ${money(summary.crowdCap)}: ` +
      `room ${money(summary.capRoom)}; collected ${money(summary.crowdCollected)}; ` +
      `over the cap ${money(0)}.`,
  );
  const mix = page.getByRole('img', { name: CHARTS.en.mix });
  for (const row of summary.byKind.filter((kind) => kind.total > 0)) {
    await expect(mix).toHaveAccessibleName(new RegExp(escapeRegExp(money(row.total))));
  }
  const chapters = page.getByRole('img', { name: CHARTS.en.chapters });
  // A chapter with no line yet has its label and no bar.
  const drawn = summary.chapters.filter((chapter) => chapter.totalCents > 0);
  await expect(chapters.locator('.recharts-bar-rectangle')).toHaveCount(drawn.length);
  const biggest = summary.chapters.reduce((a, b) => (b.totalCents > a.totalCents ? b : a));
  await expect(chapters).toHaveAccessibleName(
    new RegExp(escapeRegExp(`${biggest.code} ${biggest.title} ${money(biggest.totalCents)}`)),
  );

  // Readiness: what is missing, in money.
  const closes = summary.readiness.find((check) => check.id === 'plan_closes');
  expect(closes?.ok).toBe(false);
  await expect(
    page.getByText(`The financing plan does not close: ${money(summary.gap)} missing.`),
  ).toBeVisible();

  await screenshot(page, testInfo.project.outputDir, 'dashboard.png');

  // In French: the same figures, formatted for France.
  const fr = createFormatters('fr');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  await expect(tile(page, 'Budget').getByRole('definition').first()).toHaveText(
    fr.money(summary.budgetTotal, summary.currency),
  );
  await expect(tile(page, 'Reste à financer').getByRole('definition').first()).toHaveText(
    fr.money(summary.gap, summary.currency),
  );
  for (const name of Object.values(CHARTS.fr)) {
    await expect(page.getByRole('img', { name })).toBeVisible();
  }
  await screenshot(page, testInfo.project.outputDir, 'dashboard-fr.png');

  expect(warnings, 'console warnings on the dashboard').toEqual([]);
});

test('the charts follow the dark theme', async ({ page, app }, testInfo) => {
  const warnings = collectWarnings(page);
  const { crowdfunded } = await demoProjects(app);
  await page.goto(`${app.url}#/dashboard`);
  await chooseProject(page, crowdfunded.title);
  const bar = page
    .getByRole('img', { name: CHARTS.en.chapters })
    .locator('.recharts-bar-rectangle path')
    .first();
  await expect(bar).toBeVisible();
  const lightFill = await bar.getAttribute('fill');

  await page.emulateMedia({ colorScheme: 'dark' });
  // A string expression: the Node-side type check has no DOM library.
  const darkToken = await page.evaluate<string>(
    "getComputedStyle(document.documentElement).getPropertyValue('--color-secured').trim()",
  );
  expect(darkToken).not.toBe(lightFill);
  // The palette is read again when the theme changes: the bars take the dark token.
  await expect(bar).toHaveAttribute('fill', darkToken);
  await screenshot(page, testInfo.project.outputDir, 'dashboard-dark.png');
  expect(warnings, 'console warnings on the dashboard').toEqual([]);
});

test('the Exports screen downloads the budget workbook', async ({ page, app }, testInfo) => {
  // The project the app opens on: the crowdfunded one.
  const { crowdfunded } = await demoProjects(app);
  await page.goto(`${app.url}#/exports`);
  await expect(page.getByRole('heading', { level: 1, name: 'Exports' })).toBeVisible();
  const budgetCard = page.getByRole('article', { name: 'Budget workbook' });
  await expect(budgetCard.getByRole('list', { name: 'Sheets' }).getByRole('listitem')).toHaveText([
    'Top sheet',
    'Budget detail',
    'Financing plan',
    'Crowdfunding',
  ]);
  // Workbooks of later versions are shown, and cannot be asked for yet.
  await expect(page.getByRole('button', { name: 'Download fulfillment workbook' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Download accounting workbook' })).toBeDisabled();

  const downloading = page.waitForEvent('download');
  await budgetCard.getByRole('button', { name: 'Download budget workbook' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(download.suggestedFilename()).toContain(crowdfunded.title);
  const saved = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(saved);
  const bytes = fs.readFileSync(saved);
  expect(bytes.length).toBeGreaterThan(1000);
  // An xlsx is a zip: it starts with the local file header signature "PK\x03\x04".
  expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);

  await expect(budgetCard.getByRole('status')).toHaveText(
    `“${download.suggestedFilename()}” downloaded.`,
  );
  await expect(budgetCard.getByRole('button', { name: 'Download budget workbook' })).toBeEnabled();
  await screenshot(page, testInfo.project.outputDir, 'exports.png');
});

test.describe('on an empty workspace', () => {
  test.use({ seed: 'empty' });

  test('the dashboard and exports say there is no project yet', async ({ page, app }) => {
    await page.goto(`${app.url}#/dashboard`);
    await expect(page.getByRole('heading', { level: 1, name: 'No project yet' })).toBeVisible();
    await page.goto(`${app.url}#/exports`);
    await expect(page.getByRole('heading', { level: 1, name: 'No project yet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to projects' })).toBeVisible();
  });
});
