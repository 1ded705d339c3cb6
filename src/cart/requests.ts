import { words } from '../catalog/normalise.ts';
import type { Product } from '../catalog/product.ts';
import { startsWithPack, unitNamed } from '../catalog/quantity.ts';
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
  // Alexa may hear the amount apart from the product ("two" "pounds" "bananas"); put the request
  // back together so the resolver reads the amount by the same rules as when it is said in one go.
  // "5 pound" + "bag of flour" is a size and its pack: no "of" between them.
  const unit = spoken.unit === undefined ? [] : [spoken.unit, ...(startsWithPack(words(spoken.product)) ? [] : ['of'])];
  const amount = [...(spoken.quantity === undefined ? (unit.length > 0 ? ['a'] : []) : [spoken.quantity]), ...unit];
  const resolutions = resolver.resolveAll([...amount, spoken.product].join(' '), context);
  return resolutions.map((resolution) => {
    const phrase = resolution.query || resolution.heard;
    const quantity = resolution.quantity ?? 1;
    const first = resolution.product;
    if (first === null) return { kind: 'none', phrase, alternatives: resolution.alternatives };
    const options = [first, ...resolution.alternatives.filter((p) => p.id !== first.id)].slice(0, 3);
    if (resolution.ambiguous && options.length > 1) return { kind: 'ambiguous', phrase, options, quantity, unit: resolution.unit };
    return { kind: 'found', phrase, product: first, quantity, unit: resolution.unit };
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

/**
 * A unit as the cart keeps it, whatever form it was said in: "pounds" and "lbs" are "pound", so
 * "make that one" says "a pound", and a pound added later joins the same line. With it, whether
 * the unit was said as one ("a bunch") rather than as a plural ("pounds"). Null for no unit known.
 */
export function unitSaid(spoken: string): { unit: string; single: boolean } | null {
  const unit = unitNamed(spoken);
  if (unit === null) return null;
  return { unit, single: spoken.trim().toLowerCase() === unit };
}
