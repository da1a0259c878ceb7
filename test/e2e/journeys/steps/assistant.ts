import fs from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  askApp,
  chooseProject,
  en,
  inEnglish,
  nav,
  projectNamed,
  type JourneyRunner,
} from './common';

/** The demo's feature film: its backers are the assistant's daily work. */
export const ASSISTANT_PROJECT = 'Les Nuits de Marseille';
const CAMPAIGN = 'Les Nuits de Marseille on Kickstarter';
const FIXTURE = path.join(import.meta.dirname, '..', '..', '..', 'fixtures');
const EXPORT_NAME = 'kickstarter-backer-report.zip';

/** The backer whose address the assistant fixes, as the platform's export names and places her. */
const BACKER = {
  name: 'Nuño Petit',
  entry: 'DVD_and_poster.csv',
  platformAddress: '22 Calle Mayor',
  fixedAddress: '22 Calle Mayor, 3º izquierda',
  movedAddress: '5 Esplanadi',
};

interface ExportFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The sample Kickstarter backer report (a zip with one CSV per reward tier). */
function platformExport(): ExportFile {
  const buffer = fs.readFileSync(path.join(FIXTURE, EXPORT_NAME));
  return { name: EXPORT_NAME, mimeType: 'application/zip', buffer };
}

/** A newer export of the same campaign: the backer moved, on the platform, since the last one. */
function newerExport(): ExportFile {
  const entries = unzipSync(new Uint8Array(platformExport().buffer));
  const csv = entries[BACKER.entry];
  if (!csv) throw new Error(`No ${BACKER.entry} in ${EXPORT_NAME}`);
  const text = strFromU8(csv);
  if (!text.includes(BACKER.platformAddress)) {
    throw new Error(`${BACKER.entry} no longer has "${BACKER.platformAddress}"`);
  }
  entries[BACKER.entry] = strToU8(text.replace(BACKER.platformAddress, BACKER.movedAddress));
  const name = 'kickstarter-backer-report-newer.zip';
  return { name, mimeType: 'application/zip', buffer: Buffer.from(zipSync(entries)) };
}

/** Pledge rows in the export: every non-empty line under each CSV's header. */
function pledgeRows(file: ExportFile): number {
  const entries = unzipSync(new Uint8Array(file.buffer));
  return Object.values(entries)
    .map((csv) =>
      strFromU8(csv)
        .split(/\r?\n/u)
        .slice(1)
        .filter((line) => line.trim() !== ''),
    )
    .reduce((sum, lines) => sum + lines.length, 0);
}

function count(dialog: Locator, key: 'created' | 'updated' | 'unchanged'): Locator {
  return dialog.getByTestId(`import-count-${key}`);
}

/** Opens the campaign's import dialog, gives it the file and waits for the dry-run preview. */
async function previewImport(page: Page, file: ExportFile): Promise<Locator> {
  await nav(page, 'Campaigns').click();
  await page.getByRole('link', { name: CAMPAIGN, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: CAMPAIGN })).toBeVisible();
  await page.getByRole('button', { name: 'Import backers…' }).click();
  const dialog = page.getByRole('dialog', { name: `Import backers into “${CAMPAIGN}”` });
  await dialog.getByLabel('Files', { exact: true }).setInputFiles(file);
  await expect(
    dialog.getByText('Read as: Kickstarter backer report.', { exact: false }),
  ).toBeVisible();
  return dialog;
}

async function runImport(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Import done' })).toBeVisible();
}

async function closeImport(page: Page, dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Import done' })).toBeVisible();
}

/** A Kickstarter campaign for the film, its goal within the room under the crowd cap. */
async function createCampaign(page: Page): Promise<void> {
  const project = await projectNamed(page, ASSISTANT_PROJECT);
  const summary = await askApp(page, 'financing.summary', { projectId: project.id });
  expect(summary.capRoom, 'room under the cap for one more goal').toBeGreaterThan(100_000);
  const goal = Math.floor(summary.capRoom / 100_000) * 1_000;
  await nav(page, 'Campaigns').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  await page.getByRole('button', { name: 'New campaign' }).click();
  const form = page.getByRole('form', { name: 'New campaign' });
  await form.getByRole('textbox', { name: 'Campaign title' }).fill(CAMPAIGN);
  await form.getByRole('combobox', { name: 'Platform' }).selectOption({ label: 'Kickstarter' });
  await form.getByRole('textbox', { name: 'Goal (EUR)' }).fill(String(goal));
  await form.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name: CAMPAIGN })).toBeVisible();
}

/** How many contributors the Contributors screen counts over all projects (and the app agrees). */
async function contributorsTotal(page: Page): Promise<number> {
  await nav(page, 'Contributors').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contributors' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Project', exact: true }).selectOption({
    label: 'All projects',
  });
  await page.getByRole('searchbox', { name: 'Search contributors' }).fill('');
  const total = (await askApp(page, 'contributors.search', { limit: 1 })).total;
  await expect(page.locator('.contributors-count')).toHaveText(`${en.number(total)} contributors`);
  return total;
}

