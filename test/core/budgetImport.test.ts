import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chapterCodeKey, parseChapterText } from '../../electron/core/budgetImport/chapters';
import type { Workspace } from '../../electron/core/db/connection';
import type { BudgetImportInput, BudgetImportPreview } from '../../shared/contract';
import { multiplyQuantity, sumCents } from '../../shared/money';
import { call, memoryWorkspace } from './helpers';
import { planRowCounts, refusal } from './planHelpers';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'budget');
const FRENCH = 'devis-court-metrage-fr.csv';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

function fixture(name: string) {
  return { name, contentBase64: fs.readFileSync(path.join(FIXTURES, name)).toString('base64') };
}

function textFile(name: string, text: string) {
  return { name, contentBase64: Buffer.from(text, 'utf8').toString('base64') };
}

async function newProject() {
  const project = await call(ws, 'projects.create', { title: 'La Nuit des Phares' });
  const chapters = await call(ws, 'budget.listChapters', { projectId: project.id });
  const idOf = (code: string) => chapters.find((c) => c.code === code)?.id;
  return { projectId: project.id, idOf };
}

async function budget(projectId: number) {
  const lines = await call(ws, 'budget.listLines', { projectId });
  const chapters = await call(ws, 'budget.listChapters', { projectId });
  return { lines, chapters, total: sumCents(chapters.map((c) => c.totalCents)) };
}

const allLines = (preview: BudgetImportPreview) => preview.chapters.flatMap((c) => c.lines);

/** Every preview holds its own arithmetic: lines = qty × rate, chapters and total = sums. */
function expectConsistent(preview: BudgetImportPreview): void {
  for (const chapter of preview.chapters) {
    for (const line of chapter.lines) {
      expect(line.amountCents).toBe(multiplyQuantity(line.quantityMilli, line.rateCents));
    }
    expect(chapter.totalCents).toBe(sumCents(chapter.lines.map((l) => l.amountCents)));
  }
  expect(preview.totals.importedCents).toBe(sumCents(preview.chapters.map((c) => c.totalCents)));
  expect(preview.totals.lineCount).toBe(allLines(preview).length);
}

