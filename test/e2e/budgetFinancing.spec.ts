import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { fr as workbookFr } from '../../electron/core/export/labels';
import { createLibreOffice, csvCents, sheetRows } from '../support/libreoffice';
import { askApp, projectNamed } from './journeys/steps/common';
import { test, expect } from './support/app';

// The app picks the browser's language on first start: pin it so the English run is English.
test.use({ locale: 'en-US', viewport: { width: 1280, height: 900 } });

function nav(page: Page, label: string): Locator {
  return page
    .getByRole('navigation', { name: /Main navigation|Navigation principale/ })
    .getByRole('link', { name: label });
}

/** One figure of the plan's totals, found by its visible term (Secured, Left to finance…). */
function planFigure(page: Page, term: string): Locator {
  return page
    .locator('.plan-figure, .plan-gap-figure')
    .filter({ has: page.getByRole('term').getByText(term, { exact: true }) })
    .getByRole('definition')
    .first();
}

/** The cell of a budget line in a column (0 code, 1 label, 2 qty, 3 unit, 4 rate, 5 amount). */
function lineCell(page: Page, label: string, column: number): Locator {
  return page.getByRole('row', { name: label, exact: true }).getByRole('gridcell').nth(column);
}

/**
 * A screenshot (kept in COPRO_SHOTS_DIR too when set). The budget is shot as the window shows
 * it: its rows are virtualised and its total is pinned to the window's bottom edge.
 */
async function shoot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  fullPage = !name.startsWith('budget'),
): Promise<void> {
  const file = path.join(testInfo.project.outputDir, name);
  await page.screenshot({ path: file, fullPage });
  // Playwright empties test-results at each run: keep a copy where it can be looked at.
  const keep = process.env['COPRO_SHOTS_DIR'];
  if (keep) {
    fs.mkdirSync(keep, { recursive: true });
    fs.copyFileSync(file, path.join(keep, name));
  }
}

/** Back to the top of the page (the function runs in the browser, where `window` exists). */
async function scrollToTop(page: Page): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
}

async function addLine(
  page: Page,
  chapter: string,
  line: { label: string; quantity: string; unit: string; rate: string },
): Promise<void> {
  await page.getByRole('button', { name: `Add line to chapter ${chapter}` }).click();
  const form = page.getByRole('form', { name: `New line in ${chapter}` });
  await expect(form.getByRole('textbox', { name: 'Label', exact: true })).toBeFocused();
  await form.getByRole('textbox', { name: 'Label', exact: true }).fill(line.label);
  await form.getByRole('textbox', { name: 'Quantity', exact: true }).fill(line.quantity);
  await form
    .getByRole('combobox', { name: 'Unit', exact: true })
    .selectOption({ label: line.unit });
  await form.getByRole('textbox', { name: 'Rate', exact: true }).fill(line.rate);
  await form.getByRole('button', { name: 'Add line', exact: true }).click();
  await expect(page.getByRole('row', { name: line.label, exact: true })).toBeVisible();
  // The form stays open for the next line, empty again; Escape closes it.
  await expect(form.getByRole('textbox', { name: 'Label', exact: true })).toHaveValue('');
  await form.getByRole('textbox', { name: 'Label', exact: true }).press('Escape');
  await expect(form).toBeHidden();
}

