import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ImportFormat, ImportMapping, ImportOptions } from '../../shared/contract/imports';
import { IssueSink } from '../../electron/core/import/issues';
import { readImport } from '../../electron/core/import/read';
import type { ImportRecord } from '../../electron/core/import/record';
import type { InputFile } from '../../electron/core/import/sources';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');

function file(name: string): InputFile {
  return { name, bytes: fs.readFileSync(path.join(FIXTURES, name)) };
}

function text(name: string, content: string): InputFile {
  return { name, bytes: Buffer.from(content, 'utf8') };
}

async function read(
  files: InputFile[],
  options: {
    format?: ImportFormat;
    mapping?: ImportMapping;
    options?: ImportOptions;
    currency?: string;
  } = {},
) {
  const sink = new IssueSink();
  const reading = await readImport(
    files,
    { format: options.format ?? 'auto', mapping: options.mapping, options: options.options ?? {} },
    { currency: options.currency ?? 'EUR', platform: 'offline' },
    sink,
  );
  const counters = { rows: 0, skipped: 0 };
  const records: ImportRecord[] = [...reading.records(counters)];
  return { reading, records, counters, errors: sink.list };
}

describe('Kickstarter backer report', () => {
  it('reads the sample zip: one CSV per tier, every backer, tiers, add-ons, statuses', async () => {
    const { reading, records, errors } = await read([file('kickstarter-backer-report.zip')]);
    expect(errors).toEqual([]);
    expect(reading.format).toBe('kickstarter');
    expect(reading.files).toHaveLength(6);
    expect(reading.files.every((f) => f.encoding === 'utf-8-bom' && f.delimiter === ',')).toBe(
      true,
    );
    expect(records).toHaveLength(24);
    expect(new Set(records.map((r) => r.pledge.externalId)).size).toBe(24);

    const nuno = records.find((r) => r.contributorExternalId === 'uid1000005');
    expect(nuno).toMatchObject({
      file: 'kickstarter-backer-report.zip/DVD_and_poster.csv',
      line: 2,
      platform: 'kickstarter',
      contributor: {
        display_name: 'Nuño Petit',
        email: 'nuno.petit.5@example.org',
        address_line1: '22 Calle Mayor',
        city: 'Helsinki',
        postal_code: '00100',
        country_code: 'FI',
      },
      pledge: {
        amountCents: 12500,
        bonusCents: 0,
        shippingCents: 0,
        pledgedAt: '2026-03-20T18:54:00.000Z',
        status: 'collected',
        tier: { externalId: '9103', title: 'DVD + poster', minimumCents: 5000, isAddon: false },
        addons: [
          { tier: { externalId: '7001', title: 'Extra poster', isAddon: true }, quantity: 1 },
          { tier: { externalId: '7002', title: 'Soundtrack vinyl', isAddon: true }, quantity: 2 },
        ],
      },
    });
    const dropped = records.find((r) => r.contributorExternalId === 'uid1000012');
    expect(dropped?.pledge).toMatchObject({ status: 'failed', tier: null, amountCents: 3600 });
  });

  it('reads older header names (Reward Minimum, Rewards Sent?) and ignores unknown columns', async () => {
    const { records, errors } = await read([file('kickstarter-old-headers.csv')], {
      currency: 'USD',
    });
    expect(errors).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records[1]?.pledge).toMatchObject({
      amountCents: 101000,
      shippingCents: 1000,
      status: 'collected',
      notes: 'Ships after premiere',
      tier: { externalId: '8802', title: 'Signed DVD', minimumCents: 100000 },
    });
    expect(records[1]?.contributor.postal_code).toBe('02134');
  });

  it('survives BOM, CRLF, quoted commas and line breaks, emoji, and keeps formula-looking text verbatim', async () => {
    const { records, errors } = await read([file('kickstarter-nasty.csv')]);
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.line, r.contributor.display_name])).toEqual([
      [2, 'Durand, Amélie 🎬'],
      [5, '=HYPERLINK("http://x")'],
      [7, '@mention'],
      [8, '\tTabbed -minus'],
    ]);
    expect(records[0]?.pledge.notes).toBe('Merci !\r\nLine two, with comma\r\nand a "quote"');
    expect(records[0]?.contributor).toMatchObject({
      address_line1: '12 rue des Lilas, bât. B',
      address_line2: 'Apt "3"',
    });
    expect(records[1]?.contributor).toMatchObject({
      address_line1: '+33 rue du Calcul',
      phone: '+33 6 12 34 56 78',
      postal_code: '01000',
    });
    expect(records[3]?.contributor.postal_code).toBe('00042');
    expect(records[3]?.pledge.amountCents).toBe(102500);
  });

  it('refuses an amount in another currency, naming file, line and column', async () => {
    const { errors, counters } = await read([file('kickstarter-wrong-currency.csv')]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'kickstarter-wrong-currency.csv',
      line: 3,
      column: 'Pledge Amount',
    });
    expect(errors[0]?.message).toMatch(/^column 11 \(K\) “Pledge Amount”: .*USD, not EUR/);
    expect(counters.skipped).toBe(1);
  });

  it('reports a truncated file on the line where the quote opened, and reads the rows before it', async () => {
    const { errors, records } = await read([file('kickstarter-truncated.csv')]);
    expect(records.map((r) => r.pledge.externalId)).toEqual(['uid5000001']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'kickstarter-truncated.csv',
      line: 3,
      column: 'Notes',
    });
    expect(errors[0]?.message).toMatch(/never closed/);
  });

  it('names every missing required column on the header line', async () => {
    const csv = 'Backer Name,Email,Shipping Country\nAna,ana@example.org,FR\n';
    const { errors, records } = await read([text('short.csv', csv)], { format: 'kickstarter' });
    expect(records).toEqual([]);
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [1, null],
      [1, null],
      [1, null],
    ]);
    expect(errors.map((e) => e.message).join('\n')).toMatch(
      /Backer UID[\s\S]*Pledge Amount[\s\S]*Pledged At/,
    );
  });

  it('reports bad dates, statuses, counts and surplus cells by line and column', async () => {
    const header =
      'Backer UID,Backer Name,Pledge Amount,Pledged At,Pledged Status,[Addon: 1] Poster';
    const csv = [
      header,
      'u1,Ana,€10.00,"2026/02/30, 10:00",collected,1',
      'u2,Bob,€10.00,"2026/03/01, 10:00",vanished,x',
      'u3,Cy,€10.00,"2026/03/01, 10:00",collected,1,extra',
    ].join('\n');
    const { errors } = await read([text('bad.csv', csv)]);
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'Pledged At'],
      [3, 'Pledged Status'],
      [3, '[Addon: 1] Poster'],
      [4, 'column 7'],
    ]);
    expect(errors[0]?.message).toMatch(/no day 30/);
    expect(errors[1]?.message).toMatch(/not a Kickstarter payment status/);
  });
});