describe('a French Excel CSV devis (;, Windows-1252, 1 234,50 €, chapter rows, subtotals)', () => {
  it('previews chapters, lines, totals and skipped rows, matching the project’s chapters', async () => {
    const { projectId, idOf } = await newProject();
    const before = await planRowCounts(ws);
    const preview = await call(ws, 'budget.importPreview', { projectId, file: fixture(FRENCH) });
    expect(await planRowCounts(ws)).toEqual(before);

    expect(preview.source).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      decimal: ',',
      headerLine: 5,
    });
    expect(preview.suggestedMapping).toEqual({
      code: 'N°',
      label: 'Désignation',
      quantity: 'Qté',
      unit: 'Unité',
      rate: 'Prix unitaire',
      amount: 'Montant',
      notes: 'Commentaire',
    });
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expectConsistent(preview);
    // The file states its own total (“TOTAL GÉNÉRAL HT 44 771,73 €”): the lines must make it.
    expect(preview.totals.importedCents).toBe(4_477_173);

    const byCode = new Map(preview.chapters.map((c) => [c.code, c]));
    expect(preview.chapters.map((c) => c.code)).toEqual(['1', '2', '3', '4', '6', '8', '10']);
    // "TRANSPORTS DEFRAIEMENTS REGIE" (no accents, no commas) is the project's chapter 6.
    for (const code of ['1', '2', '3', '4', '6', '8'])
      expect(byCode.get(code)?.chapterId).toBe(idOf(code));
    expect(byCode.get('10')).toMatchObject({ chapterId: null, title: 'MUSIQUE ORIGINALE' });

    const line = (code: string) => allLines(preview).find((l) => l.code === code);
    expect(line('2.4')).toMatchObject({
      quantity: '12.5',
      unit: 'day',
      rateCents: 18_000,
      amountCents: 225_000,
    });
    expect(line('3.1')).toMatchObject({ rateCents: 123_450, unit: 'unit', amountCents: 987_600 });
    expect(line('1.1')).toMatchObject({ unit: 'flat', notes: 'Contrat signé' });
    // Only an amount: imported as 1 × rate = amount.
    expect(line('4.1')).toMatchObject({
      quantityMilli: 1000,
      rateCents: 689_123,
      amountCents: 689_123,
    });
    expect(line('2.2')?.label).toBe('Chef opérateur');

    const skipped = new Map(preview.skipped.map((s) => [s.line, s.reason]));
    for (const title of [1, 2, 3, 4]) expect(skipped.get(title)).toBe('beforeHeader');
    expect(skipped.get(9)).toBe('subtotal');
    expect(skipped.get(10)).toBe('empty');
    expect(skipped.get(41)).toBe('subtotal');
    expect(skipped.get(42)).toBe('tax');
    // The chapter header rows are not lines, and are not skipped either: they open chapters.
    expect(skipped.has(6)).toBe(false);
    expect(allLines(preview).some((l) => l.line === 6 || l.line === 32)).toBe(false);
  });

  it('imports in one run: the budget total is the file’s, chapter 10 created once, append then replace', async () => {
    const { projectId } = await newProject();
    const first = await call(ws, 'budget.importRun', { projectId, file: fixture(FRENCH) });
    expect(first).toMatchObject({ chaptersCreated: 1, linesCreated: 15, linesRemoved: 0 });
    let now = await budget(projectId);
    expect(now.lines).toHaveLength(15);
    expect(now.total).toBe(first.totals.importedCents);
    const music = now.chapters.filter((c) => c.code === '10');
    expect(music).toMatchObject([{ title: 'MUSIQUE ORIGINALE', lineCount: 2 }]);

    const appended = await call(ws, 'budget.importRun', { projectId, file: fixture(FRENCH) });
    expect(appended).toMatchObject({ chaptersCreated: 0, linesCreated: 15, linesRemoved: 0 });
    expect(appended.chapters.find((c) => c.code === '10')?.chapterId).toBe(music[0]?.id);
    expect(appended.totals.resultingCents).toBe(2 * first.totals.importedCents);
    now = await budget(projectId);
    expect(now.lines).toHaveLength(30);
    expect(now.total).toBe(2 * first.totals.importedCents);

    const replacePreview = await call(ws, 'budget.importPreview', {
      projectId,
      file: fixture(FRENCH),
      options: { replace: true },
    });
    expect(replacePreview.totals).toMatchObject({
      existingLineCount: 30,
      resultingCents: first.totals.importedCents,
    });
    const replaced = await call(ws, 'budget.importRun', {
      projectId,
      file: fixture(FRENCH),
      options: { replace: true },
    });
    expect(replaced).toMatchObject({ chaptersCreated: 0, linesCreated: 15, linesRemoved: 30 });
    now = await budget(projectId);
    expect(now.lines).toHaveLength(15);
    expect(now.total).toBe(first.totals.importedCents);
    expect(now.chapters.filter((c) => c.code === '10')).toHaveLength(1);
  });
});

async function englishWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const top = workbook.addWorksheet('Top sheet');
  top.addRow(['Budget summary']);
  top.addRow(['Crew', 5000]);
  const detail = workbook.addWorksheet('Budget detail');
  detail.addRow(['SHORT FILM BUDGET — "Lighthouse Night"']);
  detail.mergeCells('A1:G1');
  detail.addRow([]);
  detail.addRow(['Chapter', 'Account', 'Description', 'Qty', 'Unit', 'Rate', 'Total']);
  const lines: [string, string, string, number, string, number][] = [
    ['2 - Crew', '2.1', 'Director', 10, 'days', 250],
    ['2 - Crew', '2.2', 'Gaffer', 4.5, 'days', 210.5],
    ['07', '7.1', 'Camera package', 1, 'flat', 1800],
    ['Post production image et son', '8.1', 'Color grading', 3, 'days', 425.25],
    ['Marketing', 'M.1', 'Festival fees', 6, 'each', 45],
  ];
  for (const [chapter, code, label, qty, unit, rate] of lines) {
    const row = detail.addRow([chapter, code, label, qty, unit, rate]);
    // A formula with its cached value, as Excel saves it.
    row.getCell(7).value = {
      formula: `D${row.number}*F${row.number}`,
      result: Math.round(qty * rate * 100) / 100,
    };
  }
  detail.addRow(['', '', 'Total', null, null, null, { formula: 'SUM(G4:G8)', result: 1234 }]);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('an English XLSX devis with a chapter column', () => {
  it('finds the detail sheet, reads number cells, and resolves chapters by code and title', async () => {
    const { projectId, idOf } = await newProject();
    const file = { name: 'budget.xlsx', contentBase64: await englishWorkbook() };
    const preview = await call(ws, 'budget.importPreview', { projectId, file });
    expect(preview.source).toMatchObject({
      kind: 'xlsx',
      sheet: 'Budget detail',
      sheets: ['Top sheet', 'Budget detail'],
      headerLine: 3,
      decimal: '.',
    });
    expect(preview.mapping).toMatchObject({
      chapter: 'Chapter',
      code: 'Account',
      label: 'Description',
      quantity: 'Qty',
      rate: 'Rate',
      amount: 'Total',
    });
    expect(preview.errors).toEqual([]);
    expectConsistent(preview);
    const chapters = preview.chapters.map((c) => [c.code, c.chapterId, c.lines.map((l) => l.code)]);
    expect(chapters).toEqual([
      ['2', idOf('2'), ['2.1', '2.2']],
      ['7', idOf('7'), ['7.1']],
      ['8', idOf('8'), ['8.1']],
      ['10', null, ['M.1']],
    ]);
    expect(preview.chapters[3]?.title).toBe('Marketing');
    const gaffer = allLines(preview).find((l) => l.code === '2.2');
    expect(gaffer).toMatchObject({
      quantity: '4.5',
      rateCents: 21_050,
      amountCents: multiplyQuantity(4500, 21_050),
      unit: 'day',
    });
    expect(allLines(preview).find((l) => l.code === 'M.1')?.unit).toBe('unit');
    // The SUM row's cached value is stale: skipped as a total, reported as not matching the lines.
    expect(preview.skipped).toContainEqual(
      expect.objectContaining({ line: 9, reason: 'subtotal' }),
    );
    expect(preview.warnings).toContainEqual(expect.objectContaining({ line: 9, column: 'Total' }));

    await call(ws, 'budget.importRun', { projectId, file });
    const now = await budget(projectId);
    expect(now.total).toBe(preview.totals.importedCents);
    expect(now.chapters.find((c) => c.code === '10')).toMatchObject({
      title: 'Marketing',
      lineCount: 1,
    });
  });
});

