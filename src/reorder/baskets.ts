import type { PastOrder } from '../catalog/history.ts';
import { catalogOf, type Catalog, type Product } from '../catalog/product.ts';
import { Resolver, type ShopperContext } from '../catalog/resolver.ts';
import type { Line } from '../shopper/state.ts';
import { lineFor } from '../cart/requests.ts';
import { listKey } from '../lists/names.ts';
import { STOPWORDS, words } from '../catalog/normalise.ts';

const USUAL = /\b(usual|usuals|regular|regulars|normal|standing)\b/;

/** "My usual", "my regular order" vs "my last order", "what I got last time". */
export function basketKind(spoken: string): 'usual' | 'last' | null {
  const key = listKey(spoken);
  if (USUAL.test(key)) return 'usual';
  if (/\b(last|previous|recent|latest|same)\b/.test(key)) return 'last';
  return null;
}

/** The words that join more things onto a basket: "my usual plus some onions", "same as last time and a bag of ice". */
const AND_MORE = /\s+(?:plus|and also|and|along with|as well as|with)\s+/i;

/**
 * "My usual plus some onions": the words naming the basket, and the words of the things said with
 * it; undefined when no basket is named before the join, or nothing after it.
 */
export function basketAndMore(spoken: string): { basket: string; more: string } | undefined {
  const join = AND_MORE.exec(spoken);
  if (join === null) return undefined;
  const basket = spoken.slice(0, join.index);
  const more = spoken.slice(join.index + join[0].length);
  return basketKind(basket) === null || !namesOnlyABasket(basket) || more.trim() === '' || basketKind(more) !== null ? undefined : { basket, more };
}

/** The words of a basket named whole ("the same as last time", "my regular order"), beside the words for the habit and the last order. */
const BASKET_WORDS: ReadonlySet<string> = new Set([...STOPWORDS, 'order', 'orders', 'time', 'same', 'as', 'again', 'basket', 'groceries', 'shopping', 'stuff', 'things', 'everything']);

/** Whether words name a basket and nothing else: "my usual", not "my usual almonds". */
function namesOnlyABasket(spoken: string): boolean {
  return words(spoken).every((word) => BASKET_WORDS.has(word) || basketKind(word) !== null);
}

/** "My usual coffee" names coffee: the word for the household's habit is no part of the thing. */
export function withoutUsual(spoken: string): string {
  const kept = spoken.split(/\s+/).filter((word) => !USUAL.test(word.toLowerCase()));
  return kept.length === 0 ? spoken : kept.join(' ');
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

/** A resolver over what a household bought, made once per set of orders read. */
const boughtResolvers = new WeakMap<readonly PastOrder[], { readonly catalog: Catalog; readonly resolver: Resolver }>();

/**
 * The product a household bought that a phrase names ("the milk I always get", "reorder coffee"):
 * read against what they bought alone, so a product they never bought is never the answer, and
 * the words around the name ("I always get") cannot lead the reading to another shelf.
 */
export function boughtProductNamed(
  phrase: string,
  orders: readonly PastOrder[],
  catalog: Catalog,
  storeResolver: Resolver,
  context: ShopperContext,
): Product | undefined {
  if (orders.length === 0) return undefined;
  let made = boughtResolvers.get(orders);
  if (made === undefined || made.catalog !== catalog) {
    const bought = [...new Set(orders.flatMap((order) => order.productIds))].flatMap((id) => catalog.byId.get(id) ?? []);
    made = { catalog, resolver: Resolver.build(catalogOf(bought)) };
    boughtResolvers.set(orders, made);
  }
  const bought = made.resolver.resolve(phrase, context).product ?? undefined;
  // Among a few bought things a loose likeness may be the best there is ("chocolate milk" and
  // Whole Milk): it counts only if the store's own reading of the phrase, habit and all, is that
  // product, or the product's name says every word.
  if (bought === undefined) return undefined;
  const named = storeResolver.resolve(phrase, context).product?.id === bought.id || storeResolver.namingAll(phrase).some((product) => product.id === bought.id);
  return named ? bought : undefined;
}
