import { createFormatters } from '../../shared/i18n';
import { api, en, filmProject, shoot } from './contributorsPage';
import { test, expect } from './support/app';

test.use({ seed: 'demo', locale: 'en-US', viewport: { width: 1440, height: 900 } });

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

  await page.goto(app.url);
  await page.getByRole('combobox', { name: 'Current project' }).selectOption({ label: film.title });
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Fulfillment' })
    .click();
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

  // Saved in the file: after a reload, the tracking number finds the line, shipped.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Fulfillment' })).toBeVisible();
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
