import { createFormatters } from '../../shared/i18n';
import { api, en, filmProject, shoot } from './contributorsPage';
import type { Page } from '@playwright/test';
import { test, expect } from './support/app';

test.use({ seed: 'demo', locale: 'en-US', viewport: { width: 1440, height: 900 } });

/** The app on the film, then the Fulfillment screen through the navigation. */
async function openFulfillment(page: Page, url: string, projectTitle: string): Promise<void> {
  await page.goto(url);
  await page
    .getByRole('combobox', { name: 'Current project' })
    .selectOption({ label: projectTitle });
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Fulfillment' })
    .click();
}

function linesText(total: number, formatted: string, word: 'line' | 'ligne'): string {
  return total === 1 ? `${formatted} ${word}` : `${formatted} ${word}s`;
}

test('shows the lines to send, filters by status and marks a line shipped', async ({
  page,
  app,
}, testInfo) => {
  const film = await filmProject(app);
  const summary = await api(app, 'fulfillment.summary', { projectId: film.id });
  expect(summary.total).toBeGreaterThan(0);
  const pending = summary.byStatus.pending;
  expect(pending).toBeGreaterThan(0);

  await openFulfillment(page, app.url, film.title);
  await expect(page.getByRole('heading', { level: 1, name: 'Fulfillment' })).toBeVisible();
  const total = page.locator('.fulfillment-total');
  await expect(total).toHaveText(linesText(summary.total, en.number(summary.total), 'line'));

  // The status filter narrows the list to the pending lines.
  const statusFilter = page.getByRole('combobox', { name: 'Status', exact: true });
  await statusFilter.selectOption({ label: 'Pending' });
  await expect(total).toHaveText(linesText(pending, en.number(pending), 'line'));
  const grid = page.getByRole('grid', { name: 'Fulfillment lines' });
  const firstRow = grid.locator('[role="row"][aria-rowindex="2"]');
  await expect(firstRow).toContainText('Pending');
  const name = (await firstRow.getByRole('gridcell').first().innerText()).trim();

  // Keyboard: focus the grid, Enter opens the active (first) line in the side panel.
  await firstRow.click();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: `Line for ${name}` });
  await expect(panel).toBeVisible();
  const status = panel.getByRole('combobox', { name: 'Status' });
  // Pending cannot be shipped straight away: only the next steps are offered.
  await expect(status.locator('option')).toHaveText(['Pending', 'Ready', 'Cancelled']);
  await status.selectOption({ label: 'Ready' });
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('status')).toHaveText('Saved.');
  await status.selectOption({ label: 'Shipped' });
  await panel.getByRole('textbox', { name: 'Carrier' }).fill('La Poste');
  const tracking = 'LP00412345FR';
  await panel.getByRole('textbox', { name: 'Tracking number' }).fill(tracking);
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('status')).toHaveText('Saved.');
  // Shipping dated it today (left empty).
  await expect(panel.getByLabel('Shipped on')).not.toHaveValue('');
  await expect(total).toHaveText(linesText(pending - 1, en.number(pending - 1), 'line'));
  await shoot(page, testInfo, 'fulfillment.png');

  // Saved in the file: after a reload (the status filter kept by the address), the tracking
  // number finds the line, shipped.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Fulfillment' })).toBeVisible();
  await expect(statusFilter).toHaveValue('pending');
  await expect(total).toHaveText(linesText(pending - 1, en.number(pending - 1), 'line'));
  await statusFilter.selectOption({ label: 'Any status' });
  await page.getByRole('searchbox', { name: 'Search' }).fill(tracking.toLowerCase());
  await expect(total).toHaveText('1 line');
  const found = grid.locator('[role="row"][aria-rowindex="2"]');
  await expect(found).toContainText(name);
  await expect(found).toContainText('Shipped');
  await expect(found).toContainText(tracking);
  await expect(page.getByRole('button', { name: /Shipped/ })).toContainText(
    en.number(summary.byStatus.shipped + 1),
  );

  // The same screen in French.
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Envois' })).toBeVisible();
  const fr = createFormatters('fr');
  await expect(total).toHaveText(linesText(summary.total, fr.number(summary.total), 'ligne'));
  await page.getByRole('grid', { name: 'Lignes d’envoi' }).locator('[aria-rowindex="2"]').click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary')).toBeVisible();
  await shoot(page, testInfo, 'fulfillment-fr.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, testInfo, 'fulfillment-fr-dark.png');
});

