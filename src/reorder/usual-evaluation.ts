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

/** Each shopper with at least two orders, their last order set aside as the one to predict. */
export function holdOutLastOrders(history: OrderHistory): HeldOutOrder[] {
  return [...history].flatMap(([user, orders]) => {
    const last = orders.at(-1);
    if (orders.length < 2 || last === undefined) return [];
    return [{ user, earlier: orders.slice(0, -1), next: last.productIds }];
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