describe('errors name the line and the column, and a run with errors writes nothing', () => {
  async function refusedRun(input: BudgetImportInput) {
    const before = await planRowCounts(ws);
    const error = await refusal(ws, 'budget.importRun', input);
    expect(await planRowCounts(ws)).toEqual(before);
    return error;
  }

  it('refuses an amount that is not quantity × rate', async () => {
    const { projectId, idOf } = await newProject();
    const chapterId = idOf('2') ?? 0;
    await call(ws, 'budget.addLine', {
      projectId,
      chapterId,
      label: 'Existing line',
      rateCents: 12_345,
    });
    const file = fixture('devis-mismatch.csv');
    const preview = await call(ws, 'budget.importPreview', { projectId, file });
    expect(preview.errors).toEqual([
      expect.objectContaining({ file: 'devis-mismatch.csv', line: 3, column: 'Amount' }),
    ]);
    expect(preview.errors[0]?.message).toContain('3 × €100.00 = €300.00');
    expect(preview.errorCount).toBe(1);

    const error = await refusedRun({ projectId, file, options: { replace: true } });
    expect(error.code).toBe('validation');
    expect(error.issues.map((i) => i.path)).toEqual([['devis-mismatch.csv', 3, 'Amount']]);
    expect((await budget(projectId)).lines.map((l) => l.label)).toEqual(['Existing line']);
  });

  it('reports garbage in a rate cell with its line and column', async () => {
    const { projectId } = await newProject();
    const file = fixture('devis-garbage-rate.csv');
    const preview = await call(ws, 'budget.importPreview', { projectId, file });
    expect(preview.errors).toHaveLength(1);
    expect(preview.errors[0]).toMatchObject({ line: 3, column: 'Taux' });
    expect(preview.errors[0]?.message).toMatch(/column 4 \(D\) “Taux”: "trois cents"/);
    await refusedRun({ projectId, file });
  });

  it('reports a CSV cut mid-row, and one cut inside a quoted value', async () => {
    const { projectId } = await newProject();
    const cut = await call(ws, 'budget.importPreview', {
      projectId,
      file: fixture('devis-truncated.csv'),
    });
    expect(cut.errors).toEqual([expect.objectContaining({ line: 5, column: null })]);
    expect(cut.errors[0]?.message).toContain('truncated');
    await refusedRun({ projectId, file: fixture('devis-truncated.csv') });

    const quoted = textFile(
      'open-quote.csv',
      'Code;Libellé;Montant\n1.1;Scénario;1 000,00\n1.2;"Droits d’adaptation;50',
    );
    const unclosed = await call(ws, 'budget.importPreview', { projectId, file: quoted });
    expect(unclosed.errors).toEqual([expect.objectContaining({ line: 3, column: 'Libellé' })]);
    expect(unclosed.errors[0]?.message).toContain('never closed');
  });

  it('refuses negative amounts, overlong labels, values beyond the header and a missing label', async () => {
    const { projectId } = await newProject();
    const long = 'x'.repeat(201);
    const text = `Code;Libellé;Montant\n1;Remise;-100,00\n2;${long};10,00\n3;Son;10,00;oops\n4;;25,00\n`;
    const preview = await call(ws, 'budget.importPreview', {
      projectId,
      file: textFile('bad.csv', text),
    });
    expect(preview.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'Montant'],
      [3, 'Libellé'],
      [4, 'column 4'],
      [5, 'Libellé'],
    ]);
    expect(preview.errors[0]?.message).toContain('negative');
  });

  it('refuses a mapping that names no column, or no label, or one column twice', async () => {
    const { projectId } = await newProject();
    const file = textFile('simple.csv', 'Libellé;Montant\nScénario;1 000,00\n');
    const missing = await call(ws, 'budget.importPreview', {
      projectId,
      file,
      mapping: { amount: 'Total HT' },
    });
    expect(missing.errors.map((e) => e.message).join(' ')).toContain('“Total HT”');
    const twice = await call(ws, 'budget.importPreview', {
      projectId,
      file,
      mapping: { rate: 'Montant' },
    });
    expect(twice.errors.map((e) => e.message).join(' ')).toContain('both rate and amount');
    const noLabel = await call(ws, 'budget.importPreview', {
      projectId,
      file,
      mapping: { label: null },
    });
    expect(noLabel.errors.map((e) => e.message).join(' ')).toContain('label');
    expect(noLabel.mapping.label).toBeUndefined();
  });
});

