import type { OrderDetail, Quote, QuotedItem } from '../../backend/contract.ts';
import { soldBy } from '../../catalog/packs.ts';
import type { PriceOrder } from '../../cart/choosing.ts';
import type { Product } from '../../catalog/product.ts';
import type { ItemReference } from '../../cart/references.ts';
import { EACH } from '../../cart/requests.ts';
import type { Line, Pace } from '../../shopper/state.ts';
import { joinSsml, ssml, type Ssml } from '../ssml.ts';
import { article, nameIsUnit, pluralName, singularName } from './en-US-grammar.ts';
import { firstFew, MOST_NAMED, spokenSize } from './voice.ts';

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 20) return ONES[n] ?? String(n);
  if (n < 100) return `${TENS[Math.floor(n / 10)] ?? ''}${n % 10 === 0 ? '' : `-${ONES[n % 10] ?? ''}`}`;
  const rest = n % 100;
  return `${ONES[Math.floor(n / 100)] ?? ''} hundred${rest === 0 ? '' : ` and ${numberWords(rest)}`}`;
}

const ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

function ordinalWord(reference: ItemReference): string {
  return 'last' in reference ? 'last' : (ORDINAL_WORDS[reference.position] ?? `number ${numberWords(reference.position)}`);
}

const IRREGULAR_PLURALS: Record<string, string> = { box: 'boxes', bunch: 'bunches', loaf: 'loaves', dozen: 'dozen', each: 'each' };

function unitPlural(unit: string, quantity: number): string {
  if (quantity <= 1) return unit;
  return IRREGULAR_PLURALS[unit] ?? (unit.endsWith('s') ? unit : `${unit}s`);
}

/** A line as the speech describes it: the size, kept on the line, says how the product is sold. */
type Described = Pick<Line, 'quantity' | 'unit' | 'name'> & { readonly size?: string | undefined };

/**
 * "two pounds of bananas", "half a pound of coffee", "a dozen Large White Eggs", "two dozen Large
 * White Eggs", "two packs of Hamburger Buns", "three Gala Apples", "one Gala Apple", "a Sourdough
 * Loaf": the words follow the count and how the product is sold, so six cartons are never "six
 * Large White Eggs".
 */
export function describeLine(line: Described): Ssml {
  const { quantity, unit, name } = line;
  if (unit === null || unit === EACH) return describeCount(line);
  if (unit === 'dozen') return ssml`${quantity === 1 ? 'a' : amountWords(quantity)} dozen ${pluralName(name)}`;
  // "a loaf of Sourdough Loaf" says the unit twice: the name is the unit.
  if (nameIsUnit(name, unit) && Number.isInteger(quantity)) {
    return quantity === 1 ? ssml`${article(name)} ${name}` : ssml`${amountWords(quantity)} ${pluralName(name)}`;
  }
  // What is in a pack is said as the store prints it: "a bag of Organic Bananas", "a jar of Marinara";
  // made plural, a name can become another product's ("a jar of Peanut Butter Creamies").
  if (quantity === 0.5) return ssml`half a ${unit} of ${name}`;
  if (quantity === 0.25) return ssml`a quarter ${unit} of ${name}`;
  if (quantity === 0.75) return ssml`three quarters of a ${unit} of ${name}`;
  const spoken = packSpoken(unit);
  const amount = quantity === 1 ? article(spoken) : amountWords(quantity);
  return ssml`${amount} ${unitPlural(spoken, quantity)} of ${name}`;
}

/** A pack named for its count as the amount reader writes it ("8 pack"), as it is said: "eight pack". */
function packSpoken(unit: string): string {
  return unit.replace(/^(\d+)(?= pack$)/, (count) => amountWords(Number(count)));
}

/** An amount of a unit alone: "a quart", "half a gallon", "three pints". */
function amountOfUnit(quantity: number, unit: string): Ssml {
  if (quantity === 0.5) return ssml`half a ${unit}`;
  return quantity === 1 ? ssml`${article(unit)} ${unit}` : ssml`${amountWords(quantity)} ${unitPlural(unit, quantity)}`;
}

/** A count, of items or of packs. */
function describeCount(line: Described): Ssml {
  const { quantity, unit, name } = line;
  const sold = unit === null ? soldBy({ name, size: line.size }) : undefined;
  if (sold?.kind === 'pack' && Number.isInteger(quantity)) {
    // Only a pack the catalog names is said as eggs counted: an assumed one is said as packs.
    // What is bought by the dozen is counted in dozens, the rest in packs.
    if (sold.byTheDozen && sold.count === 12) return ssml`${quantity === 1 ? 'a' : amountWords(quantity)} dozen ${pluralName(name)}`;
    if (sold.byTheDozen && sold.count === 6 && quantity === 1) return ssml`half a dozen ${pluralName(name)}`;
    if (quantity > 1) return ssml`${amountWords(quantity)} ${unitPlural(sold.container, quantity)} of ${pluralName(name)}`;
  }
  if (quantity === 1) return unit === EACH ? ssml`one ${singularName(name)}` : ssml`${name}`;
  return ssml`${amountWords(quantity)} ${Number.isInteger(quantity) ? pluralName(name) : name}`;
}

/** How a pack is bought, for the question about a count that doesn't fill it: "by the dozen", "in packs of eight". */
function packWay(line: Described): { way: string; packs: (n: number) => string; counted: string } {
  const sold = soldBy({ name: line.name, size: line.size });
  if (sold.kind !== 'pack') return { way: 'one at a time', packs: (n) => numberWords(n), counted: 'of them' };
  if (sold.byTheDozen && sold.count === 12) return { way: 'by the dozen', packs: (n) => (n === 1 ? 'a dozen' : `${amountWords(n)} dozen`), counted: 'dozen' };
  return {
    way: sold.weighs === undefined ? `in ${unitPlural(sold.container, 2)} of ${numberWords(sold.count)}` : `in ${spokenSize(sold.weighs)} ${unitPlural(sold.container, 2)}`,
    packs: (n) => `${n === 1 ? 'one' : amountWords(n)} ${unitPlural(sold.container, n)}`,
    counted: unitPlural(sold.container, 2),
  };
}

function soldCount(line: Described): number {
  const sold = soldBy({ name: line.name, size: line.size });
  return sold.kind === 'pack' ? sold.count : 1;
}

/** "come" for "Large White Eggs", "comes" for "Mozzarella String Cheese". */
function comes(name: string): string {
  return singularName(name) !== name ? 'come' : 'comes';
}

const FRACTION_WORDS: ReadonlyMap<number, { alone: string; after: string }> = new Map([
  [0.25, { alone: 'a quarter', after: 'a quarter' }],
  [0.5, { alone: 'half', after: 'a half' }],
  [0.75, { alone: 'three quarters', after: 'three quarters' }],
]);

function amountWords(quantity: number): string {
  const whole = Math.floor(quantity);
  const fraction = quantity - whole;
  if (fraction === 0) return numberWords(whole);
  const part = FRACTION_WORDS.get(fraction);
  if (part !== undefined) return whole === 0 ? part.alone : `${numberWords(whole)} and ${part.after}`;
  return String(quantity);
}

