import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { budgetWorkbookFile } from '../../electron/core/export/budgetWorkbook';
import {
  csvField,
  csvSafe,
  safeText,
  startsLikeFormula,
  TEXT_FORMAT,
} from '../../electron/core/export/cellSafety';
import { exportFileName, fileNamePart } from '../../electron/core/export/fileName';
import { fr } from '../../electron/core/export/labels';
import {
  createLibreOffice,
  libreOfficeMissing,
  LIBREOFFICE_TIMEOUT_MS,
  sheetRows,
  type LibreOffice,
} from '../support/libreoffice';
import { call, memoryWorkspace } from './helpers';

if (libreOfficeMissing)
  console.warn(`Skipping the LibreOffice safety check: ${libreOfficeMissing}`);

/** What an attacker (or an unlucky import) puts in a label: each would run or compute if typed. */
const HOSTILE_LABELS = ['=HYPERLINK("http://evil","x")', '+1+1', '-2', '@SUM(A1)'];
/** The contract trims labels; a file written by another tool may still hold these. */
const UNTRIMMED_LABELS = ['\tX', '\r\n=1+1'];
/** As a spreadsheet reads them back: XML has no CR, the workbook writes line breaks as LF. */
const ALL_HOSTILE = [...HOSTILE_LABELS, '\tX', '\n=1+1'];

