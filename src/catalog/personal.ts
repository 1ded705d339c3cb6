import type { PastOrder } from './history.ts';
import { words } from './normalise.ts';
import { splitAmount } from './quantity.ts';
import { STOPWORDS, stem } from './normalise.ts';

/**
 * The key under which a shopper's choice for a phrase is remembered: the product words only, so
 * "two pounds of bananas" and "some banana" share the key `banana`.
 */
export function phraseKey(text: string): string {
  return splitAmount(words(text))
    .product.filter((w) => !STOPWORDS.has(w))
    .map(stem)
    .join(' ');
}

/** How much a household favours each product it bought: between 0 and 1, frequent and recent highest. */
export function affinities(history: readonly PastOrder[]): Map<string, number> {
  const counts = new Map<string, { count: number; last: number }>();
  let latest = 0;
  for (const order of history) {
    latest = Math.max(latest, order.orderNumber);
    for (const id of new Set(order.productIds)) {
      const seen = counts.get(id);
      if (seen === undefined) counts.set(id, { count: 1, last: order.orderNumber });
      else {
        seen.count++;
        seen.last = Math.max(seen.last, order.orderNumber);
      }
    }
  }
  const orders = Math.max(1, history.length);
  const result = new Map<string, number>();
  for (const [id, { count, last }] of counts) {
    const frequency = count / orders;
    const recency = Math.exp(-(latest - last) / 10);
    result.set(id, 0.7 * frequency + 0.3 * recency);
  }
  return result;
}

/** The products a household buys most (then most recently), best first: at most `n`, never more than 100. */
export function favouriteProducts(history: readonly PastOrder[], n: number): string[] {
  const limit = Math.max(0, Math.min(100, Math.floor(n)));
  return [...affinities(history)]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([id]) => id);
}