/** Contributors: search the backer, open her, fix her address in the detail panel. */
async function fixAddress(page: Page, runner: JourneyRunner): Promise<void> {
  await nav(page, 'Contributors').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contributors' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Project', exact: true }).selectOption({
    label: 'All projects',
  });
  await page.getByRole('searchbox', { name: 'Search contributors' }).fill(BACKER.name);
  const grid = page.getByRole('grid', { name: 'Contributors' });
  await expect(page.locator('.contributors-count')).toHaveText('1 contributor');
  await grid.getByRole('link', { name: BACKER.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: BACKER.name })).toBeVisible();
  await expect(page.locator('.contact-address')).toContainText(BACKER.platformAddress);

  await page.getByRole('button', { name: 'Edit contact' }).click();
  const form = page.getByRole('form', { name: `Edit the contact of ${BACKER.name}` });
  const address = form.getByRole('textbox', { name: 'Address', exact: true });
  await expect(address).toHaveValue(BACKER.platformAddress);
  await address.fill(BACKER.fixedAddress);
  await form.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Contact of' })).toHaveText(
    `Contact of ${BACKER.name} saved.`,
  );
  await expect(page.locator('.contact-address')).toContainText(BACKER.fixedAddress);
  await runner.shot(page, 'assistant-contributor-fixed.png');
}

/** The backer's address as the detail panel shows it now. */
async function shownAddress(page: Page): Promise<Locator> {
  await nav(page, 'Contributors').click();
  await page.getByRole('searchbox', { name: 'Search contributors' }).fill(BACKER.name);
  await page
    .getByRole('grid', { name: 'Contributors' })
    .getByRole('link', { name: BACKER.name })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: BACKER.name })).toBeVisible();
  return page.locator('.contact-address');
}

/**
 * The production assistant: imports a Kickstarter backer report through the Campaigns screen,
 * fixes a backer's address on the Contributors screen, re-imports the same report (no duplicate,
 * the fix kept), then a newer report where that backer moved (the change previewed, the
 * platform's value wins).
 */
export async function assistantJourney(page: Page, runner: JourneyRunner): Promise<void> {
  await inEnglish(page);
  await chooseProject(page, ASSISTANT_PROJECT);
  await createCampaign(page);
  const rows = pledgeRows(platformExport());
  const before = await contributorsTotal(page);

  // First import: every row of the report becomes a pledge.
  let dialog = await previewImport(page, platformExport());
  await expect(count(dialog, 'created')).toHaveText(en.number(rows));
  await expect(count(dialog, 'updated')).toHaveText('0');
  await runner.shot(page, 'assistant-import-preview.png');
  await runImport(dialog);
  await expect(dialog.getByRole('status').filter({ hasText: 'Import done' })).toHaveText(
    `Import done: ${en.number(rows)} pledges created, 0 updated, 0 unchanged.`,
  );
  await closeImport(page, dialog);
  const afterFirst = await contributorsTotal(page);
  expect(afterFirst).toBeGreaterThan(before);

  await fixAddress(page, runner);

  // The same report again: nothing new, nothing changed, the fixed address kept.
  dialog = await previewImport(page, platformExport());
  await expect(count(dialog, 'created')).toHaveText('0');
  await expect(count(dialog, 'unchanged')).toHaveText(en.number(rows));
  await expect(dialog.getByRole('heading', { name: /changes? to existing records/ })).toHaveCount(
    0,
  );
  await runImport(dialog);
  await closeImport(page, dialog);
  expect(await contributorsTotal(page)).toBe(afterFirst);
  await expect(await shownAddress(page)).toContainText(BACKER.fixedAddress);

  // A newer report where she moved on the platform: the preview lists it, the platform wins.
  dialog = await previewImport(page, newerExport());
  await expect(count(dialog, 'created')).toHaveText('0');
  await expect(count(dialog, 'updated')).toHaveText('1');
  await expect(dialog.getByRole('heading', { name: '1 change to existing records' })).toBeVisible();
  const change = dialog.getByRole('row').filter({ hasText: BACKER.name });
  await expect(change).toContainText(BACKER.fixedAddress);
  await expect(change).toContainText(BACKER.movedAddress);
  await runner.shot(page, 'assistant-newer-preview.png');
  await runImport(dialog);
  await closeImport(page, dialog);
  expect(await contributorsTotal(page)).toBe(afterFirst);
  const address = await shownAddress(page);
  await expect(address).toContainText(BACKER.movedAddress);
  await expect(address).not.toContainText(BACKER.fixedAddress);
  await runner.shot(page, 'assistant-contributor-after.png');
}
