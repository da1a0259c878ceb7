import path from 'node:path';
import type { Locator, Page, Response } from '@playwright/test';
import { test, expect } from './support/app';

// The app picks the browser's language on first start: pin it so the English run is English.
test.use({ locale: 'en-US', viewport: { width: 1280, height: 860 } });

function isCreateCall(response: Response): boolean {
  return response.url().includes('/api/call/projects.create');
}

function projectCard(page: Page, title: string): Locator {
  return page.getByRole('article', { name: title, exact: true });
}

/** One headline figure of a card, found by its visible term (Budget, Secured…). */
function figure(card: Locator, term: string): Locator {
  return card
    .locator('.figure')
    .filter({ has: card.page().getByRole('term').getByText(term, { exact: true }) });
}

test.describe('on an empty workspace', () => {
  test.use({ seed: 'empty' });

  test('shows the empty state, the contract’s error beside the title, then the new project', async ({
    page,
    app,
  }, testInfo) => {
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No project yet' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Current project' })).toBeDisabled();

    await page.getByRole('button', { name: 'New project' }).click();
    const form = page.getByRole('form', { name: 'New project' });
    const title = form.getByRole('textbox', { name: 'Title', exact: true });
    await expect(form.getByRole('combobox', { name: 'Format' })).toHaveValue('film');

    // Empty title: the refusal is the contract's (the call is made and answers a title issue).
    const refused = page.waitForResponse(isCreateCall);
    await form.getByRole('button', { name: 'Create project' }).click();
    const refusal = (await (await refused).json()) as {
      ok: boolean;
      error: { code: string; issues: { path: unknown[] }[] };
    };
    expect(refusal.ok).toBe(false);
    expect(refusal.error.code).toBe('validation');
    expect(refusal.error.issues.map((issue) => issue.path)).toContainEqual(['title']);

    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(title).toHaveAccessibleDescription('Required.');
    await expect(title).toBeFocused();
    await expect(page.getByRole('alert')).toContainText('Some fields need attention.');
    // Nothing was written: the workspace still says saved, the list is still empty.
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No project yet' })).toBeVisible();

    await title.fill('Les Ombres du Port');
    await form.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'Documentary' });
    await form.getByRole('textbox', { name: 'Crowd cap (% of budget)' }).fill('5,5');
    await form.getByRole('textbox', { name: 'Secured threshold (% of budget)' }).fill('60');
    const accepted = page.waitForResponse(isCreateCall);
    await form.getByRole('button', { name: 'Create project' }).click();
    const created = (await (await accepted).json()) as {
      ok: boolean;
      value: { crowdCapBp: number; securedThresholdBp: number; format: string };
    };
    // "5,5" % reached the contract as exactly 550 bp.
    expect(created.ok).toBe(true);
    expect(created.value).toMatchObject({
      crowdCapBp: 550,
      securedThresholdBp: 6000,
      format: 'documentary',
    });

    await expect(form).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'created' })).toHaveText(
      'Project “Les Ombres du Port” created.',
    );
    const card = projectCard(page, 'Les Ombres du Port');
    await expect(card).toBeVisible();
    for (const term of ['Budget', 'Secured', 'Pending', 'Crowd line']) {
      await expect(figure(card, term).getByRole('definition').first()).toHaveText('€0.00');
    }
    await expect(figure(card, 'Crowd line')).toContainText('cap €0.00 (5.5%)');
    await expect(card).toContainText('Documentary');
    await expect(card).toContainText('0 contributors');
    await expect(card).toContainText('No campaign');
    await expect(card).toContainText('Current project');
    // The new project became the current one in the top bar.
    const selector = page.getByRole('combobox', { name: 'Current project' });
    await expect(selector.locator('option:checked')).toHaveText('Les Ombres du Port');
    await expect(page.getByText('1 project in this workspace')).toBeVisible();
    await page.screenshot({
      path: path.join(testInfo.project.outputDir, 'projects.png'),
      fullPage: true,
    });

    // In French: the same screen, the same refusal, translated; numbers formatted for France.
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Projets' })).toBeVisible();
    const carte = projectCard(page, 'Les Ombres du Port');
    await expect(figure(carte, 'Budget').getByRole('definition')).toHaveText(/^0,00\s€$/u);
    await expect(figure(carte, 'Part participative')).toContainText(/plafond 0,00\s€ \(5,5\s%\)/u);
    await expect(carte).toContainText('Documentaire');
    await expect(carte).toContainText('0 contributeur');

    await page.getByRole('button', { name: 'Nouveau projet' }).click();
    const formulaire = page.getByRole('form', { name: 'Nouveau projet' });
    await formulaire.getByRole('button', { name: 'Créer le projet' }).click();
    const titre = formulaire.getByRole('textbox', { name: 'Titre', exact: true });
    await expect(titre).toHaveAccessibleDescription('Obligatoire.');
    await page.screenshot({
      path: path.join(testInfo.project.outputDir, 'projects-fr.png'),
      fullPage: true,
    });
    await formulaire
      .getByRole('textbox', { name: 'Plafond participatif (% du budget)' })
      .fill('5 pour cent');
    await formulaire.getByRole('button', { name: 'Créer le projet' }).click();
    await expect(
      formulaire.getByRole('textbox', { name: 'Plafond participatif (% du budget)' }),
    ).toHaveAccessibleDescription(/^Saisissez un pourcentage comme 5, 5,5 ou 5,25\./);
  });
});

