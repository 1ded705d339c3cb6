/**
 * How a product is sold — by the pound, one at a time, in a pack of N, by the bunch — read from the
 * catalog's size where it has one ("per lb", "12 ct", "6 rolls", "each") and from the pack words of
 * its name otherwise ("18 Pack", "Half Dozen", "Cilantro Bunch"), falling back on the packs such a
 * product usually comes in (eggs by the dozen). With it, what a count the shopper says means ("six
 * eggs" against a carton of twelve, "two apples" sold by the pound) and what a line costs.
 */
import { packsFor, type Packs } from '../language/packs.ts';
import { stem, words } from './normalise.ts';
import type { Product } from './product.ts';

export type SoldBy =
  /** Priced per pound (or kilo); counted ("two apples") it is weighed when picked. */
  | { readonly kind: 'weight'; readonly per: 'pound' | 'kilo' }
  /**
   * `count` of `item` (singular, as stemmed: "egg", "roll") in one `container`; when the catalog says
   * nothing, the pack such a product usually comes in (eggs by the dozen).
   */
  | {
      readonly kind: 'pack';
      readonly count: number;
      readonly item: string;
      readonly container: string;
      readonly byTheDozen: boolean;
      /** A bag of loose things by weight ("3 lb"): `count` is about how many it holds. */
      readonly weighs?: string;
    }
  | { readonly kind: 'bunch' }
  /** One item, or one container of a fixed size ("16 oz", "1 gal"). */
  | { readonly kind: 'each' };

type Described = Pick<Product, 'name'> & { readonly size?: string | undefined };

interface Lookups {
  readonly packs: Packs;
  readonly countWords: ReadonlySet<string>;
  /** Any word that names a container, to its one name ("pk" → pack). */
  readonly containers: ReadonlyMap<string, string>;
  readonly measures: ReadonlySet<string>;
  readonly each: ReadonlySet<string>;
  readonly bunch: ReadonlySet<string>;
  readonly usualPacks: ReadonlyMap<string, Packs['usualPacks'][string]>;
  readonly weighedEach: ReadonlyMap<string, number>;
  readonly weighedUnits: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly uncounted: ReadonlySet<string>;
}

let lookups: Lookups | undefined;

/** Table keys as the stems a product's words are compared in ("english muffins" → "english muffin"). */
function stemmed(phrase: string): string {
  return words(phrase).map(stem).join(' ');
}

function stemmedMap<V>(record: Readonly<Record<string, V>>): Map<string, V> {
  return new Map(Object.entries(record).map(([key, value]) => [key.startsWith('$') ? key : stemmed(key), value]));
}

function tables(): Lookups {
  if (lookups !== undefined) return lookups;
  const packs = packsFor();
  const containers = new Map<string, string>();
  for (const [name, forms] of Object.entries(packs.containers)) for (const form of [name, ...forms]) containers.set(form, name);
  lookups = {
    packs,
    countWords: new Set(packs.countWords),
    containers,
    measures: new Set(packs.measures),
    each: new Set(packs.each),
    bunch: new Set(packs.bunch),
    usualPacks: stemmedMap(packs.usualPacks),
    weighedEach: stemmedMap(packs.weighedEach),
    weighedUnits: new Map(Object.entries(packs.weighedUnits).map(([unit, byNoun]) => [unit, stemmedMap(byNoun)])),
    uncounted: new Set(packs.uncounted.map(stemmed)),
  };
  return lookups;
}

