/**
 * Where groceries come from, as shoppers say it: "bagels from the bakery", "steak from the
 * butcher". The place is not part of the product's name, and ordering from such a place is still
 * grocery shopping (unlike ordering from a restaurant).
 */
export const SHOPS: ReadonlySet<string> = new Set([
  'store', 'stores', 'shop', 'grocery', 'groceries', 'grocer', 'supermarket', 'market', 'bakery', 'butcher', 'butchers',
  'deli', 'farm', 'farmers', 'aisle', 'section', 'counter', 'pharmacy',
]);

/** Words between "from" and the shop: "from the local bakery", "from our farmers market". */
const BEFORE_A_SHOP: ReadonlySet<string> = new Set(['the', 'a', 'my', 'our', 'your', 'this', 'that', 'local', 'nearby', 'corner']);

/** Where the words after "from" at `at` name a shop, the position of the shop's word; otherwise undefined. */
export function shopAfter(tokens: readonly string[], at: number): number | undefined {
  let place = at + 1;
  while (BEFORE_A_SHOP.has(tokens[place] ?? '')) place++;
  return SHOPS.has(tokens[place] ?? '') ? place : undefined;
}

/** The product's words without a closing "from <shop>": "sweet rolls from the bakery" → "sweet rolls". */
export function withoutSource(tokens: readonly string[]): readonly string[] {
  for (let at = 1; at < tokens.length - 1; at++) {
    if (tokens[at] !== 'from') continue;
    const shop = shopAfter(tokens, at);
    const rest = shop === undefined ? [] : tokens.slice(shop + 1);
    if (shop !== undefined && rest.every((token) => SHOPS.has(token))) return tokens.slice(0, at);
  }
  return tokens;
}
