/**
 * Short money for chart axes and bar labels: "€1.2M", "1,2 M€". Display only — the float
 * made from cents is never stored nor added; exact amounts go through the i18n formatters.
 */
export function compactMoneyFormatter(locale: string, currency: string): (cents: number) => string {
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  return (cents) => format.format(cents / 100);
}