/** Where the part of a name that says what it is ends: "… with …", "… for …", ", …", "(…". */
const NAME_ENDS = /\s(?:for|with|in)\s|[,(]/i;

function isNumber(word: string | undefined): boolean {
  return word !== undefined && /^\d+(\.\d+)?$/.test(word);
}

/**
 * How many words at the end of a name say its pack or amount rather than what it is: "18 Pack",
 * "12 oz", "Size 4", "Dozen", a lone number. "Trash Bags" and "Party Cups" are what they are.
 */
function packTail(spoken: readonly string[], t: Lookups): number {
  const last = spoken[spoken.length - 1] ?? '';
  const before = spoken[spoken.length - 2];
  if (isNumber(last)) return before === 'size' ? 2 : 1;
  if (last === 'dozen') return before === 'half' ? 2 : 1;
  if (isNumber(before) && (t.countWords.has(last) || t.containers.has(last) || t.measures.has(last))) return 2;
  return 0;
}

/**
 * The noun a product name is about, as stems, with the word before it: "Large White Eggs 18 Pack"
 * → ["white", "egg"]. The pack words and anything after "with", "for" or a comma are left out.
 */
export function nameNoun(name: string): string[] {
  const t = tables();
  const cut = NAME_ENDS.exec(name);
  const about = cut === null || cut.index === 0 ? name : name.slice(0, cut.index);
  const spoken = words(about);
  for (let tail = packTail(spoken, t); tail > 0 && spoken.length > tail; tail = packTail(spoken, t)) spoken.splice(-tail);
  return spoken.slice(-2).map(stem);
}

/** The head noun's stem, and its two-word form where the language knows one ("hot dog bun", "sweet potato"). */
function nounKeys(noun: readonly string[]): string[] {
  const last = noun[noun.length - 1];
  if (last === undefined) return [];
  return noun.length > 1 ? [noun.join(' '), last] : [last];
}

function lookup<V>(map: ReadonlyMap<string, V>, noun: readonly string[]): V | undefined {
  for (const key of nounKeys(noun)) {
    const value = map.get(key);
    if (value !== undefined) return value;
  }
  return undefined;
}

const cache = new WeakMap<Described, SoldBy>();

/** How the product is sold; products are read once each. */
export function soldBy(product: Described): SoldBy {
  let sold = cache.get(product);
  if (sold === undefined) {
    sold = readSoldBy(product);
    cache.set(product, sold);
  }
  return sold;
}

/**
 * A pack of `count`, of the product's own noun (`noun`, as nameNoun gives it) or of an `item` the
 * size names ("6 rolls"); its container and whether it goes by the dozen are those of the usual pack
 * of such things.
 */
function pack(count: number, noun: readonly string[], container?: string): Extract<SoldBy, { kind: 'pack' }> {
  const usual = lookup(tables().usualPacks, noun);
  const item = noun[noun.length - 1] ?? '';
  return { kind: 'pack', count, item, container: container ?? usual?.container ?? 'pack', byTheDozen: usual?.byTheDozen === true };
}

function readSoldBy(product: Described): SoldBy {
  const t = tables();
  const noun = nameNoun(product.name);
  const fromSize = product.size === undefined ? null : (bagOfLooseThings(product, noun, t) ?? readSize(product.size, noun, t));
  if (fromSize !== null) return fromSize;
  const fromName = readName(product.name, noun, t);
  if (fromName !== null) return fromName;
  const usual = lookup(t.usualPacks, noun);
  return usual === undefined ? { kind: 'each' } : pack(usual.count, noun, usual.container);
}

/**
 * A weight of things a shopper counts and a store weighs when loose ("Yellow Onions", 3 lb): a bag
 * of about as many as that weight holds, so "two onions" is not two bags.
 */
function bagOfLooseThings(product: Described, noun: readonly string[], t: Lookups): SoldBy | null {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/.exec((product.size ?? '').toLowerCase().trim());
  const pounds = match === null ? undefined : t.packs.weightsInPounds[match[2] ?? ''];
  const each = lookup(t.weighedEach, noun);
  const named = words(product.name).at(-1) ?? '';
  if (match === null || pounds === undefined || each === undefined || stem(named) === named) return null;
  const count = Math.round((Number(match[1]) * pounds) / each);
  return count >= 2 ? { ...pack(count, noun, 'bag'), weighs: `${match[1]} ${match[2]}` } : null;
}

/** "per lb", "each", "bunch", "12 ct", "6 rolls", "12 ct, 12 fl oz", "16 oz": null when the size says nothing of how it is sold. */
function readSize(size: string, noun: readonly string[], t: Lookups): SoldBy | null {
  const text = size.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [per, forms] of Object.entries(t.packs.perWeight)) {
    if (forms.some((form) => text.includes(form))) {
      return { kind: 'weight', per: per === 'kilo' ? 'kilo' : 'pound' };
    }
  }
  if (t.each.has(text)) return { kind: 'each' };
  if (t.bunch.has(text)) return { kind: 'bunch' };
  const first = text.split(',')[0]?.trim() ?? '';
  const dozen = t.packs.dozens[first];
  if (dozen !== undefined) return pack(dozen, noun);
  const match = /^(\d+(?:\.\d+)?)\s*-?\s*(.*)$/.exec(first);
  if (match === null) return null;
  const count = Number(match[1]);
  const rest = (match[2] ?? '').trim();
  if (rest === '' || t.measures.has(rest) || t.measures.has(rest.split(' ')[0] ?? '')) return { kind: 'each' };
  if (!Number.isInteger(count) || count < 1) return null;
  if (count === 1) return { kind: 'each' };
  if (t.countWords.has(rest)) return pack(count, noun);
  const restWords = words(rest);
  const last = restWords[restWords.length - 1];
  if (last === undefined) return null;
  // "6 rolls", "4 boxes", "12 mega rolls": the size counts those, in a pack.
  return pack(count, [stem(t.containers.get(last) ?? last)]);
}

