import type { OrderHistory, PastOrder } from '../catalog/history.ts';

/** F1 of a predicted basket against the real one, as the Instacart competition scored it. */
export function basketF1(predicted: readonly string[], actual: readonly string[]): number {
  const guessed = new Set(predicted);
  const bought = new Set(actual);
  let hits = 0;
  for (const id of guessed) if (bought.has(id)) hits++;
  return hits === 0 ? 0 : (2 * hits) / (guessed.size + bought.size);
}

export interface HeldOutOrder {
  readonly user: string;
  readonly earlier: readonly PastOrder[];
  readonly next: readonly string[];
}

/**
 * Each shopper's last order set aside as the one to predict from the orders before it; with
 * `lastOrders` above one, each of their last few orders in turn (always leaving at least one earlier
 * order), which gives several cases per shopper and so steadies the score.
 */
export function holdOutLastOrders(history: OrderHistory, lastOrders = 1): HeldOutOrder[] {
  return [...history].flatMap(([user, orders]) => {
    const cases: HeldOutOrder[] = [];
    for (let back = 1; back <= lastOrders && back < orders.length; back++) {
      const next = orders[orders.length - back];
      if (next !== undefined) cases.push({ user, earlier: orders.slice(0, -back), next: next.productIds });
    }
    return cases;
  });
}

export function meanF1(cases: readonly HeldOutOrder[], predict: (earlier: readonly PastOrder[], user: string) => readonly string[]): number {
  if (cases.length === 0) return 0;
  const total = cases.reduce((sum, c) => sum + basketF1(predict(c.earlier, c.user), c.next), 0);
  return total / cases.length;
}

/** The baseline that needs no model: everything the shopper bought in at least `share` of their orders. */
export function frequentProducts(orders: readonly PastOrder[], share: number): string[] {
  const counts = new Map<string, number>();
  for (const order of orders) for (const id of new Set(order.productIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].filter(([, count]) => count >= share * orders.length).map(([id]) => id);
}
