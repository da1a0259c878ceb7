import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CliIO } from '../../electron/cli/command';
import { runCli } from '../../electron/cli/main';
import type { Workspace } from '../../electron/core/db/connection';
import { openWorkspace } from '../../electron/core/db/connection';
import { createDemo } from '../../electron/core/demo';
import { budgetWorkbookFile } from '../../electron/core/export/budgetWorkbook';
import { fr, en } from '../../electron/core/export/labels';
import { moneyFormat } from '../../electron/core/export/workbookFormat';
import type { Language } from '../../shared/contract';
import { centsToUnits } from '../../shared/money';
import {
  createLibreOffice,
  libreOfficeMissing,
  LIBREOFFICE_TIMEOUT_MS,
  sheetRows,
  type LibreOffice,
} from '../support/libreoffice';
import { call, memoryWorkspace } from './helpers';
import { expectRecalculatedFigures, halfCentProject, planProject } from '../support/budgetProjects';

const NOW = new Date(2026, 10, 22, 12, 0, 0);
/** Every sheet but the top one has its header on row 4. */
const HEADER_ROW = 4;
if (libreOfficeMissing)
  console.warn(`Skipping the LibreOffice recalculation tests: ${libreOfficeMissing}`);

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

async function workbookOf(projectId: number, language: Language) {
  return budgetWorkbookFile(ws.db, projectId, { language, now: NOW });
}

