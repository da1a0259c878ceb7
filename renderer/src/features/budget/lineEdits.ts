import { budgetUnits, type ChannelInput } from '../../../../shared/contract';
import type { Issue } from '../../../../shared/errors';
import { translateIssue, type Translator } from '../../../../shared/i18n';
import {
  currencyDigits,
  MoneyParseError,
  parseMoney,
  parseQuantity,
} from '../../../../shared/money';
import type { ApiError } from '../../api';

/** The editable fields of a line, as the grid names them. */
export type LineField = 'code' | 'label' | 'quantity' | 'unit' | 'rate' | 'notes';

export type LinePatch = Omit<ChannelInput<'budget.updateLine'>, 'id'>;

/** Contract path → grid field (rates travel as `rateCents`). */
const fieldOfPath: Readonly<Record<string, LineField>> = {
  code: 'code',
  label: 'label',
  quantity: 'quantity',
  unit: 'unit',
  rateCents: 'rate',
  notes: 'notes',
};

/** The locale's decimal separator ("," in French), read from Intl rather than guessed. */
export function decimalSeparatorOf(locale: string): '.' | ',' {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value === ',' ? ',' : '.';
}

/** The contract's quantity text ("1.5") as the locale writes it ("1,5"). */
export function quantityForDisplay(quantity: string, decimal: '.' | ','): string {
  return decimal === ',' ? quantity.replace('.', ',') : quantity;
}

/** Thousandths → the contract's text ("1.5"): built from integers, never a float. */
function quantityTextOf(quantityMilli: number): string {
  const whole = Math.trunc(quantityMilli / 1000);
  const fraction = String(quantityMilli % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
}

export type ParseProblem = 'quantity' | 'money' | 'unit';

/**
 * A typed quantity, read with the locale's decimal separator (so "1,125" is 1.125 in French and
 * refused as ambiguous nowhere), as the contract's text; null when it is not a quantity.
 */
export function readQuantity(text: string, decimal: '.' | ','): string | null {
  try {
    return quantityTextOf(parseQuantity(text, { decimal }));
  } catch (error) {
    if (error instanceof MoneyParseError) return null;
    throw error;
  }
}

/**
 * An amount as the user would type it back ("1,250.00" / "1 250,00", no currency symbol), built
 * from the integer digits and formatted by Intl from a decimal string: no float holds money.
 */
export function moneyInputText(cents: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  const magnitude = BigInt(Math.abs(cents));
  const scale = 10n ** BigInt(digits);
  const fraction = (magnitude % scale).toString().padStart(digits, '0');
  const decimalText = `${cents < 0 ? '-' : ''}${magnitude / scale}${digits > 0 ? `.${fraction}` : ''}`;
  const numbers = new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // The template is a decimal number by construction; TypeScript cannot see that.
  return numbers.format(decimalText as Intl.StringNumericLiteral);
}

/** A typed amount ("1 250,50", "1,250.50", "€800,000") in cents; null when it is not one. */
export function readMoney(text: string, currency: string): number | null {
  try {
    return parseMoney(text, { currency });
  } catch (error) {
    if (error instanceof MoneyParseError) return null;
    throw error;
  }
}

/** The update a cell's text makes, or what is wrong with the text before any call. */
export function patchFor(
  field: LineField,
  text: string,
  context: { currency: string; decimal: '.' | ',' },
): { patch: LinePatch } | { problem: ParseProblem } {
  switch (field) {
    case 'quantity': {
      const quantity = readQuantity(text, context.decimal);
      return quantity === null ? { problem: 'quantity' } : { patch: { quantity } };
    }
    case 'rate': {
      const rateCents = readMoney(text, context.currency);
      return rateCents === null ? { problem: 'money' } : { patch: { rateCents } };
    }
    case 'unit': {
      const unit = budgetUnits.find((candidate) => candidate === text);
      return unit === undefined ? { problem: 'unit' } : { patch: { unit } };
    }
    case 'code':
      return { patch: { code: text } };
    case 'label':
      return { patch: { label: text } };
    case 'notes':
      return { patch: { notes: text } };
  }
}

export function problemMessage(problem: ParseProblem, { t }: Translator): string {
  if (problem === 'quantity') return t('budget.issues.quantity');
  if (problem === 'money') return t('budget.issues.money');
  return t('issues.invalidOption');
}

/** The budget's own refusals in the user's language; anything else as translateIssue says. */
export function translateBudgetIssue(issue: Issue, translator: Translator): string {
  if (issue.message.startsWith('must not be negative')) {
    return translator.t('budget.issues.negative');
  }
  if (issue.message === 'makes the amount too large') return translator.t('budget.issues.tooLarge');
  const usedCode = /^chapter code "(.*)" is already used/.exec(issue.message);
  if (usedCode) return translator.t('budget.issues.codeUsed', { code: usedCode[1] ?? '' });
  return translateIssue(issue, translator);
}

/** The contract's issues placed on the grid's fields; the others returned apart. */
export function lineErrorsFromIssues(
  error: ApiError,
  translator: Translator,
): { fields: Partial<Record<LineField, string>>; unplaced: string[] } {
  const fields: Partial<Record<LineField, string>> = {};
  const unplaced: string[] = [];
  for (const issue of error.issues) {
    const head = issue.path[0];
    const field = typeof head === 'string' ? fieldOfPath[head] : undefined;
    const message = translateBudgetIssue(issue, translator);
    if (field && fields[field] === undefined) fields[field] = message;
    else if (!field) unplaced.push(message);
  }
  if (error.issues.length === 0) unplaced.push(error.message);
  return { fields, unplaced };
}

/** One cell's message for a refused edit: its own issue first, else what the error says. */
export function cellErrorMessage(
  error: ApiError,
  field: LineField,
  translator: Translator,
): string {
  const { fields, unplaced } = lineErrorsFromIssues(error, translator);
  return fields[field] ?? unplaced[0] ?? translator.t(`errors.${error.code}`);
}
