import { shopAfter } from './sources.ts';

/**
 * Ordering a meal from a restaurant ("order pizza from dominos", "can i get takeout tonight")
 * sounds like shopping but is not this store's business: the skill would otherwise put a pizza
 * from somewhere else in the grocery cart. Groceries that share a dish's name stay groceries:
 * "add pizza to my list", "order frozen pizza", "order pizza dough".
 */

/** Words that make a request an order for a meal wherever they are said. */
const TAKEAWAY_WORDS: ReadonlySet<string> = new Set([
  'takeaway', 'takeaways', 'takeout', 'takeouts', 'restaurant', 'restaurants', 'pizzeria', 'diner', 'bistro', 'buffet',
  'grubhub', 'doordash', 'ubereats', 'postmates', 'deliveroo', 'menulog', 'zomato', 'swiggy',
]);

/** Restaurant chains people order meals from, as one or more words. */
const CHAINS: readonly (readonly string[])[] = [
  'dominos', "domino's", 'dominoes', 'pizza hut', 'papa johns', "papa john's", 'little caesars', "little caesar's",
  'mcdonalds', "mcdonald's", 'burger king', "wendy's", 'wendys', 'taco bell', 'kfc', 'subway', 'chipotle', 'starbucks',
  'grub hub', 'door dash', 'uber eats', 'post mates', 'just eat', 'panera', 'chick fil a', 'five guys', 'jimmy johns',
  "jimmy john's", 'olive garden', 'applebees', "applebee's", "arby's", 'arbys', 'popeyes', "popeye's", 'dunkin',
  'dunkin donuts', 'panda express', 'in n out', 'shake shack', 'nandos', "nando's", 'wingstop', 'dairy queen',
  'red lobster', "denny's", 'dennys', 'ihop', 'pf changs', "p f chang's", 'jersey mikes', "jersey mike's",
].map((name) => name.split(' '));

/** Words that ask for something to be ordered or brought. */
const ORDERING: ReadonlySet<string> = new Set(['order', 'ordering', 'deliver', 'delivered', 'delivery']);

/** Dishes a restaurant makes, when they are what is ordered (the last word of the thing, not "pizza dough"). */
const DISHES: ReadonlySet<string> = new Set([
  'pizza', 'pizzas', 'burger', 'burgers', 'cheeseburger', 'cheeseburgers', 'hamburger', 'hamburgers', 'sushi',
  'fries', 'sub', 'subs', 'kebab', 'kebabs', 'curry', 'platter', 'risotto', 'chinese', 'thai', 'indian',
  'mexican', 'italian', 'meal', 'meals', 'lunch', 'dinner', 'food',
]);
/** Words before a dish that make it something a grocery store sells: "frozen pizza", "dog food". */
const GROCERY_FORMS: ReadonlySet<string> = new Set([
  'frozen', 'dog', 'cat', 'pet', 'baby', 'fish', 'bird', 'canned', 'instant', 'microwave', 'kids', 'lunchables', 'veggie',
  'corn', 'oat', 'bone', 'almond', 'flax',
]);
/** Words after a dish that show the dish is what is ordered rather than part of a grocery's name. */
const AFTER_A_DISH: ReadonlySet<string> = new Set([
  'from', 'with', 'for', 'to', 'at', 'and', 'tonight', 'today', 'now', 'delivered', 'delivery', 'please', 'takeout', 'takeaway', 'pie',
]);
/** After "order … from", these are the shopper's own lists and orders, not a restaurant. */
const OWN_SOURCES: ReadonlySet<string> = new Set(['list', 'cart', 'basket', 'last', 'previous', 'usual', 'regular', 'order', 'before', 'pantry']);
const SKIPPED_BEFORE_SOURCE: ReadonlySet<string> = new Set(['the', 'my', 'our', 'your', 'a', 'this', 'that']);

function containsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= tokens.length; start++) {
    if (phrase.every((word, offset) => tokens[start + offset] === word)) return true;
  }
  return false;
}

/** "order take out", "some take away food": take out as a meal, not "take out the milk". */
function saysTakeOut(tokens: readonly string[]): boolean {
  return tokens.some((token, at) => {
    if (token !== 'take' || (tokens[at + 1] !== 'out' && tokens[at + 1] !== 'away')) return false;
    const before = tokens[at - 1] ?? '';
    const after = tokens[at + 2] ?? '';
    // "take away from the list …" takes something off a list; "take out from jason's" is said after "order".
    return ['order', 'some', 'a', 'for', 'get', 'me'].includes(before) || ['food', 'order', 'tonight'].includes(after);
  });
}

function ordersADish(tokens: readonly string[]): boolean {
  return tokens.some((token, at) => {
    if (!DISHES.has(token)) return false;
    if (GROCERY_FORMS.has(tokens[at - 1] ?? '')) return false;
    const after = tokens[at + 1];
    return after === undefined || AFTER_A_DISH.has(after);
  });
}

/** "order … from <a place that is not the shopper's store or list>". */
function ordersFromElsewhere(tokens: readonly string[], storeName: readonly string[]): boolean {
  const ordered = tokens.indexOf('order');
  if (ordered === -1) return false;
  return tokens.some((token, at) => {
    if (at <= ordered || (token !== 'from' && token !== 'at')) return false;
    if (shopAfter(tokens, at) !== undefined) return false;
    let source = at + 1;
    while (SKIPPED_BEFORE_SOURCE.has(tokens[source] ?? '')) source++;
    const place = tokens[source];
    return place !== undefined && !OWN_SOURCES.has(place) && place !== storeName[0];
  });
}

/** Whether the request is for a meal from a restaurant rather than groceries from the store named `storeName`. */
export function isATakeawayOrder(tokens: readonly string[], storeName: readonly string[]): boolean {
  if (tokens.some((token) => TAKEAWAY_WORDS.has(token)) || saysTakeOut(tokens)) return true;
  if (CHAINS.some((chain) => containsPhrase(tokens, chain))) return true;
  if (!tokens.some((token) => ORDERING.has(token))) return false;
  return ordersADish(tokens) || ordersFromElsewhere(tokens, storeName) || (tokens.at(-2) === 'to' && tokens.at(-1) === 'go');
}
