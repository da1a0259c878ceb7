import { describe, expect, it } from 'vitest';
import { englishText, renderText } from '../../shared/errors';
import { createTranslator } from '../../shared/i18n';
import { countryCodeOf } from '../../electron/core/import/countries';
import { normalizeHeader } from '../../electron/core/import/headers';
import { columnLetter, describeColumn } from '../../electron/core/import/issues';
import { suggestMapping } from '../../electron/core/import/formats/genericSynonyms';
import {
  CellError,
  MoneyReader,
  parseCount,
  parseDate,
  parseKickstarterDate,
  parseRfc3339,
} from '../../electron/core/import/values';

describe('dates', () => {
  it('reads Kickstarter dates as UTC and refuses impossible ones', () => {
    expect(parseKickstarterDate('2026/03/20, 18:54')).toBe('2026-03-20T18:54:00.000Z');
    expect(parseKickstarterDate('2024/02/29, 00:00')).toBe('2024-02-29T00:00:00.000Z');
    expect(() => parseKickstarterDate('2026/02/29, 00:00')).toThrow(/no day 29/);
    expect(() => parseKickstarterDate('2026/03/20, 24:10')).toThrow(/time of day/);
    expect(() => parseKickstarterDate('20/03/2026')).toThrow(CellError);
  });

  it('reads RFC 3339 with any offset as the same instant in UTC', () => {
    expect(parseRfc3339('2026-04-24T17:53:00+02:00')).toBe('2026-04-24T15:53:00.000Z');
    expect(parseRfc3339('2026-04-24T17:53:00Z')).toBe('2026-04-24T17:53:00.000Z');
    expect(parseRfc3339('2026-04-24T23:30:00-05:00')).toBe('2026-04-25T04:30:00.000Z');
    expect(() => parseRfc3339('2026-04-24')).toThrow(/date-time/);
    expect(() => parseRfc3339('2026-13-24T10:00:00Z')).toThrow(/month 13/);
  });

  it('reads hand-written dates in the order given, and ISO dates whatever the order', () => {
    expect(parseDate('06/05/2026', 'dmy')).toBe('2026-05-06');
    expect(parseDate('06/05/2026', 'mdy')).toBe('2026-06-05');
    expect(parseDate('2026.05.06', 'ymd')).toBe('2026-05-06');
    expect(parseDate('2026-05-06', 'dmy')).toBe('2026-05-06');
    expect(parseDate('6-5-2026 14h30', 'dmy')).toBe('2026-05-06T14:30:00.000Z');
    expect(() => parseDate('13/13/2026', 'dmy')).toThrow(/month 13/);
    expect(() => parseDate('06/05/26', 'dmy')).toThrow(/four-digit year/);
    expect(() => parseDate('le 6 mai', 'dmy')).toThrow(/31\/12\/2026/);
  });
});

describe('other cells', () => {
  it('reads add-on counts', () => {
    expect(parseCount('')).toBe(0);
    expect(parseCount(' 3 ')).toBe(3);
    expect(() => parseCount('1.5')).toThrow(/whole number/);
    expect(() => parseCount('-1')).toThrow(CellError);
  });

  it('knows countries by code and by French or English name, today’s codes only', () => {
    expect(countryCodeOf('fr')).toBe('FR');
    expect(countryCodeOf('France')).toBe('FR');
    expect(countryCodeOf('Suisse')).toBe('CH');
    expect(countryCodeOf('États-Unis')).toBe('US');
    expect(countryCodeOf('etats unis')).toBe('US');
    expect(countryCodeOf('Royaume-Uni')).toBe('GB');
    expect(countryCodeOf('UK')).toBe('GB');
    expect(countryCodeOf('Deutschland')).toBe('DE');
    expect(countryCodeOf('Germany')).toBe('DE');
    expect(countryCodeOf('FX')).toBeNull();
    expect(countryCodeOf('Atlantis')).toBeNull();
    expect(countryCodeOf('European Union')).toBeNull();
  });

  it('reads amounts in the campaign currency only, and never negative ones', () => {
    const euros = new MoneyReader('EUR', ',');
    expect(euros.read('1\u00a0234,50 €')).toBe(123450);
    expect(euros.read('1\u00a0234,50 €')).toBe(123450);
    expect(() => euros.read('$12,00')).toThrow(/USD, not EUR/);
    expect(() => euros.read('-5,00')).toThrow(/negative/);
    expect(() => new MoneyReader('EUR', '.').read('€1,234.5.6')).toThrow(CellError);
  });
});

describe('headers and columns', () => {
  it('matches headers whatever their case, accents, spacing or trailing colon', () => {
    expect(normalizeHeader('\uFEFF  Code_Postal : ')).toBe('code postal');
    expect(normalizeHeader('Prénom')).toBe(normalizeHeader('PRENOM'));
  });

  it('names columns by number, letter and header', () => {
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(26)).toBe('Z');
    expect(columnLetter(28)).toBe('AB');
    expect(columnLetter(703)).toBe('AAA');
    expect(englishText(describeColumn(11, 'Pledge Amount'))).toBe('column 11 (K) “Pledge Amount”');
    expect(englishText(describeColumn(3, ''))).toBe('column 3 (C)');
    const fr = createTranslator('fr');
    expect(renderText(describeColumn(11, 'Montant'), fr)).toBe('colonne 11 (K) « Montant »');
  });

  it('suggests a mapping from French and English headers', () => {
    expect(
      suggestMapping([
        'N° de chèque',
        'Nom complet',
        'E-mail',
        'Montant du don',
        'Date de paiement',
        'Récompense',
        'Pays',
        'Whatever',
      ]),
    ).toEqual({
      externalId: 'N° de chèque',
      displayName: 'Nom complet',
      email: 'E-mail',
      amount: 'Montant du don',
      pledgedAt: 'Date de paiement',
      tier: 'Récompense',
      country: 'Pays',
    });
    expect(suggestMapping(['First Name', 'Last Name', 'Amount', 'Date', 'ZIP'])).toEqual({
      firstName: 'First Name',
      lastName: 'Last Name',
      amount: 'Amount',
      pledgedAt: 'Date',
      postalCode: 'ZIP',
    });
  });
});