/** "one, Classic White Bread, or two, Honey Wheat Bread? Say one or two." */
function numbered(options: readonly string[]): Ssml {
  return ssml`${listing(options.map((o, i) => ssml`${numberWords(i + 1)}, ${o}`))}? Say ${options.length > 2 ? 'one, two, or three' : 'one or two'}.`;
}

/** "The Large White Eggs come by the dozen, so I can't make it six." */
function cannotMakeIt(line: Line, items: number): Ssml {
  const things = pluralName(line.name);
  return ssml`The ${things} ${comes(things)} ${packWay(line).way}, so I can't make it ${amountWords(items)}.`;
}

/** "bananas, milk, and eggs": callers keep a list of products to MOST_NAMED (see `named`). */
function listing(items: readonly Ssml[], conjunction: 'and' | 'or' = 'and'): Ssml {
  if (items.length <= 1) return joinSsml(items);
  if (items.length === 2) return joinSsml(items, ` ${conjunction} `);
  return ssml`${joinSsml(items.slice(0, -1), ', ')}, ${conjunction} ${items.at(-1) ?? ''}`;
}

/** Products to name in a reply, at most three: "A, B, and C", or "A, B, C, and two more". */
function named(items: readonly Ssml[], max = MOST_NAMED): Ssml {
  const { named: first, more } = firstFew(items, max);
  if (more === 0) return listing(first);
  return ssml`${joinSsml(first, ', ')}, and ${numberWords(more)} more`;
}

/** "the bread and cheese": the shopper's own words, every one of them, so none goes unmentioned. */
function thePhrases(phrases: readonly string[]): Ssml {
  return ssml`the ${listing(phrases.map((phrase) => ssml`${phrase}`))}`;
}

function itemCount(n: number): string {
  return n === 1 ? 'one item' : `${numberWords(n)} items`;
}

/** What is left after a chunk read aloud, and how to hear it: "There's one more; say more to hear it." */
function moreToHear(remaining: number): Ssml {
  return remaining === 1 ? ssml`There's one more; say more to hear it.` : ssml`There are ${numberWords(remaining)} more; say more to hear them.`;
}

/** "your cart" or "your party list". */
export function targetName(target: string): string {
  return target === 'cart' ? 'your cart' : `your ${target} list`;
}

/** Things are in a cart but on a list. */
function onTarget(target: string): string {
  return `${target === 'cart' ? 'in' : 'on'} ${targetName(target)}`;
}

/** The store's one-line summary, said as a sentence whether or not it ends with a full stop. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** ", with 1 dollar tax and 3 dollars in fees": amounts of zero are left unsaid rather than read as "0 dollars". */
function extras(tax: number, fees: number): string {
  const parts = [...(tax > 0 ? [`${money(tax)} tax`] : []), ...(fees > 0 ? [`${money(fees)} in fees`] : [])];
  return parts.length === 0 ? '' : `, with ${parts.join(' and ')}`;
}

/**
 * "Plum Jam isn't available, and I can't price Saffron Threads yet, so I left them out.": what an
 * order leaves out, naming at most `unavailableMax` and `unpricedMax` of each.
 */
function leftOut(unavailable: readonly string[], unpriced: readonly string[], unavailableMax: number, unpricedMax: number): Ssml {
  const parts: Ssml[] = [];
  const they = unavailable.length + unpriced.length === 1 ? 'it' : 'them';
  if (unavailable.length > 0) {
    parts.push(ssml`${named(unavailable.map((n) => ssml`${n}`), unavailableMax)} ${unavailable.length === 1 ? "isn't" : "aren't"} available`);
  }
  if (unpriced.length > 0) parts.push(ssml`I can't price ${named(unpriced.map((n) => ssml`${n}`), unpricedMax)} yet`);
  return ssml`${joinSsml(parts, ', and ')}, so I left ${they} out.`;
}

