import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Language } from '../shared/contract';
import { test, expect } from '../test/e2e/support/app';
import { rendererDir } from '../test/e2e/journeys/browserRunner';
import { askApp } from '../test/e2e/journeys/steps/common';

/**
 * `npm run screenshots`: the main screens on the demo workspace, in English and French, light and
 * dark themes, at 1280×800, into resources/screenshots/ under stable names (`dashboard-en.png`,
 * `dashboard-dark-fr.png`…). Run by playwright.screenshots.config.ts
 * with the end-to-end fixture: browser mode on a fresh demo workspace per language.
 */

const OUT_DIR = path.join(import.meta.dirname, '..', 'resources', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };

test.use({ seed: 'demo', viewport: VIEWPORT, locale: 'en-US', rendererDir });

/** The demo's feature film: a full devis, a plan, a live campaign and its backers. */
const PROJECT = 'Les Nuits de Marseille';

interface Screen {
  /** The file's stem: `<name>-<language>.png`. */
  name: string;
  /** The hash route to open. */
  route: (page: Page) => Promise<string>;
  /** Waits until what the screen shows has loaded (not only its heading). */
  ready: (page: Page) => Promise<void>;
}

/** Lets charts drawn with an entrance animation settle (recharts animates in JavaScript). */
async function chartsSettled(page: Page): Promise<void> {
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  await page.waitForTimeout(1_600);
}

/** The film's live campaign. */
async function demoCampaignId(page: Page): Promise<number> {
  const film = (await askApp(page, 'projects.list', {})).find((p) => p.title === PROJECT);
  const [campaign] = film ? await askApp(page, 'campaigns.list', { projectId: film.id }) : [];
  if (!campaign) throw new Error(`The demo's ${PROJECT} has no campaign`);
  return campaign.id;
}

const SCREENS: readonly Screen[] = [
  {
    name: 'projects',
    route: async () => '#/projects',
    ready: async (page) => {
      await expect(page.locator('.page-subtitle').first()).toBeVisible();
    },
  },
  { name: 'dashboard', route: async () => '#/dashboard', ready: chartsSettled },
  {
    name: 'budget',
    route: async () => '#/budget',
    ready: async (page) => {
      await expect(page.locator('.budget-footer-value')).toBeVisible();
    },
  },
  {
    name: 'financing',
    route: async () => '#/financing',
    ready: async (page) => {
      await expect(page.locator('.plan-gap-value')).toBeVisible();
    },
  },
  {
    name: 'campaigns',
    route: async () => '#/campaigns',
    ready: async (page) => {
      await expect(page.locator('.campaign-list tbody tr').first()).toBeVisible();
    },
  },
  {
    name: 'campaign',
    route: async (page) => `#/campaigns/${await demoCampaignId(page)}`,
    ready: chartsSettled,
  },
  {
    name: 'contributors',
    route: async () => '#/contributors',
    ready: async (page) => {
      const firstRow = page.locator('[role="grid"] [role="row"][aria-rowindex="2"]');
      await expect(firstRow).toBeVisible();
      await expect(firstRow).not.toHaveAttribute('aria-busy', 'true');
    },
  },
  {
    name: 'exports',
    route: async () => '#/exports',
    ready: async (page) => {
      await expect(page.locator('.export-card').first()).toBeVisible();
    },
  },
];

async function open(page: Page, screen: Screen): Promise<void> {
  const hash = await screen.route(page);
  await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await screen.ready(page);
  // The same picture every run: no focus ring, no hover, at the top of the page.
  await page.evaluate('document.activeElement?.blur(); window.scrollTo(0, 0)');
  await page.mouse.move(0, VIEWPORT.height - 1);
}

async function shoot(page: Page, stem: string): Promise<void> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(OUT_DIR, `${stem}.png`), animations: 'disabled' });
}

const LANGUAGE_BUTTON: Record<Language, string> = { en: 'English', fr: 'Français' };

for (const language of ['en', 'fr'] as const) {
  test(`the main screens in ${LANGUAGE_BUTTON[language]}`, async ({ page, app }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(app.url);
    await page.getByRole('combobox', { name: 'Current project' }).selectOption({ label: PROJECT });
    const switchTo = page.getByRole('button', { name: LANGUAGE_BUTTON[language], exact: true });
    await switchTo.click();
    await expect(switchTo).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    for (const screen of SCREENS) {
      await open(page, screen);
      await shoot(page, `${screen.name}-${language}`);
    }

    // The dark theme follows the system's: every screen again, charts included.
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const screen of SCREENS) {
      await open(page, screen);
      await shoot(page, `${screen.name}-dark-${language}`);
    }
  });
}
