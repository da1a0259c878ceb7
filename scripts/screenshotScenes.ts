import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from '../test/e2e/support/app';
import { askApp, projectNamed } from '../test/e2e/journeys/steps/common';

/**
 * The scenes `npm run screenshots` captures (see scripts/screenshots.ts): each one brings the app
 * to a screen of the demo (or of an empty workspace) the same way on every run, whatever the
 * interface language, so selectors use roles, classes or both languages' names.
 */

export interface Scene {
  /** The file's stem: `<name>-<language>.png`, `<name>-dark-<language>.png`. */
  name: string;
  /** Brings the page to the screen and waits until what it shows has loaded. */
  show: (page: Page) => Promise<void>;
  /**
   * A menu or dialog is open (focus and scroll belong to it): the picture is taken as is, and no
   * full-page copy is made.
   */
  overlay?: boolean;
}

/** The demo's feature film: a full devis, a plan, a live campaign and its backers. */
export const FILM = 'Les Nuits de Marseille';
/** The demo's documentary: a budget and a plan, no campaign yet. */
const DOCUMENTARY = 'Les Gardiens du Frioul';
/** A French Excel cheque list whose rewards the campaign does not have: errors by line. */
const CHEQUES = path.join(import.meta.dirname, '..', 'test', 'fixtures', 'cheques-fr-excel.csv');

export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

/** Lets charts drawn with an entrance animation settle (recharts animates in JavaScript). */
async function chartsSettled(page: Page): Promise<void> {
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  await page.waitForTimeout(1_600);
}

/** The first row of the virtualised grid on the page, loaded. */
async function firstGridRow(page: Page): Promise<void> {
  const firstRow = page.locator('[role="grid"] [role="row"][aria-rowindex="2"]').first();
  await expect(firstRow).toBeVisible();
  await expect(firstRow).not.toHaveAttribute('aria-busy', 'true');
}

export async function chooseProject(page: Page, title: string): Promise<void> {
  const selector = page.getByRole('combobox', { name: /^(Current project|Projet en cours)$/ });
  await selector.selectOption({ label: title });
  await expect(selector.locator('option:checked')).toHaveText(title);
}

/** The film's live campaign. */
async function filmCampaignId(page: Page): Promise<number> {
  const film = await projectNamed(page, FILM);
  const [campaign] = await askApp(page, 'campaigns.list', { projectId: film.id });
  if (!campaign) throw new Error(`The demo's ${FILM} has no campaign`);
  return campaign.id;
}

/** Scrolls so that `selector` sits at the top of the page, under the sticky top bar. */
async function scrollToTop(page: Page, selector: string): Promise<void> {
  await page.evaluate(`(() => {
    const element = document.querySelector(${JSON.stringify(selector)});
    if (!element) throw new Error('Nothing matches ${selector}');
    const bar = document.querySelector('.topbar')?.getBoundingClientRect().height ?? 0;
    window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - bar - 16);
  })()`);
}

