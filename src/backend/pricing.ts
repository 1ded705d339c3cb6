/**
 * How the reference backend prices a basket: shelf prices from the catalog, by how each product is
 * sold (a count of something priced by the pound is estimated at a typical weight, ounces of it are
 * a sixteenth of its pound price), out-of-stock products swapped for the store's chosen substitute
 * or left out, products with no price yet listed apart, tax on the goods, one delivery fee. Money
 * is counted in whole cents so totals add up exactly.
 */
import { unitsOf } from '../catalog/packs.ts';
import type { Catalog, Product } from '../catalog/product.ts';
import type { Quote, QuotedItem, RequestedItem } from './contract.ts';

export interface StorePolicy {
  readonly seller: string;
  readonly currency: string;
  /** Sales tax on the goods, e.g. 0.08 for 8%. */
  readonly taxRate: number;
  readonly deliveryFee: number;
  /** Orders whose goods come to at least this much are delivered free. */
  readonly freeDeliveryOver?: number;
  readonly quoteTtlMs: number;
  readonly outOfStock: ReadonlySet<string>;
  /** Out-of-stock product id → the product the store sends instead. */
  readonly substitutions: ReadonlyMap<string, string>;
}

export const DEFAULT_POLICY: StorePolicy = {
  seller: 'Corner Grocer',
  currency: 'USD',
  taxRate: 0,
  deliveryFee: 3.99,
  freeDeliveryOver: 50,
  quoteTtlMs: 30 * 60 * 1000,
  outOfStock: new Set(),
  substitutions: new Map(),
};

export function cents(amount: number): number {
  return Math.round(amount * 100);
}

export function money(amountCents: number): number {
  return amountCents / 100;
}

/** In stock. A product without a price may be in stock, but can't be priced yet: see `priceQuote`. */
export function isAvailable(product: Product, policy: StorePolicy): boolean {
  return !policy.outOfStock.has(product.id);
}

/** Ids in the request the catalog doesn't know: such a request is refused outright. */
export function unknownProductIds(catalog: Catalog, items: readonly RequestedItem[]): string[] {
  return [...new Set(items.map((item) => item.productId).filter((id) => !catalog.byId.has(id)))];
}

/** The same product in the same unit asked for twice is one line. */
export function mergeItems(items: readonly RequestedItem[]): { productId: string; quantity: number; unit: string | null }[] {
  const merged = new Map<string, { productId: string; quantity: number; unit: string | null }>();
  for (const item of items) {
    const unit = item.unit ?? null;
    const key = `${item.productId}\u0000${unit ?? ''}`;
    const existing = merged.get(key);
    if (existing === undefined) merged.set(key, { productId: item.productId, quantity: item.quantity, unit });
    else existing.quantity += item.quantity;
  }
  return [...merged.values()];
}

/** The next delivery slot: tomorrow morning, in the backend's own time zone (the store's). */
export function nextDeliveryWindow(now: Date): { window: string; startsAt: Date; endsAt: Date } {
  const startsAt = new Date(now);
  startsAt.setDate(startsAt.getDate() + 1);
  startsAt.setHours(9, 0, 0, 0);
  const endsAt = new Date(startsAt);
  endsAt.setHours(11);
  return { window: 'tomorrow between 9 and 11 am', startsAt, endsAt };
}

/** Prices every known product in the request; call `unknownProductIds` first. */
export function priceQuote(
  catalog: Catalog,
  policy: StorePolicy,
  requested: readonly RequestedItem[],
  now: Date,
  quoteId: string,
): Quote {
  const items: QuotedItem[] = [];
  const unavailable: string[] = [];
  const unpriced: string[] = [];
  for (const want of mergeItems(requested)) {
    const product = catalog.byId.get(want.productId);
    if (product === undefined) continue;
    const substituteId = policy.substitutions.get(product.id);
    const substitute = substituteId === undefined ? undefined : catalog.byId.get(substituteId);
    const sold = isAvailable(product, policy) ? product : substitute !== undefined && isAvailable(substitute, policy) ? substitute : undefined;
    if (sold === undefined) {
      unavailable.push(product.id);
      continue;
    }
    if (sold.price === undefined) {
      unpriced.push(product.id);
      continue;
    }
    const unitCents = cents(sold.price);
    const { units, estimated } = unitsOf(sold, want.quantity, want.unit);
    items.push({
      productId: sold.id,
      name: sold.name,
      quantity: want.quantity,
      unit: want.unit,
      unitPrice: money(unitCents),
      lineTotal: money(Math.round(unitCents * units)),
      ...(estimated ? { estimated: true } : {}),
      ...(sold === product ? {} : { substitution: { forProductId: product.id, forName: product.name } }),
    });
  }
  const subtotalCents = items.reduce((sum, item) => sum + cents(item.lineTotal), 0);
  const freeDelivery = policy.freeDeliveryOver !== undefined && subtotalCents >= cents(policy.freeDeliveryOver);
  const feeCents = items.length === 0 || freeDelivery ? 0 : cents(policy.deliveryFee);
  const taxCents = Math.round(subtotalCents * policy.taxRate);
  const delivery = nextDeliveryWindow(now);
  return {
    quoteId,
    seller: policy.seller,
    items,
    unavailable,
    unpriced,
    delivery: {
      option: 'standard',
      window: delivery.window,
      startsAt: delivery.startsAt.toISOString(),
      endsAt: delivery.endsAt.toISOString(),
      fee: money(feeCents),
    },
    subtotal: money(subtotalCents),
    tax: money(taxCents),
    fees: money(feeCents),
    total: money(subtotalCents + taxCents + feeCents),
    currency: policy.currency,
    expiresAt: new Date(now.getTime() + policy.quoteTtlMs).toISOString(),
  };
}
