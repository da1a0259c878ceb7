import fs from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import type { Language } from '../shared/contract';
import { test, expect } from '../test/e2e/support/app';
import { rendererDir } from '../test/e2e/journeys/browserRunner';
import { chooseProject, DEMO_SCENES, EMPTY_SCENES, FILM, type Scene } from './screenshotScenes';

/**
 * `npm run screenshots`: the main screens in English and French, light and dark themes, at
 * 1280×800, into resources/screenshots/ under stable names (`dashboard-en.png`,
 * `dashboard-dark-fr.png`…). Run by playwright.screenshots.config.ts with the end-to-end fixture:
 * browser mode on a fresh demo (or empty) workspace per language. The demo is seeded, and no
 * screen shows the clock, so a run with no interface change gives the same pictures.
 *
 * Each scene is shot in the light theme, then the dark one (the system's, emulated), so menus and
 * dialogs are pictured open in both. The rest of each scrolling screen goes to
 * test-results/screenshots/ (`<stem>-part2.png`…) for reviewing what lies below the fold.
 */

const OUT_DIR = path.join(import.meta.dirname, '..', 'resources', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };
const LANGUAGE_BUTTON: Record<Language, string> = { en: 'English', fr: 'Français' };

test.use({ viewport: VIEWPORT, rendererDir });

async function switchLanguage(page: Page, language: Language): Promise<void> {
  const button = page.getByRole('button', { name: LANGUAGE_BUTTON[language], exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

async function shoot(page: Page, testInfo: TestInfo, scene: Scene, stem: string): Promise<void> {
  await page.screenshot({ path: path.join(OUT_DIR, `${stem}.png`), animations: 'disabled' });
  if (scene.overlay) return;
  const scrolledTo = Number(await page.evaluate('window.scrollY'));
  // What lies below the fold, a window at a time, for review (not published). The window itself
  // scrolls, rather than a full-page capture, so virtualised lists draw the rows in view.
  const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
  const step = VIEWPORT.height - 100;
  for (let top = step, part = 2; top < height - 100; top += step, part += 1) {
    await page.evaluate(`window.scrollTo(0, ${top})`);
    await page.waitForTimeout(100);
    await page.screenshot({
      path: testInfo.outputPath(`${stem}-part${part}.png`),
      animations: 'disabled',
    });
  }
  await page.evaluate(`window.scrollTo(0, ${scrolledTo})`);
}

async function shootScenes(
  page: Page,
  testInfo: TestInfo,
  scenes: readonly Scene[],
  language: Language,
): Promise<void> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const scene of scenes) {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate('window.scrollTo(0, 0)');
    await scene.show(page);
    if (!scene.overlay) {
      // The same picture every run: no focus ring, no hover.
      await page.evaluate('document.activeElement?.blur()');
    }
    await page.mouse.move(0, VIEWPORT.height - 1);
    await shoot(page, testInfo, scene, `${scene.name}-${language}`);
    // The dark theme follows the system's.
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot(page, testInfo, scene, `${scene.name}-dark-${language}`);
  }
}

for (const language of ['en', 'fr'] as const) {
  test.describe(`${LANGUAGE_BUTTON[language]}`, () => {
    // The browser's own widgets (date inputs) follow its locale: a French user's is French.
    test.use({ locale: language === 'fr' ? 'fr-FR' : 'en-US' });
    test.describe('demo workspace', () => {
      test.use({ seed: 'demo' });
      test('the main screens', async ({ page, app }, testInfo) => {
        test.setTimeout(240_000);
        await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
        await page.goto(app.url);
        await chooseProject(page, FILM);
        await switchLanguage(page, language);
        await shootScenes(page, testInfo, DEMO_SCENES, language);
      });
    });

    test.describe('empty workspace', () => {
      test.use({ seed: 'empty' });
      test('the first run', async ({ page, app }, testInfo) => {
        await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
        await page.goto(app.url);
        await switchLanguage(page, language);
        await shootScenes(page, testInfo, EMPTY_SCENES, language);
      });
    });
  });
}
