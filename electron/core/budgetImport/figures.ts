import { apiMessage, type LocalizedText } from '../../../shared/errors';
import { multiplyQuantity, roundHalfAwayFromZero } from '../../../shared/money';

export interface Figures {
  quantityMilli: number;
  rateCents: number;
  amountCents: number;
}

export type FiguresOutcome =
  | { ok: true; figures: Figures; warning: LocalizedText | null }
  | { ok: false; field: 'quantity' | 'rate' | 'amount'; message: LocalizedText };

/** An amount in a message: written in the reader's locale. */
function money(cents: number, currency: string) {
  return { cents, currency };
}

/** A quantity in a message (thousandths → 1.5), written with the reader's decimal separator. */
function quantityOf(milli: number): number {
  return milli / 1000;
}

function fine(figures: Figures, warning: LocalizedText | null = null): FiguresOutcome {
  return { ok: true, figures, warning };
}

/**
 * quantity × rate = amount, from whichever of the three a row has (a budget line stores all three
 * and amount = round(quantity × rate), once per line):
 * - rate (and quantity, default 1): amount computed; an amount given too must be that amount;
 * - amount alone: 1 × amount;
 * - quantity and amount: the rate in whole cents that gives the amount back, else 1 × amount;
 * - quantity alone: refused; nothing at all: a zero line.
 */
export function lineFigures(
  quantity: number | null,
  rate: number | null,
  amount: number | null,
  currency: string,
): FiguresOutcome {
  const quantityMilli = quantity ?? 1000;
  if (rate !== null) {
    let computed: number;
    try {
      computed = multiplyQuantity(quantityMilli, rate);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return {
        ok: false,
        field: 'rate',
        message: apiMessage('apiErrors.budgetImport.lineTooLarge'),
      };
    }
    if (amount !== null && amount !== computed) {
      return {
        ok: false,
        field: 'amount',
        message: apiMessage('apiErrors.budgetImport.notProduct', {
          amount: money(amount, currency),
          quantity: quantityOf(quantityMilli),
          rate: money(rate, currency),
          computed: money(computed, currency),
        }),
      };
    }
    return fine({ quantityMilli, rateCents: rate, amountCents: computed });
  }
  if (amount !== null) {
    const flat = { quantityMilli: 1000, rateCents: amount, amountCents: amount };
    if (quantityMilli === 1000) return fine(flat);
    if (quantityMilli !== 0) {
      const derived = Number(roundHalfAwayFromZero(BigInt(amount) * 1000n, BigInt(quantityMilli)));
      if (multiplyQuantity(quantityMilli, derived) === amount) {
        return fine({ quantityMilli, rateCents: derived, amountCents: amount });
      }
    }
    return fine(
      flat,
      apiMessage('apiErrors.budgetImport.notWholeRate', {
        amount: money(amount, currency),
        quantity: quantityOf(quantityMilli),
      }),
    );
  }
  if (quantity !== null) {
    return {
      ok: false,
      field: 'rate',
      message: apiMessage('apiErrors.budgetImport.quantityOnly', {
        quantity: quantityOf(quantity),
      }),
    };
  }
  return fine({ quantityMilli: 1000, rateCents: 0, amountCents: 0 });
}
