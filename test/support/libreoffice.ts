import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';

/**
 * LibreOffice headless as a real client of our exports: it opens a workbook, recalculates every
 * formula and writes what it computed. Exceljs's cached values are what a reader that does not
 * recalculate shows; LibreOffice's are what an accountant's spreadsheet shows after a recalculation.
 */

const run = promisify(execFile);

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/usr/local/bin/soffice',
];

/** The soffice binary, or null when LibreOffice is not installed. */
export const sofficePath: string | null = CANDIDATES.find((p) => fs.existsSync(p)) ?? null;

/** Why LibreOffice tests cannot run here (null when they can). */
export const libreOfficeMissing: string | null =
  sofficePath === null
    ? `LibreOffice (soffice) not found in ${CANDIDATES.join(', ')}: install libreoffice-calc to run the export tests against a real spreadsheet`
    : null;

/** Cold start is 5–15 s on a quiet machine; a loaded CI runner needs more. */
export const LIBREOFFICE_TIMEOUT_MS = 180_000;

/*
 * A throwaway user profile whose settings force LibreOffice to recalculate OOXML (and ODF) files
 * on load: 0 = always, 1 = never, 2 = ask (which headless treats as never). Without it LibreOffice
 * shows the values cached in the file, and a test would only read back what exceljs wrote.
 */
const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/*
 * CSV filter options (LibreOffice 7.2+): comma (44), double quote (34), UTF-8 (76), from line 1,
 * default cell formats, language 0, quote every text cell (or not), detect special numbers, save
 * cell contents as stored (not as shown: numbers keep full precision, no currency symbol), do not
 * export formulas, do not trim spaces, and -1 = every sheet, each to `<name>-<Sheet>.csv`.
 */
function csvFilter(quoteAllText: boolean): string {
  return `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,${quoteAllText},true,false,false,false,-1`;
}

/** One sheet as LibreOffice wrote it: the parsed rows and the CSV text itself. */
export interface SheetCsv {
  rows: string[][];
  text: string;
}

export interface CsvOptions {
  /** Quote every text cell, so text "-2" ("\"-2\"") and the number -2 (-2) differ in the CSV. */
  quoteAllText?: boolean;
}

export interface LibreOffice {
  /** Every sheet of the workbook as LibreOffice recalculated it, by sheet name. */
  toCsv(xlsx: Uint8Array, options?: CsvOptions): Promise<Map<string, SheetCsv>>;
  /** The workbook printed to PDF by LibreOffice (its own page setup: fit to width, print titles). */
  toPdf(xlsx: Uint8Array, outDir: string, baseName: string): Promise<string>;
  /** Removes the profile and the scratch files. */
  dispose(): void;
}

/**
 * A LibreOffice with its own profile folder. Conversions through one instance must not overlap
 * (LibreOffice locks its profile); separate instances may run side by side.
 */
export function createLibreOffice(): LibreOffice {
  if (sofficePath === null) throw new Error(libreOfficeMissing ?? 'LibreOffice missing');
  const soffice = sofficePath;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-lo-'));
  const profile = path.join(root, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ON_LOAD);
  let count = 0;

  async function convert(input: string, filter: string, outDir: string): Promise<void> {
    try {
      await run(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--norestore',
          '--nolockcheck',
          '--convert-to',
          filter,
          '--outdir',
          outDir,
          input,
        ],
        { timeout: LIBREOFFICE_TIMEOUT_MS, env: { ...process.env, HOME: root } },
      );
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      throw new Error(`soffice could not convert ${input} (${filter}): ${e.stderr ?? e.message}`);
    }
  }

  return {
    async toCsv(xlsx, options = {}) {
      count += 1;
      const dir = path.join(root, `csv-${count}`);
      fs.mkdirSync(dir);
      const input = path.join(dir, 'book.xlsx');
      fs.writeFileSync(input, xlsx);
      await convert(input, csvFilter(options.quoteAllText ?? false), dir);
      const sheets = new Map<string, SheetCsv>();
      for (const file of fs.readdirSync(dir).sort()) {
        const match = /^book-(.+)\.csv$/.exec(file);
        if (match?.[1] === undefined) continue;
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        const rows = parse(text, { relax_column_count: true }) as string[][];
        sheets.set(match[1], { rows, text });
      }
      if (sheets.size === 0) throw new Error(`soffice wrote no CSV for ${input} in ${dir}`);
      return sheets;
    },
    async toPdf(xlsx, outDir, baseName) {
      const input = path.join(root, `${baseName}.xlsx`);
      fs.writeFileSync(input, xlsx);
      await convert(input, 'pdf', outDir);
      const pdf = path.join(outDir, `${baseName}.pdf`);
      if (!fs.existsSync(pdf)) throw new Error(`soffice wrote no PDF for ${input} in ${outDir}`);
      return pdf;
    },
    dispose() {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The rows of one sheet, failing with the names LibreOffice wrote when it is not there. */
export function sheetRows(sheets: Map<string, SheetCsv>, name: string): string[][] {
  const rows = sheets.get(name)?.rows;
  if (rows === undefined) {
    throw new Error(
      `LibreOffice wrote no sheet "${name}"; it wrote: ${[...sheets.keys()].join(', ')}`,
    );
  }
  return rows;
}

/**
 * The number LibreOffice wrote for a cell ("1234.5", "-0.01") as integer minor units: the test
 * compares cents, so float noise in the last digits of a recalculated sum does not matter, while a
 * cent of difference does.
 */
export function csvCents(text: string | undefined, digits = 2): number {
  if (
    text === undefined ||
    text.trim() === '' ||
    !/^-?\d+(\.\d+)?(E[-+]?\d+)?$/i.test(text.trim())
  ) {
    throw new Error(`expected a number in the CSV, got ${JSON.stringify(text)}`);
  }
  return Math.round(Number(text) * 10 ** digits);
}
