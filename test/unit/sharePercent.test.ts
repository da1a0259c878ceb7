import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../shared/i18n';
import { shareFormatter } from '../../shared/i18n/percent';

describe('shares of a budget, one decimal in every language', () => {
  const en = createFormatters('en').shareBp;
  const fr = createFormatters('fr').shareBp;

  it('always shows one decimal, so a column of shares lines up', () => {
    expect(en(1000)).toBe('10.0%');
    expect(en(750)).toBe('7.5%');
    expect(en(2333)).toBe('23.3%');
    expect(en(0)).toBe('0.0%');
    expect(en(10_000)).toBe('100.0%');
  });

  it('uses the French decimal comma and the space before %', () => {
    expect(fr(2333)).toMatch(/^23,3\s%$/u);
    expect(fr(1000)).toMatch(/^10,0\s%$/u);
  });

  it('rounds half away from zero on the basis points, not on a float', () => {
    // Ties go up in magnitude, as money does (never to even, never toward zero).
    expect(en(1225)).toBe('12.3%');
    expect(en(1224)).toBe('12.2%');
    expect(en(5)).toBe('0.1%');
    expect(en(4)).toBe('0.0%');
    expect(en(-1225)).toBe('-12.3%');
    expect(en(-4)).toBe('0.0%');
  });

  it('follows any Intl locale it is given', () => {
    expect(shareFormatter('de-DE')(1250)).toMatch(/^12,5\s%$/u);
  });
});
