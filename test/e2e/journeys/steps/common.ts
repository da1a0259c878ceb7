import { expect, type Locator, type Page } from '@playwright/test';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../../shared/contract';
import { createFormatters } from '../../../../shared/i18n';
import { parseMoney } from '../../../../shared/money';

/**
 * What the journeys need from the runner that drives them: browser mode (test/e2e/journeys) or
 * the Electron shell (test/electron/journeys.spec.ts). The steps themselves only take a Page.
 */
export interface JourneyRunner {
  /** Saves a screenshot of the window under `name` (and keeps a copy to look at). */
  shot(page: Page, name: string): Promise<void>;
  /** Runs `click`, which makes the app save a file, and returns the file as it was saved. */
  download(page: Page, click: () => Promise<void>): Promise<DownloadedFile>;
}

export interface DownloadedFile {
  name: string;
  bytes: Uint8Array;
}

/** The journeys run in English: what a person reads on the screen, formatted the same way. */
export const en = createFormatters('en');

export function nav(page: Page, label: string): Locator {
  return page
    .getByRole('navigation', { name: /Main navigation|Navigation principale/ })
    .getByRole('link', { name: label, exact: true });
}

/** The app follows the workspace's language: a journey switches it to English first. */
export async function inEnglish(page: Page): Promise<void> {
  const english = page.getByRole('button', { name: 'English', exact: true });
  await expect(english).toBeVisible();
  if ((await english.getAttribute('aria-pressed')) !== 'true') await english.click();
  await expect(english).toHaveAttribute('aria-pressed', 'true');
}

export async function chooseProject(page: Page, title: string): Promise<void> {
  const selector = page.getByRole('combobox', { name: 'Current project' });
  await selector.selectOption({ label: title });
  await expect(selector.locator('option:checked')).toHaveText(title);
}

/** One headline tile of the dashboard: its value. */
export function dashboardTile(page: Page, term: string): Locator {
  return page
    .locator('.dash-tile')
    .filter({ has: page.getByRole('term').getByText(term, { exact: true }) })
    .getByRole('definition')
    .first();
}

/** A money figure as the screen shows it ("€120,033.48", "-€3.20"), read back into cents. */
export async function centsShown(figure: Locator, currency = 'EUR'): Promise<number> {
  const text = (await figure.innerText()).trim();
  return parseMoney(text, { currency });
}

/** The page's globals as the journeys use them (this file is compiled without DOM types). */
interface PageGlobals {
  copro?: { invoke(channel: string, input: unknown): Promise<unknown> };
  sessionStorage: { getItem(key: string): string | null };
  fetch(url: string, init: unknown): Promise<{ json(): Promise<unknown> }>;
}

interface CallResult {
  ok: boolean;
  value?: unknown;
  error?: { message: string };
}

/**
 * Asks the running app's contract from inside the page, the way the interface does: Electron's
 * bridge when there is one, else browser mode's HTTP with the tab's launch token. Used to check
 * what the screen shows against what the app holds, never to do a step the person does.
 */
export async function askApp<C extends ChannelName>(
  page: Page,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = (await page.evaluate(
    async ({ channel, input }) => {
      const g = globalThis as unknown as PageGlobals;
      if (g.copro) return g.copro.invoke(channel, input);
      const response = await g.fetch(`/api/call/${channel}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-copro-token': g.sessionStorage.getItem('copro.token') ?? '',
        },
        body: JSON.stringify(input),
      });
      return response.json();
    },
    { channel, input },
  )) as CallResult;
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message ?? 'failed'}`);
  return result.value as ChannelOutput<C>;
}

/** The project of the open workspace with this title. */
export async function projectNamed(page: Page, title: string) {
  const projects = await askApp(page, 'projects.list', {});
  const project = projects.find((candidate) => candidate.title === title);
  if (!project) throw new Error(`No project "${title}" in the workspace`);
  return project;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