/** The demo workspace's screens, in the order they are taken (the last ones change the data). */
export const DEMO_SCENES: readonly Scene[] = [
  {
    name: 'projects',
    show: async (page) => {
      await go(page, '#/projects');
      await expect(page.locator('.page-subtitle').first()).toBeVisible();
    },
  },
  {
    name: 'dashboard',
    show: async (page) => {
      await go(page, '#/dashboard');
      await chartsSettled(page);
    },
  },
  {
    name: 'budget',
    show: async (page) => {
      await go(page, '#/budget');
      await expect(page.locator('.budget-footer-value')).toBeVisible();
    },
  },
  {
    name: 'financing',
    show: async (page) => {
      await go(page, '#/financing');
      await expect(page.locator('.plan-gap-value')).toBeVisible();
    },
  },
  {
    name: 'campaigns',
    show: async (page) => {
      await go(page, '#/campaigns');
      await expect(page.locator('.campaign-list tbody tr').first()).toBeVisible();
    },
  },
  {
    name: 'campaign',
    show: async (page) => {
      await go(page, `#/campaigns/${await filmCampaignId(page)}`);
      await chartsSettled(page);
    },
  },
  {
    name: 'campaign-pledges',
    show: async (page) => {
      await go(page, `#/campaigns/${await filmCampaignId(page)}`);
      await chartsSettled(page);
      await expect(page.locator('.pledges-count')).toBeVisible();
      await firstGridRow(page);
      await scrollToTop(page, 'section.campaign-section:has(.pledges-count)');
    },
  },
  {
    name: 'contributors',
    show: async (page) => {
      await go(page, '#/contributors');
      await firstGridRow(page);
    },
  },
  {
    name: 'contributor',
    show: async (page) => {
      // The backer who gave the most: several pledges, tiers and a fulfillment line to show.
      const { rows } = await askApp(page, 'contributors.search', {
        sort: { field: 'total', dir: 'desc' },
        limit: 1,
      });
      const [top] = rows;
      if (!top) throw new Error('The demo has no contributor');
      await go(page, `#/contributors/${top.id}`);
      await expect(page.locator('.detail-pledges')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: top.displayName })).toBeVisible();
    },
  },
  {
    name: 'fulfillment',
    show: async (page) => {
      // The list at full width (a line's side panel narrows it to a horizontal scroll at 1280 px).
      await go(page, '#/fulfillment');
      await firstGridRow(page);
    },
  },
  {
    name: 'exports',
    show: async (page) => {
      await go(page, '#/exports');
      await expect(page.locator('.export-card').first()).toBeVisible();
    },
  },
  {
    // An empty state: the documentary has no campaign yet, the screen says what to do.
    name: 'campaigns-empty',
    show: async (page) => {
      await chooseProject(page, DOCUMENTARY);
      await go(page, '#/campaigns');
      await expect(page.locator('.campaign-page .empty-state')).toBeVisible();
    },
  },
  {
    // The import dialog's preview with errors by file, line and column (import blocked).
    name: 'import-errors',
    overlay: true,
    show: async (page) => {
      const documentary = await projectNamed(page, DOCUMENTARY);
      const existing = await askApp(page, 'campaigns.list', { projectId: documentary.id });
      const campaign =
        existing.find((candidate) => candidate.platform === 'offline') ??
        (await askApp(page, 'campaigns.create', {
          projectId: documentary.id,
          title: 'Chèques',
          platform: 'offline',
          goalCents: 500_000,
        }));
      await go(page, `#/campaigns/${campaign.id}`);
      await page
        .getByRole('button', { name: /^(Import backers|Importer des contributeurs)/ })
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input[type="file"]').setInputFiles(CHEQUES);
      // The first preview done (one operation at a time), then tiers named by the file are not
      // created: each row naming one is an error, by line.
      await expect(dialog.locator('.import-counts')).toBeVisible();
      const createTiers = dialog.getByRole('checkbox', {
        name: /^(Create the reward tiers|Créer les contreparties)/,
      });
      await createTiers.uncheck({ timeout: 10_000 });
      await expect(dialog.locator('.import-errors')).toBeVisible();
      await expect(dialog.locator('.import-issue').first()).toBeVisible();
      // The column mapping folded away (one click on its heading): the preview fits the window.
      await dialog.locator('details.import-mapping > summary').click();
      await expect(dialog.locator('details.import-mapping')).not.toHaveAttribute('open', '');
      // The preview (its errors, then the counts) from its heading, not cut mid-form.
      await page.evaluate(`(() => {
        const body = document.querySelector('.import-dialog-body');
        const heading = document.querySelector('.import-section:has(.import-errors) .import-heading');
        if (!body || !heading) throw new Error('No preview heading in the import dialog');
        body.scrollTop += heading.getBoundingClientRect().top - body.getBoundingClientRect().top - 12;
      })()`);
    },
  },
];

/** An empty workspace: the first run, the workspace menu, and a name refused beside its field. */
export const EMPTY_SCENES: readonly Scene[] = [
  {
    name: 'first-run',
    show: async (page) => {
      await expect(page.locator('.first-run')).toBeVisible();
    },
  },
  {
    name: 'workspace-menu',
    overlay: true,
    show: async (page) => {
      await page.getByRole('button', { name: /^(Workspace|Fichier)/ }).click();
      await expect(page.getByRole('menu').first()).toBeVisible();
    },
  },
  {
    name: 'field-error',
    overlay: true,
    show: async (page) => {
      // New… (the menu's first item), then a path where a name is expected.
      await page.getByRole('menu').first().getByRole('menuitem').first().click();
      const dialog = page.getByRole('dialog');
      const name = dialog.getByRole('textbox').first();
      await expect(name).toBeFocused();
      await name.fill('../Ailleurs');
      await dialog.locator('button[type="submit"]').click();
      await expect(name).toHaveAttribute('aria-invalid', 'true');
    },
  },
];
