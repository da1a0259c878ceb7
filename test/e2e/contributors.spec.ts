import { paymentTransitions } from '../../shared/contract';
import { createFormatters, en as messages } from '../../shared/i18n';
import {
  api,
  countText,
  dataRow,
  en,
  filmProject,
  grid,
  openList,
  rowNames,
  shoot,
} from './contributorsPage';
import { test, expect } from './support/app';

test.use({ seed: 'demo', locale: 'en-US', viewport: { width: 1280, height: 860 } });

test('the list shows the total, narrows with the search and sorts by name', async ({
  page,
  app,
}, testInfo) => {
  const film = await filmProject(app);
  const everyone = await api(app, 'contributors.search', {
    limit: 5,
    sort: { field: 'name', dir: 'asc' },
  });
  const status = page.locator('.contributors-count');

  await page.goto(app.url);
  // The film is then another project than the current one: its filter goes in the address.
  await page
    .getByRole('combobox', { name: 'Current project' })
    .selectOption({ label: 'Les Gardiens du Frioul' });
  await page.getByRole('link', { name: 'Contributors' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contributors' })).toBeVisible();
  const projectFilter = page.getByRole('combobox', { name: 'Project', exact: true });
  await projectFilter.selectOption({ label: 'All projects' });
  await expect(status).toHaveText(countText(everyone.total));
  await projectFilter.selectOption({ label: film.title });
  const filmAll = await api(app, 'contributors.search', { filters: { projectId: film.id } });
  await expect(status).toHaveText(countText(filmAll.total));
  await expect.poll(() => page.url()).toContain(`project=${film.id}`);

  // Sorted by name from A: the first rows are the service's first rows.
  const grid_ = grid(page);
  await expect(grid_.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(dataRow(page, 0).getByRole('gridcell').first()).toHaveText(
    everyone.rows[0]?.displayName ?? '',
  );
  expect(await rowNames(page, 3)).toEqual(everyone.rows.slice(0, 3).map((row) => row.displayName));
  // Emails: the whole address on hover (title), a cut one ends with an ellipsis, not a hard clip.
  const firstEmail = everyone.rows[0]?.email;
  if (firstEmail) {
    await expect(dataRow(page, 0).getByRole('gridcell').nth(1).locator('[title]')).toHaveAttribute(
      'title',
      firstEmail,
    );
  }
  const emails = await grid_.locator('.contributor-email').evaluateAll((elements) =>
    elements.map((element) => ({
      title: element.getAttribute('title'),
      text: element.textContent,
      overflow: element.ownerDocument.defaultView?.getComputedStyle(element).textOverflow,
    })),
  );
  expect(emails.length).toBeGreaterThan(0);
  for (const email of emails) {
    expect(email.title).toBe(email.text);
    expect(email.overflow).toBe('ellipsis');
  }
  await shoot(page, testInfo, 'contributors.png');

  // Z to A.
  await grid_.getByRole('button', { name: 'Name' }).click();
  await expect(grid_.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const descending = await api(app, 'contributors.search', {
    filters: { projectId: film.id },
    sort: { field: 'name', dir: 'desc' },
    limit: 3,
  });
  await expect(dataRow(page, 0).getByRole('gridcell').first()).toHaveText(
    descending.rows[0]?.displayName ?? '',
  );
  expect(await rowNames(page, 3)).toEqual(descending.rows.map((row) => row.displayName));

  // The search narrows the list; the address keeps it across a reload.
  const marseille = await api(app, 'contributors.search', {
    query: 'marseille',
    filters: { projectId: film.id },
    sort: { field: 'name', dir: 'desc' },
    limit: 1,
  });
  expect(marseille.total).toBeGreaterThan(0);
  expect(marseille.total).toBeLessThan(filmAll.total);
  await page.getByRole('searchbox', { name: 'Search contributors' }).fill('marseille');
  await expect(status).toHaveText(countText(marseille.total));
  await expect(dataRow(page, 0).getByRole('gridcell').first()).toHaveText(
    marseille.rows[0]?.displayName ?? '',
  );
  await expect.poll(() => page.url()).toContain('q=marseille');
  await page.reload();
  await expect(status).toHaveText(countText(marseille.total));
  await expect(page.getByRole('searchbox', { name: 'Search contributors' })).toHaveValue(
    'marseille',
  );
  await expect(grid_.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  // Nobody: the list says so and offers the way back.
  await page.getByRole('searchbox', { name: 'Search contributors' }).fill('zzqx');
  await expect(status).toHaveText('No contributor');
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(status).toHaveText(countText(filmAll.total));

  // The same list in French: count, headers and amounts in French.
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contributeurs' })).toBeVisible();
  const fr = createFormatters('fr');
  await expect(status).toHaveText(`${fr.number(filmAll.total)} contributeurs`);
  const frenchGrid = page.getByRole('grid', { name: 'Contributeurs' });
  await expect(frenchGrid.locator('[role="row"][aria-rowindex="2"]')).not.toHaveAttribute(
    'aria-busy',
    'true',
  );
  await shoot(page, testInfo, 'contributors-fr.png');
});

test('the keyboard moves the active row and Enter opens the contributor', async ({ page, app }) => {
  const all = await api(app, 'contributors.search', {
    limit: 20,
    sort: { field: 'name', dir: 'asc' },
  });
  await openList(page, app, '?project=all');
  const table = grid(page);
  await expect(dataRow(page, 0)).not.toHaveAttribute('aria-busy', 'true');
  await table.focus();
  const activeRowIndex = async () => {
    const id = await table.getAttribute('aria-activedescendant');
    return Number(await page.locator(`[id="${id}"]`).getAttribute('aria-rowindex')) - 2;
  };
  expect(await activeRowIndex()).toBe(0);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await activeRowIndex()).toBe(2);
  await expect(dataRow(page, 2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  expect(await activeRowIndex()).toBe(1);

  await page.keyboard.press('PageDown');
  const afterPage = await activeRowIndex();
  expect(afterPage).toBeGreaterThan(5);
  await expect(dataRow(page, afterPage)).toBeInViewport();

  await page.keyboard.press('End');
  expect(await activeRowIndex()).toBe(all.total - 1);
  const lastRow = dataRow(page, all.total - 1);
  await expect(lastRow).toBeInViewport();
  await expect(lastRow).not.toHaveAttribute('aria-busy', 'true');

  // Open the last one and come back: the list is where it was, the keyboard on the same row.
  const lastName = await lastRow.getByRole('gridcell').first().innerText();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: lastName })).toBeVisible();
  await page.getByRole('link', { name: 'Back to contributors' }).click();
  await expect(lastRow).toBeInViewport();
  await expect(lastRow).toHaveAttribute('aria-selected', 'true');
  await expect(table).toBeFocused();
  await page.keyboard.press('Home');
  expect(await activeRowIndex()).toBe(0);
  await expect(dataRow(page, 0)).toBeInViewport();

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = all.rows[3];
  if (!third) throw new Error('The demo has fewer than 4 contributors');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/contributors/${third.id}\\?project=all$`));
  await expect(page.getByRole('heading', { level: 1, name: third.displayName })).toBeVisible();
  await page.getByRole('link', { name: 'Back to contributors' }).click();
  await expect(page.getByRole('combobox', { name: 'Project', exact: true })).toHaveValue('all');
});

test('an address fixed in the detail is saved; a refund and a status change are recorded', async ({
  page,
  app,
}, testInfo) => {
  const collected = await api(app, 'contributors.search', {
    filters: { paymentStatus: 'collected' },
    limit: 1,
  });
  const person = collected.rows[0];
  if (!person) throw new Error('The demo has no collected pledge');
  await page.goto(`${app.url}#/contributors/${person.id}`);
  await expect(page.getByRole('heading', { level: 1, name: person.displayName })).toBeVisible();

  await page.getByRole('button', { name: 'Edit contact' }).click();
  const form = page.getByRole('form', { name: `Edit the contact of ${person.displayName}` });
  const email = form.getByRole('textbox', { name: 'Email' });
  await email.fill('not-an-email');
  await form.getByRole('textbox', { name: 'Address', exact: true }).fill('12 rue des Lilas');
  await form.getByRole('textbox', { name: 'Postcode' }).fill('69003');
  await form.getByRole('textbox', { name: 'City' }).fill('Lyon');
  await form.getByRole('textbox', { name: 'Region or state' }).fill('Auvergne-Rhône-Alpes');
  await form.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'France' });
  await form.getByRole('button', { name: 'Save contact' }).click();
  // The contract's refusal, beside the field, in words a person understands.
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(
    'Enter an email address such as name@example.com.',
  );
  await expect(email).toBeFocused();

  await email.fill('lilas@example.fr');
  await form.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Contact of' })).toHaveText(
    `Contact of ${person.displayName} saved.`,
  );
  await page.reload();
  const address = page.locator('.contact-address');
  await expect(address).toContainText('12 rue des Lilas');
  await expect(address).toContainText('69003 Lyon');
  await expect(page.getByRole('link', { name: 'lilas@example.fr' })).toBeVisible();

  // A refund of part of a collected pledge: amount and date, shown on the pledge.
  const detail = await api(app, 'contributors.get', { id: person.id });
  const pledge = detail.pledges.find((candidate) => candidate.paymentStatus === 'collected');
  if (!pledge) throw new Error('The contributor has no collected pledge');
  const card = page.getByRole('article', { name: pledge.campaignTitle }).first();
  await card.getByRole('button', { name: 'Record a refund' }).click();
  const refundAmount = card.getByRole('textbox', { name: 'Amount refunded' });
  // More than was collected: the contract refuses it, beside the amount, and the form says so.
  expect(pledge.refundedCents).toBe(0);
  await refundAmount.fill(amountText(pledge.amountCents + 100, '.'));
  await card.getByRole('button', { name: 'Save refund' }).click();
  await expect(refundAmount).toHaveAttribute('aria-invalid', 'true');
  await expect(refundAmount).toHaveAccessibleDescription(
    new RegExp(
      escapeRegExp(
        `At most the amount of the pledge, ${en.money(pledge.amountCents, pledge.currency)}.`,
      ),
    ),
  );
  await expect(refundAmount).toBeFocused();
  await expect(card.getByRole('alert')).toContainText('Not saved.');
  await shoot(page, testInfo, 'contributor-refund-en.png');
  await refundAmount.fill('10');
  await card.getByLabel('Refund date').fill('2026-11-02');
  await card.getByRole('button', { name: 'Save refund' }).click();
  await expect(card.getByRole('status')).toHaveText(
    `Refund of ${en.money(1000, pledge.currency)} recorded.`,
  );
  await expect(card).toContainText(
    `${en.money(1000, pledge.currency)} on ${en.date('2026-11-02')}`,
  );

  // Only the moves the contract allows are offered: a collected pledge can become refund due.
  const statusSelect = card.getByRole('combobox', {
    name: `New status of the pledge to ${pledge.campaignTitle}`,
  });
  await expect(statusSelect.getByRole('option')).toHaveText([
    messages.contributors.pledge.chooseStatus,
    ...paymentTransitions.collected.map((status) => messages.contributors.statuses[status]),
  ]);
  await statusSelect.selectOption({ label: 'Refund due' });
  await card.getByRole('button', { name: 'Change status' }).click();
  await expect(card.getByRole('status')).toHaveText('Status changed to Refund due.');
  await expect(card.locator('.pledge-head .tag')).toHaveText('Refund due');
  await shoot(page, testInfo, 'contributor-detail.png', true);

  // In French: what is left to refund once €10 went back, beside the amount.
  await page.getByRole('button', { name: 'Français' }).click();
  const fr = createFormatters('fr');
  const frCard = page.getByRole('article', { name: pledge.campaignTitle }).first();
  await frCard.getByRole('button', { name: 'Enregistrer un remboursement' }).click();
  const frAmount = frCard.getByRole('textbox', { name: 'Montant remboursé' });
  const remaining = pledge.amountCents - 1000;
  await frAmount.fill(amountText(remaining + 1, ','));
  await frCard.getByRole('button', { name: 'Enregistrer le remboursement' }).click();
  await expect(frAmount).toHaveAttribute('aria-invalid', 'true');
  const frMoney = (cents: number) => fr.money(cents, pledge.currency);
  await expect(frAmount).toHaveAccessibleDescription(
    new RegExp(
      escapeRegExp(
        `Au plus ${frMoney(remaining)} : ${frMoney(1000)} sur ${frMoney(pledge.amountCents)} déjà remboursés.`,
      ),
    ),
  );
  await expect(frCard.getByRole('alert')).toContainText('Non enregistré.');
  await frCard.getByRole('form').scrollIntoViewIfNeeded();
  await shoot(page, testInfo, 'contributor-refund-fr.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, testInfo, 'contributor-refund-fr-dark.png');
});

test('an offline cheque is recorded for a new contributor and shows in the detail', async ({
  page,
  app,
}) => {
  const film = await filmProject(app);
  const [campaign] = await api(app, 'campaigns.list', { projectId: film.id });
  if (!campaign) throw new Error('The film has no campaign');
  const tiers = await api(app, 'tiers.list', { campaignId: campaign.id });
  const tier = tiers.find(
    (candidate) => !candidate.isAddon && candidate.minimumCents > 1000 && candidate.remaining !== 0,
  );
  if (!tier) throw new Error('The campaign has no tier above 10.00');
  await openList(page, app, `?project=${film.id}`);
  const before = await api(app, 'contributors.search', {
    filters: { projectId: film.id },
    limit: 1,
  });
  await expect(page.locator('.contributors-count')).toHaveText(countText(before.total));

  await page.getByRole('button', { name: 'Add offline pledge' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an offline pledge' });
  await dialog.getByRole('radio', { name: 'New contributor' }).check();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Odile Chèque');
  await dialog.getByRole('textbox', { name: 'Email' }).fill('odile.cheque@example.fr');
  await dialog.getByRole('textbox', { name: 'City' }).fill('Aubagne');
  await expect(dialog.getByRole('combobox', { name: 'Campaign' })).toHaveValue(String(campaign.id));
  await dialog.getByRole('combobox', { name: 'Reward tier' }).selectOption(String(tier.id));
  await dialog.getByRole('textbox', { name: 'Reference' }).fill('CHQ-0042');
  const amount = dialog.getByRole('textbox', { name: 'Amount' });

  // Not an amount: refused before any call.
  await amount.fill('ten euros');
  await dialog.getByRole('button', { name: 'Record pledge' }).click();
  await expect(amount).toHaveAccessibleDescription(/Enter an amount such as 1,234\.50\./);

  // Under the tier's minimum: the contract's refusal, beside the amount.
  await amount.fill('1');
  await dialog.getByRole('button', { name: 'Record pledge' }).click();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(amount).toHaveAccessibleDescription(
    new RegExp(
      `At least the tier’s minimum, ${en.money(tier.minimumCents, campaign.currency).replace(/[.$]/g, '\\$&')}`,
    ),
  );

  // "1 234,50" as a French cheque is written: exactly 123450 cents reach the contract.
  await amount.fill('1 234,50');
  const added = page.waitForResponse((response) => response.url().includes('/contributions.add'));
  await dialog.getByRole('button', { name: 'Record pledge' }).click();
  const answer = (await (await added).json()) as { ok: boolean; value: { amountCents: number } };
  expect(answer).toMatchObject({ ok: true, value: { amountCents: 123450 } });

  await expect(page.getByRole('heading', { level: 1, name: 'Odile Chèque' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Offline pledge' })).toHaveText(
    `Offline pledge of ${en.money(123450, campaign.currency)} recorded.`,
  );
  const card = page.getByRole('article', { name: campaign.title });
  await expect(card).toContainText(en.money(123450, campaign.currency));
  await expect(card).toContainText(tier.title);
  await expect(card).toContainText('CHQ-0042');
  await expect(card).toContainText('Collected');

  await page.getByRole('link', { name: 'Back to contributors' }).click();
  await expect(page.locator('.contributors-count')).toHaveText(countText(before.total + 1));
});

test('two records of one person are merged after a preview of what moves', async ({
  page,
  app,
}) => {
  const all = await api(app, 'contributors.search', {
    limit: 500,
    sort: { field: 'name', dir: 'asc' },
  });
  const twins = all.rows.find((row, index) => all.rows[index + 1]?.displayName === row.displayName);
  const twin = twins && all.rows[all.rows.indexOf(twins) + 1];
  if (!twins || !twin) throw new Error('The demo has no two contributors with the same name');
  const kept = await api(app, 'contributors.get', { id: twins.id });
  const merged = await api(app, 'contributors.get', { id: twin.id });

  await page.goto(`${app.url}#/contributors/${twins.id}?project=all`);
  await page.getByRole('button', { name: 'Merge with…' }).click();
  const dialog = page.getByRole('dialog', { name: `Merge a duplicate of ${twins.displayName}` });
  await dialog
    .getByRole('combobox', { name: 'Find the duplicate' })
    .fill(twin.email ?? twin.displayName);
  await dialog.getByRole('option', { name: new RegExp(twin.email ?? twin.displayName) }).click();
  const moved = merged.pledges.length;
  await expect(dialog).toContainText(
    `${moved} ${moved === 1 ? 'pledge moves' : 'pledges move'} to ${kept.displayName} (${kept.email})`,
  );
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'merged' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(kept.pledges.length + moved);

  await page.getByRole('link', { name: 'Back to contributors' }).click();
  await expect(page.locator('.contributors-count')).toHaveText(countText(all.total - 1));
});

/** Cents as a person types them, with the locale's decimal mark and no grouping: 1234,56. */
function amountText(cents: number, decimal: '.' | ','): string {
  return `${Math.trunc(cents / 100)}${decimal}${String(cents % 100).padStart(2, '0')}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
