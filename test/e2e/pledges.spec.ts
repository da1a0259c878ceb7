import type { Contribution } from '../../shared/contract';
import { api, en, shoot } from './contributorsPage';
import { test, expect, type App } from './support/app';

test.use({ seed: 'demo', locale: 'en-US', viewport: { width: 1280, height: 900 } });

/** The default demo project's campaign and every one of its pledges, read through the API. */
async function demoCampaign(app: App) {
  const projects = await api(app, 'projects.list', {});
  const project = projects.find((p) => p.title === 'Les Nuits de Marseille');
  if (!project) throw new Error('The demo workspace lacks "Les Nuits de Marseille"');
  const [campaign] = await api(app, 'campaigns.list', { projectId: project.id });
  if (!campaign) throw new Error('The demo project has no campaign');
  const pledges: Contribution[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await api(app, 'contributions.list', {
      campaignId: campaign.id,
      offset,
      limit: 500,
    });
    pledges.push(...page.rows);
    if (page.rows.length < 500) break;
  }
  return { campaign, pledges };
}

function countText(count: number): string {
  return count === 1 ? '1 pledge' : `${en.number(count)} pledges`;
}

test('the pledges table: total, sort by amount, status filter, keyboard to a contributor', async ({
  page,
  app,
}, testInfo) => {
  const { campaign, pledges } = await demoCampaign(app);
  expect(pledges.length).toBeGreaterThan(50);
  const grid = page.getByRole('grid', { name: 'Pledges of the campaign' });
  const count = page.locator('.pledges-count');
  const row = (index: number) => grid.locator(`[role="row"][aria-rowindex="${index + 2}"]`);
  const cell = (index: number, column: number) => row(index).getByRole('gridcell').nth(column);

  await page.goto(`${app.url}#/campaigns/${campaign.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Pledges', exact: true })).toBeVisible();
  await expect(count).toHaveText(countText(pledges.length));
  await grid.scrollIntoViewIfNeeded();

  // Newest first by default.
  const newest = pledges.reduce((a, b) => (b.pledgedAt > a.pledgedAt ? b : a));
  await expect(cell(0, 0)).toHaveText(en.date(newest.pledgedAt.slice(0, 10)));

  // Sorting by amount puts the largest first, then the smallest on a second click.
  const amounts = pledges.map((p) => p.amountCents);
  await grid.getByRole('button', { name: 'Amount' }).click();
  await expect(grid.getByRole('columnheader', { name: 'Amount' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(cell(0, 3)).toHaveText(en.money(Math.max(...amounts), campaign.currency));
  await grid.getByRole('button', { name: 'Amount' }).click();
  await expect(cell(0, 3)).toHaveText(en.money(Math.min(...amounts), campaign.currency));
  await grid.getByRole('button', { name: 'Amount' }).click();

  // Filtering by status narrows the count and the rows.
  const collected = pledges.filter((p) => p.paymentStatus === 'collected');
  const failed = pledges.filter((p) => p.paymentStatus === 'failed');
  const narrowTo = collected.length < pledges.length ? 'Collected' : 'Failed';
  const expected = narrowTo === 'Collected' ? collected : failed;
  await page.getByRole('combobox', { name: 'Payment status' }).selectOption({ label: narrowTo });
  await expect(count).toHaveText(countText(expected.length));
  expect(expected.length).toBeLessThan(pledges.length);
  if (expected.length > 0) await expect(cell(0, 5)).toHaveText(narrowTo);

  // The contributor search narrows to names or emails starting with what is typed.
  const someone = expected[0] ?? pledges[0];
  if (!someone) throw new Error('no pledge');
  const prefix = someone.contributorName.slice(0, 3);
  const matching = expected.filter(
    (p) =>
      p.contributorName.toLowerCase().startsWith(prefix.toLowerCase()) ||
      (p.contributorEmail ?? '').toLowerCase().startsWith(prefix.toLowerCase()),
  );
  await page.getByRole('searchbox', { name: 'Contributor' }).fill(prefix);
  await expect(count).toHaveText(countText(matching.length));
  await page.getByRole('searchbox', { name: 'Contributor' }).fill('');
  await expect(count).toHaveText(countText(expected.length));
  await shoot(page, testInfo, 'pledges.png');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(count).toHaveText(`${expected.length} contributions`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, testInfo, 'pledges-fr-dark.png');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(count).toHaveText(countText(expected.length));

  // Every filter is named, inside the named search region.
  const filters = page.getByRole('search', { name: 'Filter the pledges' });
  await expect(filters.getByRole('searchbox', { name: 'Contributor' })).toBeVisible();
  await expect(filters.getByRole('combobox', { name: 'Payment status' })).toBeVisible();
  await expect(filters.getByRole('combobox', { name: 'Reward tier' })).toBeVisible();

  // The keyboard model of every long table: End, Home, Page Down move the active row.
  await grid.focus();
  await page.keyboard.press('End');
  await expect(row(expected.length - 1)).toHaveAttribute('aria-selected', 'true');
  await expect(row(expected.length - 1)).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(row(0)).toHaveAttribute('aria-selected', 'true');
  if (expected.length > 20) {
    await page.keyboard.press('PageDown');
    await expect(row(0)).not.toHaveAttribute('aria-selected', 'true');
    await expect(row(1)).not.toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
  }

  // ↓ then Enter opens the second row's contributor.
  const largestFirst = [...expected].sort((a, b) => b.amountCents - a.amountCents || b.id - a.id);
  await page.keyboard.press('ArrowDown');
  await expect(row(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const second = largestFirst[1];
  if (!second) throw new Error('fewer than two pledges to walk through');
  await expect(page).toHaveURL(new RegExp(`#/contributors/${second.contributorId}$`));
});
