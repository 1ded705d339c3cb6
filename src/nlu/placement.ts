import type { Match } from './matcher.ts';

/**
 * How a sample's slots may sit on a sentence, beyond what the alignment scores: rules about where
 * shoppers put lists and verbs, for the intents that put things on a list or take them off.
 */

/** What a shopper calls a list or a cart of theirs, after its name: "my cosmetics list", "my camping basket". */
const PLACES: ReadonlySet<string> = new Set(['list', 'cart', 'basket']);

/**
 * "add a stop to my route", "put salt in the soup": a list the shopper has never named is only
 * taken for one when they call it a list or a cart ("my cosmetics list"); otherwise the words
 * belong to the product ("add bagels from the bakery").
 */
export function namesAStrangePlace(match: Match, request: readonly string[], listNames: ReadonlySet<string>, itemIntents: ReadonlySet<string>): boolean {
  if (!itemIntents.has(match.pattern.intent)) return false;
  const list = match.slots.get('list');
  if (list?.value === undefined || listNames.has(list.value)) return false;
  return !PLACES.has(request[list.end] ?? '');
}

/** Verbs that open a request to take something off; said first, no sample that adds may skip them. */
const TAKING_OFF_VERBS: ReadonlySet<string> = new Set(['remove', 'delete', 'erase', 'drop', 'scratch', 'nix', 'strike']);
/** What makes "take" a taking off: "take … off", "take … out", "take … away". */
const TAKEN_OFF_WITH: ReadonlySet<string> = new Set(['off', 'out', 'away']);

/**
 * "remove two pounds of bananas": a sample that adds with an amount ("{quantity} {unit} of
 * {product}") fits the rest of the words so well that skipping the verb in front still wins; the
 * verb decides.
 */
export function skipsATakingOffVerb(match: Match, request: readonly string[], addingIntents: ReadonlySet<string>): boolean {
  return addingIntents.has(match.pattern.intent) && opensWithTakingOff(request) && !match.matchedAt.includes(0);
}

/** "Remove …", or "take … off" ("take the prunes off dad's list"); "take two apples" alone takes them. */
function opensWithTakingOff(request: readonly string[]): boolean {
  const [first, ...rest] = request;
  return TAKING_OFF_VERBS.has(first ?? '') || (first === 'take' && rest.some((word) => TAKEN_OFF_WITH.has(word)));
}
