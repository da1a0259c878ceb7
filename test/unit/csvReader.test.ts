import { describe, expect, it } from 'vitest';
import { CsvReader } from '../../electron/core/import/csvReader';
import { decodeBytes, decodeWindows1252, detectDelimiter } from '../../electron/core/import/decode';
import { IssueSink } from '../../electron/core/import/issues';
import type { TableRow } from '../../electron/core/import/table';

function readAll(text: string, delimiter = ','): { rows: TableRow[]; sink: IssueSink } {
  const sink = new IssueSink();
  const reader = new CsvReader(text, delimiter, 'test.csv', sink);
  const rows: TableRow[] = [];
  for (let row = reader.next(); row !== null; row = reader.next()) rows.push(row);
  return { rows, sink };
}

describe('decodeBytes', () => {
  it('strips a UTF-8 BOM and says so', () => {
    const decoded = decodeBytes(Buffer.from('\uFEFFNom,Email\n', 'utf8'));
    expect(decoded).toEqual({ text: 'Nom,Email\n', encoding: 'utf-8-bom' });
  });

  it('reads UTF-8 without a BOM, emoji included', () => {
    const decoded = decodeBytes(Buffer.from('Zoë 🎬', 'utf8'));
    expect(decoded).toEqual({ text: 'Zoë 🎬', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 on invalid UTF-8, with € and curly quotes right', () => {
    // "Pr\xe9nom" is invalid UTF-8; 0x80 is € and 0x92 ’ in Windows-1252 (not C1 controls).
    const decoded = decodeBytes(
      Uint8Array.from([0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d, 0x20, 0x80, 0x92]),
    );
    expect(decoded).toEqual({ text: 'Prénom €’', encoding: 'windows-1252' });
  });

  it('maps every byte of Windows-1252 to one character', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    expect(text[0x9c]).toBe('œ');
    expect(text[0x9f]).toBe('Ÿ');
    expect(text[0x81]).toBe('\u0081');
  });

  it('reads UTF-16 with a BOM (Excel “Unicode text”)', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Nom\tMontant', 'utf16le'),
    ]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Nom\tMontant', encoding: 'utf-16le-bom' });
  });
});

describe('detectDelimiter', () => {
  it('counts separators outside quotes on the header line only', () => {
    expect(detectDelimiter('Nom;Prénom;Montant\n1,2,3,4,5,6\n')).toBe(';');
    expect(detectDelimiter('"a;b;c;d",x,y\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('\n\nNom;Montant\n')).toBe(';');
    expect(detectDelimiter('single\n')).toBe(',');
  });
});

describe('CsvReader', () => {
  it('splits on the delimiter and keeps values verbatim', () => {
    const { rows } = readAll('a,b,c\n =x, +y ,@z\n');
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b', 'c'],
      [' =x', ' +y ', '@z'],
    ]);
  });

  it('reads quoted commas, doubled quotes and line breaks, with the physical line of each cell', () => {
    const text = 'h1,h2,h3\r\n"a, b","say ""hi""\r\nsecond line",after\r\nnext,row,here\r\n';
    const { rows, sink } = readAll(text);
    expect(sink.count).toBe(0);
    expect(rows[1]).toEqual({
      line: 2,
      cells: ['a, b', 'say "hi"\r\nsecond line', 'after'],
      cellLines: [2, 2, 3],
    });
    expect(rows[2]).toEqual({ line: 4, cells: ['next', 'row', 'here'], cellLines: null });
  });

  it('counts LF, CRLF and lone CR line ends alike and skips blank lines', () => {
    const { rows } = readAll('h\n\na\r\n\r\nb\rc\n');
    expect(rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'h'],
      [3, 'a'],
      [5, 'b'],
      [6, 'c'],
    ]);
  });

  it('keeps a trailing empty cell and a last line without a line end', () => {
    const { rows } = readAll('a,b\n1,\n2,3');
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['2', '3'],
    ]);
  });

  it('reports an unterminated quote where it opened, with the column, and stops', () => {
    const { rows, sink } = readAll('Name,Notes\nAna,ok\nBob,"cut here\nand never\nclosed');
    expect(rows.map((r) => r.cells[0])).toEqual(['Name', 'Ana']);
    expect(sink.count).toBe(1);
    expect(sink.list[0]).toMatchObject({ file: 'test.csv', line: 3, column: 'column 2' });
    expect(sink.list[0]?.message).toMatch(
      /quote opened on line 3 is never closed.*line 5.*truncated/,
    );
  });

  it('names the header of the column once the header is known', () => {
    const sink = new IssueSink();
    const reader = new CsvReader('Name,Notes\nAna,"open', ',', 'f.csv', sink);
    const header = reader.next();
    reader.headers = header?.cells ?? [];
    expect(reader.next()).toBeNull();
    expect(sink.list[0]?.column).toBe('Notes');
    expect(sink.list[0]?.message).toMatch(/^column 2 \(B\) “Notes”/);
  });

  it('refuses text after a closing quote, on that line, and drops only that row', () => {
    const { rows, sink } = readAll('a,b\n"x"y,1\nok,2\n');
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['ok', '2'],
    ]);
    expect(sink.list[0]).toMatchObject({ line: 2, column: 'column 1' });
    expect(sink.list[0]?.message).toMatch(/after the closing quote/);
  });

  it('accepts spaces between a closing quote and the delimiter', () => {
    const { rows, sink } = readAll('a;b\n"x" ;"y"  \n', ';');
    expect(sink.count).toBe(0);
    expect(rows[1]?.cells).toEqual(['x', 'y']);
  });

  it('reads semicolon and tab separated text', () => {
    expect(readAll('a;b\n1,5;2\n', ';').rows[1]?.cells).toEqual(['1,5', '2']);
    expect(readAll('a\tb\n1\t"2\t3"\n', '\t').rows[1]?.cells).toEqual(['1', '2\t3']);
  });

  it('keeps emoji and other astral characters intact', () => {
    expect(readAll('n\n"🎬 Zoë, 👍🏽"\n').rows[1]?.cells).toEqual(['🎬 Zoë, 👍🏽']);
  });
});
