import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader } from '../../electron/core/import/csvReader';
import { IssueSink } from '../../electron/core/import/issues';
import { readImport } from '../../electron/core/import/read';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const NASTY = fs.readFileSync(path.join(FIXTURES, 'kickstarter-nasty.csv'), 'utf8');

/** Physical lines of a text as the reader counts them (CRLF, LF and lone CR). */
function lineCount(text: string): number {
  return text.split(/\r\n|\n|\r/).length;
}

const NASTY_CHARS = [
  '"',
  ',',
  ';',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '€',
  '$',
  '=',
  '🎬',
  '\uFEFF',
  ' ',
  'x',
  '1',
];

/** One edit of a text: delete, insert, duplicate or truncate somewhere. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc
      .array(fc.constantFrom(...NASTY_CHARS), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join('')),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, edits: readonly Mutation[]): string {
  let out = text;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % (out.length + 1);
    if (edit.kind === 'delete') out = out.slice(0, at) + out.slice(at + edit.length);
    if (edit.kind === 'insert') out = out.slice(0, at) + edit.text + out.slice(at);
    if (edit.kind === 'duplicate')
      out = out.slice(0, at) + out.slice(at, at + edit.length) + out.slice(at);
    if (edit.kind === 'truncate') out = out.slice(0, at);
  }
  return out;
}

describe('importing mutated backer reports', () => {
  it('never throws or hangs, and every error names the file and a real line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('auto' as const, 'kickstarter' as const, 'generic' as const),
        async (edits, format) => {
          const text = mutate(NASTY, edits);
          const sink = new IssueSink();
          const reading = await readImport(
            [{ name: 'mutated.csv', bytes: Buffer.from(text, 'utf8') }],
            { format, options: {} },
            { currency: 'EUR', platform: 'kickstarter' },
            sink,
          );
          const counters = { rows: 0, skipped: 0 };
          const records = [...reading.records(counters)];
          const lines = lineCount(text);
          for (const error of sink.list) {
            expect(error.file).toBe('mutated.csv');
            expect(Number.isInteger(error.line) && error.line >= 1 && error.line <= lines).toBe(
              true,
            );
            expect(error.column === null || error.column.length > 0).toBe(true);
            expect(error.message.length).toBeGreaterThan(0);
          }
          for (const record of records) {
            expect(record.line).toBeGreaterThanOrEqual(1);
            expect(record.line).toBeLessThanOrEqual(lines);
            expect(Number.isSafeInteger(record.pledge.amountCents)).toBe(true);
          }
          // Every row is accounted for: a record, or skipped (blank or with an error).
          expect(records.length + counters.skipped).toBe(counters.rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Writes cells as RFC 4180 CSV, quoting only when needed. */
function toCsv(rows: readonly string[][], delimiter: string): string {
  const quote = (cell: string) =>
    cell.includes('"') || cell.includes(delimiter) || /[\r\n]/.test(cell) || cell === ''
      ? `"${cell.replace(/"/g, '""')}"`
      : cell;
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n');
}

describe('CsvReader round trip', () => {
  it('reads back any table written as CSV, each row on the line where it starts', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'é', '"', ',', ';', '\n', '\r\n', ' ', '=', '🎬'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
            minLength: 1,
            maxLength: 8,
          }),
        ),
        fc.constantFrom(',', ';', '\t'),
        (rows, delimiter) => {
          const text = toCsv(rows, delimiter);
          const sink = new IssueSink();
          const reader = new CsvReader(text, delimiter, 't.csv', sink);
          const read: string[][] = [];
          const starts: number[] = [];
          for (let row = reader.next(); row !== null; row = reader.next()) {
            read.push(row.cells);
            starts.push(row.line);
          }
          expect(sink.count).toBe(0);
          expect(read).toEqual(rows);
          let line = 1;
          rows.forEach((row, i) => {
            expect(starts[i]).toBe(line);
            line += lineCount(toCsv([row], delimiter));
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