describe('chapters and figures from a plain file', () => {
  it('puts amount-only lines without any chapter in a custom chapter named after the file', async () => {
    const { projectId } = await newProject();
    const file = textFile(
      'frais-divers.csv',
      'Désignation,Montant\nAssurance tournage,"1,234.50"\nDivers,99\n\n',
    );
    const preview = await call(ws, 'budget.importPreview', { projectId, file });
    expect(preview.errors).toEqual([]);
    expect(preview.source.decimal).toBe('.');
    expect(preview.chapters).toMatchObject([
      { title: 'frais-divers', chapterId: null, code: '10' },
    ]);
    expect(allLines(preview).map((l) => [l.quantityMilli, l.rateCents, l.amountCents])).toEqual([
      [1000, 123_450, 123_450],
      [1000, 9900, 9900],
    ]);
    expectConsistent(preview);
  });

  it('derives the rate from quantity and amount when it is exact, else keeps the amount as 1 ×', async () => {
    const { projectId } = await newProject();
    const file = textFile(
      'qa.csv',
      'Code;Libellé;Qté;Montant\n2.1;Figuration;4;1 000,00\n2.2;Cantine;3;100,00\n',
    );
    const preview = await call(ws, 'budget.importPreview', { projectId, file });
    expect(preview.errors).toEqual([]);
    expect(allLines(preview).map((l) => [l.quantityMilli, l.rateCents, l.amountCents])).toEqual([
      [4000, 25_000, 100_000],
      [1000, 10_000, 10_000],
    ]);
    expect(preview.warnings).toEqual([expect.objectContaining({ line: 3, column: 'Qté' })]);
  });

  it('reads chapter codes and titles the way devis write them', () => {
    expect(parseChapterText('02')).toEqual({ code: '2', title: null });
    expect(parseChapterText('2.1')).toEqual({ code: '2', title: null });
    expect(parseChapterText('Chapitre 3 – Interprétation')).toEqual({
      code: '3',
      title: 'Interprétation',
    });
    expect(parseChapterText('Personnel')).toEqual({ code: null, title: 'Personnel' });
    expect(parseChapterText('1er rôle')).toEqual({ code: null, title: '1er rôle' });
    expect(chapterCodeKey('fg')).toBe('FG');
  });

  it('matches a chapter column by code or by title, accents and case aside', async () => {
    const { projectId, idOf } = await newProject();
    const text =
      'Chapitre;Libellé;Montant\n02;Régie;10,00\n2.1;Cantine;5,00\nDECORS ET COSTUMES;Toiles;7,00\nfg;Loyer;3,00\n';
    const preview = await call(ws, 'budget.importPreview', {
      projectId,
      file: textFile('c.csv', text),
    });
    expect(preview.errors).toEqual([]);
    expect(preview.chapters.map((c) => [c.chapterId, c.lines.length])).toEqual([
      [idOf('2'), 2],
      [idOf('5'), 1],
      [idOf('FG'), 1],
    ]);
  });
});
