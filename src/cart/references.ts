import { ordinalOf, parseNumber } from '../nlu/numbers.ts';

/**
 * Words that can stand around an ordinal that points at an item just read: "the third one",
 * "number two", "the second item", "the last thing". Grammar, not products: none of them names
 * anything a store sells on its own.
 */
const AROUND = new Set(['the', 'one', 'item', 'thing', 'number', 'product', 'line', 'that', 'on', 'list']);

/** Where in the items just heard a phrase points: a position from 1, or the last of them. */
export type ItemReference = { readonly position: number } | { readonly last: true };

/**
 * "The third one", "number two", "the last one": the shopper points at an item by where it was
 * read, not by its name. A phrase that names anything else ("the third of the apples", "two
 * apples") is not a reference, and is resolved as a product.
 */
export function itemReferenceIn(phrase: string): ItemReference | null {
  const words = phrase.toLowerCase().replace(/[^a-z0-9 ]/g, ' ').split(/\s+/).filter(Boolean);
  const counted = words.filter((word) => !AROUND.has(word));
  if (counted.length !== 1) return null;
  const [word] = counted;
  if (word === 'last') return { last: true };
  // A bare number ("two") is an amount unless the words say it is a place ("number two", "item two").
  const placed = words.includes('number') || words.includes('item') || words.includes('line');
  const position = ordinalOf(word ?? '') ?? (placed ? parseNumber([word ?? '']) : undefined);
  return position === undefined || !Number.isInteger(position) || position < 1 ? null : { position };
}

/** The item a reference points at among those heard, in the order they were said. */
export function itemAt<T>(heard: readonly T[], reference: ItemReference): T | undefined {
  return 'last' in reference ? heard.at(-1) : heard[reference.position - 1];
}