describe('Ulule orders', () => {
  it('reads dotted keys, decimal points, RFC 3339 dates and order statuses', async () => {
    const { reading, records, errors } = await read([file('ulule-orders.csv')]);
    expect(errors).toEqual([]);
    expect(reading.format).toBe('ulule');
    expect(records).toHaveLength(15);
    expect(records[0]).toMatchObject({
      platform: 'ulule',
      contributorExternalId: 'emile.richard.0',
      contributor: {
        display_name: 'Émile Richard',
        first_name: 'Émile',
        language: 'en',
        country_code: 'FR',
      },
      pledge: {
        externalId: '880000',
        amountCents: 4000,
        pledgedAt: '2026-04-24T15:53:00.000Z',
        status: 'collected',
        tier: { externalId: '502', title: 'Affiche dédicacée', minimumCents: 3000 },
        addons: [],
      },
    });
    const byStatus = (id: string) => records.find((r) => r.pledge.externalId === id)?.pledge.status;
    expect(byStatus('880006')).toBe('failed');
    expect(byStatus('880012')).toBe('refunded');
    // Two of the same reward: the tier plus one extra copy.
    expect(records.find((r) => r.pledge.externalId === '880001')?.pledge.addons).toEqual([
      { tier: expect.objectContaining({ externalId: '502' }), quantity: 1 },
    ]);
  });

  it('reads the same orders from an XLSX workbook', async () => {
    const lines = fs
      .readFileSync(path.join(FIXTURES, 'ulule-orders.csv'), 'utf8')
      .trim()
      .split('\n');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('orders');
    for (const line of lines) {
      sheet.addRow(line.split(',').map((cell) => (/^\d+\.\d+$/.test(cell) ? Number(cell) : cell)));
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { records, errors, reading } = await read([{ name: 'orders.xlsx', bytes }]);
    expect(errors).toEqual([]);
    expect(reading.files[0]?.encoding).toBe('xlsx');
    expect(records).toHaveLength(15);
    expect(records[0]?.pledge.amountCents).toBe(4000);
    expect(records[0]?.line).toBe(2);
  });
});

describe('generic files', () => {
  it('reads the French Excel cheque list: ; separator, Windows-1252, 1 234,50 €, dd/mm/yyyy', async () => {
    const { reading, records, errors } = await read([file('cheques-fr-excel.csv')]);
    expect(errors).toEqual([]);
    expect(reading.format).toBe('generic');
    expect(reading.files[0]).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rows: 12 });
    expect(reading.mapping).toEqual({
      lastName: 'Nom',
      firstName: 'Prénom',
      email: 'Courriel',
      amount: 'Montant',
      pledgedAt: 'Date',
      tier: 'Contrepartie',
      addressLine1: 'Adresse',
      postalCode: 'Code postal',
      city: 'Ville',
      country: 'Pays',
    });
    expect(records).toHaveLength(12);
    const siobhan = records.find((r) => r.contributor.first_name === 'Siobhán');
    expect(siobhan).toMatchObject({
      contributor: {
        display_name: 'Siobhán García',
        last_name: 'García',
        city: 'Paris',
        country_code: 'FR',
      },
      pledge: {
        amountCents: 123450,
        pledgedAt: '2026-05-11',
        status: 'collected',
        tier: { title: 'DVD' },
      },
    });
    expect(records.find((r) => r.contributor.city === 'Genève')?.contributor.country_code).toBe(
      'CH',
    );
    expect(records.find((r) => r.contributor.city === 'Boston')?.contributor.postal_code).toBe(
      '02134',
    );
    expect(
      records.find((r) => r.contributor.email === 'jules.durand.105@example.org')?.pledge.tier,
    ).toBeNull();
    // No pledge ids in a hand-kept list: stable ids derived from the row, all distinct.
    expect(new Set(records.map((r) => r.pledge.externalId)).size).toBe(12);
    const again = await read([file('cheques-fr-excel.csv')]);
    expect(again.records.map((r) => r.pledge.externalId)).toEqual(
      records.map((r) => r.pledge.externalId),
    );
  });

  it('refuses when no column holds the amount, and ignores unknown columns', async () => {
    const { errors, records } = await read([file('generic-missing-amount.csv')]);
    expect(records).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'generic-missing-amount.csv', line: 1, column: null });
    expect(errors[0]?.message).toMatch(/amount/);
  });

  it('reads only what a given mapping names', async () => {
    const { records, errors } = await read([file('cheques-fr-excel.csv')], {
      mapping: { lastName: 'Nom', amount: 'Montant', pledgedAt: 'Date' },
    });
    expect(errors).toEqual([]);
    expect(records[0]?.contributor).toEqual({ last_name: 'Laurent', display_name: 'Laurent' });
    expect(records[0]?.pledge.tier).toBeNull();
  });

  it('uses a given mapping and options over the suggestion', async () => {
    const csv = 'Who,Paid,When,Ref\nAna Moreau,"1,234.50",03/14/2026,CHQ-1\n';
    const { records, errors } = await read([text('list.csv', csv)], {
      mapping: { displayName: 'Who', amount: 'Paid', pledgedAt: 'When', externalId: 'Ref' },
      options: { decimal: '.', dateOrder: 'mdy' },
    });
    expect(errors).toEqual([]);
    expect(records[0]?.pledge).toMatchObject({
      externalId: 'CHQ-1',
      amountCents: 123450,
      pledgedAt: '2026-03-14',
    });
  });

  it('says which mapped column is not in the file', async () => {
    const { errors } = await read([text('list.csv', 'Nom;Montant;Date\nA;1;01/01/2026\n')], {
      mapping: { lastName: 'Nom', amount: 'Montant', pledgedAt: 'Date', email: 'Mail' },
    });
    expect(errors).toEqual([
      expect.objectContaining({ line: 1, column: null, message: expect.stringMatching(/“Mail”/) }),
    ]);
  });

  it('refuses amounts said to be in another currency than the campaign’s', async () => {
    const { errors } = await read([file('cheques-fr-excel.csv')], { options: { currency: 'USD' } });
    expect(errors[0]).toMatchObject({ file: 'cheques-fr-excel.csv', line: 1 });
    expect(errors[0]?.message).toMatch(/USD.*EUR/);
  });

  it('skips rows that only hold separators', async () => {
    const csv = 'Nom;Montant;Date\nA;10;01/01/2026\n;;\n';
    const { records, counters } = await read([text('list.csv', csv)]);
    expect(records).toHaveLength(1);
    expect(counters).toEqual({ rows: 2, skipped: 1 });
  });
});

describe('auto detection across files', () => {
  it('refuses mixing a Ulule export with a Kickstarter report', async () => {
    const { errors } = await read([file('kickstarter-old-headers.csv'), file('ulule-orders.csv')], {
      currency: 'USD',
    });
    expect(
      errors.some((e) => e.file === 'ulule-orders.csv' && e.line === 1 && /ulule/.test(e.message)),
    ).toBe(true);
  });

  it('reports a file that is not a table at all', async () => {
    const { errors } = await read([
      { name: 'old.xls', bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]) },
    ]);
    expect(errors[0]).toMatchObject({ file: 'old.xls', line: 1 });
    expect(errors[0]?.message).toMatch(/\.xls/);
  });
});
