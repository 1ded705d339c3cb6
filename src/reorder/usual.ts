import type { PastOrder } from '../catalog/history.ts';
import { shiftToExpectedCount } from './calibration.ts';
import { bestBasketSize } from './expected-f1.ts';
import { predictProbability } from './logistic.ts';
import { FEATURE_NAMES, productFeatures, shopperHabits } from './usual-features.ts';

/**
 * The chance that a product the shopper has bought before is in their next order, as a logistic
 * regression over the features of usual-features.ts (in FEATURE_NAMES order).
 *
 * Fitted by `npx tsx src/reorder/fit-usual.ts --history FILE` on the Instacart histories of 64
 * real shoppers: every order after a shopper's first was predicted from the orders before it
 * (872 target orders), each shopper's orders together weighing as one target. The cross-validated
 * F1 it prints (shoppers left out of the fit) is the figure to expect for new shoppers. Only these
 * numbers are kept, no data.
 */
export const USUAL_COEFFICIENTS: readonly number[] = [
  -1.0036, 0.3345, 0.2925, -0.0412, -0.6197, 0.4165, 0.1684, -0.5679, -0.2553, 0.1563, -0.0582, -0.1125,
];

export interface UsualOptions {
  /** Coefficients to score products with instead of the fitted ones (as fit-usual.ts prints them). */
  readonly coefficients?: readonly number[];
}

export interface ScoredProduct {
  readonly productId: string;
  readonly probability: number;
}

/** Every product the shopper has bought, with its chance of being in the next order, likeliest first. */
export function reorderProbabilities(orders: readonly PastOrder[], options: UsualOptions = {}): ScoredProduct[] {
  const coefficients = options.coefficients ?? USUAL_COEFFICIENTS;
  if (coefficients.length !== FEATURE_NAMES.length) {
    throw new Error(`the usual-basket model needs ${FEATURE_NAMES.length} coefficients, got ${coefficients.length}`);
  }
  return productFeatures(chronological(orders))
    .map(({ productId, values }) => ({ productId, probability: predictProbability(coefficients, values) }))
    .sort((a, b) => b.probability - a.probability || compareIds(a.productId, b.productId));
}

/**
 * The products the shopper will most likely buy in their next order, best first, as many as
 * maximise the expected F1 against the real basket.
 *
 * The basket's size comes from the shopper's recent baskets: the probabilities are shifted so that
 * together they expect as many rebought products as a recent basket holds times the shopper's
 * reorder rate. The rest of a real basket is products the shopper has never bought; they cannot be
 * predicted, but counting on them keeps the list from being cut too short.
 */
export function predictUsualBasket(orders: readonly PastOrder[], options: UsualOptions = {}): string[] {
  if (orders.length === 0) return [];
  const scored = reorderProbabilities(orders, options);
  const habits = shopperHabits(chronological(orders));
  const rebought = habits.recentBasketSize * habits.reorderRate;
  const unseen = habits.recentBasketSize * (1 - habits.reorderRate);
  const probabilities = shiftToExpectedCount(
    scored.map((s) => s.probability),
    rebought,
  );
  return scored.slice(0, bestBasketSize(probabilities, unseen)).map((s) => s.productId);
}

/** The product ids of the shopper's most recent order, each once, in basket order. */
export function lastOrder(orders: readonly PastOrder[]): string[] {
  return [...new Set(chronological(orders).at(-1)?.productIds ?? [])];
}

/** Histories are kept oldest first, but one assembled by hand or by a backend may not be. */
function chronological(orders: readonly PastOrder[]): readonly PastOrder[] {
  const sorted = orders.every((order, i) => i === 0 || (orders[i - 1]?.orderNumber ?? 0) <= order.orderNumber);
  return sorted ? orders : [...orders].sort((a, b) => a.orderNumber - b.orderNumber);
}

/** Numeric ids in numeric order, so that ties break the same way a person would read them. */
function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
