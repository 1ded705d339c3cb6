import type { Match } from './matcher.ts';
import { isAnActivity, mentionsAnotherKindOfList, namesSomethingNotSold, namesSomethingRarelySold } from './off-topic.ts';
import { knowsAWordOf, type SlotReader } from './slots.ts';
import { withoutSource } from './sources.ts';
import { DETERMINERS, FUNCTION_WORDS } from './text.ts';

/**
 * Whether a matched request is really about the shopper's groceries. People say "add", "i need"
 * and "get" about many things; a request that would change the cart must name goods, and
 * requests about the shopper's lists must be about shopping lists.
 */

/** Intents about the shopper's lists: a request about some other kind of list is not for them. */
const LIST_INTENTS: ReadonlySet<string> = new Set([
  'AddItemIntent', 'RemoveItemIntent', 'ClearCartIntent', 'CreateListIntent', 'ReadCartIntent', 'ChangeQuantityIntent',
]);
/** Intents that change the cart, which must be sure the thing named is something a store sells. */
const GOODS_INTENTS: ReadonlySet<string> = new Set(['AddItemIntent', 'RemoveItemIntent', 'CreateListIntent']);

/** Intents that put things on a list or take them off: a new list is named when it is made, not here. */
const ITEM_INTENTS: ReadonlySet<string> = new Set(['AddItemIntent', 'RemoveItemIntent']);

/** Words that put a request on the shopper's list or cart. */
const SHOPPING_CONTEXT: ReadonlySet<string> = new Set(['list', 'cart', 'basket', 'groceries', 'grocery', 'shopping', 'item', 'items']);

/**
 * Verbs that make a shopping request of whatever follows them, even something the store has never
 * heard of ("add snow tires"): the skill then says honestly that it has none. Softer verbs ("get",
 * "buy", "i want") are said about tickets, houses and rides too, so after them the store must know the thing.
 */
const SHOPPING_VERBS: ReadonlySet<string> = new Set(['add', 'put', 'include', 'insert', 'append', 'need']);
/** Sample words between the verb and the thing that leave the verb in charge: "add more", "i need another". */
const AMOUNT_WORDS: ReadonlySet<string> = new Set(['more', 'another', 'extra']);

/** Words that show the thing is a person, a plan or an instruction rather than goods. */
const NOT_A_THING_START: ReadonlySet<string> = new Set([
  'to', 'you', 'him', 'her', 'them', 'us', 'me', 'myself', 'yourself', 'ourselves', 'someone', 'somebody', 'everyone',
  'everybody', 'anyone', 'nothing', 'what', 'how', 'when', 'where', 'who', 'why', 'if', 'whether', 'help',
]);
/** Places and times inside an unknown thing make it an event or an instruction: "shopping at the mall on monday". */
const PLACE_OR_TIME_WORDS: ReadonlySet<string> = new Set([
  'at', 'on', 'in', 'to', 'for', 'from', 'about', 'by', 'with', 'into', 'onto', 'off', 'tomorrow', 'tonight', 'pm', 'am', "o'clock",
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'morning', 'afternoon', 'evening', 'week',
]);
/** An unknown thing longer than this is a sentence, not the name of something to buy. */
const LONGEST_UNKNOWN_THING = 4;

/** Whether the sample says an explicit shopping verb just before the product ("add {product}", "i need more {product}"). */
function saidWithAShoppingVerb(match: Match): boolean {
  const at = match.pattern.elements.findIndex((element) => element.kind === 'slot' && element.name === 'product');
  for (let index = at - 1; index >= 0; index--) {
    const element = match.pattern.elements[index];
    if (element === undefined || element.kind === 'slot') continue;
    if (FUNCTION_WORDS.has(element.word) || AMOUNT_WORDS.has(element.word)) continue;
    return SHOPPING_VERBS.has(element.word);
  }
  return false;
}

/** Whether words no catalog knows read as the name of goods: a short noun phrase, no person, service, place or time. */
function soundsLikeGoods(said: readonly string[]): boolean {
  const tokens = withoutSource(said);
  let start = 0;
  while (start < tokens.length - 1 && DETERMINERS.has(tokens[start] ?? '')) start++;
  const thing = tokens.slice(start);
  if (thing.length === 0 || thing.length > LONGEST_UNKNOWN_THING) return false;
  if (NOT_A_THING_START.has(thing[0] ?? '') || namesSomethingRarelySold(thing)) return false;
  return !thing.some((token) => PLACE_OR_TIME_WORDS.has(token));
}

/**
 * "add a stop to my route", "put salt in the soup": a list the shopper has never named is only
 * taken for one when they call it a list ("my cosmetics list").
 */
export function namesAStrangePlace(match: Match, request: readonly string[], listNames: ReadonlySet<string>): boolean {
  if (!ITEM_INTENTS.has(match.pattern.intent)) return false;
  const list = match.slots.get('list');
  if (list?.value === undefined || listNames.has(list.value)) return false;
  return request[list.end] !== 'list';
}

export function isAboutShopping(match: Match, request: readonly string[], productReader: SlotReader | undefined): boolean {
  const intent = match.pattern.intent;
  if (LIST_INTENTS.has(intent) && mentionsAnotherKindOfList(request)) return false;
  if (!GOODS_INTENTS.has(intent)) return true;
  const named = [...match.slots.values()].filter((slot) => slot.value !== undefined);
  if (named.some((slot) => namesSomethingNotSold(slot.tokens))) return false;
  const product = match.slots.get('product');
  if (product?.value === undefined) return !namesSomethingNotSold(request);
  if (isAnActivity(product.value.split(' '))) return false;
  // "i need a taxi": with no list in sight, the thing must be one the store knows or be asked for as goods.
  const onAList = match.slots.has('list') || request.some((word) => SHOPPING_CONTEXT.has(word));
  if (onAList || productReader === undefined || knowsAWordOf(productReader, product.tokens)) return true;
  // "i need to sleep": a verb after "to" is something to do, not something to buy.
  const toDoSomething = request[product.start - 1] === 'to';
  return saidWithAShoppingVerb(match) && !toDoSomething && soundsLikeGoods(product.tokens);
}

/** Verbs that open a request to take something off; said first, no add sample may skip them. */
const TAKING_OFF_VERBS: ReadonlySet<string> = new Set(['remove', 'delete', 'erase', 'drop', 'scratch', 'nix']);

/**
 * "remove two pounds of bananas": an add sample with an amount ("{quantity} {unit} of {product}")
 * fits the rest of the words so well that skipping the verb in front still wins; the verb decides.
 */
export function skipsATakingOffVerb(match: Match, request: readonly string[]): boolean {
  return match.pattern.intent === 'AddItemIntent' && TAKING_OFF_VERBS.has(request[0] ?? '') && !match.matchedAt.includes(0);
}
