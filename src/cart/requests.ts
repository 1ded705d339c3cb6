import { stem, words } from '../catalog/normalise.ts';
import { namedWithEveryWord, type Product } from '../catalog/product.ts';
import { isContainer, nameNoun, readCount, sizesIn, soldBy } from '../catalog/packs.ts';
import { splitAmount, startsWithPack, unitNamed } from '../catalog/quantity.ts';
import type { Resolver, ShopperContext } from '../catalog/resolver.ts';
import type { Line } from '../shopper/state.ts';

/** The most of one product a voice order takes; beyond it the shopper is told, not silently capped. */
export const MAX_QUANTITY = 99;

export type PlannedItem =
  | { kind: 'found'; phrase: string; product: Product; quantity: number; unit: string | null }
  /** Several products fit as well: the shopper chooses; the amount as said (null: none said), settled once chosen. */
  | { kind: 'ambiguous'; phrase: string; options: Product[]; quantity: number | null; unit: string | null }
  /** A count that doesn't fill whole packs ("six eggs", sold by the dozen), or a size it doesn't come in: asked about as `packs` packs. */
  | { kind: 'pack'; phrase: string; product: Product; items: number; packs: number; asked?: AskedSize }
  /** Nothing sold fits; the amount as said, for a product offered in its place. */
  | { kind: 'none'; phrase: string; alternatives: Product[]; quantity?: number | null; unit?: string | null };

/** A measure said that the product does not come in: "a quart" of a gallon jug. */
export interface AskedSize {
  quantity: number;
  unit: string;
}

/** An amount read against how the product is sold: a line to add, or a count of items (or a size) to ask about. */
export type SettledAmount =
  | { kind: 'found'; product: Product; quantity: number; unit: string | null }
  | { kind: 'pack'; product: Product; items: number; packs: number; asked?: AskedSize };

/**
 * The line an amount said for a product makes, by how the product is sold: "six eggs" against a
 * carton of twelve is six eggs — a half-dozen product among `alternatives` when the store has one,
 * else a question — never six cartons; "two apples" sold by the pound are two apples (unit
 * "each"), weighed when picked; "twenty-four eggs" are two cartons. `phrase` is the product as said.
 */
export function settleAmount(
  product: Product,
  phrase: string,
  quantity: number | null,
  unit: string | null,
  alternatives: readonly Product[] = [],
): SettledAmount {
  // "Six bananas" of a Bag of Organic Bananas: the bananas counted, one at a time, from the same
  // thing sold loose, never six bags.
  const loose = unit === null && quantity !== null && quantity > 1 ? looseOf(product, phrase, alternatives) : undefined;
  if (loose !== undefined) return settleAmount(loose, phrase, quantity, unit, alternatives);
  const reading = readCount(product, { quantity, unit, words: splitAmount(words(phrase)).product });
  switch (reading.kind) {
    case 'asSaid':
      return { kind: 'found', product, quantity: quantity ?? 1, unit };
    case 'each':
      return { kind: 'found', product, quantity: reading.items ?? quantity ?? 1, unit: EACH };
    case 'packs':
      return { kind: 'found', product, quantity: reading.packs, unit: null };
    case 'part': {
      const sibling = packOfSize(product, reading.items, alternatives);
      if (sibling !== undefined) return { kind: 'found', product: sibling.product, quantity: sibling.packs, unit: null };
      return { kind: 'pack', product, items: reading.items, packs: reading.packs };
    }
    case 'otherSize': {
      const { asked } = reading;
      const sibling = sizeOf(product, asked, alternatives);
      if (sibling !== undefined) return settleAmount(sibling, phrase, quantity, unit);
      return { kind: 'pack', product, items: asked.quantity, packs: reading.packs, asked: { ...asked } };
    }
  }
}

/**
 * The same thing in the size said: a product named with every word of this one's name ("Organic
 * Whole Milk" for Whole Milk, never Chocolate Milk) that the amount fills in whole ones.
 */
