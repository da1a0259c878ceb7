import { expect, type Page } from '@playwright/test';
import { en as workbookEn } from '../../../../electron/core/export/labels';
import { createLibreOffice, csvCents, sheetRows } from '../../../support/libreoffice';
import {
  centsShown,
  chooseProject,
  dashboardTile,
  inEnglish,
  nav,
  type JourneyRunner,
} from './common';

/** The demo's feature film: a full devis, a plan with every status and a live campaign. */
export const ACCOUNTANT_PROJECT = 'Les Nuits de Marseille';

interface Headline {
  budget: number;
  secured: number;
  pending: number;
  gap: number;
}

/** The figure on the row whose cell in `labelColumn` is `label` (0 = column A), in cents. */
function figureOf(rows: string[][], labelColumn: number, label: string, valueColumn: number) {
  const row = rows.find((candidate) => candidate[labelColumn] === label);
  if (!row) throw new Error(`no row "${label}" in column ${labelColumn} of the sheet`);
  return csvCents(row[valueColumn]);
}

/**
 * The accountant: reads the headline figures on the dashboard, downloads the budget workbook
 * from the Exports screen, and has LibreOffice recalculate it: budget total, secured, pending and
 * gap in the workbook equal what the dashboard showed, to the cent. Needs LibreOffice (the caller
 * skips with a reason where it is missing).
 */
export async function accountantJourney(page: Page, runner: JourneyRunner): Promise<void> {
  await inEnglish(page);
  await chooseProject(page, ACCOUNTANT_PROJECT);
  await nav(page, 'Dashboard').click();
  await expect(page.getByText(`Where ${ACCOUNTANT_PROJECT} stands`)).toBeVisible();
  const shown: Headline = {
    budget: await centsShown(dashboardTile(page, 'Budget')),
    secured: await centsShown(dashboardTile(page, 'Secured')),
    pending: await centsShown(dashboardTile(page, 'Pending')),
    gap: await centsShown(dashboardTile(page, 'Left to finance')),
  };
  // The dashboard's own arithmetic holds before the workbook is compared with it.
  const crowd = await centsShown(dashboardTile(page, 'Crowd line'));
  expect(shown.gap).toBe(shown.budget - shown.secured - shown.pending - crowd);
  await runner.shot(page, 'accountant-dashboard.png');

  await nav(page, 'Exports').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exports' })).toBeVisible();
  const card = page.getByRole('article', { name: 'Budget workbook' });
  const file = await runner.download(page, () =>
    card.getByRole('button', { name: 'Download budget workbook' }).click(),
  );
  expect(file.name).toMatch(new RegExp(`^${ACCOUNTANT_PROJECT} .*\\.xlsx$`));
  await expect(card.getByRole('status')).toHaveText(`“${file.name}” downloaded.`);
  await runner.shot(page, 'accountant-exports.png');

  const office = createLibreOffice();
  try {
    const sheets = await office.toCsv(file.bytes);
    const labels = workbookEn;
    expect([...sheets.keys()].sort()).toEqual(Object.values(labels.sheets).sort());

    // Top sheet: label in column B, amount in column C, as LibreOffice recalculated them.
    const top = sheetRows(sheets, labels.sheets.top);
    expect(figureOf(top, 1, labels.total, 2), 'sum of the chapters').toBe(shown.budget);
    const recalculated: Headline = {
      budget: figureOf(top, 1, labels.budgetTotal, 2),
      secured: figureOf(top, 1, labels.secured, 2),
      pending: figureOf(top, 1, labels.pending, 2),
      gap: figureOf(top, 1, labels.gap, 2),
    };
    expect(recalculated).toEqual(shown);

    // The financing plan sheet says the same: label in column A, amount in column F.
    const plan = sheetRows(sheets, labels.sheets.plan);
    expect({
      budget: figureOf(plan, 0, labels.budgetTotal, 5),
      secured: figureOf(plan, 0, labels.secured, 5),
      pending: figureOf(plan, 0, labels.pending, 5),
      gap: figureOf(plan, 0, labels.gap, 5),
    }).toEqual(shown);
  } finally {
    office.dispose();
  }
}