/** Pack words in a name: "Large White Eggs 18 Pack", "Half Dozen Eggs", "Cilantro Bunch", "12 Count". */
function readName(name: string, noun: readonly string[], t: Lookups): SoldBy | null {
  const spoken = words(name);
  for (let i = 0; i < spoken.length; i++) {
    const word = spoken[i] ?? '';
    const next = spoken[i + 1] ?? '';
    if (isNumber(word) && Number(word) >= 2 && Number.isInteger(Number(word)) && (t.countWords.has(next) || t.containers.has(next))) {
      return pack(Number(word), noun, t.containers.get(next));
    }
    if (word === 'half' && next === 'dozen') return pack(6, noun);
    if (word === 'dozen' && spoken[i - 1] !== 'half') return pack(12, noun);
  }
  const last = spoken[spoken.length - 1];
  return last !== undefined && t.bunch.has(last) ? { kind: 'bunch' } : null;
}

/** Whether a unit measures (a pound, a gallon): what is measured is said as is ("two pounds of Turkey Breast"). */
export function isMeasure(unit: string): boolean {
  const t = tables();
  return t.measures.has(unit.toLowerCase()) || t.packs.weightsInPounds[unit.toLowerCase()] !== undefined;
}

/** A weight said in some unit, in pounds; null when the unit is no weight. */
export function inPounds(quantity: number, unit: string | null): number | null {
  if (unit === null) return null;
  const pounds = tables().packs.weightsInPounds[unit.toLowerCase()];
  return pounds === undefined ? null : quantity * pounds;
}

/** An amount as a weight and, where its unit may be a volume, as a volume: "64 oz" is either, "1 gal" only a volume. */
interface Measured {
  readonly pounds: number | null;
  readonly fluidOunces: number | null;
}

function measured(quantity: number, unit: string): Measured | null {
  const key = unit.toLowerCase().trim();
  const perFluidOunce = tables().packs.volumesInFluidOunces[key];
  const pounds = inPounds(quantity, key);
  const fluidOunces = perFluidOunce === undefined ? null : quantity * perFluidOunce;
  return pounds === null && fluidOunces === null ? null : { pounds, fluidOunces };
}

/**
 * How many of the product's own size an amount said is ("a quart" of a gallon jug is a quarter of
 * one); null when the product has no one measured size ("12 ct", "per lb", "6 ct, 12 fl oz") or the
 * amount measures something else.
 */
export function sizesIn(product: Described, quantity: number, unit: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z][a-z .]*?)\.?$/i.exec((product.size ?? '').trim());
  const size = match === null ? null : measured(Number(match[1]), match[2] ?? '');
  const said = measured(quantity, unit);
  if (size === null || said === null) return null;
  if (said.fluidOunces !== null && size.fluidOunces !== null) return said.fluidOunces / size.fluidOunces;
  if (said.pounds !== null && size.pounds !== null) return said.pounds / size.pounds;
  return null;
}

/**
 * Whether one of `unit` is one of what the product is sold as: "a gallon" of a gallon jug, "a twelve
 * pack" of a 12-count pack, "a carton" of eggs sold by the carton; no unit is one too.
 */
