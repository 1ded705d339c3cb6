/**
 * What a shopper calls their lists. "My shopping list", "the grocery list" and "my cart" are all
 * the voice cart; anything else names a list of its own ("party", "christmas", "weekly").
 */
const CART_NAMES = new Set(['', 'cart', 'shopping', 'grocery', 'groceries', 'shopping cart', 'basket', 'shopping basket', 'voice cart', 'default', 'main']);

const FILLER = /\b(my|the|a|an|this|that|our|list|lists|called|named|order)\b/g;

/** A list's key: lowercase, without "my", "the", "list". */
export function listKey(spoken: string): string {
  return spoken.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
}

export type Target = { kind: 'cart' } | { kind: 'list'; name: string };

export function targetFor(spokenList: string | undefined): Target {
  const key = listKey(spokenList ?? '');
  return CART_NAMES.has(key) ? { kind: 'cart' } : { kind: 'list', name: key };
}

export function targetKey(target: Target): string {
  return target.kind === 'cart' ? 'cart' : target.name;
}
