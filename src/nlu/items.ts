import type { Match } from './matcher.ts';
import { isNumberWord, joinsANumber, ordinalOf } from './numbers.ts';
import { shopAfter, withoutSource } from './sources.ts';
import { splitTrailingList } from '../intents/list-phrase.ts';
import { DETERMINERS, FUNCTION_WORDS } from './text.ts';

/**
 * Several items said in one breath ("milk eggs and two loaves of bread") must reach the skill
 * whole, in the product slot: the resolver splits them and reads each one's amount. Splitting off
 * one amount here would lose the items the alignment skipped, or give one item's amount to all.
 * Only a single item keeps its amount in the quantity and unit slots.
 */

/** Words that join two items in a spoken list. */
const SEPARATORS: ReadonlySet<string> = new Set(['and', 'plus', 'also', 'then', 'n']);
/** Sample words that begin an amount ("add a dozen eggs"): they belong to the items, not to the carrier phrase. */
const AMOUNT_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);
/**
 * Parts of a unit said before its article ("half a pound", "a quarter of a pound"). No sample
 * has a slot for them, so an alignment skips them; they go to the items with the rest of the amount.
 */
const FRACTIONS: ReadonlySet<string> = new Set(['half', 'quarter', 'quarters']);
const AMOUNT_PARTS: ReadonlySet<string> = new Set([...FRACTIONS, 'three', 'of', 'a', 'an']);
/** Slots that together hold what is being added. */
const ITEM_SLOTS: readonly string[] = ['product', 'quantity', 'unit'];

