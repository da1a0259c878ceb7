/**
 * Short money for chart axes and bar labels: "€1.2M", "1,2 M€", "−€701", "€2.50". Display only —
 * the float made from cents is never stored nor added; exact amounts go through the i18n
 * formatters.
 */
export function compactMoneyFormatter(locale: string, currency: string): (cents: number) => string {
  const compact = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  // Below a thousand, compact notation keeps one decimal ("€700.6"), which reads like an exact
  // amount with a digit missing: whole units instead, rounded half away from zero…
  const whole = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
    roundingMode: 'halfExpand',
  });
  // …except small amounts with cents (a tick of €2.50), shown exactly.
  const exact = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return (cents) => {
    const size = Math.abs(cents);
    if (size >= 100_000) return compact.format(cents / 100);
    if (size >= 10_000 || cents % 100 === 0) return whole.format(cents / 100);
    return exact.format(cents / 100);
  };
}
