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
import { fr, en, type WorkbookLabels } from '../../electron/core/export/labels';
import { moneyFormat, workbookFormats } from '../../electron/core/export/workbookFormat';
import type { FinancingSummary, Language } from '../../shared/contract';
import { centsToUnits } from '../../shared/money';
import {
  createLibreOffice,
  csvCents,
  libreOfficeMissing,
  LIBREOFFICE_TIMEOUT_MS,
  sheetRows,
  type LibreOffice,
  type SheetCsv,
} from '../support/libreoffice';
import { call, memoryWorkspace } from './helpers';

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

/** The first row whose cell in `column` (0 = A) is `text`, with the sheet named on failure. */
function rowWith(rows: string[][], column: number, text: string, after = 0): string[] {
  const row = rows.slice(after).find((r) => r[column] === text);
  if (!row) throw new Error(`no row with "${text}" in column ${column}`);
  return row;
}

async function halfCentProject(): Promise<number> {
  const project = await call(ws, 'projects.create', { title: 'Demi-centimes' });
  const chapters = await call(ws, 'budget.listChapters', { projectId: project.id });
  const add = async (i: number, quantity: number, rateCents: number) => {
    const chapter = chapters[i % 3];
    if (!chapter) throw new Error('a new project has CNC chapters');
    await call(ws, 'budget.addLine', {
      projectId: project.id,
      chapterId: chapter.id,
      code: `${chapter.code}.${i + 1}`,
      label: `Ligne ${i + 1}`,
      quantity,
      rateCents,
    });
  };
  // Classic traps: 1.005 × 1 €, 1.5 × 12.35 €, and halves that banker's rounding would send down.
  const traps: Array<[number, number]> = [
    [1.005, 100],
    [1.5, 1235],
    [2.5, 1001],
    [0.5, 1],
    [2.5, 1],
    [3.333, 15],
    [0.125, 10],
  ];
  for (const [i, [quantity, rate]] of traps.entries()) await add(i, quantity, rate);
  // Odd multiples of 0.125 × 4 × odd cents: every amount lands exactly on half a cent.
  for (let i = 0; i < 40; i += 1) {
    const milli = 125 * (2 * ((i * 7919) % 3000) + 1);
    const rate = 4 * (2 * ((i * 104_729) % 1_250_000) + 1);
    await add(traps.length + i, milli / 1000, rate);
  }
  return project.id;
}

/** A plan with every source status, a failed campaign, and goals left above the cap by a budget cut. */
async function planProject(): Promise<number> {
  const project = await call(ws, 'projects.create', { title: 'Le Plan' });
  const [first, second] = await call(ws, 'budget.listChapters', { projectId: project.id });
  if (!first || !second) throw new Error('a new project has CNC chapters');
  await call(ws, 'budget.addLine', {
    projectId: project.id,
    chapterId: first.id,
    label: 'Droits',
    rateCents: 100_000_000,
  });
  await call(ws, 'budget.addLine', {
    projectId: project.id,
    chapterId: second.id,
    label: 'Équipe',
    quantity: '1.5',
    unit: 'week',
    rateCents: 1235,
  });
  const cut = await call(ws, 'budget.addLine', {
    projectId: project.id,
    chapterId: second.id,
    label: 'Supprimé après la campagne',
    rateCents: 50_000_000,
  });
  const sources = [
    {
      kind: 'producer',
      amountCents: 20_000_000,
      status: 'received',
      expectedOn: '2026-03-02',
      receivedOn: '2026-03-05',
    },
    { kind: 'public_fund', amountCents: 30_000_000, status: 'confirmed', expectedOn: '2026-06-15' },
    { kind: 'tv_presale', amountCents: 25_000_000, status: 'planned', expectedOn: null },
    { kind: 'region', amountCents: 4_000_000, status: 'declined', expectedOn: null },
  ] as const;
  for (const s of sources)
    await call(ws, 'financing.addSource', { projectId: project.id, counterparty: s.kind, ...s });
  const live = await call(ws, 'campaigns.create', {
    projectId: project.id,
    title: 'Campagne principale',
    platform: 'ulule',
    goalCents: 7_000_000,
  });
  await call(ws, 'campaigns.setStatus', { id: live.id, status: 'live' });
  const failed = await call(ws, 'campaigns.create', {
    projectId: project.id,
    title: 'Campagne échouée',
    platform: 'kisskissbankbank',
    goalCents: 500_000,
  });
  await call(ws, 'campaigns.setStatus', { id: failed.id, status: 'live' });
  await call(ws, 'campaigns.setStatus', { id: failed.id, status: 'failed' });
  await call(ws, 'budget.removeLine', { id: cut.id });
  return project.id;
}

