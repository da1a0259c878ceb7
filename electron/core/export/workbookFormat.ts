import type { Cell, CellFormulaValue, Worksheet } from 'exceljs';
import type { Language } from '../../../shared/contract';
import { intlLocales } from '../../../shared/i18n';
import { centsToUnits, currencyDigits, formatMoney } from '../../../shared/money';

/** How the workbook shows money, percentages and dates for one project and language. */
export interface WorkbookFormats {
  language: Language;
  currency: string;
  /** Minor-unit digits of the currency: 2 for EUR, 0 for JPY. */
  digits: number;
  /** e.g. `#,##0.00 "€"` (fr) or `"€"#,##0.00` (en). */
  money: string;
  percent: string;
  date: string;
  /** Display units (12.5) of an amount in cents (1250): for cell values only. */
  units(cents: number): number;
  /** The amount as the language writes it, for text such as "capped at 67 500,00 €". */
  text(cents: number): string;
  /** A basis-point rate as a percentage text: 500 → "5 %" (fr), "5%" (en). */
  bpText(bp: number): string;
}

/**
 * A currency number format in the language's usual layout, built from Intl: the symbol before or
 * after the number and whether a space separates them. The separators are not written here on
 * purpose: `#,##0.00` shows as `1 234,50` in a French Excel and `1,234.50` in an English one.
 */
export function moneyFormat(currency: string, language: Language): string {
  const digits = currencyDigits(currency);
  const parts = new Intl.NumberFormat(intlLocales[language], {
    style: 'currency',
    currency,
  }).formatToParts(1234.5);
  const symbolAt = parts.findIndex((p) => p.type === 'currency');
  const symbol = parts[symbolAt]?.value ?? currency;
  const firstNumber = parts.findIndex((p) => p.type === 'integer');
  const before = symbolAt < firstNumber;
  const neighbour = parts[before ? symbolAt + 1 : symbolAt - 1];
  const space = neighbour?.type === 'literal' && /\s/u.test(neighbour.value) ? ' ' : '';
  const number = digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
  const quoted = `"${symbol.replace(/"/g, '')}"`;
  return before ? `${quoted}${space}${number}` : `${number}${space}${quoted}`;
}

export function workbookFormats(currency: string, language: Language): WorkbookFormats {
  const locale = intlLocales[language];
  const percentText = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 2,
  });
  return {
    language,
    currency,
    digits: currencyDigits(currency),
    money: moneyFormat(currency, language),
    percent: '0.00%',
    // ISO dates in English: day/month order differs between English-speaking countries.
    date: language === 'fr' ? 'dd/mm/yyyy' : 'yyyy-mm-dd',
    units: (cents) => centsToUnits(cents, currency),
    text: (cents) => formatMoney(cents, currency, locale),
    bpText: (bp) => percentText.format(bp / 10_000),
  };
}

/** A formula with the value it has now, so a reader that does not recalculate shows it too. */
export function formula(expression: string, result: number): CellFormulaValue {
  return { formula: expression, result, date1904: false };
}

/** `'Devis détaillé'!F12`: a reference to a cell of another sheet (always quoted). */
export function sheetRef(sheet: Worksheet, address: string): string {
  return `'${sheet.name.replace(/'/g, "''")}'!${address}`;
}

/** A whole-cell absolute reference ($F$12), for a cell many formulas divide by. */
export function absolute(cell: Cell): string {
  return `$${cell.address.replace(/\d+$/, '')}$${cell.row}`;
}

/** `SUM(a,b,…)` of many cells, nested so that no SUM has more than 255 arguments (Excel's limit). */
export function sumOf(addresses: readonly string[]): string {
  if (addresses.length === 0) return '0';
  if (addresses.length <= 255) return `SUM(${addresses.join(',')})`;
  const chunks: string[] = [];
  for (let i = 0; i < addresses.length; i += 255) chunks.push(sumOf(addresses.slice(i, i + 255)));
  return sumOf(chunks);
}

/** A money cell: the display value of the cents (or a formula with it cached) and the money format. */
export function setMoney(
  cell: Cell,
  formats: WorkbookFormats,
  cents: number,
  expression?: string,
): void {
  const value = formats.units(cents);
  cell.value = expression === undefined ? value : formula(expression, value);
  cell.numFmt = formats.money;
}

/** A share of the budget as a formula (0 while the budget is empty), formatted as a percentage. */
export function setShare(
  cell: Cell,
  formats: WorkbookFormats,
  amountAddress: string,
  budgetAddress: string,
  amountCents: number,
  budgetCents: number,
): void {
  const share = budgetCents === 0 ? 0 : amountCents / budgetCents;
  cell.value = formula(`IF(${budgetAddress}=0,0,${amountAddress}/${budgetAddress})`, share);
  cell.numFmt = formats.percent;
}

/** A calendar date (YYYY-MM-DD) as a real date cell, at midnight UTC so Excel shows that day. */
export function setDate(cell: Cell, formats: WorkbookFormats, isoDate: string | null): void {
  if (isoDate === null) return;
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  cell.value = new Date(Date.UTC(year, month - 1, day));
  cell.numFmt = formats.date;
}
