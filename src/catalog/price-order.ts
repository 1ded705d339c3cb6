import { stem, words } from './normalise.ts';
import type { Product } from './product.ts';

/** Which end of a kind's prices a question asks about: "what's the cheapest bread", "the priciest coffee". */
export type PriceOrder = 'cheapest' | 'dearest';

/** The interaction model's PriceOrder values with their synonyms, and how a heard word is read back into one. */
export const PRICE_ORDER_WORDS: Readonly<Record<PriceOrder, readonly string[]>> = {
  cheapest: ['cheapest', 'least expensive', 'lowest priced', 'lowest price', 'least', 'cheapest one'],
  dearest: ['most expensive', 'priciest', 'highest priced', 'dearest', 'most'],
};

export function priceOrderSaid(spoken: string | undefined): PriceOrder | undefined {
  const said = spoken?.trim().toLowerCase();
  if (said === undefined) return undefined;
  if (PRICE_ORDER_WORDS.cheapest.includes(said)) return 'cheapest';
  if (PRICE_ORDER_WORDS.dearest.includes(said)) return 'dearest';
  return undefined;
}

/**
 * Of the products named by a request, the priced one at that end of the range. The kind is the
 * aisle of the product the request means (`meant`): the cheapest butter is a butter, never a peanut
 * butter shelved with the spreads. Without one, names ending in the request's noun count.
 */
export function atPriceEnd(named: readonly Product[], request: string, order: PriceOrder, meant?: Product): Product | undefined {
  const noun = words(request).map(stem).at(-1);
  const ofTheKind = meant?.category === undefined
    ? named.filter((product) => words(product.name).map(stem).at(-1) === noun)
    : named.filter((product) => product.category === meant.category);
  const priced = (ofTheKind.length > 0 ? ofTheKind : named).filter((product) => product.price !== undefined);
  return priced.reduce<Product | undefined>((best, product) => {
    if (best === undefined) return product;
    const beyond = order === 'cheapest' ? (product.price ?? 0) < (best.price ?? 0) : (product.price ?? 0) > (best.price ?? 0);
    return beyond ? product : best;
  }, undefined);
}