describe('cell safety rules', () => {
  it('recognises every character that starts a formula or a DDE command', () => {
    for (const text of ['=1', '+1', '-1', '@A1', '\tx', '\rx', '\nx', '＝1', '＋1', '－1', '＠x']) {
      expect(startsLikeFormula(text), JSON.stringify(text)).toBe(true);
    }
    for (const text of ['', 'Décors', '1.5', ' =1', "'=1", 'a=b', '€12']) {
      expect(startsLikeFormula(text), JSON.stringify(text)).toBe(false);
    }
  });

  it('neutralises CSV fields per OWASP and quotes what the CSV syntax needs', () => {
    expect(csvSafe('=1+1')).toBe("'=1+1");
    expect(csvSafe('-2')).toBe("'-2");
    expect(csvSafe('\tX')).toBe("'\tX");
    expect(csvSafe('Décors')).toBe('Décors');
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a;b')).toBe('a;b');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes user text as a string cell formatted as Text', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('S');
    safeText(sheet.getCell('A1'), '=1+1');
    expect(sheet.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A1').formula).toBeUndefined();
    expect(sheet.getCell('A1').numFmt).toBe(TEXT_FORMAT);
    safeText(sheet.getCell('A2'), '\r\n=1\r2');
    expect(sheet.getCell('A2').value).toBe('\n=1\n2');
  });

  it('makes a project title safe in a file name', () => {
    expect(fileNamePart('../../etc/passwd', 'Copro')).toBe('etc passwd');
    expect(fileNamePart('Film: "Le *Retour*" <1/2>?', 'Copro')).toBe('Film Le Retour 1 2');
    expect(fileNamePart(' -rf . ', 'Copro')).toBe('rf');
    expect(fileNamePart('CON', 'Copro')).toBe('CON_');
    expect(fileNamePart('...', 'Copro')).toBe('Copro');
    expect(fileNamePart('Tab\there\u0000', 'Copro')).toBe('Tab here');
    expect(Array.from(fileNamePart('é'.repeat(300), 'Copro'))).toHaveLength(80);
    expect(exportFileName('Les Nuits de Marseille', 'Budget', new Date(2026, 10, 22), 'xlsx')).toBe(
      'Les Nuits de Marseille – Budget – 2026-11-22.xlsx',
    );
  });
});

describe('budget workbook with hostile text', () => {
  let ws: Workspace;
  let projectId: number;
  beforeEach(async () => {
    ws = await memoryWorkspace();
    const project = await call(ws, 'projects.create', { title: '=EVIL()' });
    projectId = project.id;
    const chapter = await call(ws, 'budget.addChapter', { projectId, title: "+cmd|' /C calc'!A0" });
    for (const [i, label] of [...HOSTILE_LABELS, 'tab', 'crlf'].entries()) {
      await call(ws, 'budget.addLine', {
        projectId,
        chapterId: chapter.id,
        code: i === 0 ? '=1+1' : `-${i}`,
        label,
        rateCents: 100 * (i + 1),
        notes: '@notes',
      });
    }
    for (const [from, to] of [
      ['tab', UNTRIMMED_LABELS[0]],
      ['crlf', UNTRIMMED_LABELS[1]],
    ] as const) {
      await ws.db
        .updateTable('budget_lines')
        .set({ label: to })
        .where('label', '=', from)
        .execute();
    }
    await call(ws, 'financing.addSource', {
      projectId,
      kind: 'sponsor',
      counterparty: '-2+3',
      amountCents: 100,
      status: 'confirmed',
      notes: '=1+1',
    });
  });
  afterEach(async () => {
    await ws.close();
  });

  async function exported(): Promise<Buffer> {
    return (await budgetWorkbookFile(ws.db, projectId, { language: 'fr' })).content;
  }

  it('reads back every hostile text as a string cell, never as a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await exported()).buffer);
    const seen = new Set<string>();
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          const formula = cell.formula ?? '';
          // Our own formulas only: sums, rounds and references, never user text.
          expect(formula, `${sheet.name}!${cell.address}`).not.toMatch(/HYPERLINK|cmd|EVIL|notes/);
          if (typeof cell.value !== 'string') return;
          if (/^[=+\-@\t\r\n]/.test(cell.value)) {
            seen.add(cell.value);
            expect(cell.type, `${sheet.name}!${cell.address}`).toBe(ExcelJS.ValueType.String);
            expect(cell.numFmt, `${sheet.name}!${cell.address}`).toBe(TEXT_FORMAT);
          }
        });
      });
    }
    for (const text of [
      ...ALL_HOSTILE,
      '=EVIL()',
      "+cmd|' /C calc'!A0",
      '-2+3',
      '=1+1',
      '@notes',
    ]) {
      expect(seen, JSON.stringify(text)).toContain(text);
    }
  });

  it('stores them as shared strings in the XML, with no <f> element made of them', async () => {
    const files = unzipSync(new Uint8Array(await exported()));
    const detailXml = strFromU8(files['xl/worksheets/sheet2.xml'] ?? new Uint8Array());
    const shared = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(detailXml).toContain('<f>ROUND(');
    const formulas = [...detailXml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1] ?? '');
    for (const formula of formulas) expect(formula).toMatch(/^(ROUND|SUM)\([A-Z0-9$:,*]+\)$/);
    expect(shared).toContain('=HYPERLINK(&quot;http://evil&quot;,&quot;x&quot;)');
    expect(shared).toContain('<t>@SUM(A1)</t>');
    // Every cell of the label column under the header is a shared string (t="s") or empty.
    const labelCells = [...detailXml.matchAll(/<c r="B(\d+)"([^>]*)>/g)].filter(
      (m) => Number(m[1]) > 4,
    );
    expect(labelCells.length).toBeGreaterThan(ALL_HOSTILE.length);
    for (const cell of labelCells) expect(cell[2]).toContain('t="s"');
  });

  describe.skipIf(libreOfficeMissing !== null)('through LibreOffice', () => {
    let office: LibreOffice;
    beforeAll(() => {
      office = createLibreOffice();
    });
    afterAll(() => office.dispose());

    it(
      'shows each hostile label verbatim as text after a full recalculation',
      async () => {
        const sheets = await office.toCsv(await exported(), { quoteAllText: true });
        const detail = sheetRows(sheets, fr.sheets.detail);
        const labels = detail.map((row) => row[1]);
        for (const text of ALL_HOSTILE) expect(labels, JSON.stringify(text)).toContain(text);
        // With every text cell quoted, text "-2" and the number -2 differ: it stayed text.
        const csv = sheets.get(fr.sheets.detail)?.text ?? '';
        expect(csv).toContain('"-2"');
        expect(csv).toContain('"+1+1"');
        // What the formulas would have computed: HYPERLINK's "x", 1+1 = 2, SUM(A1) = 0.
        for (const computed of ['x', '2', '0']) expect(labels).not.toContain(computed);
        const plan = sheetRows(sheets, fr.sheets.plan);
        expect(plan.map((row) => row[1])).toContain('-2+3');
      },
      LIBREOFFICE_TIMEOUT_MS,
    );
  });
});