/** Spelling differences that do not make another name: "jerrys" is "jerry's". */
function comparable(word: string): string {
  return word.replace(/'/g, '');
}

/**
 * The pairs of words a separator joins inside one product name ("macaroni and cheese",
 * "ben and jerry's"), so that such a name is not taken for two items.
 */
export function namePairs(phrases: Iterable<string>): ReadonlySet<string> {
  const pairs = new Set<string>();
  for (const phrase of phrases) {
    const tokens = phrase.split(' ');
    tokens.forEach((token, at) => {
      const before = tokens[at - 1];
      const after = tokens[at + 1];
      if (SEPARATORS.has(token) && before !== undefined && after !== undefined) pairs.add(`${comparable(before)} ${comparable(after)}`);
    });
  }
  return pairs;
}

/**
 * The stretch of the sentence that says what to add: from just after the last sample word matched
 * before the item slots to the end of the last one, so words the alignment skipped between the
 * carrier phrase and the items count as items too. `through` goes on over the words skipped after
 * the items, up to the next sample word: a long list can outrun a slot, and they are its last item.
 */
function itemStretch(match: Match, tokens: readonly string[]): { start: number; end: number; through: number } | undefined {
  const filled = ITEM_SLOTS.flatMap((name) => {
    const slot = match.slots.get(name);
    return slot === undefined ? [] : [slot];
  });
  if (filled.length === 0) return undefined;
  const first = Math.min(...filled.map((slot) => slot.start));
  const last = Math.max(...filled.map((slot) => slot.end));
  const before = match.alignedAt.filter((at) => at < first);
  let start = (before.at(-1) ?? -1) + 1;
  if (start > 0 && start === first && AMOUNT_ARTICLES.has(tokens[start - 1] ?? '')) {
    start--;
    let part = start;
    while (part > 0 && AMOUNT_PARTS.has(tokens[part - 1] ?? '') && !match.alignedAt.includes(part - 1)) part--;
    if (tokens.slice(part, start).some((token) => FRACTIONS.has(token))) start = part;
  }
  const after = match.alignedAt.find((at) => at >= last);
  return { start, end: last, through: after ?? tokens.length };
}

/**
 * Where amounts begin: "two", "twenty five" and "a hundred and five" (once each), "a dozen"; a "two"
 * that says how fat the milk is ("two percent") is no amount.
 */
export function amountStarts(tokens: readonly string[], isUnit: (word: string) => boolean): number {
  let count = 0;
  tokens.forEach((token, at) => {
    const previous = tokens[at - 1];
    const next = tokens[at + 1];
    const continues = previous !== undefined && (isNumberWord(previous) || joinsANumber(tokens, at - 1));
    // "The second one" points at a place, no amount.
    const number = isNumberWord(token) && ordinalOf(token) === undefined && next !== 'percent' && !continues;
    const article = (token === 'a' || token === 'an') && next !== undefined && isUnit(next);
    if (number || article) count++;
  });
  return count;
}

/**
 * Whether the words of the item stretch name more than one item: two amounts, a separator that
 * joins no known name, or words the alignment left out of the item slots.
 */
function namesSeveralItems(
  match: Match,
  tokens: readonly string[],
  stretch: { start: number; end: number },
  knowledge: ItemKnowledge,
): boolean {
  const words = tokens.slice(stretch.start, stretch.end);
  if (amountStarts(words, knowledge.isUnit) >= 2) return true;
  const separated = words.some((word, offset) => {
    if (!SEPARATORS.has(word) || offset === 0 || offset === words.length - 1 || joinsANumber(words, offset)) return false;
    return !knowledge.pairs.has(`${comparable(words[offset - 1] ?? '')} ${comparable(words[offset + 1] ?? '')}`);
  });
  if (separated) return true;
  const inSlots = [...match.slots.values()];
  const covered = (at: number): boolean =>
    match.alignedAt.includes(at) || inSlots.some((slot) => at >= slot.start && at < slot.end);
  return words.some((word, offset) => {
    const at = stretch.start + offset;
    return !covered(at) && !FUNCTION_WORDS.has(word) && !DETERMINERS.has(word);
  });
}

export interface ItemKnowledge {
  readonly pairs: ReadonlySet<string>;
  readonly isUnit: (word: string) => boolean;
  /** Intents that put things on a list, where several items may be said at once. */
  readonly addingIntents: ReadonlySet<string>;
  /** Intents that put things on a list or take them off, whose list may be said after the product. */
  readonly itemIntents: ReadonlySet<string>;
}

/**
 * The slots of a match as the skill receives them: several items go whole to the product slot,
 * and the product is named without the shop it comes from.
 */
export function itemSlots(match: Match, request: readonly string[], knowledge: ItemKnowledge): Record<string, string> {
  const slots: Record<string, string> = {};
  for (const [name, slot] of match.slots) if (slot.value !== undefined) slots[name] = slot.value;
  if (knowledge.addingIntents.has(match.pattern.intent) && (slots.quantity !== undefined || slots.unit !== undefined)) {
    const stretch = itemStretch(match, request);
    if (stretch !== undefined && namesSeveralItems(match, request, stretch, knowledge)) {
      const others = Object.entries(slots).filter(([name]) => name !== 'quantity' && name !== 'unit');
      return { ...Object.fromEntries(others), product: request.slice(stretch.start, stretch.through).join(' ') };
    }
  }
  // "bread from shopping list": where no sample had the words for the list, the product took them
  // (and sometimes the sample had the word "list" itself, just after).
  const captured = match.slots.get('product');
  if (slots.product !== undefined && captured !== undefined && knowledge.itemIntents.has(match.pattern.intent)) {
    const words = slots.product.split(' ');
    const split = splitTrailingList(request[captured.end] === 'list' ? [...words, 'list'] : words);
    if (split !== undefined && split.before.length > 0) {
      slots.product = split.before.join(' ');
      if (slots.list === undefined && split.list !== undefined) slots.list = split.list;
    }
  }
  if (slots.product !== undefined) slots.product = withoutSource(slots.product.split(' ')).join(' ');
  const shop = match.slots.get('product');
  if (slots.product !== undefined && shop !== undefined) {
    // "sweet potato pie from a local | bakery": the shop was said after the words the slot took.
    for (let at = shop.start + 1; at < shop.end; at++) {
      const place = request[at] === 'from' ? shopAfter(request, at) : undefined;
      if (place !== undefined && place >= shop.end) slots.product = request.slice(shop.start, at).join(' ');
    }
  }
  return slots;
}