test.describe('on an empty workspace', () => {
  test.use({ seed: 'empty' });

  test('a producer builds the budget, the financing plan and a campaign under the cap', async ({
    page,
    app,
  }, testInfo) => {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'New project' }).click();
    const projectForm = page.getByRole('form', { name: 'New project' });
    await projectForm.getByRole('textbox', { name: 'Title', exact: true }).fill('Le Phare');
    await projectForm.getByRole('button', { name: 'Create project' }).click();
    await expect(projectForm).toBeHidden();

    // Budget: the CNC devis chapters, empty, with the total pinned at the bottom.
    await nav(page, 'Budget').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Budget' })).toBeVisible();
    const grid = page.getByRole('grid', { name: 'Budget of Le Phare' });
    await expect(grid.getByRole('row', { name: '2 Personnel' })).toBeVisible();
    const total = page.getByRole('region', { name: 'Budget total' });
    await expect(total).toContainText('€0.00');

    await addLine(page, 'Personnel', {
      label: 'Director',
      quantity: '10',
      unit: 'Day',
      rate: '1,250.00',
    });
    await expect(lineCell(page, 'Director', 5)).toHaveText('€12,500.00');
    await expect(grid.getByRole('row', { name: '2 Personnel' })).toContainText('€12,500.00');
    await expect(total).toContainText('€12,500.00');

    await addLine(page, 'Moyens techniques', {
      label: 'Camera package',
      quantity: '1',
      unit: 'Flat',
      rate: '800,000.00',
    });
    await expect(lineCell(page, 'Camera package', 5)).toHaveText('€800,000.00');
    await expect(grid.getByRole('row', { name: '7 Moyens techniques' })).toContainText(
      '€800,000.00',
    );
    await expect(total).toContainText('€812,500.00');
    await expect(total).toContainText('2 lines');

    // Inline editing: a negative rate is refused by the contract, shown at the cell.
    await lineCell(page, 'Director', 4).click();
    const rate = page.getByRole('textbox', { name: 'Rate of Director' });
    await expect(rate).toBeFocused();
    await rate.fill('-5');
    await rate.press('Enter');
    await expect(rate).toHaveAttribute('aria-invalid', 'true');
    await expect(rate).toHaveAccessibleDescription(
      'Must not be negative: a budget line costs money.',
    );
    await rate.press('Escape');
    await expect(rate).toBeHidden();
    await expect(lineCell(page, 'Director', 4)).toBeFocused();
    await expect(lineCell(page, 'Director', 4)).toHaveText('€1,250.00');

    // Keyboard: arrows move between cells, Enter edits, Enter saves; the server's amount shows.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(lineCell(page, 'Director', 2)).toBeFocused();
    await page.keyboard.press('Enter');
    const quantity = page.getByRole('textbox', { name: 'Quantity of Director' });
    await expect(quantity).toBeFocused();
    await quantity.fill('12');
    await quantity.press('Enter');
    await expect(lineCell(page, 'Director', 5)).toHaveText('€15,000.00');
    await expect(lineCell(page, 'Director', 2)).toBeFocused();
    await expect(total).toContainText('€815,000.00');

    // Remove with undo: the line comes back with the same figures.
    await page.getByRole('button', { name: 'Remove line Camera package' }).click();
    await expect(page.getByRole('row', { name: 'Camera package', exact: true })).toHaveCount(0);
    await expect(total).toContainText('€15,000.00');
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(lineCell(page, 'Camera package', 5)).toHaveText('€800,000.00');
    await expect(total).toContainText('€815,000.00');

    // Chapters: collapse one, move one down (keyboard stays on it), add a custom one.
    const personnel = grid.getByRole('row', { name: '2 Personnel' });
    await personnel.getByRole('button', { name: '2 Personnel' }).click();
    await expect(personnel.getByRole('button', { name: '2 Personnel' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect(page.getByRole('row', { name: 'Director', exact: true })).toHaveCount(0);
    await expect(personnel).toContainText('€15,000.00');
    await personnel.getByRole('button', { name: '2 Personnel' }).click();
    await expect(page.getByRole('row', { name: 'Director', exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Move chapter Droits artistiques down' }).click();
    await expect(grid.getByRole('row').nth(1)).toHaveAccessibleName('2 Personnel');
    await expect(
      page.getByRole('button', { name: 'Move chapter Droits artistiques down' }),
    ).toBeFocused();
    await page.getByRole('button', { name: 'Move chapter Droits artistiques up' }).click();
    await expect(grid.getByRole('row').nth(1)).toHaveAccessibleName('1 Droits artistiques');

    await page.getByRole('button', { name: 'Add chapter' }).click();
    const chapterForm = page.getByRole('form', { name: 'New chapter' });
    await chapterForm.getByRole('textbox', { name: 'Chapter title' }).fill('Musique');
    await chapterForm.getByRole('button', { name: 'Add chapter' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Musique' })).toBeVisible();
    // Added at the end (code: the next free number), scrolled to, with the keyboard on it.
    const musique = grid.getByRole('row', { name: '10 Musique' });
    await expect(musique.getByRole('button', { name: '10 Musique' })).toBeFocused();
    await expect(musique).toBeInViewport();

    // Rename in place: a code already taken is refused at the field; Enter saves the title.
    await musique.getByRole('button', { name: 'Rename chapter Musique' }).click();
    const renameForm = page.getByRole('form', { name: 'Rename chapter Musique' });
    await renameForm.getByRole('textbox', { name: 'Chapter code' }).fill('7');
    await renameForm.getByRole('textbox', { name: 'Chapter title' }).fill('Musique originale');
    await renameForm.getByRole('button', { name: 'Save' }).click();
    await expect(
      renameForm.getByRole('textbox', { name: 'Chapter code' }),
    ).toHaveAccessibleDescription('Code 7 is already used by another chapter.');
    await renameForm.getByRole('textbox', { name: 'Chapter code' }).fill('10');
    await renameForm.getByRole('textbox', { name: 'Chapter title' }).press('Enter');
    await expect(
      page.getByRole('button', { name: 'Rename chapter Musique originale' }),
    ).toBeFocused();

    await scrollToTop(page);
    await shoot(page, testInfo, 'budget.png');

    // Financing: the budget against nothing secured yet.
    await nav(page, 'Financing').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Financing plan' })).toBeVisible();
    await expect(planFigure(page, 'Budget')).toHaveText('€815,000.00');
    await expect(planFigure(page, 'Left to finance')).toHaveText('€815,000.00');

    await page.getByRole('button', { name: 'Add source' }).click();
    let sourceForm = page.getByRole('form', { name: 'New financing source' });
    await sourceForm
      .getByRole('combobox', { name: 'Kind' })
      .selectOption({ label: 'Co-production' });
    await sourceForm.getByRole('textbox', { name: 'Counterparty' }).fill('Rouge Films');
    await sourceForm.getByRole('textbox', { name: 'Amount (EUR)' }).fill('500,000');
    await sourceForm.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Confirmed' });
    await sourceForm.getByRole('button', { name: 'Add source' }).click();
    await expect(sourceForm).toBeHidden();
    await expect(page.getByRole('row', { name: 'Rouge Films' })).toContainText('€500,000.00');

    await page.getByRole('button', { name: 'Add source' }).click();
    sourceForm = page.getByRole('form', { name: 'New financing source' });
    await sourceForm
      .getByRole('combobox', { name: 'Kind' })
      .selectOption({ label: 'CNC / public fund' });
    await sourceForm.getByRole('textbox', { name: 'Counterparty' }).fill('CNC');
    await sourceForm.getByRole('textbox', { name: 'Amount (EUR)' }).fill('200 000,00');
    await sourceForm.getByRole('button', { name: 'Add source' }).click();
    await expect(sourceForm).toBeHidden();
    const cnc = page.getByRole('row', { name: 'CNC' });
    await expect(cnc.getByRole('combobox', { name: 'Status of CNC' })).toHaveValue('planned');
    await expect(cnc).toContainText(/24\.5%/u);

    await expect(planFigure(page, 'Secured')).toHaveText('€500,000.00');
    await expect(planFigure(page, 'Pending')).toHaveText('€200,000.00');
    await expect(planFigure(page, 'Left to finance')).toHaveText('€115,000.00');
    // The status changes from the table; edit and remove (with undo) work on a source's row.
    await cnc.getByRole('combobox', { name: 'Status of CNC' }).selectOption({ label: 'Confirmed' });
    await expect(planFigure(page, 'Secured')).toHaveText('€700,000.00');
    await expect(planFigure(page, 'Pending')).toHaveText('€0.00');
    await cnc.getByRole('combobox', { name: 'Status of CNC' }).selectOption({ label: 'Planned' });
    await expect(planFigure(page, 'Secured')).toHaveText('€500,000.00');

    await page.getByRole('button', { name: 'Edit source Rouge Films' }).click();
    const editForm = page.getByRole('form', { name: 'Edit Rouge Films' });
    await expect(editForm.getByRole('textbox', { name: 'Amount (EUR)' })).toHaveValue('500,000.00');
    await editForm.getByRole('textbox', { name: 'Notes' }).fill('Signed on 3 March');
    await editForm.getByRole('button', { name: 'Save source' }).click();
    await expect(editForm).toBeHidden();
    await expect(page.getByRole('row', { name: 'Rouge Films' })).toContainText('Signed on 3 March');

    await page.getByRole('button', { name: 'Remove source Rouge Films' }).click();
    await expect(page.getByRole('row', { name: 'Rouge Films' })).toHaveCount(0);
    await expect(planFigure(page, 'Secured')).toHaveText('€0.00');
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('row', { name: 'Rouge Films' })).toContainText('€500,000.00');
    await expect(page.getByRole('row', { name: 'Rouge Films' })).toContainText('Signed on 3 March');

    const readiness = page.getByRole('region', { name: 'Ready to launch a campaign?' });
    await expect(readiness.getByRole('listitem').nth(1)).toContainText('Done:');
    await expect(readiness.getByRole('listitem').nth(2)).toContainText('€115,000.00 missing');

    // A campaign goal over the cap: the room shows before saving, the refusal names cap and room.
    await page.getByRole('button', { name: 'New campaign' }).click();
    const campaignForm = page.getByRole('form', { name: 'New campaign' });
    const capBox = campaignForm.getByRole('region', { name: 'Crowd cap' });
    await expect(capBox).toContainText('€40,750.00');
    await expect(capBox).toContainText('Room left for a goal');
    await campaignForm.getByRole('textbox', { name: 'Campaign title' }).fill('Le Phare au cinéma');
    await expect(campaignForm.getByRole('combobox', { name: 'Platform' })).toHaveValue(
      'touscoprod',
    );
    await expect(campaignForm.getByRole('textbox', { name: 'Commission' })).toHaveValue('8');
    const goal = campaignForm.getByRole('textbox', { name: 'Goal (EUR)' });
    await goal.fill('50,000');
    await expect(goal).toHaveAccessibleDescription(
      'Over the room left (€40,750.00) by €9,250.00: this goal will be refused.',
    );
    await campaignForm.getByRole('button', { name: 'Create campaign' }).click();
    await expect(goal).toHaveAttribute('aria-invalid', 'true');
    await expect(goal).toHaveAccessibleDescription(
      /^Over the crowd cap: cap €40,750\.00, room left €40,750\.00\./,
    );
    await expect(goal).toBeFocused();
    await campaignForm.scrollIntoViewIfNeeded();
    await campaignForm.screenshot({
      path: path.join(testInfo.project.outputDir, 'campaign-form.png'),
    });

    await goal.fill('40,000');
    await expect(goal).toHaveAccessibleDescription(/^At most €40,750\.00/);
    await campaignForm.getByRole('button', { name: 'Create campaign' }).click();
    await expect(campaignForm).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'created' })).toHaveText(
      'Campaign “Le Phare au cinéma” created.',
    );
    const campaignRow = page.getByRole('row', { name: 'Le Phare au cinéma' });
    await expect(campaignRow).toContainText('Touscoprod');
    await expect(campaignRow).toContainText('Draft');
    await expect(campaignRow).toContainText('€40,000.00');
    await expect(planFigure(page, 'Crowd line')).toHaveText('€40,000.00');
    await expect(page.getByRole('row', { name: 'Crowd line (campaigns)' })).toContainText(
      'Counted up to the cap €40,750.00 (5%).',
    );
    await expect(planFigure(page, 'Left to finance')).toHaveText('€75,000.00');
    await scrollToTop(page);
    await shoot(page, testInfo, 'financing.png');

    // In French: the same plan, amounts written the French way.
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Plan de financement' }),
    ).toBeVisible();
    await expect(planFigure(page, 'Reste à financer')).toHaveText(/^75\s000,00\s€$/u);
    await expect(planFigure(page, 'Part participative')).toHaveText(/^40\s000,00\s€$/u);
    await shoot(page, testInfo, 'financing-fr.png');

    await nav(page, 'Budget').click();
    await expect(page.getByRole('region', { name: 'Total du budget' })).toContainText(
      /815\s000,00\s€/u,
    );
    await lineCell(page, 'Director', 4).click();
    const tarif = page.getByRole('textbox', { name: 'Tarif de Director' });
    await expect(tarif).toHaveValue(/^1\s250,00$/u);
    await tarif.fill('1 300,50');
    await tarif.press('Enter');
    await expect(lineCell(page, 'Director', 5)).toHaveText(/^15\s606,00\s€$/u);
    await scrollToTop(page);
    await shoot(page, testInfo, 'budget-fr.png');

    // A budget cut under the existing goal: the plan warns rather than hiding the excess.
    await lineCell(page, 'Camera package', 4).click();
    const tarifCamera = page.getByRole('textbox', { name: 'Tarif de Camera package' });
    await tarifCamera.fill('500 000');
    await tarifCamera.press('Enter');
    await expect(page.getByRole('region', { name: 'Total du budget' })).toContainText(
      /515\s606,00\s€/u,
    );
    await nav(page, 'Financement').click();
    const alertes = page.getByRole('list', { name: 'Alertes' });
    await expect(alertes).toContainText(
      /Les objectifs participatifs 40\s000,00\s€ dépassent le plafond 25\s780,30\s€ \(5\s%/u,
    );
    await expect(alertes).toContainText(/de 14\s219,70\s€/u);
    await shoot(page, testInfo, 'financing-fr-warning.png');

    // The accountant's copy of this plan: the budget workbook, downloaded from the Exports
    // screen and recalculated by LibreOffice, says what financing.summary says, to the cent.
    await nav(page, 'Exports').click();
    const carte = page.getByRole('article', { name: 'Classeur budget' });
    const downloading = page.waitForEvent('download');
    await carte.getByRole('button', { name: 'Télécharger le classeur budget' }).click();
    const download = await downloading;
    const saved = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(saved);
    const phare = await projectNamed(page, 'Le Phare');
    const summary = await askApp(page, 'financing.summary', { projectId: phare.id });
    const office = createLibreOffice();
    try {
      const top = sheetRows(await office.toCsv(fs.readFileSync(saved)), workbookFr.sheets.top);
      const figure = (label: string) => csvCents(top.find((row) => row[1] === label)?.[2]);
      expect({
        budget: figure(workbookFr.budgetTotal),
        secured: figure(workbookFr.secured),
        pending: figure(workbookFr.pending),
        gap: figure(workbookFr.gap),
      }).toEqual({
        budget: summary.budgetTotal,
        secured: summary.secured,
        pending: summary.pending,
        gap: summary.gap,
      });
    } finally {
      office.dispose();
    }
  });
});

test.describe('on the demo workspace', () => {
  test.use({ seed: 'demo', viewport: { width: 1280, height: 1000 } });

  test('the feature film’s devis and financing plan with realistic data', async ({
    page,
    app,
  }, testInfo) => {
    await page.goto(app.url);
    await page
      .getByRole('combobox', { name: 'Current project' })
      .selectOption({ label: 'Les Nuits de Marseille' });
    await nav(page, 'Budget').click();
    const grid = page.getByRole('grid', { name: 'Budget of Les Nuits de Marseille' });
    await expect(grid).toBeVisible();
    const total = page.getByRole('region', { name: 'Budget total' });
    const counts = (await total.innerText()).match(/(\d+) lines/u);
    expect(Number(counts?.[1])).toBeGreaterThanOrEqual(30);
    // Virtualised: the grid announces every row but renders only those near the window.
    const rowCount = Number(await grid.getAttribute('aria-rowcount'));
    expect(rowCount).toBeGreaterThan(Number(counts?.[1]));
    expect(await grid.getByRole('row').count()).toBeLessThan(rowCount - 10);
    await shoot(page, testInfo, 'budget-demo.png');

    // The keyboard walks down the whole devis, rendering rows as it goes.
    await grid.getByRole('row').nth(1).getByRole('button').first().focus();
    for (let step = 0; step < 40; step += 1) await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toBeVisible();
    await expect(grid.getByRole('row').filter({ has: page.locator(':focus') })).toHaveCount(1);
    // As in the other long tables: Page Down/Up by a page of rows, Ctrl+End/Home to the ends.
    const focusedRow = async () =>
      Number(
        await page.evaluate(
          "document.activeElement?.closest('[aria-rowindex]')?.getAttribute('aria-rowindex')",
        ),
      );
    // Rows far away render after the scroll: the keyboard lands on them a moment later.
    await page.keyboard.press('Control+Home');
    await expect.poll(focusedRow).toBe(2);
    await page.keyboard.press('PageDown');
    await expect.poll(focusedRow).toBeGreaterThan(2 + 5);
    const paged = await focusedRow();
    await page.keyboard.press('PageUp');
    await expect.poll(focusedRow).toBeLessThan(paged);
    await page.keyboard.press('Control+End');
    await expect.poll(focusedRow).toBeGreaterThan(rowCount - 3);
    await expect(page.locator(':focus')).toBeInViewport();
    // Sortable headers are buttons; the columns not sorted by say so.
    await expect(grid.getByRole('columnheader', { name: 'Amount', exact: true })).toHaveAttribute(
      'aria-sort',
      'none',
    );

    await nav(page, 'Financing').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Financing plan' })).toBeVisible();
    await expect(page.getByRole('row', { name: 'Crowd line (campaigns)' })).toBeVisible();
    await shoot(page, testInfo, 'financing-demo.png');

    // The dark theme follows the system: the same screens, legible.
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot(page, testInfo, 'financing-demo-dark.png');
    await nav(page, 'Budget').click();
    await expect(grid).toBeVisible();
    await shoot(page, testInfo, 'budget-demo-dark.png');
  });
});