test('filters and sort live in the address: reload, Back, Forward and a shared link keep them', async ({
  page,
  app,
}) => {
  const film = await filmProject(app);
  const summary = await api(app, 'fulfillment.summary', { projectId: film.id });
  const item = summary.byItem[0];
  if (!item) throw new Error('The demo has no reward item to send');

  await openFulfillment(page, app.url, film.title);
  await expect(page).toHaveURL(/#\/fulfillment$/);
  const filters = page.getByRole('search', { name: 'Filters' });
  const statusFilter = filters.getByRole('combobox', { name: 'Status', exact: true });
  const itemFilter = filters.getByRole('combobox', { name: 'Item', exact: true });
  const search = filters.getByRole('searchbox', { name: 'Search' });
  const missing = filters.getByRole('checkbox', { name: 'Missing address' });
  await expect(filters.getByRole('combobox', { name: 'Campaign' })).toBeVisible();
  await expect(missing).not.toBeChecked();
  const grid = page.getByRole('grid', { name: 'Fulfillment lines' });
  const total = page.locator('.fulfillment-total');
  const placeHeader = grid.getByRole('columnheader', { name: 'City, country' });
  const firstNames = async (count: number) => {
    await expect(grid.locator('[aria-rowindex="2"]')).not.toHaveAttribute('aria-busy', 'true');
    const names: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const row = grid.locator(`[role="row"][aria-rowindex="${index + 2}"]`);
      if ((await row.count()) === 0) break;
      names.push((await row.getByRole('gridcell').first().innerText()).trim());
    }
    return names;
  };

  // Three steps: an item, then a status, then a sort by place (Z to A on the second click).
  const count = async (filters: { itemId: number; status?: 'pending' }) => {
    const list = await api(app, 'fulfillment.list', { projectId: film.id, filters, limit: 1 });
    return linesText(list.total, en.number(list.total), 'line');
  };
  await itemFilter.selectOption(String(item.itemId));
  await expect(page).toHaveURL(new RegExp(`item=${item.itemId}`));
  const itemOnlyTotal = await count({ itemId: item.itemId });
  await expect(total).toHaveText(itemOnlyTotal);
  // The first rows the service gives for a request: what the table must show, once updated.
  const expectedNames = async (
    filters: { itemId: number; status?: 'pending' },
    sort?: { field: 'country'; dir: 'desc' },
  ) => {
    const list = await api(app, 'fulfillment.list', {
      projectId: film.id,
      filters,
      sort,
      limit: 5,
    });
    return list.rows.map((row) => row.contributorName);
  };
  const itemOnly = await expectedNames({ itemId: item.itemId });
  await expect.poll(() => firstNames(5)).toEqual(itemOnly);
  await statusFilter.selectOption('pending');
  await expect(page).toHaveURL(/status=pending/);
  await expect(total).toHaveText(await count({ itemId: item.itemId, status: 'pending' }));
  await expect(placeHeader).toHaveAttribute('aria-sort', 'none');
  await grid.getByRole('button', { name: 'City, country' }).click();
  await grid.getByRole('button', { name: 'City, country' }).click();
  await expect(placeHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=-country/);
  const sortedRows = await expectedNames(
    { itemId: item.itemId, status: 'pending' },
    { field: 'country', dir: 'desc' },
  );
  await expect.poll(() => firstNames(5)).toEqual(sortedRows);
  const sortedTotal = await total.innerText();

  // Typing is not a step in history: the entry is replaced, not added.
  const steps = Number(await page.evaluate('window.history.length'));
  await search.fill('zz');
  await expect(page).toHaveURL(/q=zz/);
  await search.fill('');
  await expect(page).not.toHaveURL(/q=/);
  expect(Number(await page.evaluate('window.history.length'))).toBe(steps);

  // A reload shows the same rows with the same filters and sort.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Fulfillment' })).toBeVisible();
  await expect(itemFilter).toHaveValue(String(item.itemId));
  await expect(statusFilter).toHaveValue('pending');
  await expect(placeHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(total).toHaveText(sortedTotal);
  await expect.poll(() => firstNames(5)).toEqual(sortedRows);

  // Back undoes one choice at a time: the sort (A to Z, then none), then the status; Forward redoes.
  await page.goBack();
  await expect(placeHeader).toHaveAttribute('aria-sort', 'ascending');
  await page.goBack();
  await expect(placeHeader).toHaveAttribute('aria-sort', 'none');
  await expect(statusFilter).toHaveValue('pending');
  await page.goBack();
  await expect(statusFilter).toHaveValue('');
  await expect(itemFilter).toHaveValue(String(item.itemId));
  await expect(total).toHaveText(itemOnlyTotal);
  await expect.poll(() => firstNames(5)).toEqual(itemOnly);
  await page.goForward();
  await expect(statusFilter).toHaveValue('pending');

  // A shared link opens on the same list.
  const link = `${app.url}#/fulfillment?item=${item.itemId}&status=pending&sort=-country`;
  await page.goto(`${app.url}#/dashboard`);
  await page.goto(link);
  await expect(itemFilter).toHaveValue(String(item.itemId));
  await expect(statusFilter).toHaveValue('pending');
  await expect(placeHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(total).toHaveText(sortedTotal);
  await expect.poll(() => firstNames(5)).toEqual(sortedRows);

  // The keyboard model of every long table: arrows, Page Down, End, Home; Enter opens.
  await statusFilter.selectOption('');
  await itemFilter.selectOption('');
  await expect(total).toHaveText(linesText(summary.total, en.number(summary.total), 'line'));
  await grid.focus();
  const activeRow = async () => {
    const id = await grid.getAttribute('aria-activedescendant');
    return Number(await page.locator(`[id="${id}"]`).getAttribute('aria-rowindex')) - 2;
  };
  expect(await activeRow()).toBe(0);
  await page.keyboard.press('ArrowDown');
  expect(await activeRow()).toBe(1);
  await page.keyboard.press('PageDown');
  expect(await activeRow()).toBeGreaterThan(3);
  await page.keyboard.press('End');
  expect(await activeRow()).toBe(summary.total - 1);
  const last = grid.locator(`[role="row"][aria-rowindex="${summary.total + 1}"]`);
  await expect(last).toBeInViewport();
  await page.keyboard.press('Home');
  expect(await activeRow()).toBe(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: /^Line for / })).toBeVisible();
});

