import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CENTS, MoneyParseError, parseMoney, parseQuantity } from '../../shared/money';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The MoneyParseError a call throws (fails the test when it throws nothing or something else). */
function parseErrorOf(run: () => unknown): MoneyParseError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MoneyParseError);
    if (error instanceof MoneyParseError) return error;
  }
  throw new Error('expected a MoneyParseError, nothing was thrown');
}

describe('parseMoney: what producers and platforms write', () => {
  it.each([
    ['1 234,50 €', 123_450],
    [`1${NBSP}234,50${NBSP}€`, 123_450],
    [`1${NNBSP}234,50${NBSP}€`, 123_450],
    [`12${NNBSP}345${NNBSP}678,09 €`, 1_234_567_809],
    ['€1,234.00', 123_400],
    ['$1,234.00', 123_400],
    ['$25.00', 2_500],
    ['€25.00', 2_500],
    ['12.5', 1_250],
    ['12,5', 1_250],
    ['12', 1_200],
    ['0.05', 5],
    ['-3,20', -320],
    ['−3,20 €', -320], // U+2212, the minus sign Swedish and Intl write
    ['+7', 700],
    ['1.234,50', 123_450],
    ['1,234.50', 123_450],
    ['1.234.567,89', 123_456_789],
    ['1,234,567', 123_456_700],
    ['EUR 25', 2_500],
    ['25 EUR', 2_500],
    ['25 eur', 2_500],
    ['EUR25', 2_500],
    ['-€1,234.50', -123_450],
    ['€ -1.234,50', -123_450],
    ['  42 €  ', 4_200],
  ])('%j is %i cents', (text, cents) => {
    expect(parseMoney(text)).toBe(cents);
  });

  it('reads other currencies with their own minor digits', () => {
    expect(parseMoney("CHF-1'234.50")).toBe(-123_450);
    expect(parseMoney('CHF 1’234.50', { currency: 'CHF' })).toBe(123_450);
    expect(parseMoney('¥1,234', { currency: 'JPY' })).toBe(1_234);
    expect(parseMoney('1.234 ¥', { currency: 'JPY' })).toBe(1_234);
    expect(parseMoney('JPY 1234')).toBe(1_234); // currency taken from the text
    expect(parseMoney('KWD 1.500')).toBe(1_500); // three minor digits: 1.500 is one and a half
    expect(parseMoney('CA$12.00', { currency: 'CAD' })).toBe(1_200);
    expect(parseMoney('12,00 $', { currency: 'CAD' })).toBe(1_200); // fr-CA writes CAD with a bare $
    expect(parseMoney('1 234,56 $ US', { currency: 'USD' })).toBe(123_456);
    expect(parseMoney('$25 CAD')).toBe(2_500);
  });

  it('treats a lone separator before three digits as thousands, unless told it is decimal', () => {
    expect(parseMoney('1,234')).toBe(123_400);
    expect(parseMoney('1.234')).toBe(123_400);
    expect(parseMoney('1,23')).toBe(123);
    expect(parseMoney('1,2')).toBe(120);
    expect(parseErrorOf(() => parseMoney('1,234', { decimal: ',' })).message).toBe(
      '"1,234" has 3 decimals but EUR has 2',
    );
    expect(parseMoney('1,234', { decimal: '.' })).toBe(123_400);
    expect(parseMoney('1.234,5', { decimal: ',' })).toBe(123_450);
    expect(parseMoney('1,234.5', { decimal: '.' })).toBe(123_450);
  });

  it('refuses garbage, saying what is wrong', () => {
    expect(parseErrorOf(() => parseMoney('abc')).message).toBe('"abc" is not an amount');
    expect(parseErrorOf(() => parseMoney('')).message).toMatch(/is not an amount: it is empty/);
    expect(parseErrorOf(() => parseMoney('   ')).message).toMatch(/empty/);
    expect(parseErrorOf(() => parseMoney('12 abc')).message).toMatch(/"abc" is not a currency/);
    expect(parseErrorOf(() => parseMoney('1e5')).message).toMatch(/"e" is not a number/);
    expect(parseErrorOf(() => parseMoney('12.')).message).toMatch(/ends with a separator/);
    expect(parseErrorOf(() => parseMoney('12 € 34')).message).toMatch(/is not an amount/);
    expect(parseErrorOf(() => parseMoney('--5')).message).toMatch(/two signs/);
    expect(parseErrorOf(() => parseMoney('€25 $')).message).toMatch(/two currencies: EUR and USD/);
    expect(parseErrorOf(() => parseMoney('(12.00)')).message).toMatch(/unexpected "\("/);
  });

  it('keeps the original text on the error', () => {
    const error = parseErrorOf(() => parseMoney(' 12,3,4 '));
    expect(error.input).toBe(' 12,3,4 ');
    expect(error.name).toBe('MoneyParseError');
    expect(error).toBeInstanceOf(Error);
  });

  it('refuses separators in the wrong place', () => {
    expect(parseErrorOf(() => parseMoney('1,234.567,50')).message).toMatch(
      /more than one decimal separator ","/,
    );
    expect(parseErrorOf(() => parseMoney('1.234.56')).message).toMatch(
      /thousands separator in the wrong place/,
    );
    expect(parseErrorOf(() => parseMoney('1,23.45')).message).toMatch(
      /thousands separator in the wrong place/,
    );
    expect(parseErrorOf(() => parseMoney('12 34')).message).toMatch(
      /thousands separator in the wrong place/,
    );
    expect(parseErrorOf(() => parseMoney('1 234.567,00')).message).toMatch(
      /mixes different thousands/,
    );
    expect(parseErrorOf(() => parseMoney('1.5.0', { decimal: '.' })).message).toMatch(
      /more than one decimal/,
    );
    expect(parseErrorOf(() => parseMoney('1,5', { decimal: '.' })).message).toBe(
      '"1,5" has "," where a thousands separator cannot be (the decimal separator here is ".")',
    );
  });

  it('refuses more decimals than the currency has: it never rounds', () => {
    expect(parseErrorOf(() => parseMoney('12,345 €', { decimal: ',' })).message).toBe(
      '"12,345 €" has 3 decimals but EUR has 2',
    );
    expect(parseErrorOf(() => parseMoney('0.125')).message).toMatch(/3 decimals but EUR has 2/);
    expect(parseErrorOf(() => parseMoney('1.2345')).message).toMatch(/4 decimals/);
    expect(parseErrorOf(() => parseMoney('12.5', { currency: 'JPY' })).message).toBe(
      '"12.5" has decimals but JPY has none',
    );
  });

  it('refuses a text in another currency than the one expected', () => {
    expect(parseErrorOf(() => parseMoney('$25.00', { currency: 'EUR' })).message).toBe(
      '"$25.00" is in USD, not EUR',
    );
    expect(parseErrorOf(() => parseMoney('£25', { currency: 'EUR' })).message).toMatch(
      /in GBP, not EUR/,
    );
    expect(parseErrorOf(() => parseMoney('25 CHF', { currency: 'EUR' })).message).toMatch(
      /in CHF, not EUR/,
    );
  });

  it('refuses amounts beyond MAX_CENTS', () => {
    const max = String(MAX_CENTS / 100);
    expect(parseMoney(max)).toBe(MAX_CENTS);
    expect(parseMoney(`-${max}`)).toBe(-MAX_CENTS);
    expect(parseErrorOf(() => parseMoney(`${max}.01`)).message).toMatch(
      /too large: amounts stop at 10000000000000 EUR/,
    );
    expect(parseErrorOf(() => parseMoney('9'.repeat(400))).message).toMatch(/too large/);
  });

  it('reads every grouping and decimal style back to the exact amount', () => {
    const style = fc.constantFrom(
      { group: ' ', decimal: ',' },
      { group: NBSP, decimal: ',' },
      { group: NNBSP, decimal: ',' },
      { group: '.', decimal: ',' },
      { group: ',', decimal: '.' },
      { group: "'", decimal: '.' },
      { group: '', decimal: '.' },
      { group: '', decimal: ',' },
    );
    const decoration = fc.constantFrom(
      ['', ''],
      ['€', ''],
      ['', ' €'],
      ['EUR ', ''],
      ['', `${NBSP}€`],
    );
    const units = fc.bigInt({ min: 0n, max: BigInt(MAX_CENTS) / 100n - 1n }); // + up to .99 stays within MAX_CENTS
    const cents = fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 99 }));
    fc.assert(
      fc.property(
        units,
        cents,
        style,
        decoration,
        fc.boolean(),
        (whole, frac, { group, decimal }, [pre, post], negative) => {
          const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, group);
          const fraction = frac < 0 ? '' : `${decimal}${String(frac).padStart(2, '0')}`;
          const text = `${negative ? '-' : ''}${pre}${grouped}${fraction}${post}`;
          const expected = (negative ? -1n : 1n) * (whole * 100n + BigInt(Math.max(frac, 0)));
          expect(BigInt(parseMoney(text))).toBe(expected);
        },
      ),
    );
  });

  it('either returns whole cents within the limits or throws a MoneyParseError, whatever the text', () => {
    const piece = fc.constantFrom(
      '1',
      '2',
      '0',
      '9',
      ',',
      '.',
      ' ',
      NBSP,
      NNBSP,
      "'",
      '-',
      '+',
      '€',
      '$',
      'US$',
      'EUR',
      'eur',
      'x',
      'abc',
      '¥',
      '(',
      '',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
          fc.string(),
        ),
        (text) => {
          let value: number | undefined;
          try {
            value = parseMoney(text);
          } catch (error) {
            expect(error).toBeInstanceOf(MoneyParseError);
            return;
          }
          expect(Number.isSafeInteger(value)).toBe(true);
          expect(Math.abs(value)).toBeLessThanOrEqual(MAX_CENTS);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('parseQuantity', () => {
  it.each([
    ['1', 1_000],
    ['1.5', 1_500],
    ['1,5', 1_500],
    ['0.125', 125],
    ['0,125', 125],
    ['2.0', 2_000],
    [' 12 ', 12_000],
    ['1 000', 1_000_000],
    ['1,000.5', 1_000_500],
  ])('%j is %i thousandths', (text, milli) => {
    expect(parseQuantity(text)).toBe(milli);
  });

  it('refuses negatives, more than three decimals and garbage', () => {
    expect(parseErrorOf(() => parseQuantity('-1')).message).toBe(
      '"-1" is negative: a quantity cannot be negative',
    );
    expect(parseErrorOf(() => parseQuantity('1.2345')).message).toMatch(
      /4 decimals: quantities stop at thousandths/,
    );
    expect(parseErrorOf(() => parseQuantity('abc')).message).toBe('"abc" is not a quantity');
    expect(parseErrorOf(() => parseQuantity('')).message).toMatch(/empty/);
    expect(parseErrorOf(() => parseQuantity('2 days')).message).toMatch(/"days" is not a number/);
    expect(parseErrorOf(() => parseQuantity('1.2.3')).message).toMatch(/wrong place|more than one/);
  });

  it('refuses a lone separator before three digits as ambiguous, unless told which is decimal', () => {
    expect(parseErrorOf(() => parseQuantity('1,500')).message).toMatch(/ambiguous.*1500.*1\.5/);
    expect(parseQuantity('1,500', { decimal: ',' })).toBe(1_500);
    expect(parseQuantity('1,500', { decimal: '.' })).toBe(1_500_000);
  });

  it('reads back any quantity written with up to three decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom('.', ','),
        (milli, decimal) => {
          const fraction = String(milli % 1000)
            .padStart(3, '0')
            .replace(/0+$/, '');
          const text = `${Math.floor(milli / 1000)}${fraction === '' ? '' : decimal + fraction}`;
          expect(parseQuantity(text, { decimal })).toBe(milli);
        },
      ),
    );
  });
});