function sizeOf(product: Product, asked: AskedSize, alternatives: readonly Product[]): Product | undefined {
  return alternatives.find((other) => {
    if (other.id === product.id || !namedWithEveryWord(product.name, other) || sizesIn(other, asked.quantity, asked.unit) === null) return false;
    return readCount(other, { quantity: asked.quantity, unit: asked.unit, words: [] }).kind !== 'otherSize';
  });
}

/**
 * A product that is a container of the thing the words count ("Bag of Organic Bananas" for "six
 * bananas"): the same thing sold loose, on its shelf, with the most of its other words (Organic
 * Banana); undefined when the product is no container of it, or none is sold loose.
 */
function looseOf(product: Product, phrase: string, alternatives: readonly Product[]): Product | undefined {
  const [container, of, ...rest] = words(product.name);
  const said = splitAmount(words(phrase)).product.at(-1);
  if (container === undefined || of !== 'of' || !isContainer(container) || said === undefined || stem(said) !== stem(rest.at(-1) ?? '')) return undefined;
  const kind = new Set(rest.map(stem));
  const shared = (other: Product): number => words(other.name).filter((word) => kind.has(stem(word))).length;
  return alternatives
    .filter((other) => other.id !== product.id && other.category === product.category && words(other.name)[1] !== 'of' && nameNoun(other.name).at(-1) === stem(said))
    .sort((a, b) => shared(b) - shared(a))[0];
}

/** The unit of a count of something sold by weight: "two apples", weighed when picked. */
export const EACH = 'each';

/** Another pack of the same thing that the items fill exactly: the half-dozen for "six eggs", the 18-pack for eighteen. */
function packOfSize(product: Product, items: number, alternatives: readonly Product[]): { product: Product; packs: number } | undefined {
  const sold = soldBy(product);
  if (sold.kind !== 'pack' || !Number.isInteger(items)) return undefined;
  let best: { product: Product; packs: number } | undefined;
  for (const other of alternatives) {
    const pack = soldBy(other);
    if (other.id === product.id || pack.kind !== 'pack' || pack.item !== sold.item || items % pack.count !== 0) continue;
    const packs = items / pack.count;
    if (best === undefined || packs < best.packs) best = { product: other, packs };
  }
  return best;
}

/**
 * The candidates to offer for a phrase: those whose name carries every word said, when two or more
 * do ("two wheat breads" offers the wheat breads, not the white one ranked near them); else all, in
 * order. The first found is always offered first: it may be the household's usual, whose name need
 * not say the word (its amber ale for "beer").
 */
function optionsCarrying(phrase: string, candidates: readonly Product[]): Product[] {
  const [first, ...rest] = candidates;
  const carrying = rest.filter((product) => namedWithEveryWord(phrase, product));
  return first === undefined || carrying.length < 1 + (namedWithEveryWord(phrase, first) ? 0 : 1) ? [...candidates] : [first, ...carrying];
}

/**
 * What the shopper asked for, product by product. Alexa hands over the product words and, when it
 * heard them apart, the quantity and unit; "milk eggs and two loaves of bread" in one slot is three
 * items. `oneThing`: the words name one thing whatever they could be cut into (a correction's).
 */
