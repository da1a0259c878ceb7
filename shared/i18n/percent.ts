/**
 * Percent text ⇄ basis points without floats: "5" → 500, "5,5" → 550, "5.25" → 525.
 * The digit string is read as integer parts, so no binary rounding can creep in.
 */
const PERCENT_PATTERN = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

/** Basis points for a percentage typed by a person, or null when it is not one (too many decimals, letters…). */
export function parsePercentToBp(text: string): number | null {
  const compact = text.trim().replace(/\s*%$/, '').trim();
  const match = PERCENT_PATTERN.exec(compact);
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = (match[2] ?? '').padEnd(2, '0');
  return whole * 100 + Number(fraction);
}

/** The percentage to put back in an input field: 550 → "5,5" (fr) or "5.5" (en), 500 → "5". */
export function formatBpForInput(bp: number, decimalSeparator: string): string {
  const sign = bp < 0 ? '-' : '';
  const magnitude = Math.abs(Math.trunc(bp));
  const whole = Math.trunc(magnitude / 100);
  const fraction = String(magnitude % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction === '' ? `${sign}${whole}` : `${sign}${whole}${decimalSeparator}${fraction}`;
}

/**
 * A share for reading (of a budget, of a cap), always with one decimal: 2333 bp → "23,3 %" (fr),
 * 1000 → "10.0%" (en), so a column of shares lines up. Rounded half away from zero on the whole
 * basis points (1225 → 12.3), before Intl sees a float; configured rates keep their exact
 * `percentBp`.
 */
export function shareFormatter(locale: string): (bp: number) => string {
  const percents = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return (bp) => {
    const whole = Math.trunc(bp);
    const tenths = Math.floor((Math.abs(whole) + 5) / 10);
    // tenths / 1000 is one digit past the point once multiplied by 100: nothing left to round.
    return percents.format(tenths === 0 ? 0 : (Math.sign(whole) * tenths) / 1000);
  };
}
