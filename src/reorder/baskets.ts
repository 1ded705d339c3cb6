import type { PastOrder } from '../catalog/history.ts';
import type { Catalog } from '../catalog/product.ts';
import type { Line } from '../shopper/state.ts';
import { lineFor } from '../cart/requests.ts';
import { listKey } from '../lists/names.ts';

/** "My usual", "my regular order" vs "my last order", "what I got last time". */
export function basketKind(spoken: string): 'usual' | 'last' | null {
  const key = listKey(spoken);
  if (/\b(usual|usuals|regular|regulars|normal|standing)\b/.test(key)) return 'usual';
  if (/\b(last|previous|recent|latest|same)\b/.test(key)) return 'last';
  return null;
}

/** Product ids as cart lines, in the amounts the shopper bought them last time where known. */
export function linesForProducts(catalog: Catalog, orders: readonly PastOrder[], productIds: readonly string[]): Line[] {
  return productIds.flatMap((id) => {
    const product = catalog.byId.get(id);
    if (product === undefined) return [];
    const amount = lastAmount(orders, id);
    return [lineFor(product, amount?.quantity ?? 1, amount?.unit ?? null)];
  });
}

/** How much of a product the shopper bought the last time they bought it. */
export function lastAmount(orders: readonly PastOrder[], productId: string): { quantity: number; unit: string | null } | undefined {
  for (let i = orders.length - 1; i >= 0; i--) {
    const order = orders[i];
    if (order?.productIds.includes(productId)) return order.amounts?.[productId];
  }
  return undefined;
}