export function planItems(
  resolver: Resolver,
  spoken: { product: string; quantity?: number | undefined; unit?: string | undefined },
  context: ShopperContext,
  oneThing = false,
): PlannedItem[] {
  // Alexa may hear the amount apart from the product ("two" "pounds" "bananas"); put the request
  // back together so the resolver reads the amount by the same rules as when it is said in one go.
  // "5 pound" + "bag of flour" is a size and its pack: no "of" between them.
  const unit = spoken.unit === undefined ? [] : [spoken.unit, ...(startsWithPack(words(spoken.product)) ? [] : ['of'])];
  const amount = [...(spoken.quantity === undefined ? (unit.length > 0 ? ['a'] : []) : [spoken.quantity]), ...unit];
  const request = [...amount, spoken.product].join(' ');
  const resolutions = oneThing ? [resolver.resolve(request, context)] : resolver.resolveAll(request, context);
  const heardFirst = resolutions.map((resolution) => words(resolution.heard)[0]);
  return withKindsDescribed(heardFirst, resolutions.map((resolution): PlannedItem => {
    const phrase = resolution.query || resolution.heard;
    const first = resolution.product;
    if (first === null) return { kind: 'none', phrase, alternatives: resolution.alternatives, quantity: resolution.quantity, unit: resolution.unit };
    const options = optionsCarrying(phrase, [first, ...resolution.alternatives.filter((p) => p.id !== first.id)]).slice(0, 3);
    if (resolution.ambiguous && options.length > 1) return { kind: 'ambiguous', phrase, options, quantity: resolution.quantity, unit: resolution.unit };
    const settled = settleAmount(first, phrase, resolution.quantity, resolution.unit, resolution.alternatives);
    return { ...settled, phrase };
  }));
}

/**
 * "Bread, the whole wheat": a piece that names no noun of its own and was found as a product of
 * another piece's noun (100% Whole Wheat Bread) says which of that thing, so the other piece's
 * question is answered by it rather than asked, and one bread goes in, not two. A piece after it
 * that opens with "the" points back: then a product shelved as that noun (Whole Wheat, among the
 * breads) says which too, and even a thing found outright gives way to it. Without "the", "cereal
 * and granola" are two things of one aisle. `heardFirst` is each piece's first word.
 */
function withKindsDescribed(heardFirst: readonly (string | undefined)[], items: PlannedItem[]): PlannedItem[] {
  const nounOf = (phrase: string): string | undefined => words(phrase).map(stem).at(-1);
  return items.filter((item, at) => {
    if (item.kind !== 'ambiguous' && item.kind !== 'found') return true;
    const noun = nounOf(item.phrase);
    return !items.some((other, describing) => {
      if (describing === at || other.kind !== 'found' || noun === undefined || words(other.phrase).map(stem).includes(noun)) return false;
      const pointed = describing > at && heardFirst[describing] === 'the';
      if (item.kind === 'found' && !pointed) return false;
      const said = pointed ? [...words(other.product.name), ...words(other.product.category ?? '')] : words(other.product.name);
      return said.map(stem).includes(noun);
    });
  });
}

export function lineFor(product: Product, quantity: number, unit: string | null): Line {
  return {
    productId: product.id,
    name: product.name,
    quantity,
    unit,
    ...(product.size === undefined ? {} : { size: product.size }),
    ...(product.price === undefined ? {} : { price: product.price }),
  };
}

/** Worth a "forty bananas — is that right?": more than a household usually means. */
export function isUnusualQuantity(quantity: number, unit: string | null): boolean {
  const byWeight = unit !== null && ['pound', 'kilo', 'kilogram', 'ounce', 'gram', 'gallon', 'liter'].includes(unit);
  return byWeight ? quantity > 10 : quantity > 12;
}

export function quantityProblem(quantity: number): 'zero' | 'tooMany' | null {
  if (!(quantity > 0)) return 'zero';
  if (quantity > MAX_QUANTITY) return 'tooMany';
  return null;
}

/**
 * A unit as the cart keeps it, whatever form it was said in: "pounds" and "lbs" are "pound", so
 * "make that one" says "a pound", and a pound added later joins the same line. With it, whether
 * the unit was said as one ("a bunch") rather than as a plural ("pounds"). Null for no unit known.
 */
export function unitSaid(spoken: string): { unit: string; single: boolean } | null {
  const unit = unitNamed(spoken);
  if (unit === null) return null;
  return { unit, single: spoken.trim().toLowerCase() === unit };
}