export function isOnePack(product: Described, unit: string | null): boolean {
  if (unit === null) return true;
  const sold = soldBy(product);
  const t = tables();
  if (sold.kind === 'pack' && ((t.packs.dozens[unit] ?? itemsInPack(unit)) === sold.count || t.containers.get(unit) === sold.container)) return true;
  return againstItsSize(product, 1, unit)?.kind === 'asSaid';
}

/** How far from a whole number of sizes an amount may be and still be that many ("a half gallon" of a 59 oz carton). */
const SIZE_SLACK = 0.1;

/**
 * A measure said of a product of one measured size: "two gallons" of a gallon jug are as said, "a
 * gallon" of a half-gallon carton is two of them, "a quart" of the jug is a size it does not come
 * in. Null when the product has no such size or the amount measures something else.
 */
export function againstItsSize(product: Described, quantity: number, unit: string): Extract<CountReading, { kind: 'asSaid' | 'packs' | 'otherSize' }> | null {
  const sizes = sizesIn(product, quantity, unit);
  if (sizes === null) return null;
  const whole = Math.round(sizes);
  if (whole >= 1 && Math.abs(sizes - whole) <= SIZE_SLACK * sizes) return whole === quantity ? { kind: 'asSaid' } : { kind: 'packs', packs: whole };
  return { kind: 'otherSize', packs: Math.max(1, whole), asked: { quantity, unit } };
}

/** A typical weight in pounds of one `unit` (null: one item) of a product sold by weight. */
export function typicalWeight(product: Described, unit: string | null): number {
  const t = tables();
  const noun = nameNoun(product.name);
  const byNoun = unit === null || unit === 'each' ? t.weighedEach : (t.weighedUnits.get(unit) ?? t.weighedEach);
  return lookup(byNoun, noun) ?? byNoun.get('$default') ?? 0.5;
}

/**
 * How many of what its price is per (a pound, a pack) `quantity` `unit` of a product is, and whether
 * that is an estimate: "two apples" of apples priced by the pound are weighed when picked, so they
 * are estimated at a typical apple's weight; eight ounces are half a pound; a dozen from an
 * eighteen-pack is two thirds of it.
 */
export function unitsOf(product: Described, quantity: number, unit: string | null): { units: number; estimated: boolean } {
  const sold = soldBy(product);
  if (sold.kind === 'weight') {
    const perPound = sold.per === 'kilo' ? 1 / (inPounds(1, 'kilo') ?? 1) : 1;
    const pounds = inPounds(quantity, unit);
    if (pounds !== null) return { units: pounds * perPound, estimated: false };
    // No unit: as many of what the price is per ("bananas" is a pound of them).
    if (unit === null) return { units: quantity, estimated: false };
    return { units: quantity * typicalWeight(product, unit) * perPound, estimated: true };
  }
  const perDozen = unit === null ? undefined : tables().packs.dozens[unit];
  if (sold.kind === 'pack' && perDozen !== undefined) return { units: (quantity * perDozen) / sold.count, estimated: false };
  return { units: quantity, estimated: false };
}

/** What `quantity` `unit` of a product costs at its shelf price (see `unitsOf`); null when it has no price. */
export function priceOf(product: Described & { readonly price?: number | undefined }, quantity: number, unit: string | null): { amount: number; estimated: boolean } | null {
  if (product.price === undefined) return null;
  const { units, estimated } = unitsOf(product, quantity, unit);
  return { amount: units * product.price, estimated };
}

/** What a count the shopper said means for a product, given how it is sold. */
export type CountReading =
  /** Take the amount as said. */
  | { readonly kind: 'asSaid' }
  /** Items of a product sold by weight: that many (`items`, when the unit said counted them), weighed when picked. */
  | { readonly kind: 'each'; readonly items?: number }
  /** The items said fill `packs` whole packs: add that many packs. */
  | { readonly kind: 'packs'; readonly packs: number }
  /** The items said don't fill whole packs ("six eggs", sold by the dozen): ask, or find a pack that size. */
  | { readonly kind: 'part'; readonly items: number; readonly packs: number }
  /** A measure the product does not come in (`asked`: "a quart" of a gallon jug): ask about `packs` of its size, or find one that size. */
  | { readonly kind: 'otherSize'; readonly packs: number; readonly asked: { readonly quantity: number; readonly unit: string } };

