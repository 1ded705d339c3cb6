import type { Product } from '../catalog/product.ts';
import type { Resolver, ShopperContext } from '../catalog/resolver.ts';
import type { Line } from '../shopper/state.ts';

/** The most of one product a voice order takes; beyond it the shopper is told, not silently capped. */
export const MAX_QUANTITY = 99;

export type PlannedItem =
  | { kind: 'found'; phrase: string; product: Product; quantity: number; unit: string | null }
  | { kind: 'ambiguous'; phrase: string; options: Product[]; quantity: number; unit: string | null }
  | { kind: 'none'; phrase: string; alternatives: Product[] };

/**
 * What the shopper asked for, product by product. Alexa hands over the product words and, when it
 * heard them apart, the quantity and unit; "milk eggs and two loaves of bread" in one slot is three items.
 */
export function planItems(
  resolver: Resolver,
  spoken: { product: string; quantity?: number | undefined; unit?: string | undefined },
  context: ShopperContext,
): PlannedItem[] {
  const resolutions = resolver.resolveAll(spoken.product, context);
  const single = resolutions.length === 1;
  return resolutions.map((resolution) => {
    const phrase = resolution.query || resolution.heard;
    const quantity = (single ? spoken.quantity : undefined) ?? resolution.quantity ?? 1;
    const unit = (single ? spoken.unit?.toLowerCase() : undefined) ?? resolution.unit;
    const first = resolution.product;
    if (first === null) return { kind: 'none', phrase, alternatives: resolution.alternatives };
    const runnerUp = resolution.alternatives[0];
    if (resolution.ambiguous && runnerUp !== undefined) {
      return { kind: 'ambiguous', phrase, options: [first, ...resolution.alternatives].slice(0, 3), quantity, unit };
    }
    return { kind: 'found', phrase, product: first, quantity, unit };
  });
}

export function lineFor(product: Product, quantity: number, unit: string | null): Line {
  return {
    productId: product.id,
    name: product.name,
    quantity,
    unit,
    ...(product.size === undefined ? {} : { size: product.size }),
    ...(product.price === undefined ? {} : { price: product.price }),
  };
}

/** Worth a "forty bananas — is that right?": more than a household usually means. */
export function isUnusualQuantity(quantity: number, unit: string | null): boolean {
  const byWeight = unit !== null && ['pound', 'kilo', 'kilogram', 'ounce', 'gram', 'gallon', 'liter'].includes(unit);
  return byWeight ? quantity > 10 : quantity > 12;
}

export function quantityProblem(quantity: number): 'zero' | 'tooMany' | null {
  if (!(quantity > 0)) return 'zero';
  if (quantity > MAX_QUANTITY) return 'tooMany';
  return null;
}