test('with a line open, the list fits beside its panel: fewer columns, same sort, keys and address', async ({
  page,
  app,
}, testInfo) => {
  const film = await filmProject(app);
  const summary = await api(app, 'fulfillment.summary', { projectId: film.id });
  await page.setViewportSize({ width: 1280, height: 800 });
  await openFulfillment(page, app.url, film.title);
  const grid = page.getByRole('grid', { name: 'Fulfillment lines' });
  const headers = grid.getByRole('columnheader');
  await expect(headers).toHaveCount(8);
  // Nothing scrolls sideways: neither the list's own scroller nor the page.
  const noSidewaysScroll = async () => {
    // The one grid on the screen, whatever the language names it.
    const list = await page
      .getByRole('grid')
      .evaluate((element) => element.scrollWidth - element.clientWidth);
    const pageOverflow = await page
      .locator('html')
      .evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(list).toBeLessThanOrEqual(0);
    expect(pageOverflow).toBeLessThanOrEqual(0);
  };

  // Enter opens the first line: four columns, item and quantity together.
  await grid.locator('[role="row"][aria-rowindex="2"]').click();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: /^Line for / });
  await expect(panel).toBeVisible();
  await expect(headers).toHaveText([/Contributor/, /City, country/, /Item × qty/, /Status/]);
  await expect(grid).toHaveAttribute('aria-colcount', '4');
  await noSidewaysScroll();
  const first = await api(app, 'fulfillment.list', { projectId: film.id, limit: 1 });
  const firstRow = first.rows[0];
  if (!firstRow) throw new Error('The demo has no line to send');
  await expect(grid.locator('[role="row"][aria-rowindex="2"]')).toContainText(
    `${firstRow.itemName}×\u00a0${en.number(firstRow.quantity)}`,
  );

  // The keyboard still moves along the list, and Enter opens the next line in the panel.
  await grid.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const second = grid.locator('[role="row"][aria-rowindex="3"]');
  const secondName = (await second.getByRole('gridcell').first().innerText()).trim();
  await expect(page.getByRole('complementary', { name: `Line for ${secondName}` })).toBeVisible();
  await page.keyboard.press('End');
  await expect(grid.locator(`[role="row"][aria-rowindex="${summary.total + 1}"]`)).toBeInViewport();
  await page.keyboard.press('Home');

  // Sorting by the combined column sorts by item, in the address too.
  const itemHeader = grid.getByRole('columnheader', { name: 'Item × qty' });
  await grid.getByRole('button', { name: 'Item × qty' }).click();
  await expect(itemHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=item/);
  await expect(page.locator('.fulfillment-sorted')).toHaveCount(0);

  // A sort no header shows (the last change, from a link) is said above the list.
  await page.goto(`${app.url}#/fulfillment?sort=-updatedAt`);
  await expect(page.getByText('Sorted by last change, descending')).toBeVisible();
  await expect(grid.locator('[aria-sort="ascending"], [aria-sort="descending"]')).toHaveCount(0);
  const newest = await api(app, 'fulfillment.list', {
    projectId: film.id,
    sort: { field: 'updatedAt', dir: 'desc' },
    limit: 1,
  });
  await expect(grid.locator('[role="row"][aria-rowindex="2"]')).toContainText(
    newest.rows[0]?.contributorName ?? 'no line',
  );
  await grid.locator('[role="row"][aria-rowindex="2"]').click();
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await expect(page.getByText('Sorted by last change, descending')).toBeVisible();
  await expect(page).toHaveURL(/sort=-updatedAt/);
  await shoot(page, testInfo, 'fulfillment-panel-sorted-by.png');

  // Closing the panel brings every column back.
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(headers).toHaveCount(8);
  await page.goto(`${app.url}#/fulfillment`);

  // The same fit in both languages and themes, at the two common laptop widths.
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(size);
    for (const language of ['en', 'fr'] as const) {
      if (language === 'fr') await page.getByRole('button', { name: 'Français' }).click();
      const named = page.getByRole('grid', {
        name: language === 'fr' ? 'Lignes d’envoi' : 'Fulfillment lines',
      });
      await named.locator('[role="row"][aria-rowindex="2"]').click();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('complementary')).toBeVisible();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await noSidewaysScroll();
        await shoot(
          page,
          testInfo,
          `fulfillment-panel-${size.width}-${language}-${colorScheme}.png`,
        );
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.getByRole('complementary').getByRole('button').first().click();
      if (language === 'fr') await page.getByRole('button', { name: 'English' }).click();
    }
  }
});