test.describe('on the demo workspace', () => {
  test.use({ seed: 'demo' });

  test('lists the demo projects with formatted figures and edits one’s settings', async ({
    page,
    app,
  }, testInfo) => {
    await page.goto(app.url);
    const list = page.getByRole('list', { name: 'Projects of the workspace' });
    const cards = list.getByRole('article');
    await expect(cards.first()).toBeVisible();
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    await expect(
      page.getByRole('combobox', { name: 'Current project' }).locator('option'),
    ).toHaveCount(count);
    // Every amount is formatted money, never raw cents.
    for (const value of await list.locator('.figure-value').allInnerTexts()) {
      expect(value).toMatch(
        /^-?\D{0,4}\d{1,3}(?:,\d{3})*\.\d{2}\D{0,4}$|^(?:Plan closed|No budget yet)$/u,
      );
    }

    await page.screenshot({
      path: path.join(testInfo.project.outputDir, 'projects-demo.png'),
      fullPage: true,
    });

    const first = cards.first();
    const title = (await first.getByRole('heading').innerText()).trim();
    await first.getByRole('button', { name: `Edit settings: ${title}` }).click();
    const form = page.getByRole('form', { name: `Settings of ${title}` });
    await expect(form.getByRole('combobox', { name: 'Format' })).toHaveCount(0);
    const cap = form.getByRole('textbox', { name: 'Crowd cap (% of budget)' });
    // Over 100 %: refused by the contract, shown beside the field.
    await cap.fill('150');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(cap).toHaveAccessibleDescription(/^Enter a percentage between 0 and 100\./);

    await cap.fill('4.25');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'saved.' })).toHaveText(
      `Settings of “${title}” saved.`,
    );
    await expect(figure(projectCard(page, title), 'Crowd line')).toContainText('(4.25%)');

    // Saved in the file: a reload (same tab, token kept for the session) shows it again.
    await page.reload();
    await expect(figure(projectCard(page, title), 'Crowd line')).toContainText('(4.25%)');
  });

  test('remembers the current project across areas and reloads', async ({ page, app }) => {
    await page.goto(app.url);
    const selector = page.getByRole('combobox', { name: 'Current project' });
    // Another project than the one the app opens on (waits for the list to have loaded).
    const other = (await selector.locator('option:not(:checked)').first().innerText()).trim();
    await selector.selectOption({ label: other });

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Fulfillment' })
      .click();
    await expect(page).toHaveURL(/#\/fulfillment$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Fulfillment' })).toBeVisible();
    await expect(page.getByRole('grid', { name: 'Fulfillment lines' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Fulfillment' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Fulfillment' })).toBeVisible();
    await expect(selector.locator('option:checked')).toHaveText(other);
  });
});
