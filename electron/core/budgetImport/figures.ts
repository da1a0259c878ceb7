import { multiplyQuantity, roundHalfAwayFromZero } from '../../../shared/money';

export interface Figures {
  quantityMilli: number;
  rateCents: number;
  amountCents: number;
}

/** How a message writes amounts and quantities: the way the file does (1 234,50 € in a French devis). */
export interface Show {
  money(cents: number): string;
  quantity(milli: number): string;
}

export type FiguresOutcome =
  | { ok: true; figures: Figures; warning: string | null }
  | { ok: false; field: 'quantity' | 'rate' | 'amount'; message: string };

function fine(figures: Figures, warning: string | null = null): FiguresOutcome {
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
  show: Show,
): FiguresOutcome {
  const quantityMilli = quantity ?? 1000;
  if (rate !== null) {
    let computed: number;
    try {
      computed = multiplyQuantity(quantityMilli, rate);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return { ok: false, field: 'rate', message: 'makes the line amount too large' };
    }
    if (amount !== null && amount !== computed) {
      return {
        ok: false,
        field: 'amount',
        message: `${show.money(amount)} is not quantity × rate: ${show.quantity(quantityMilli)} × ${show.money(rate)} = ${show.money(computed)}`,
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
      `${show.money(amount)} is no quantity ${show.quantity(quantityMilli)} × a rate in whole cents: imported as 1 × ${show.money(amount)}`,
    );
  }
  if (quantity !== null) {
    return {
      ok: false,
      field: 'rate',
      message: `a quantity (${show.quantity(quantity)}) but no rate or amount`,
    };
  }
  return fine({ quantityMilli: 1000, rateCents: 0, amountCents: 0 });
}
