import fs from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './support/app';

const FRENCH_DEVIS = path.join(
  import.meta.dirname,
  '..',
  'fixtures',
  'budget',
  'devis-court-metrage-fr.csv',
);

test.use({ viewport: { width: 1280, height: 900 } });

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = path.join(testInfo.project.outputDir, name);
  await page.screenshot({ path: file });
  // Playwright empties test-results at each run (other runs too): keep a copy to look at.
  const keep = process.env['COPRO_SHOTS_DIR'];
  if (keep) {
    fs.mkdirSync(keep, { recursive: true });
    fs.copyFileSync(file, path.join(keep, name));
  }
}

async function createProject(
  page: Page,
  labels: { newProject: string; title: string; create: string },
) {
  await page.getByRole('button', { name: labels.newProject }).click();
  const form = page.getByRole('form', { name: labels.newProject });
  await form.getByRole('textbox', { name: labels.title, exact: true }).fill('La Nuit des Phares');
  await form.getByRole('button', { name: labels.create }).click();
  await expect(form).toBeHidden();
}

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('imports a French Excel devis through the dialog: mapping, preview, errors, then the budget total', async ({
    page,
    app,
  }, testInfo) => {
    await page.goto(app.url);
    await createProject(page, {
      newProject: 'New project',
      title: 'Title',
      create: 'Create project',
    });
    await page.getByRole('link', { name: 'Budget' }).click();
    await expect(page.getByRole('region', { name: 'Budget total' })).toContainText('€0.00');

    await page.getByRole('button', { name: 'Import a budget…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a budget (devis)' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    await dialog.getByLabel('Budget file').setInputFiles(FRENCH_DEVIS);

    // How it was read: Windows-1252, semicolons, decimal commas, the header on line 5.
    await expect(dialog.getByTestId('detected-encoding')).toHaveText('windows-1252');
    await expect(dialog.getByRole('combobox', { name: 'Separator', exact: true })).toHaveValue(';');
    await expect(dialog.getByRole('combobox', { name: 'Decimal separator' })).toHaveValue(',');
    await expect(dialog.getByText('line 5', { exact: true })).toBeVisible();
    // The suggested mapping, French headers included.
    await expect(dialog.getByRole('combobox', { name: 'Column for Label' })).toHaveValue(
      'Désignation',
    );
    await expect(dialog.getByRole('combobox', { name: 'Column for Rate' })).toHaveValue(
      'Prix unitaire',
    );
    await expect(dialog.getByRole('combobox', { name: 'Column for Chapter' })).toHaveValue('');

    const preview = dialog.getByRole('grid', { name: 'Lines the import creates, by chapter' });
    await expect(preview.getByRole('row', { name: /Rôle principal/ })).toContainText('€1,234.50');
    // Only the rows in view are rendered: End moves to the last line, where the new chapter is.
    await preview.focus();
    await preview.press('End');
    await expect(preview.getByRole('row', { name: /MUSIQUE ORIGINALE/ })).toContainText(
      'new chapter',
    );
    await expect(dialog.getByTestId('imported-total')).toHaveText('€44,771.73');
    await expect(dialog.getByText('20 rows skipped')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();
    await shoot(page, testInfo, 'budget-import-preview-en.png');

    // Without the quantity column, amounts no longer match 1 × rate: errors by line, no import.
    await dialog
      .getByRole('combobox', { name: 'Column for Quantity' })
      .selectOption({ label: '— not used —' });
    await expect(
      dialog.getByRole('heading', { name: /errors to fix before importing/ }),
    ).toBeVisible();
    await expect(dialog.getByText('Line 8:', { exact: true })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    await shoot(page, testInfo, 'budget-import-errors-en.png');
    await dialog.getByRole('combobox', { name: 'Column for Quantity' }).selectOption('Qté');
    await expect(dialog.getByRole('heading', { name: /errors to fix/ })).toBeHidden();

    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByRole('status')).toHaveText(
      '15 lines imported. The budget total is now €44,771.73.',
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('region', { name: 'Budget total' })).toContainText('€44,771.73');
    const grid = page.getByRole('grid', { name: 'Budget of La Nuit des Phares' });
    await expect(grid.getByRole('row', { name: '2 Personnel' })).toContainText('€11,255.00');
    await shoot(page, testInfo, 'budget-after-import-en.png');
  });
});

test.describe('in French, dark theme', () => {
  test.use({ locale: 'en-US', colorScheme: 'dark' });

  test('shows the preview in French and refuses a file with a bad rate, naming its line', async ({
    page,
    app,
  }, testInfo) => {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Français' }).click();
    await createProject(page, {
      newProject: 'Nouveau projet',
      title: 'Titre',
      create: 'Créer le projet',
    });
    await page.getByRole('link', { name: 'Budget' }).click();
    await page.getByRole('button', { name: 'Importer un budget…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer un budget (devis)' });
    await dialog.getByLabel('Fichier du budget').setInputFiles(FRENCH_DEVIS);
    await expect(dialog.getByTestId('imported-total')).toHaveText(/44\s771,73\s€/);
    await shoot(page, testInfo, 'budget-import-preview-fr-dark.png');

    await dialog.getByLabel('Fichier du budget').setInputFiles({
      name: 'devis-faux.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Poste;Libellé;Quantité;Taux;Montant\n2.1;Réalisateur;10;250,00;2 500,00\n2.2;Chef opérateur;3;trois cents;\n',
      ),
    });
    await expect(
      dialog.getByRole('heading', { name: '1 erreur à corriger avant d’importer' }),
    ).toBeVisible();
    await expect(dialog.getByText('Ligne 3 :', { exact: true })).toBeVisible();
    // The workspace is French now: the row error is worded in French too.
    await expect(
      dialog.getByText(/colonne 4 \(D\) « Taux » : "trois cents" n’est pas un montant/),
    ).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Importer', exact: true })).toBeDisabled();
    await shoot(page, testInfo, 'budget-import-errors-fr-dark.png');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('region', { name: 'Total du budget' })).toContainText(/0,00\s€/);
  });
});
