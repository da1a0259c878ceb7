import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { HTTP } from '../../shared/bridge';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import { createFormatters } from '../../shared/i18n';
import { expect, type App } from './support/app';

/** What the Contributors specs share: the API as the interface calls it, the grid's rows. */
export const en = createFormatters('en');

/** Asks the running app's API from the test, as the interface does, and returns the value. */
export async function api<C extends ChannelName>(
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

/** A screenshot in test-results, copied to COPRO_SHOTS_DIR when set (Playwright empties test-results). */
export async function shoot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  fullPage = false,
): Promise<void> {
  const file = path.join(testInfo.project.outputDir, name);
  await page.screenshot({ path: file, fullPage });
  const keep = process.env['COPRO_SHOTS_DIR'];
  if (keep) {
    fs.mkdirSync(keep, { recursive: true });
    fs.copyFileSync(file, path.join(keep, name));
  }
}

export function grid(page: Page): Locator {
  return page.getByRole('grid', { name: 'Contributors' });
}

/** The data row at a 0-based position (the header row is aria-rowindex 1). */
export function dataRow(page: Page, index: number): Locator {
  return grid(page).locator(`[role="row"][aria-rowindex="${index + 2}"]`);
}

export async function rowNames(page: Page, count: number): Promise<string[]> {
  const names: string[] = [];
  for (let index = 0; index < count; index += 1) {
    names.push(await dataRow(page, index).getByRole('gridcell').first().innerText());
  }
  return names;
}

export function countText(total: number): string {
  return total === 1 ? `${en.number(total)} contributor` : `${en.number(total)} contributors`;
}

/** The demo's film (the one with a campaign and its backers). */
export async function filmProject(app: App): Promise<{ id: number; title: string }> {
  const projects = await api(app, 'projects.list', {});
  for (const project of projects) {
    if ((await api(app, 'campaigns.list', { projectId: project.id })).length > 0) return project;
  }
  throw new Error('The demo has no project with a campaign');
}

export async function openList(page: Page, app: App, query = ''): Promise<void> {
  await page.goto(`${app.url}#/contributors${query}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Contributors' })).toBeVisible();
}