/** Every figure LibreOffice recalculated, against financing.summary and the stored lines, to the cent. */
async function expectRecalculatedFigures(
  projectId: number,
  sheets: Map<string, SheetCsv>,
  l: WorkbookLabels,
): Promise<void> {
  const s: FinancingSummary = await call(ws, 'financing.summary', { projectId });
  const lines = await call(ws, 'budget.listLines', { projectId });
  const sources = await call(ws, 'financing.listSources', { projectId });
  const cents = (row: string[] | undefined, column: number) => csvCents(row?.[column]);

  const detail = sheetRows(sheets, l.sheets.detail);
  for (const line of lines) {
    expect(cents(rowWith(detail, 1, line.label), 5), line.label).toBe(line.amountCents);
  }
  for (const chapter of s.chapters.filter((c) => lines.some((x) => x.chapterId === c.id))) {
    const subtotal = detail.find((r) => r[0] === chapter.code && r[1] === l.chapterSubtotal);
    expect(cents(subtotal, 5), chapter.title).toBe(chapter.totalCents);
  }
  expect(cents(rowWith(detail, 1, l.grandTotal), 5)).toBe(s.budgetTotal);

  const top = sheetRows(sheets, l.sheets.top);
  for (const chapter of s.chapters) {
    expect(cents(rowWith(top, 1, chapter.title), 2), chapter.title).toBe(chapter.totalCents);
  }
  expect(cents(rowWith(top, 1, l.total), 2)).toBe(s.budgetTotal);
  const headline: Array<[string, number]> = [
    [l.budgetTotal, s.budgetTotal],
    [l.secured, s.secured],
    [l.pending, s.pending],
    [l.crowdLine, s.crowdLine],
    [l.gap, s.gap],
  ];
  for (const [label, value] of headline)
    expect(cents(rowWith(top, 1, label), 2), label).toBe(value);

  const plan = sheetRows(sheets, l.sheets.plan);
  const planFigures: Array<[string, number]> = [
    ...headline,
    [l.declined, s.declined],
    [l.planTotal, s.secured + s.pending + s.crowdLine],
  ];
  for (const [label, value] of planFigures) {
    expect(cents(rowWith(plan, 0, label), 5), label).toBe(value);
  }
  sources.forEach((source, i) => {
    const row = plan[HEADER_ROW + i]; // the sources start right under the header row
    expect(cents(row, 5)).toBe(source.amountCents);
    // LibreOffice writes a percentage cell as stored, with its sign: "7.49790802117952%".
    expect(Number(row?.[6]?.replace(/%$/, '')) / 100).toBeCloseTo(
      source.amountCents / s.budgetTotal,
      12,
    );
  });

  const crowd = sheetRows(sheets, l.sheets.crowd);
  const capLabel = l.crowdCap(workbookFormats(s.currency, 'fr').bpText(s.crowdCapBp));
  const crowdFigures: Array<[string, number]> = [
    [capLabel, s.crowdCap],
    [l.crowdGoals, s.crowdGoal],
    [l.capRoom, s.capRoom],
    [l.crowdBeforeCap, s.crowdLine + s.overCapSurplus],
    [l.crowdLine, s.crowdLine],
    [l.overCapSurplus, s.overCapSurplus],
    [l.crowdCosts, s.crowdCosts],
    [l.crowdNet, s.crowdNet],
  ];
  for (const [label, value] of crowdFigures) {
    expect(cents(rowWith(crowd, 0, label), 4), label).toBe(value);
  }
  for (const campaign of s.campaigns) {
    expect(cents(rowWith(crowd, 0, campaign.title), 10), campaign.title).toBe(campaign.netCents);
  }
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
      await expectRecalculatedFigures(projectId, await office.toCsv(file.content), fr);
    },
    LIBREOFFICE_TIMEOUT_MS,
  );

  it(
    'agrees with the app on every half-cent line and on a plan with goals above the cap',
    async () => {
      const rounding = await halfCentProject();
      const plan = await planProject();
      const summary = await call(ws, 'financing.summary', { projectId: plan });
      // The plan project exercises what the demo does not: surplus, negative room, failed goal.
      expect(summary.overCapSurplus).toBeGreaterThan(0);
      expect(summary.capRoom).toBeLessThan(0);
      expect(summary.declined).toBeGreaterThan(0);
      for (const projectId of [rounding, plan]) {
        const file = await workbookOf(projectId, 'fr');
        await expectRecalculatedFigures(projectId, await office.toCsv(file.content), fr);
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
    const projectId = await planProject();
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
    await expect(call(ws, 'exports.budgetWorkbook', { projectId: 999 })).rejects.toThrow(
      /not_found: Project 999/,
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
