import type { PastOrder } from '../catalog/history.ts';
import { shiftToExpectedCount } from './calibration.ts';
import { bestBasketSize } from './expected-f1.ts';
import { predictProbability } from '../learning/logistic.ts';
import { FEATURE_NAMES, productFeatures, shopperHabits } from './usual-features.ts';

/**
 * The chance that a product the shopper has bought before is in their next order, as a logistic
 * regression over the features of usual-features.ts (in FEATURE_NAMES order).
 *
 * Fitted by `npx tsx tools/fit-usual.ts --history FILE` on the Instacart histories of 64
 * real shoppers: every order after a shopper's first was predicted from the orders before it
 * (872 target orders), each shopper's orders together weighing as one target. The cross-validated
 * F1 it prints (shoppers left out of the fit) is the figure to expect for new shoppers. Only these
 * numbers are kept, no data.
 *
 * Richer models were measured the same way (each shopper's last 8 orders, 396 predictions, paired
 * against this one) and left out because none beat noise here and most did worse on the dev
 * shoppers' real next orders: ten more features (share in the last 3 and 5 orders, share x in the
 * last order, irregularity of the gaps, purchase count, squared and interacted shares, several
 * recency decays) +0.000 to +0.001 and -0.022 on dev; share of the orders since first bought
 * +0.000; how readily other shoppers in the history rebuy each product -0.001 to +0.004 depending
 * on its smoothing, and -0.005 on dev; blending in a recency-weighted frequency -0.002 to -0.033;
 * weighting later orders more in the fit, other ridges and decays, within 0.003. Nor is the basket
 * size the bottleneck: even the true count of rebought products would add only 0.011.
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