async function readBack(content: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer: give it an exact copy.
  await workbook.xlsx.load(new Uint8Array(content).buffer);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet)
    throw new Error(`no sheet "${name}" in ${workbook.worksheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

describe.skipIf(libreOfficeMissing !== null)('recalculated by LibreOffice', () => {
  let office: LibreOffice;
  beforeAll(() => {
    office = createLibreOffice();
  });
  afterAll(() => office.dispose());

  it(
    'recalculates on load: a deliberately wrong cached value is replaced',
    async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Scratch');
      sheet.getCell('A1').value = 2;
      sheet.getCell('A2').value = 3;
      sheet.getCell('A3').value = { formula: 'A1*A2', result: 999 };
      sheet.getCell('A4').value = { formula: 'ROUND(1.005*1,2)', result: 1 };
      const sheets = await office.toCsv(Buffer.from(await workbook.xlsx.writeBuffer()));
      const rows = sheetRows(sheets, 'Scratch');
      expect(rows.map((r) => r[0])).toEqual(['2', '3', '6', '1.01']);
    },
    LIBREOFFICE_TIMEOUT_MS,
  );

  it(
    'shows the demo film’s totals as financing.summary has them, to the cent',
    async () => {
      const { projectIds } = await createDemo(ws);
      const projectId = projectIds[0] ?? 0;
      const file = await workbookOf(projectId, 'fr');
      await expectRecalculatedFigures(ws, projectId, await office.toCsv(file.content), fr);
    },
    LIBREOFFICE_TIMEOUT_MS,
  );

  it(
    'agrees with the app on every half-cent line and on a plan with goals above the cap',
    async () => {
      const rounding = await halfCentProject(ws);
      const plan = await planProject(ws);
      const summary = await call(ws, 'financing.summary', { projectId: plan });
      // The plan project exercises what the demo does not: surplus, negative room, failed goal.
      expect(summary.overCapSurplus).toBeGreaterThan(0);
      expect(summary.capRoom).toBeLessThan(0);
      expect(summary.declined).toBeGreaterThan(0);
      for (const projectId of [rounding, plan]) {
        const file = await workbookOf(projectId, 'fr');
        await expectRecalculatedFigures(ws, projectId, await office.toCsv(file.content), fr);
      }
    },
    2 * LIBREOFFICE_TIMEOUT_MS,
  );
});

describe('budget workbook as exceljs reads it back', () => {
  it('names its sheets in the workspace language', async () => {
    const { projectIds } = await createDemo(ws);
    const projectId = projectIds[0] ?? 0;
    const french = await workbookOf(projectId, 'fr');
    expect(french.sheets).toEqual([
      'Récapitulatif',
      'Devis détaillé',
      'Plan de financement',
      'Financement participatif',
    ]);
    expect((await readBack(french.content)).worksheets.map((w) => w.name)).toEqual(french.sheets);
    const english = await workbookOf(projectId, 'en');
    expect(english.sheets).toEqual([
      en.sheets.top,
      en.sheets.detail,
      en.sheets.plan,
      en.sheets.crowd,
    ]);
    expect(english.sheets).not.toEqual(french.sheets);
    expect(french.fileName).toBe('Les Nuits de Marseille – Budget – 2026-11-22.xlsx');
  });

  it('formats money as currency, freezes and repeats the header row, prints landscape', async () => {
    const { projectIds } = await createDemo(ws);
    const projectId = projectIds[0] ?? 0;
    const summary = await call(ws, 'financing.summary', { projectId });
    for (const [language, format] of [
      ['fr', '#,##0.00 "€"'],
      ['en', '"€"#,##0.00'],
    ] as const) {
      expect(moneyFormat('EUR', language)).toBe(format);
      const workbook = await readBack((await workbookOf(projectId, language)).content);
      for (const sheet of workbook.worksheets) {
        const view = sheet.views[0];
        expect(view?.state, sheet.name).toBe('frozen');
        const headerRow = view?.state === 'frozen' ? (view.ySplit ?? 0) : 0;
        expect(sheet.getRow(headerRow).getCell(1).font?.bold, sheet.name).toBe(true);
        expect(sheet.pageSetup).toMatchObject({
          orientation: 'landscape',
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          printTitlesRow: `${headerRow}:${headerRow}`,
        });
      }
      const detail = sheetOf(workbook, workbook.worksheets[1]?.name ?? '');
      const amounts = detail.getColumn(6).values.length;
      let formulas = 0;
      detail.eachRow((row, n) => {
        const cell = row.getCell(6);
        if (n <= HEADER_ROW || cell.value === null) return;
        expect(cell.numFmt, cell.address).toBe(format);
        if (cell.formula) formulas += 1;
      });
      expect(formulas).toBeGreaterThan(amounts / 2);
      const top = sheetOf(workbook, workbook.worksheets[0]?.name ?? '');
      const total = top.getCell(`C${7 + summary.chapters.length}`);
      expect(total.formula).toBe(`SUM(C7:C${6 + summary.chapters.length})`);
      expect(total.result).toBe(centsToUnits(summary.budgetTotal, 'EUR'));
      expect(total.numFmt).toBe(format);
    }
  });

  it('writes line amounts as ROUND formulas caching the stored amount, and real date cells', async () => {
    const projectId = await planProject(ws);
    const lines = await call(ws, 'budget.listLines', { projectId });
    const workbook = await readBack((await workbookOf(projectId, 'fr')).content);
    const detail = sheetOf(workbook, fr.sheets.detail);
    for (const line of lines) {
      let found = false;
      detail.eachRow((row, n) => {
        if (row.getCell(2).value !== line.label) return;
        found = true;
        expect(row.getCell(6).formula).toBe(`ROUND(C${n}*E${n},2)`);
        expect(row.getCell(6).result).toBe(centsToUnits(line.amountCents, 'EUR'));
      });
      expect(found, line.label).toBe(true);
    }
    const plan = sheetOf(workbook, fr.sheets.plan);
    const received = plan.getRow(HEADER_ROW + 1);
    expect(received.getCell('D').value).toEqual(new Date(Date.UTC(2026, 2, 2)));
    expect(received.getCell('E').value).toEqual(new Date(Date.UTC(2026, 2, 5)));
    expect(received.getCell('E').numFmt).toBe('dd/mm/yyyy');
    expect(received.getCell('G').numFmt).toBe('0.00%');
  });

  it('keeps a currency without minor units whole (JPY)', async () => {
    const project = await call(ws, 'projects.create', { title: 'Tokyo', currency: 'JPY' });
    const [chapter] = await call(ws, 'budget.listChapters', { projectId: project.id });
    await call(ws, 'budget.addLine', {
      projectId: project.id,
      chapterId: chapter?.id ?? 0,
      label: 'Location',
      quantity: '2.5',
      rateCents: 1001,
    });
    const workbook = await readBack((await workbookOf(project.id, 'en')).content);
    const cell = sheetOf(workbook, en.sheets.detail).getCell(`F${HEADER_ROW + 2}`);
    expect(cell.formula).toBe(`ROUND(C${HEADER_ROW + 2}*E${HEADER_ROW + 2},0)`);
    expect(cell.result).toBe(2503);
    expect(cell.numFmt).not.toContain('.');
    expect(cell.numFmt).toContain('#,##0');
  });
});

describe('exports.budgetWorkbook and copro export budget', () => {
  it('defaults to the workspace language and returns a named, decodable workbook', async () => {
    const { projectIds } = await createDemo(ws);
    const projectId = projectIds[0] ?? 0;
    await call(ws, 'workspace.setLanguage', { language: 'fr' });
    const french = await call(ws, 'exports.budgetWorkbook', { projectId });
    expect(french.sheets[0]).toBe(fr.sheets.top);
    expect(french.fileName).toMatch(/^Les Nuits de Marseille – Budget – \d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = await readBack(Buffer.from(french.contentBase64, 'base64'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(french.sheets);
    const english = await call(ws, 'exports.budgetWorkbook', { projectId, language: 'en' });
    expect(english.sheets[0]).toBe(en.sheets.top);
    // The workspace is French: so is its refusal; the code stays the same.
    await expect(call(ws, 'exports.budgetWorkbook', { projectId: 999 })).rejects.toThrow(
      /not_found: Le projet 999 n’existe pas\./,
    );
  });

  describe('copro export budget', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-export-'));
    });
    afterEach(() => {
      fs.rmSync(dir, { recursive: true, force: true });
    });

    async function run(args: string[]) {
      let stdout = '';
      let stderr = '';
      const io: CliIO = {
        stdout: (text) => void (stdout += text),
        stderr: (text) => void (stderr += text),
        readStdin: () => Promise.resolve(''),
        interactive: false,
        waitForStop: () => Promise.resolve('SIGTERM'),
      };
      return { code: await runCli(args, io), stdout, stderr };
    }

    it('writes the workbook, and replaces an existing file only with --force', async () => {
      const file = path.join(dir, 'Slate.copro');
      const slate = await openWorkspace(file, { create: true });
      const { projectIds } = await createDemo(slate);
      await slate.close();
      const out = path.join(dir, 'budget.xlsx');
      const project = String(projectIds[0]);

      const first = await run(['export', 'budget', file, '--project', project, '--out', out]);
      expect(first).toMatchObject({ code: 0, stdout: `wrote ${out}\n`, stderr: '' });
      const sheets = (await readBack(fs.readFileSync(out))).worksheets.map((w) => w.name);
      expect(sheets).toEqual([en.sheets.top, en.sheets.detail, en.sheets.plan, en.sheets.crowd]);

      fs.writeFileSync(out, 'the accountant’s edited copy');
      const refused = await run(['export', 'budget', file, '--project', project, '--out', out]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/already exists.*--force/);
      expect(fs.readFileSync(out, 'utf8')).toBe('the accountant’s edited copy');

      const args = ['export', 'budget', file, '--project', project, '--out', out, '--lang', 'fr'];
      const forced = await run([...args, '--force']);
      expect(forced.code).toBe(0);
      const names = (await readBack(fs.readFileSync(out))).worksheets.map((w) => w.name);
      expect(names[0]).toBe(fr.sheets.top);

      expect((await run(['export', 'budget', file, '--project', 'x'])).code).toBe(2);
      expect((await run(['export', 'ledger', file, '--project', project])).code).toBe(2);
    });
  });
});
