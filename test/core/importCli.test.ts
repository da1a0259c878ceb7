import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIO } from '../../electron/cli/command';
import { runCli } from '../../electron/cli/main';
import { openWorkspace } from '../../electron/core/db/connection';
import { FIXTURES, campaignFor } from './importHelpers';

let dir: string;
let file: string;
let campaignId: number;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-import-'));
  file = path.join(dir, 'Slate.copro');
  const ws = await openWorkspace(file, { create: true });
  campaignId = await campaignFor(ws, 'kickstarter');
  await ws.close();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function copro(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: () => Promise.resolve(''),
    interactive: false,
    waitForStop: () => Promise.resolve('SIGTERM'),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const fixturePath = (name: string) => path.join(FIXTURES, name);

describe('copro import', () => {
  it('imports a zip and prints the counts as JSON; a second run changes nothing', async () => {
    const args = [
      'import',
      file,
      '--campaign',
      String(campaignId),
      '--json',
      fixturePath('kickstarter-backer-report.zip'),
    ];
    const first = await copro(args);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      created: 24,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      errors: [],
      imported: true,
    });
    const second = await copro(args);
    expect(JSON.parse(second.stdout)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 24,
      errors: [],
    });
  });

  it('exits 1 with every error by file, line and column, and imports nothing', async () => {
    const result = await copro([
      'import',
      file,
      '--campaign',
      String(campaignId),
      '--json',
      fixturePath('kickstarter-nasty.csv'),
      fixturePath('kickstarter-wrong-currency.csv'),
    ]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      created: number;
      errors: unknown[];
      imported: boolean;
    };
    expect(report).toMatchObject({ created: 0, imported: false });
    expect(report.errors).toEqual([
      {
        file: fixturePath('kickstarter-wrong-currency.csv'),
        line: 3,
        column: 'Pledge Amount',
        message: expect.stringMatching(/USD, not EUR/),
      },
    ]);
    const ws = await openWorkspace(file);
    const { n } = await ws.db
      .selectFrom('contributions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await ws.close();
    expect(Number(n)).toBe(0);
  });

  it('--dry-run writes nothing and says what would happen', async () => {
    const result = await copro([
      'import',
      file,
      '--campaign',
      String(campaignId),
      '--dry-run',
      fixturePath('kickstarter-backer-report.zip'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/dry run, nothing written.*24 created/);
    const again = await copro([
      'import',
      file,
      '--campaign',
      String(campaignId),
      '--json',
      fixturePath('kickstarter-backer-report.zip'),
    ]);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 24 });
  });

  it('reads a generic list through a mapping file', async () => {
    const mapping = path.join(dir, 'mapping.json');
    fs.writeFileSync(
      mapping,
      JSON.stringify({
        mapping: { lastName: 'Nom', amount: 'Montant', pledgedAt: 'Date' },
        options: { decimal: ',', dateOrder: 'dmy' },
      }),
    );
    const result = await copro([
      'import',
      file,
      '--campaign',
      String(campaignId),
      '--format',
      'generic',
      '--mapping',
      mapping,
      '--json',
      fixturePath('cheques-fr-excel.csv'),
    ]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ created: 12, format: 'generic' });
  });

  it('prints plain errors on stderr', async () => {
    const result = await copro([
      'import',
      file,
      '--campaign',
      String(campaignId),
      fixturePath('kickstarter-truncated.csv'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${fixturePath('kickstarter-truncated.csv')}:3: column 15 (O) “Notes”: the quote opened on line 3 is never closed`,
    );
    expect(result.stderr).toMatch(/nothing was imported: 1 error/);
  });

  it('refuses a wrong command line with exit code 2', async () => {
    expect((await copro(['import', file, fixturePath('ulule-orders.csv')])).code).toBe(2);
    expect(
      (await copro(['import', file, '--campaign', 'x', fixturePath('ulule-orders.csv')])).code,
    ).toBe(2);
    expect(
      (
        await copro([
          'import',
          file,
          '--campaign',
          '1',
          '--format',
          'csv',
          fixturePath('ulule-orders.csv'),
        ])
      ).code,
    ).toBe(2);
    expect((await copro(['import', file, '--campaign', '1'])).code).toBe(2);
    const missing = await copro(['import', file, '--campaign', '1', path.join(dir, 'nope.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.csv/);
    const noCampaign = await copro([
      'import',
      file,
      '--campaign',
      '42',
      fixturePath('ulule-orders.csv'),
    ]);
    expect(noCampaign.code).toBe(1);
    expect(noCampaign.stderr).toMatch(/Campaign 42 does not exist/);
  });
});
