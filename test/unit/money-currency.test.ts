import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_CENTS,
  centsToUnits,
  currencyDigits,
  currencySymbolOf,
  formatMoney,
  parseMoney,
} from '../../shared/money';

/** Any kind of space as a plain one, so expectations do not depend on the ICU version's choice. */
const plainSpaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

/** The exact decimal text of an amount, from integers (the oracle for display and Excel values). */
function exactDecimal(cents: bigint, digits: number): string {
  const magnitude = cents < 0n ? -cents : cents;
  const scale = 10n ** BigInt(digits);
  const fraction = digits > 0 ? `.${(magnitude % scale).toString().padStart(digits, '0')}` : '';
  return `${cents < 0n ? '-' : ''}${magnitude / scale}${fraction}`;
}

const anyCents = fc.oneof(
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.bigInt({ min: -BigInt(MAX_CENTS), max: BigInt(MAX_CENTS) }).map(Number),
);

describe('currencyDigits', () => {
  it('gives the minor-unit digits Intl knows', () => {
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
    expect(currencyDigits('eur')).toBe(2);
  });

  it('refuses what is not an ISO 4217 code', () => {
    expect(() => currencyDigits('ABC')).toThrow(/"ABC" is not an ISO 4217 currency code/);
    expect(() => currencyDigits('EURO')).toThrow(RangeError);
    expect(() => currencyDigits('')).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it('writes amounts as the locale does', () => {
    expect(plainSpaces(formatMoney(123_450, 'EUR', 'fr-FR'))).toBe('1 234,50 €');
    expect(formatMoney(123_450, 'EUR', 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney(123_400, 'USD', 'en-US')).toBe('$1,234.00');
    expect(formatMoney(-5, 'EUR', 'en-US')).toBe('-€0.05');
    expect(formatMoney(1_234, 'JPY', 'en-US')).toBe('¥1,234');
    expect(formatMoney(1_500, 'KWD', 'en-US')).toBe('KWD\u00a01.500');
    expect(plainSpaces(formatMoney(-0, 'EUR', 'fr-FR'))).toBe('0,00 €');
  });

  it('is exact near the largest safe integer, where cents / 100 as a float is not', () => {
    // 9007199254740991 / 100 as a double is 90071992547409.906…, which a float path shows as .90.
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'EUR', 'en-US')).toBe('€90,071,992,547,409.91');
    expect(formatMoney(-Number.MAX_SAFE_INTEGER, 'JPY', 'en-US')).toBe('-¥9,007,199,254,740,991');
  });

  it('refuses what is not whole cents', () => {
    expect(() => formatMoney(1.5, 'EUR', 'fr-FR')).toThrow(RangeError);
    expect(() => formatMoney(Number.MAX_SAFE_INTEGER + 1, 'EUR', 'fr-FR')).toThrow(RangeError);
  });

  it('shows every digit of any safe amount', () => {
    const safe = fc.oneof(anyCents, fc.maxSafeInteger(), fc.maxSafeNat());
    fc.assert(
      fc.property(safe, (cents) => {
        const shown = formatMoney(cents, 'EUR', 'en-US').replace(/[€,]/g, '');
        expect(shown).toBe(exactDecimal(BigInt(cents), 2));
      }),
    );
  });
});

describe('parseMoney(formatMoney(x)) round-trips', () => {
  it.each(['fr-FR', 'en-US', 'de-DE'])('EUR in %s', (locale) => {
    fc.assert(
      fc.property(anyCents, (cents) => {
        const text = formatMoney(cents, 'EUR', locale);
        expect(parseMoney(text, { currency: 'EUR' })).toBe(cents);
        expect(parseMoney(text)).toBe(cents); // the € in the text says EUR
      }),
    );
  });

  const locales = ['fr-FR', 'en-US', 'de-DE', 'de-CH', 'fr-CA', 'en-GB', 'it-IT', 'es-ES', 'nl-NL'];
  const more = ['ja-JP', 'en-CA', 'fr-CH', 'pt-BR', 'sv-SE', 'pl-PL'];
  const currencies = ['EUR', 'USD', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'KWD'];
  it.each(
    [...locales, ...more].flatMap((locale) => currencies.map((currency) => [locale, currency])),
  )('%s %s', (locale, currency) => {
    fc.assert(
      fc.property(anyCents, (cents) => {
        expect(parseMoney(formatMoney(cents, currency, locale), { currency })).toBe(cents);
      }),
      { numRuns: 60 },
    );
  });
});

describe('centsToUnits', () => {
  it('gives the display number for an Excel cell', () => {
    expect(centsToUnits(1_250, 'EUR')).toBe(12.5);
    expect(centsToUnits(-5, 'EUR')).toBe(-0.05);
    expect(centsToUnits(1_234, 'JPY')).toBe(1_234);
    expect(centsToUnits(1, 'KWD')).toBe(0.001);
  });

  it('is the double nearest to the exact decimal amount', () => {
    fc.assert(
      fc.property(anyCents, fc.constantFrom('EUR', 'JPY', 'KWD'), (cents, currency) => {
        const digits = currencyDigits(currency);
        expect(centsToUnits(cents, currency)).toBe(Number(exactDecimal(BigInt(cents), digits)));
      }),
    );
  });
});

describe('currencySymbolOf', () => {
  it.each([
    ['1 234,50 €', 'EUR'],
    ['€1,234.00', 'EUR'],
    ['€', 'EUR'],
    ['$25.00', 'USD'], // a bare $ is read as USD
    ['$', 'USD'],
    ['US$5', 'USD'],
    ['CA$5', 'CAD'],
    ['A$5', 'AUD'],
    ['AU$ 5', 'AUD'],
    ['5 $CA', 'CAD'],
    ['£3', 'GBP'],
    ['¥1,234', 'JPY'],
    ["CHF-1'234.50", 'CHF'],
    ['25 chf', 'CHF'],
    ['EUR 25', 'EUR'],
    ['$25 CAD', 'CAD'],
    ['Pledge Amount (USD)', 'USD'],
    ['Montant (€)', 'EUR'],
    ['Total in CA$', 'CAD'],
  ])('%j names %s', (text, currency) => {
    expect(currencySymbolOf(text)).toBe(currency);
  });

  it.each(['12.50', '', 'total', 'Pledge Amount', 'all rewards', 'SKU'])(
    '%j names no currency',
    (text) => {
      expect(currencySymbolOf(text)).toBeNull();
    },
  );

  it('finds the currency of every formatted amount', () => {
    const unambiguous: Array<[string, string]> = [
      ['fr-FR', 'EUR'],
      ['fr-FR', 'USD'],
      ['fr-FR', 'GBP'],
      ['fr-FR', 'CAD'],
      ['en-US', 'EUR'],
      ['en-US', 'USD'],
      ['en-US', 'CAD'],
      ['en-US', 'AUD'],
      ['en-US', 'JPY'],
      ['en-GB', 'USD'],
      ['de-DE', 'CHF'],
      ['de-CH', 'CHF'],
      ['nl-NL', 'CAD'],
      ['ja-JP', 'JPY'],
    ];
    fc.assert(
      fc.property(anyCents, fc.constantFrom(...unambiguous), (cents, [locale, currency]) => {
        expect(currencySymbolOf(formatMoney(cents, currency, locale))).toBe(currency);
      }),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const currency = currencySymbolOf(text);
        if (currency !== null) expect(currency).toMatch(/^[A-Z]{3}$/);
      }),
    );
  });
});