/** " Two were already there, and I left them as they were.", or nothing when none were. */
function alreadyInCart(count: number): string {
  if (count === 0) return '';
  return count === 1 ? ' One was already there, and I left it as it was.' : ` ${capitalized(numberWords(count))} were already there, and I left them as they were.`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function money(amount: number): string {
  // In whole cents first, so 3.999 is "4 dollars" rather than "3 dollars and 100 cents".
  const all = Math.round(amount * 100);
  const dollars = Math.floor(all / 100);
  const cents = all % 100;
  const d = dollars === 1 ? 'one dollar' : `${dollars} dollars`;
  const c = `${cents} ${cents === 1 ? 'cent' : 'cents'}`;
  if (cents === 0) return d;
  return dollars === 0 ? c : `${d} and ${c}`;
}

export const enUS = {
  numberWords,
  describeLine,
  targetName,

  displayTitle: (target: string, seller: string): string => (target === 'cart' ? `Your ${seller} cart` : `Your ${target} list`),

  welcome: (seller: string, count: number): Ssml =>
    count === 0
      ? ssml`Welcome to ${seller}. What would you like to add? You can say, for example, add two pounds of bananas.`
      : ssml`Welcome back to ${seller}. You have ${itemCount(count)} in your cart. What would you like to do?`,

  /** A visit after one that started a list: it goes on being filled, and the shopper hears so. */
  welcomeBackToList: (seller: string, list: string, count: number): Ssml =>
    ssml`Welcome back to ${seller}. Your ${list} list ${count === 0 ? 'is empty so far' : ssml`has ${itemCount(count)}`}, and what you add goes on it. What would you like to add?`,
  /** A visit that ended with something still to settle: the next one begins with it. */
  welcomeBackToQuestions: (seller: string, phrases: readonly string[]): Ssml =>
    ssml`Welcome back to ${seller}. Last time, I still had a question about ${listing(phrases.map((phrase) => ssml`${phrase}`))}.`,
  /** After the welcome or help nothing has been asked for yet, so "what else" would make no sense. */
  openingReprompt: (pace: Pace, question: 'add' | 'do'): Ssml =>
    pace === 'slow'
      ? ssml`I'm still listening. You can say add, and the name of something, like add milk. Or say, what's in my cart. Or say stop.`
      : question === 'add'
        ? ssml`What would you like to add? For example, say add milk.`
        : ssml`What would you like to do? For example, say add milk.`,

  reprompt: (pace: Pace): Ssml =>
    pace === 'slow'
      ? ssml`I'm still listening. You can say add, and the name of something, like add milk. Or say, what's in my cart. Or say stop.`
      : ssml`What else would you like?`,

  askProduct: (action: 'add' | 'remove' | 'change'): Ssml =>
    ({ add: ssml`What would you like to add?`, remove: ssml`What would you like to take off?`, change: ssml`Which item should I change?` })[action],
  askProductReprompt: (action: 'add' | 'remove' | 'change'): Ssml =>
    ssml`Say the name of the product, for example, ${action === 'add' ? 'add bananas' : action === 'remove' ? 'remove bananas' : 'change the bananas to three'}.`,

  /** "Take off the second one" with nothing read out to count from. */
  noItemsHeard: (reference: ItemReference, action: 'remove' | 'change'): Ssml =>
    ssml`I haven't read you any items to count from, so I don't know which is the ${ordinalWord(reference)}. ${action === 'remove' ? 'What would you like to take off?' : 'Which item should I change?'}`,
  /** "The fifth one" when only three were read. */
  notThatManyHeard: (reference: ItemReference, heard: number): Ssml =>
    ssml`I only read ${numberWords(heard)} ${heard === 1 ? 'item' : 'items'} just now, so there's no ${ordinalWord(reference)}. Which one did you mean?`,
  notThereAddInstead: (phrase: string, line: Line, target: string): Ssml =>
    ssml`I don't see ${phrase} ${onTarget(target)}. Should I add ${describeLine(line)}?`,
  /** "Do I have bread?" with none there and several breads sold: which to add is offered, "no" declines. */
  notThereChooseInstead: (phrase: string, options: readonly string[], target: string): Ssml =>
    ssml`I don't see ${phrase} ${onTarget(target)}. Would you like one of these: ${numbered(options)} Or say no.`,
  askSwapOut: (): Ssml => ssml`Which item should I swap?`,
  whichToDescribe: (described: string, names: readonly string[]): Ssml =>
    ssml`Which should be ${described}: ${listing(names.map((name) => ssml`${name}`), 'or')}?`,
  askSwapOutReprompt: (): Ssml => ssml`Say the item to swap, for example, swap the skim milk for whole milk.`,
  askSwapIn: (name?: string): Ssml => (name === undefined ? ssml`What would you like instead?` : ssml`What should I put in place of ${name}?`),
  askSwapInReprompt: (name: string): Ssml => ssml`Say the product you want instead of ${name}.`,
  swapped: (from: string, to: Line, target: string): Ssml =>
    ssml`Okay, I swapped ${from} for ${describeLine(to)} ${onTarget(target)}. If that's wrong, say undo.`,
  swapNotFound: (spoken: string, kept: string, seller: string, target: string): Ssml =>
    ssml`I couldn't find ${spoken} at ${seller}, so ${kept} stays ${onTarget(target)}.`,
  /** A kind said of a line ("the mild one") that the store does not sell: the line stays as it is. */
  kindNotFound: (described: string, kept: string, seller: string, target: string): Ssml =>
    ssml`I couldn't find ${article(described)} ${described} one at ${seller}, so ${kept} stays ${onTarget(target)}.`,
  swapWhich: (spoken: string, options: readonly string[], kept: string): Ssml =>
    ssml`For ${spoken} I have ${listing(options.map((name) => ssml`${name}`), 'or')}. Say the swap again with the one you want; ${kept} stays for now.`,
  swapSame: (name: string, target: string): Ssml => ssml`${name} is already what's ${onTarget(target)}, so I left it.`,
  /** Three products at most are named; more are "including" the first three. */
  added: (lines: readonly Line[], target: string): Ssml =>
    lines.length > MOST_NAMED
      ? ssml`Added ${itemCount(lines.length)} to ${targetName(target)}, including ${listing(lines.slice(0, MOST_NAMED).map(describeLine))}.`
      : ssml`Added ${listing(lines.map(describeLine))} to ${targetName(target)}.`,
  /** Said when the reply goes on to offer products to choose from: the items added, in the shopper's own words. */
  addedAsSaid: (phrases: readonly string[], target: string): Ssml => ssml`Added ${thePhrases(phrases)} to ${targetName(target)}.`,
  /** A request said again while its question waits: what it already added stays as it is. */
  addedBefore: (phrases: readonly string[], target: string): Ssml => ssml`I've already added ${thePhrases(phrases)} to ${targetName(target)}.`,
  /** Before the first of several questions about one request's items, so none is left unmentioned. */
  askingAbout: (phrases: readonly string[]): Ssml => ssml`I need to ask about ${thePhrases(phrases)}.`,
  nowHave: (total: Line): Ssml => ssml`That makes ${describeLine(total)}.`,

  notFound: (phrase: string, seller: string, alternatives: readonly string[]): Ssml =>
    alternatives.length === 0
      ? ssml`Sorry, I couldn't find ${phrase} at ${seller}.`
      : ssml`Sorry, I couldn't find ${phrase}. The closest I have ${alternatives.length === 1 ? 'is' : 'are'} ${listing(alternatives.slice(0, 2).map((a) => ssml`${a}`))}.`,
  /** After the nearest products to something not found: they are offered, never added unasked. */
  offerClosest: (count: number): Ssml => (count === 1 ? ssml`Would you like that instead?` : ssml`Would you like one of those? Say one or two, or no.`),
  /** "Do you sell oat milk?": what the store has by that name (three named at most) with its price, and what of it is in the cart. */
  storeHas: (products: readonly Product[], seller: string, inCart: Line | undefined): Ssml => {
    const priced = products.map((product) => {
      if (product.price === undefined) return ssml`${product.name}`;
      const sold = soldBy(product);
      return ssml`${product.name} at ${money(product.price)}${sold.kind === 'weight' ? ` a ${sold.per}` : ''}`;
    });
    // No "yes": the same answer serves "do you have…" and "how much is…".
    const has = ssml`${seller} has ${named(priced)}.`;
    return inCart === undefined ? has : ssml`${has} You have ${describeLine(inCart)} in your cart.`;
  },
  /** "What's the cheapest milk?": the priced product of the kind at that end of the range. */
  atPriceEnd: (product: Product, order: PriceOrder, kind: string, seller: string): Ssml =>
    ssml`The ${order === 'cheapest' ? 'cheapest' : 'most expensive'} ${kind} at ${seller} is ${product.name}, at ${money(product.price ?? 0)}.`,
  noPricesFor: (kind: string): Ssml => ssml`I don't have prices for ${kind} yet. The store gives them when you check out.`,
  /** After "do you have oat milk?", the one product found, not yet in the cart, is offered. */
  offerToAdd: (): Ssml => ssml`Should I add it to your cart?`,
  askProductInfo: (): Ssml => ssml`Which product would you like to know about?`,
  askProductInfoReprompt: (): Ssml => ssml`Name a product, and I'll tell you whether we have it and what it costs.`,
  /** Several things not found, in one sentence of the shopper's words. */
  notFoundAll: (phrases: readonly string[], seller: string): Ssml =>
    ssml`Sorry, I couldn't find ${listing(phrases.map((phrase) => ssml`${phrase}`))} at ${seller}.`,

  /** `continuing`: a later question about the same request ("And which cheese…"). */
  choose: (phrase: string, options: readonly string[], continuing = false): Ssml =>
    ssml`${continuing ? 'And which' : 'Which'} ${phrase} did you mean: ${numbered(options)}`,
  chooseToRemove: (phrase: string, options: readonly string[]): Ssml => ssml`Which ${phrase} should I take off: ${numbered(options)}`,
  /** "Make the milk two" with two kinds of milk there: answered by naming one. */
  chooseToChange: (phrase: string, names: readonly string[]): Ssml => ssml`Which ${phrase} should I change: ${listing(names.map((name) => ssml`${name}`), 'or')}?`,
  chooseReprompt: (count: number): Ssml =>
    count === 2 ? ssml`Say one or two, or say cancel.` : ssml`Say a number from one to ${numberWords(count)}, or say cancel.`,
  choiceOutOfRange: (count: number): Ssml => ssml`I only have ${numberWords(count)} choices. Say a number from one to ${numberWords(count)}.`,
  nothingToChoose: (): Ssml => ssml`I wasn't asking you to choose anything.`,

  confirmQuantity: (line: Line, continuing = false): Ssml => ssml`${continuing ? 'And you' : 'You'} asked for ${describeLine(line)}. Is that right?`,
  /** "Six eggs" against cartons of twelve: the packs it would take, asked about. */
  confirmPack: (line: Line, items: number, continuing = false): Ssml => {
    const { way, packs } = packWay(line);
    const things = pluralName(line.name);
    return ssml`${continuing ? 'And the' : 'The'} ${things} ${comes(things)} ${way}, so I can't add ${items < 1 || soldCount(line) > items ? 'just' : 'exactly'} ${amountWords(items)}. Should I add ${packs(line.quantity)}?`;
  },
  /** "A quart of milk" when the milk is sold by the gallon: the size it comes in, and whether to add that. */
  confirmSize: (line: Line, asked: { quantity: number; unit: string }, continuing = false): Ssml => {
    const size = line.size === undefined ? '' : spokenSize(line.size);
    const those = line.quantity === 1 ? 'one' : amountWords(line.quantity);
    return ssml`${continuing ? 'And the' : 'The'} ${line.name} ${comes(line.name)} in a ${size} size, so I can't add ${amountOfUnit(asked.quantity, asked.unit)}. Should I add ${those} of those?`;
  },
  /** "Make the eggs eighteen" of a line kept in cartons of twelve: how it is sold, and how many packs. */
  askPacks: (line: Line, items: number): Ssml => ssml`${cannotMakeIt(line, items)} How many ${packWay(line).counted} would you like?`,
  /** A count of things no pack of the line makes, said while a basket is offered: the basket is asked about again after it. */
  cannotMakeIt: (line: Line, items: number): Ssml => cannotMakeIt(line, items),
  confirmPackReprompt: (line: Line): Ssml => ssml`Should I add ${describeLine(line)}? Say yes or no.`,
  notAdded: (phrase: string): Ssml => ssml`Okay, I didn't add the ${phrase}.`,
  confirmQuantityReprompt: (): Ssml => ssml`Should I add it? Say yes or no.`,
  quantityNotAdded: (): Ssml => ssml`Okay, I didn't add it. You can say the amount you want, like add six bananas.`,
  quantityZero: (): Ssml => ssml`How many would you like? Say a number, like two.`,
  quantityZeroReprompt: (): Ssml => ssml`Say how many you would like, for example, two, or say cancel.`,
  quantityTooMany: (max: number): Ssml => ssml`That's more than I can take by voice. I can add up to ${numberWords(max)} of one item.`,
  quantityTooManyOf: (phrases: readonly string[], max: number): Ssml =>
    ssml`I didn't add the ${listing(phrases.map((phrase) => ssml`${phrase}`))}: I can add up to ${numberWords(max)} of one item by voice.`,

  removed: (lines: readonly Line[], target: string): Ssml =>
    lines.length > MOST_NAMED
      ? ssml`Removed ${itemCount(lines.length)} from ${targetName(target)}, including ${listing(lines.slice(0, MOST_NAMED).map((line) => ssml`${line.name}`))}.`
      : ssml`Removed ${listing(lines.map((line) => ssml`${line.name}`))} from ${targetName(target)}.`,
  /** "Remove" with no product: the one just added is offered, never taken off unasked. */
  confirmRemoveLast: (name: string, target: string): Ssml => ssml`Should I take ${name}, which you just added, off ${targetName(target)}?`,
  confirmRemoveTold: (name: string, target: string): Ssml => ssml`Should I take ${name} off ${targetName(target)}?`,
  confirmRemoveOfKind: (phrase: string, name: string, target: string): Ssml =>
    ssml`I don't see anything called ${phrase}, but you have ${name}. Should I take it off ${targetName(target)}?`,
  confirmRemoveLastReprompt: (name: string): Ssml => ssml`Should I take off ${name}? Say yes or no.`,
  /** Some of a line taken off: what is left is what the shopper needs to hear. */
  tookOff: (left: Line, target: string): Ssml =>
    ssml`Okay. You now have ${left.unit === null && left.quantity === 1 ? ssml`one ${left.name}` : describeLine(left)} ${onTarget(target)}.`,
  lastAdded: (lines: readonly Line[], target: string): Ssml =>
    ssml`The last thing you added was ${named(lines.map(describeLine))}, ${onTarget(target)}.`,
  /** What was added last has been taken off since: the change itself is said, as undo would say it. */
  lastAddedGone: (change: string): Ssml => ssml`The last addition was ${change}, and it has been taken off since.`,
  nothingAddedYet: (target: string): Ssml => ssml`You haven't added anything ${onTarget(target)} yet.`,
  isOnTarget: (line: Line, target: string): Ssml => ssml`Yes, you have ${describeLine(line)} ${onTarget(target)}.`,
  /** "What was the second thing?": counted in what was read last, or else in the order things went in. */
  itemAtPosition: (line: Line, reference: ItemReference, read: boolean): Ssml =>
    ssml`The ${ordinalWord(reference)} ${read ? 'one I read' : 'item'} was ${describeLine(line)}.`,
  notThatManyOn: (reference: ItemReference, count: number, target: string): Ssml =>
    count === 0
      ? ssml`There's nothing ${onTarget(target)} yet.`
      : ssml`There ${count === 1 ? 'is' : 'are'} only ${numberWords(count)} ${count === 1 ? 'item' : 'items'} ${onTarget(target)}, so there's no ${ordinalWord(reference)}.`,
  notOnTarget: (phrase: string, target: string): Ssml => ssml`I don't see ${phrase} ${onTarget(target)}.`,
  letGo: (phrase: string): Ssml => ssml`Okay, I won't add ${phrase}.`,
  /** A change down to one says "one": "Okay, Whole Milk." would not say the amount was changed. */
  changed: (line: Line): Ssml =>
    line.quantity === 1 && line.unit === null && soldBy({ name: line.name, size: line.size }).kind !== 'pack' ? ssml`Okay, one ${line.name}.` : ssml`Okay, ${describeLine(line)}.`,
  /** Asked when the shopper named what to change but not the amount; with the line, what it is now. */
  /** An amount said for an item still being chosen: kept for when it is chosen. */
  amountNoted: (quantity: number, unit: string | null): Ssml =>
    unit === null || unit === EACH ? ssml`Okay, ${amountWords(quantity)}.` : ssml`Okay, ${amountWords(quantity)} ${unitPlural(unit, quantity)}.`,
  askQuantity: (line?: Line): Ssml =>
    line === undefined ? ssml`How many would you like?` : ssml`You have ${describeLine(line)}. How many would you like?`,
  askQuantityReprompt: (): Ssml => ssml`Say the number you want, for example, three.`,

  empty: (target: string): Ssml => ssml`${capitalized(targetName(target))} is empty.`,
  readChunk: (target: string, total: number, items: readonly Line[], remaining: number, first: boolean): Ssml => {
    const opening = first ? ssml`You have ${itemCount(total)} ${onTarget(target)}: ` : ssml``;
    const more = remaining > 0 ? ssml` ${moreToHear(remaining)}` : ssml` That's everything.`;
    return ssml`${opening}${listing(items.map(describeLine))}.${more}`;
  },
  nothingMore: (): Ssml => ssml`That's everything. There's nothing more to read.`,
  nothingBeingRead: (): Ssml => ssml`I'm not reading anything right now. To hear your cart, say, what's in my cart.`,

  /** Emptying the cart and deleting a named list are different things, and the question says which. */
  confirmClear: (target: string, count: number): Ssml =>
    target === 'cart'
      ? ssml`You have ${itemCount(count)} in your cart. Should I remove ${count === 1 ? 'it' : 'them all'}?`
      : ssml`Should I delete ${targetName(target)}? ${count === 0 ? "It's empty." : `It has ${itemCount(count)}.`}`,
  confirmClearReprompt: (target: string): Ssml =>
    target === 'cart' ? ssml`Should I empty your cart? Say yes or no.` : ssml`Should I delete ${targetName(target)}? Say yes or no.`,
  cleared: (target: string): Ssml => ssml`Done. ${capitalized(targetName(target))} is now empty. If that was a mistake, say undo.`,
  listDeleted: (target: string): Ssml => ssml`Done. I deleted ${targetName(target)}. If that was a mistake, say undo.`,
  keptAsIs: (): Ssml => ssml`Okay, I left it as it was.`,
  noSuchList: (name: string): Ssml => ssml`You don't have a list called ${name}.`,

  /** What a change did, kept with it so "undo" can say what it took back. */
  change: {
    added: (lines: readonly Line[], target: string): Ssml => ssml`adding ${listing(lines.map(describeLine))} to ${targetName(target)}`,
    removed: (names: readonly string[], target: string): Ssml => ssml`removing ${listing(names.map((name) => ssml`${name}`))} from ${targetName(target)}`,
    tookOff: (taken: Line, target: string): Ssml => ssml`taking ${describeLine(taken)} off ${targetName(target)}`,
    quantity: (line: Line): Ssml => ssml`changing ${line.name} to ${describeLine(line)}`,
    cleared: (target: string): Ssml => ssml`emptying ${targetName(target)}`,
    deleted: (target: string): Ssml => ssml`deleting ${targetName(target)}`,
    created: (target: string): Ssml => ssml`making ${targetName(target)}`,
    moved: (list: string): Ssml => ssml`moving your ${list} list into your cart`,
    corrected: (from: string, to: Line): Ssml => ssml`replacing ${from} with ${describeLine(to)}`,
    amountCorrected: (to: Line): Ssml => ssml`correcting that to ${describeLine(to)}`,
    swapped: (from: string, to: Line, target: string): Ssml => ssml`swapping ${from} for ${describeLine(to)} ${onTarget(target)}`,
    reordered: (label: string): Ssml => ssml`adding ${label} to your cart`,
    keptOfBasket: (kept: Line, label: string): Ssml => ssml`keeping only ${describeLine(kept)} of ${label}`,
  },
  keptOfBasket: (kept: Line, label: string): Ssml => ssml`Okay, just ${describeLine(kept)}. I took the rest of ${label} back out of your cart.`,
  undone: (change: string): Ssml => ssml`Okay, I took back ${change}.`,
  confirmUndo: (change: string): Ssml => ssml`Nothing changed just then, so there's nothing to put back. The last change was ${change}. Should I take that back?`,
  confirmUndoReprompt: (change: string): Ssml => ssml`Should I take back ${change}? Say yes or no.`,
  undoMovedOn: (): Ssml => ssml`Something else changed since, so I left everything as it is. Say undo to take back the latest change.`,
  nothingToUndo: (): Ssml => ssml`There's nothing to undo.`,
  undoTooLarge: (change: string): Ssml => ssml`Sorry, I can't take back ${change}: it was too big for me to remember.`,
  /** "Keep it" after a change that took nothing away: nothing to bring back, and nothing changes. */
  keptAsItIs: (): Ssml => ssml`Okay, I'll leave it as it is.`,
  /** A change that would keep more than a shopper may: what the limit is, and how to make room. */
  limitReached: (limit: 'lists' | 'shortcuts' | 'lines', max: number, target?: string): Ssml => {
    switch (limit) {
      case 'lists':
        return ssml`You have ${numberWords(max)} lists, the most I can keep. To make room, delete one: say, for example, delete my barbecue list.`;
      case 'shortcuts':
        return ssml`You have ${numberWords(max)} saved orders, the most I can keep. To make room, forget one: say, for example, delete my sunday order.`;
      case 'lines':
        return ssml`${capitalized(targetName(target ?? 'cart'))} already holds ${String(max)} products, the most I can keep on one. Remove some, or check out, to make room.`;
    }
  },

  corrected: (from: string, to: Line): Ssml => ssml`Sorry about that. I replaced ${from} with ${describeLine(to)}.`,
  /** A correction to a product already there: the wrong add comes off, the one there stays as it was. */
  correctedToOneThere: (from: string, there: Line, target: string): Ssml =>
    ssml`Sorry about that. I took off ${from}. You still have ${describeLine(there)} ${onTarget(target)}.`,
  /** "No, I said three bunches": the add was of three; `total` when the line held some before it. */
  amountCorrected: (added: Line, total: Line | undefined, apologise = true): Ssml => {
    const opening = apologise ? 'Sorry about that.' : 'Okay.';
    return total === undefined
      ? ssml`${opening} I made it ${describeLine(added)}.`
      : ssml`${opening} I made it ${describeLine(added)}, so you have ${describeLine(total)}.`;
  },
  /** "No, I said eighteen" of eggs sold by the dozen, with no pack of eighteen: how it is sold, and how to change it. */
  amountNotInPacks: (quantity: number, line: Line, asked?: { quantity: number; unit: string }): Ssml =>
    asked === undefined || line.size === undefined
      ? ssml`I can't make that ${amountWords(quantity)}: you have ${describeLine(line)}, and it comes in packs. To change how many, say, for example, make it two.`
      : ssml`I can't make that ${amountOfUnit(asked.quantity, asked.unit)}: you have ${describeLine(line)}, and it comes in a ${spokenSize(line.size)} size. To change how many, say, for example, make it two.`,
  /** "No, I said cereal" when cereal is what was added: nothing to replace. */
  describedIsAdded: (line: Line): Ssml => ssml`That's the one I added: ${describeLine(line)}.`,
  correctedToSame: (name: string): Ssml => ssml`${name} is what I added. Should I take it off?`,
  nothingToCorrect: (): Ssml => ssml`What would you like to add instead? Say, for example, add pears.`,

  /** `target`: the cart, or the list being filled ("the four items on your weekly list"). */
  total: (total: number, unpriced: number, count: number, target = 'cart'): Ssml => {
    const items = target === 'cart' ? `your ${itemCount(count)}` : `the ${itemCount(count)} ${onTarget(target)}`;
    if (count === 0) return ssml`${capitalized(targetName(target))} is empty.`;
    if (unpriced === count) return ssml`I don't have prices for ${count === 1 && target === 'cart' ? 'your item' : items} yet. The store gives the total when you check out.`;
    return ssml`${capitalized(items)} ${count === 1 ? 'comes' : 'come'} to about ${money(total)}${unpriced > 0 ? `, not counting ${itemCount(unpriced)} without a price yet` : ''}, before tax and delivery.`;
  },

  listCreated: (name: string): Ssml => ssml`I made your ${name} list, and what you add now goes on it. What would you like on it?`,
  backToTheCart: (list: string, count: number): Ssml =>
    ssml`Okay, what you add now goes in your cart, which has ${itemCount(count)}. Your ${list} list is kept as it is.`,
  cartIsTheShoppingList: (count: number): Ssml =>
    ssml`Your shopping list is your cart, and it's always ready: it has ${itemCount(count)}. To make another list, say, for example, create a party list.`,
  listExists: (name: string, count: number): Ssml =>
    ssml`You already have a ${name} list, with ${itemCount(count)}, and what you add now goes on it. What would you like to add?`,
  askForList: (name: string): Ssml => ssml`What would you like on your ${name} list?`,
  askListName: (): Ssml => ssml`What should I call the new list? You can say a name, like party.`,
  askListNameReprompt: (): Ssml => ssml`Say a name for the new list, like party, or say cancel.`,

  paceSlow: (): Ssml => ssml`Okay. I'll speak more slowly, and read your list two items at a time.`,
  paceSlowAgain: (last: Ssml): Ssml => ssml`Okay, I'll speak more slowly. Again: ${last}`,
  paceNormal: (): Ssml => ssml`Okay, back to my normal speed.`,

  help: (examples: readonly string[]): Ssml =>
    ssml`You can add things, like add ${examples[0] ?? 'two pounds of bananas'}. Remove things, like remove ${examples[1] ?? 'the milk'}. Ask, what's in my cart. Say undo to take back the last change, or speak slower if I'm too fast. What would you like to do?`,
  onlyShopping: (seller: string): Ssml => ssml`I can only help with your shopping at ${seller}. What would you like?`,
  onlyShoppingReprompt: (): Ssml =>
    ssml`You can add groceries to your cart, hear what's in it, take things off, or reorder your usual. What would you like?`,
  notCaught: (): Ssml => ssml`Sorry, I didn't catch that.`,
  helpDuringQuestion: (): Ssml => ssml`I asked you a question, and I'm waiting for your answer.`,
  goodbye: (): Ssml => ssml`Goodbye. Your cart is saved.`,
  startOver: (): Ssml => ssml`Okay, let's start over. Your cart is still saved.`,
  nothingToRepeat: (): Ssml => ssml`I haven't said anything yet.`,
  /** "Where were we?" at the start of a session: what the shopper last did, from their stored history. */
  whereWeLeftOff: (lastChange: string, count: number): Ssml =>
    ssml`When we last spoke, you finished by ${lastChange}. You have ${itemCount(count)} in your cart. What would you like to do?`,
  /** Nobody hears a list read back after a one-shot, so it names the exact product: brand, name and size. */
  addedOneShot: (line: Line, product: Pick<Product, 'brand' | 'size'>, invocation: string): Ssml => {
    const { brand } = product;
    // A price unit ("per lb", "each") is no size: "two pounds of Bananas, per lb" says the amount twice.
    const size = product.size !== undefined && /^(per\b|each$)/i.test(product.size.trim()) ? undefined : product.size;
    const branded = brand === undefined || line.name.toLowerCase().startsWith(brand.toLowerCase()) ? line.name : `${brand} ${line.name}`;
    return ssml`Added ${describeLine({ ...line, name: branded })}${size === undefined ? '' : `, ${spokenSize(size)},`} to your cart. To take it back, say: ask ${invocation} to undo.`;
  },
  basketLabel: (kind: 'usual' | 'last' | 'shortcut', name: string): string =>
    kind === 'usual' ? 'your usual' : kind === 'last' ? 'your last order' : `your ${name} order`,
  /** A basket offered with more things said in the same breath ("my usual plus some onions"), named by them. */
  basketWithMore: (label: string, names: readonly string[]): string => `${label} plus ${names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`}`,
  reorderConfirm: (label: string, total: number, items: readonly Line[], remaining: number, first: boolean): Ssml => {
    const opening = first ? ssml`${capitalized(label)} is ${itemCount(total)}: ` : ssml``;
    const more = remaining > 0 ? ssml` ${moreToHear(remaining)}` : ssml``;
    const listed = items.length === 0 ? ssml`That's every item.` : ssml`${listing(items.map(describeLine))}.`;
    return ssml`${opening}${listed}${more} Should I put ${total === 1 ? 'it' : 'them'} in your cart?`;
  },
  /** A basket offered, still waiting after an add said instead of answering: asked once more. */
  reorderStillOffered: (label: string, count: number): Ssml => ssml`And should I put ${label}, ${itemCount(count)}, in your cart too?`,
  reorderConfirmReprompt: (count = 2): Ssml => ssml`Should I put ${count === 1 ? 'it' : 'them'} in your cart? Say yes or no.`,
  reorderAdded: (label: string, count: number, alreadyThere: number): Ssml =>
    ssml`Done. I put ${label}, ${itemCount(count)}, in your cart.${alreadyInCart(alreadyThere)} Nothing is ordered until you say check out.`,
  /** A product taken out of a basket offered before it goes in the cart. */
  leftOutOfOffer: (names: readonly string[], left: number): Ssml =>
    ssml`Okay, without ${listing(names.map((name) => ssml`${name}`))}. Should I put the other ${left === 1 ? 'item' : itemCount(left)} in your cart?`,
  notInOffer: (phrase: string, label: string): Ssml => ssml`I don't see ${phrase} in ${label}.`,
  /** A line of a basket offered, in the amount just said: the offer is asked about again. */
  changedInOffer: (line: Line, total: number): Ssml =>
    ssml`Okay, ${describeLine(line)}. Should I put ${total === 1 ? ssml`it` : total === 2 ? ssml`both` : ssml`all ${itemCount(total)}`} in your cart?`,
  reorderDeclined: (): Ssml => ssml`Okay, I didn't add anything.`,
  noPastOrders: (): Ssml => ssml`I don't see any past orders yet, so I can't reorder them. You can add things one at a time.`,
  neverBought: (phrase: string): Ssml => ssml`I don't see ${phrase} in your past orders.`,
  noSuchShortcut: (name: string, known: readonly string[]): Ssml =>
    known.length === 0
      ? ssml`You don't have a saved order called ${name}. To make one, fill your cart and say, save this as my weekly order.`
      : ssml`I couldn't find a saved order called ${name}. You have ${listing(known.map((k) => ssml`${k}`))}.`,
  confirmMoveList: (list: string, count: number): Ssml => ssml`Your ${list} list has ${itemCount(count)}. Should I put ${count === 1 ? 'it' : 'them'} in your cart?`,
  shortcutSaved: (name: string, count: number): Ssml =>
    ssml`Saved your cart, ${itemCount(count)}, as your ${name} order. Next time, just say, order my ${name} order.`,
  nothingToSave: (): Ssml => ssml`Your cart is empty, so there's nothing to save yet.`,
  askShortcutName: (): Ssml => ssml`What should I call it? Say, for example, save this as my weekly order.`,
  shortcutsAre: (names: readonly string[]): Ssml =>
    names.length === 0
      ? ssml`Besides your cart, you don't have any lists or saved orders yet. To start a list, say, start a list called party. To save an order, fill your cart and say, save this as my weekly order.`
      : ssml`Your saved ${names.length === 1 ? 'order is' : 'orders are'} ${listing(names.map((n) => ssml`${n}`))}.`,
  /** "What lists do I have": the named lists, and the saved orders when there are any. */
  listsAre: (lists: readonly string[], shortcuts: readonly string[]): Ssml => {
    const named = ssml`Besides your cart, you have ${listing(lists.map((name) => ssml`your ${name} list`))}.`;
    if (shortcuts.length === 0) return named;
    return ssml`${named} Your saved ${shortcuts.length === 1 ? 'order is' : 'orders are'} ${listing(shortcuts.map((n) => ssml`${n}`))}.`;
  },
  shortcutRenamed: (from: string, to: string): Ssml => ssml`Done. Your ${from} order is now called ${to}.`,
  listRenamed: (from: string, to: string): Ssml => ssml`Done. Your ${from} list is now called ${to}.`,
  listNameTaken: (name: string): Ssml => ssml`You already have a list called ${name}. Say a different name, or add to your ${name} list.`,
  confirmDeleteShortcut: (name: string, count: number): Ssml =>
    ssml`Should I forget your ${name} order? It has ${itemCount(count)}, and I can't bring it back.`,
  confirmDeleteShortcutReprompt: (name: string): Ssml => ssml`Should I forget your ${name} order? Say yes or no.`,
  shortcutDeleted: (name: string): Ssml => ssml`Done. I forgot your ${name} order.`,
  linkAccount: (seller: string, purpose: 'checkout' | 'orders'): Ssml =>
    purpose === 'checkout'
      ? ssml`To check out, link your ${seller} account in the Alexa app. I've sent a card there to help. Your cart is saved.`
      : ssml`To hear about your orders, link your ${seller} account in the Alexa app. I've sent a card there to help.`,
  linkAccountCard: (seller: string): { title: string; text: string } => ({
    title: `Link your ${seller} account`,
    text: `Open this skill in the Alexa app and choose Link Account to check out with ${seller} by voice.`,
  }),
  storeUnavailable: (seller: string): Ssml => ssml`Sorry, I can't reach ${seller} right now, and nothing was ordered. Please try again in a little while.`,
  storeRefused: (message: string): Ssml => ssml`The store couldn't take that: ${message}. Nothing was ordered.`,
  /** Nothing in the cart can be ordered: what is out of stock, and what the store can't price yet, named three at most. */
  nothingAvailable: (unavailable: readonly string[], unpriced: readonly string[] = []): Ssml => {
    if (unavailable.length === 0) return ssml`Sorry, I can't price your items yet: ${named(unpriced.map((n) => ssml`${n}`))}. Nothing was ordered.`;
    if (unpriced.length === 0) return ssml`Sorry, none of your items are available right now: ${named(unavailable.map((n) => ssml`${n}`))}. Nothing was ordered.`;
    const first = Math.min(unavailable.length, MOST_NAMED - 1);
    return ssml`Sorry, I can't order any of your items right now. ${leftOut(unavailable, unpriced, first, MOST_NAMED - first)} Nothing was ordered.`;
  },
  /**
   * The checkout read-back, a chunk at a time: on the first, what was left out (out of stock, or
   * no price yet) and then the items; `count` items are read, and `missingMax` left-out ones named.
   */
  checkoutReadBack: (args: {
    seller: string;
    items: readonly (QuotedItem & { size?: string | undefined })[];
    offset: number;
    count: number;
    unavailable: readonly string[];
    unpriced: readonly string[];
    missingMax: number;
    delivery: string;
    tax: number;
    fees: number;
    total: number;
  }): Ssml => {
    const chunk = args.items.slice(args.offset, args.offset + args.count);
    const remaining = Math.max(0, args.items.length - args.offset - chunk.length);
    const described = chunk.map((item) =>
      item.substitution === undefined ? describeLine(item) : ssml`${describeLine(item)}, in place of ${item.substitution.forName}`,
    );
    const opening = args.offset === 0 ? ssml`Your order from ${args.seller} has ${itemCount(args.items.length)}: ` : ssml``;
    const more = remaining > 0 ? ssml` ${moreToHear(remaining)}` : ssml``;
    const unavailableMax = Math.min(args.unavailable.length, Math.max(1, args.missingMax - Math.min(args.unpriced.length, 1)));
    const missing = args.offset === 0 && args.unavailable.length + args.unpriced.length > 0
      ? ssml` ${leftOut(args.unavailable, args.unpriced, unavailableMax, Math.max(1, args.missingMax - unavailableMax))}`
      : ssml``;
    // "More" past the last item has nothing to list: the rest of the read-back still stands.
    const items = described.length === 0 ? ssml`That's every item.` : ssml`${listing(described)}.`;
    const estimated = args.items.some((item) => item.estimated === true);
    const total = estimated
      ? ssml`The total is about ${money(args.total)}${extras(args.tax, args.fees)}, as what is sold by weight is weighed when it's packed.`
      : ssml`The total is ${money(args.total)}${extras(args.tax, args.fees)}.`;
    return ssml`${opening}${items}${more}${missing} Delivery is ${args.delivery}. ${total} Should I place the order?`;
  },
  /** The quote's parts, asked about during the read-back: a tax of zero is said, since the shopper asked. */
  checkoutCosts: (quote: Pick<Quote, 'subtotal' | 'tax' | 'fees' | 'total'>): Ssml =>
    ssml`Your items come to ${money(quote.subtotal)}, ${quote.fees > 0 ? `delivery and fees are ${money(quote.fees)}` : 'delivery is free'}, and ${quote.tax > 0 ? `tax is ${money(quote.tax)}` : "there's no tax"}. So the total is ${money(quote.total)}.`,
  /** "Check out" said again once the order was read back: only a yes places it. */
  yesPlacesTheOrder: (): Ssml => ssml`I'll place it as soon as you say yes.`,
  /** The order still waits for "yes" after a question about it was answered. */
  orderStillWaiting: (): Ssml => ssml`Should I place the order?`,
  /** "When will it come?" while the order is read back: when it would arrive. */
  deliveryIfOrdered: (window: string): Ssml => ssml`If you order now, it arrives ${window}.`,
  settleBeforeCheckout: (): Ssml => ssml`Before you check out, I still need to ask about an item.`,
  checkoutReprompt: (total: number): Ssml => ssml`Should I place the order for ${money(total)}? Say yes to order, or no.`,
  askVoiceCode: (): Ssml => ssml`For your security, please say your four-digit voice code.`,
  askVoiceCodeReprompt: (): Ssml => ssml`Say your four-digit voice code, or say cancel.`,
  wrongVoiceCode: (attemptsLeft: number): Ssml =>
    ssml`That code isn't right. You have ${numberWords(attemptsLeft)} ${attemptsLeft === 1 ? 'try' : 'tries'} left. Please say your voice code again.`,
  voicePurchasingLocked: (seller: string): Ssml =>
    ssml`Voice purchasing is locked after three wrong codes, so I can't place this order. You can reset your voice code in the ${seller} app. Your cart is saved.`,
  notAskingForCode: (): Ssml => ssml`I wasn't asking for a code. To order, say check out.`,
  /** A voice code said while the order is read back, before any "yes". */
  codeBeforeYes: (): Ssml => ssml`I'll ask for your code once you've said yes to the order.`,
  /** A "yes" before every item of the order was read: the rest comes first. */
  restBeforeOrdering: (): Ssml => ssml`Before I place it, here's the rest of your order.`,
  quoteExpired: (): Ssml => ssml`Prices have changed since I read your order, so here it is again.`,
  orderPlaced: (summary: string, delivery: string): Ssml => ssml`Your order is placed. ${asSentence(summary)}${summary.includes(delivery) ? '' : ` It arrives ${delivery}.`} I've put the details in the Alexa app.`,
  orderCard: (seller: string, lines: readonly string[], total: number, delivery: string, orderId: string): { title: string; text: string } => ({
    title: `Your ${seller} order`,
    text: [`Order ${orderId}`, ...lines, `Total: $${total.toFixed(2)}`, `Delivery: ${delivery}`].join('\n'),
  }),
  orderPending: (seller: string): Ssml =>
    ssml`${seller} is slow to answer, so I can't confirm your order yet. I'll check the next time you open the skill, and it will never be placed twice.`,
  pendingSettled: (summary: string): Ssml => ssml`Good news: your earlier order went through. ${asSentence(summary)}`,
  pendingFailed: (message: string): Ssml => ssml`Your earlier order didn't go through: ${message}. Your items are still in your cart.`,
  orderNotPlaced: (): Ssml => ssml`Okay, I didn't place the order. Your cart is saved.`,
  placingOrder: (): Ssml => ssml`One moment while I place your order.`,
  orderStatus: (order: OrderDetail): Ssml => {
    const status = { placed: 'has been placed', packing: 'is being packed', out_for_delivery: 'is out for delivery', delivered: 'was delivered', cancelled: 'was cancelled' }[order.status];
    return order.status === 'delivered' || order.status === 'cancelled'
      ? ssml`Your last order, of ${itemCount(order.items.length)}, ${status}.`
      : ssml`Your order of ${itemCount(order.items.length)} ${status}. It arrives ${order.deliveryWindow}.`;
  },
  /** "What did I get last time": the last order's items, three named, and where it is. */
  lastOrder: (order: OrderDetail, lines: readonly Described[]): Ssml => {
    const where = {
      placed: ssml`It arrives ${order.deliveryWindow}.`,
      packing: ssml`It's being packed, and arrives ${order.deliveryWindow}.`,
      out_for_delivery: ssml`It's on its way, and arrives ${order.deliveryWindow}.`,
      delivered: ssml`It was delivered.`,
      cancelled: ssml`It was cancelled.`,
    }[order.status];
    const items = lines.length > MOST_NAMED
      ? ssml`${listing(lines.slice(0, MOST_NAMED).map(describeLine))}, and ${numberWords(lines.length - MOST_NAMED)} more`
      : listing(lines.map(describeLine));
    return ssml`Your last order had ${itemCount(lines.length)}: ${items}. ${where}`;
  },
  confirmCancelOrder: (order: OrderDetail, names: readonly string[]): Ssml =>
    ssml`Should I cancel your order of ${named(names.map((name) => ssml`${name}`))}, arriving ${order.deliveryWindow}?`,
  confirmCancelOrderReprompt: (): Ssml => ssml`Should I cancel your order? Say yes or no.`,
  orderCancelled: (order: OrderDetail): Ssml => ssml`Done. I cancelled your order of ${itemCount(order.items.length)}. Nothing from it will be delivered.`,
  orderKept: (): Ssml => ssml`Okay, your order stands.`,
  orderAlreadyCancelled: (): Ssml => ssml`Your last order is already cancelled.`,
  /** The store can no longer stop it: where it is instead. */
  cancelTooLate: (order: OrderDetail | undefined): Ssml => {
    const why = order === undefined ? 'is already being packed' : { placed: 'is already being packed', packing: 'is already being packed', out_for_delivery: 'is already on its way', delivered: 'was already delivered', cancelled: 'was already cancelled' }[order.status];
    const when = order !== undefined && (order.status === 'packing' || order.status === 'out_for_delivery') ? ssml` It arrives ${order.deliveryWindow}.` : ssml``;
    return ssml`Sorry, your order ${why}, so I can't cancel it now.${when}`;
  },
  cancelUnconfirmed: (seller: string): Ssml => ssml`I couldn't confirm the cancellation with ${seller}. Please ask me again in a moment; asking twice is safe.`,
  noOrders: (): Ssml => ssml`I don't see any orders yet. When you're ready, fill your cart and say check out.`,
  nothingAsked: (): Ssml => ssml`I wasn't asking anything just then.`,
  /** "Hold on", "not yet": nothing is done, and what was asked stays asked. */
  takeYourTime: (): Ssml => ssml`Take your time.`,
  thanks: (): Ssml => ssml`You're welcome.`,
  greeting: (): Ssml => ssml`Hello! I'm here.`,
  /** "I want to send back the eggs": returns are the store's, and nothing here changes. */
  returnsByStore: (seller: string, product: string | undefined): Ssml =>
    product === undefined
      ? ssml`I can't take returns by voice. ${seller} handles them: call or write to ${seller}'s customer service, and they'll arrange it. Your cart is as it was.`
      : ssml`I can't take back ${product} by voice. ${seller} handles returns: call or write to ${seller}'s customer service, and they'll arrange it. Your cart is as it was.`,
  moved: (list: string, count: number): Ssml => ssml`Done. I put the ${itemCount(count)} from your ${list} list into your cart. Say check out when you're ready.`,
  notNow: (): Ssml => ssml`Okay.`,
  /** Said after a short answer only while the session stays open: a one-shot that ends asks nothing. */
  whatNext: (): Ssml => ssml`What would you like to do?`,
  trouble: (): Ssml => ssml`Sorry, something went wrong on my side. Your cart is safe. Please try that again.`,
};