/** Whether a unit counts by the dozen ("a dozen", "half a dozen"): a bare number said of it counts the things, not dozens. */
export function countsByTheDozen(unit: string | null): boolean {
  return unit !== null && tables().packs.dozens[unit] !== undefined;
}

/**
 * Reads an amount said for a product: "six eggs" against a carton of twelve is six eggs, not six
 * cartons; "two apples" sold by the pound is two apples; "two paper towels" (packs of six rolls)
 * counts packs, since the rolls were not named. `spoken` is the product words said.
 */
export function readCount(product: Described, spoken: { quantity: number | null; unit: string | null; words: readonly string[] }): CountReading {
  const { unit } = spoken;
  const t = tables();
  const perUnit = unit === null ? undefined : (t.packs.dozens[unit] ?? itemsInPack(unit));
  // "Quart of milk", "dozen clementines", their "a" unheard, are one quart, one dozen.
  const sized = unit === null ? null : againstItsSize(product, spoken.quantity ?? 1, unit);
  if (sized !== null) return sized;
  if (spoken.quantity === null && perUnit === undefined) return { kind: 'asSaid' };
  const quantity = spoken.quantity ?? 1;
  const sold = soldBy(product);
  // "A dozen", "a six pack": that many of the thing. Weighed, a dozen apples are twelve apples;
  // sold one at a time, a six pack of sports drink is six bottles (a dozen of a bag is no dozen bags).
  if (sold.kind === 'weight') return unit === null ? { kind: 'each' } : perUnit === undefined ? { kind: 'asSaid' } : { kind: 'each', items: quantity * perUnit };
  const perPack = unit === null ? undefined : itemsInPack(unit);
  if (sold.kind === 'each' && perPack !== undefined) return { kind: 'packs', packs: quantity * perPack };
  if (sold.kind !== 'pack') return { kind: 'asSaid' };
  // "A bag of onions", "two cartons of eggs": the packs themselves, counted.
  if (unit !== null && t.containers.get(unit) === sold.container) return { kind: 'packs', packs: quantity };
  let items: number;
  // "a dozen", "a six pack": counted by what the unit holds, whatever the unit's name.
  if (perUnit !== undefined) {
    // "Half a dozen" of a carton of twelve is half a carton: no whole one.
    if (sold.count === perUnit && Number.isInteger(quantity)) return { kind: 'asSaid' };
    items = quantity * perUnit;
  } else if (unit !== null && stem(unit) === sold.item) {
    items = quantity;
  } else if (unit === null && isCounted(sold.item) && namesItem(spoken.words, sold.item)) {
    items = quantity;
  } else {
    return { kind: 'asSaid' };
  }
  if (!Number.isInteger(items)) return { kind: 'part', items, packs: Math.max(1, Math.ceil(items / sold.count)) };
  if (items % sold.count === 0) return { kind: 'packs', packs: items / sold.count };
  return { kind: 'part', items, packs: Math.ceil(items / sold.count) };
}

/** How many things a pack named for its count holds: "six pack" as the language names it, "4 pack" as the amount reader writes any other. */
export function itemsInPack(unit: string): number | undefined {
  const counted = /^(\d+) pack$/.exec(unit);
  return tables().packs.countingPacks[unit] ?? (counted === null ? undefined : Number(counted[1]));
}

/** Whether the words said name the counted item itself ("eggs", "large eggs"), not the pack ("paper towels" of six rolls). */
function namesItem(said: readonly string[], item: string): boolean {
  const last = said[said.length - 1];
  return last !== undefined && stem(last) === item;
}

/** Whether a word is a container things are sold in ("bag", "box", "case"), as the language names them. */
export function isContainer(word: string): boolean {
  return tables().containers.has(word);
}

/** Whether a noun (a product name's last word) is counted in speech: "two Baguettes", but "two Whole Milk". */
export function isCounted(noun: string): boolean {
  const t = tables();
  const key = stemmed(noun);
  if (t.uncounted.has(key)) return false;
  const last = key.split(' ').at(-1) ?? key;
  return !t.uncounted.has(last);
}

/** The plurals no rule makes ("loaf" → "loaves"), from the language's data. */
export function irregularPlural(word: string): string | undefined {
  return tables().packs.plurals[word.toLowerCase()];
}
