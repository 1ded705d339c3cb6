import { editDistance } from '../catalog/fuzzy.ts';
import type { OrderHistory } from '../catalog/history.ts';
import { numberSaid, stem, STOPWORDS, words } from '../catalog/normalise.ts';
import { PACKAGING_WORDS } from '../catalog/lexicon.ts';
import { catalogOf, type Catalog, type Product } from '../catalog/product.ts';
import { amountsFor } from '../language/amounts.ts';
import { soundsFor } from '../language/sounds.ts';
import { sayWord, soundGap, waysHeard } from '../catalog/pronunciation.ts';
import { talkFor } from '../language/talk.ts';
import { pick, seededRandom, shuffled, type Random } from './random.ts';

/**
 * Spoken requests made from a catalog, each with the products that answer it: said the way shoppers
 * say things (the brand dropped, the noun alone, amounts and containers, casual words) and written
 * the way a recogniser writes them (sound-alike spellings, one word heard as several, the several
 * written as English words that sound like them, two as one, numbers as their homophones). Requests for things the store does not sell come from whole
 * families of products held out of the catalog the requests are answered from: every product of
 * one kind in the aisles that sell it, while products named after it elsewhere stay as near
 * neighbours ("toaster pastries" stay when toasters go).
 */
export const REQUEST_KINDS = [
  'name',
  'brandless',
  'short',
  'amount',
  'casual',
  'misspelt',
  'sound-alike',
  'split',
  'respelt',
  'merged',
  'number-homophone',
  'not-sold',
  'household',
] as const;
/**
 * A product asked for by its brand, alone or with its noun ("doritos", "doritos chips"), where the
 * catalog's names lead with it. Made only for fitting the resolver's decision (`voicecart tune`):
 * shoppers ask so, and a decision that never saw it would take a brand for a thing not sold; the
 * evaluation leaves it out so that its figures stay comparable from one version to the next.
 */
export const BRAND_KIND = 'brand';
export type RequestKind = (typeof REQUEST_KINDS)[number] | typeof BRAND_KIND;

export interface GeneratedRequest {
  readonly kind: RequestKind;
  readonly text: string;
  /** Ids of the products that answer it, any of them right; empty when the store sells nothing that fits. */
  readonly accept: readonly string[];
  readonly quantity: number | null;
  readonly unit: string | null;
  /** The shopper whose order history the request is resolved with (household requests). */
  readonly user?: string;
}

export interface GeneratedSet {
  /** The catalog the requests are answered from: the given one without the held-out families. */
  readonly catalog: Catalog;
  readonly requests: readonly GeneratedRequest[];
  /** The head words of the held-out families. */
  readonly heldOut: readonly string[];
}

export interface GenerateOptions {
  readonly seed: number;
  readonly count: number;
  /** Household requests come from these shoppers' orders; without it there are none. */
  readonly history?: OrderHistory;
  /** Whether to ask for products by brand too (BRAND_KIND). */
  readonly brands?: boolean;
}

/** Containers that say nothing of the aisle ("a bag of", "two jars of"), unlike a bunch or a pound. */
const CONTAINERS = ['pack', 'box', 'bag', 'bottle', 'jar', 'package', 'container', 'carton'];

/**
 * Words shoppers say around the product words that the skill's language understanding leaves in
 * the product slot ("add some of those oat milks please" → "some of those oat milks please").
 */
const OPENINGS = ['some', 'some of those', 'some of that', 'one of those', 'the', 'my', 'the usual', 'that'];
const CLOSINGS = ['please', 'stuff', 'for me', 'thanks'];

/** Spelling changes that sound the same, as a recogniser might write a word. */
const SOUND_SWAPS: readonly [RegExp, string][] = [
  [/ph/, 'f'],
  [/c(?=[aou])/, 'k'],
  [/ee/, 'ea'],
  [/ie/, 'y'],
  [/oo/, 'u'],
  [/([bdfglmnprt])\1/, '$1'],
  [/que$/, 'k'],
  [/tion$/, 'shun'],
];

const VOWELS = /[aeiouy]/;
/** A vowel heard for another: as far as a respelt piece may sound from the piece itself. */
const SAME_SOUND_GAP = 0.4;
/** How a word's first sounds may go: a vowel, or one consonant before one. */
const SAYABLE_START = /^[^aeiouy]?[aeiouy]/;

/** One way of saying a product: the words said, and what they name. */
interface Said {
  readonly words: readonly string[];
  readonly head: string;
}

/** What a product name says, for finding every product that answers a request. */
interface Described {
  readonly product: Product;
  readonly tokens: ReadonlySet<string>;
  readonly head: string | undefined;
  /** The name's words when the whole of it is easy to say (letters only, one to five words). */
  readonly sayable: readonly string[] | undefined;
  readonly aisle: string | undefined;
}

/** Words that, said alone, ask for nothing in particular: "original", "mix", "family size". */
const VAGUE_ALONE: ReadonlySet<string> = new Set([...talkFor().describing, ...talkFor().casual, ...amountsFor().packAdjectives, ...PACKAGING_WORDS].map(stem));

/** Of the names with a word, the share that a word which says what a product is must end. */
const KIND_SHARE = 0.25;

/**
 * The words that say a kind of thing, as the catalog uses them: they end a fair share of the names
 * they are in ("apples" ends many, "boneless" and "free" few), and are not vague alone.
 */
function kindWords(described: readonly Described[]): Set<string> {
  const ending = new Map<string, number>();
  const within = new Map<string, number>();
  for (const entry of described) {
    if (entry.head !== undefined) ending.set(entry.head, (ending.get(entry.head) ?? 0) + 1);
    for (const token of entry.tokens) within.set(token, (within.get(token) ?? 0) + 1);
  }
  const kinds = new Set<string>();
  for (const [word, count] of ending) if (count >= 2 && count >= KIND_SHARE * (within.get(word) ?? count) && !VAGUE_ALONE.has(word)) kinds.add(word);
  return kinds;
}

/** Units and abbreviations that end a printed name ("Whole Milk 1 gal") without being what it is. */
function sizeWords(): ReadonlySet<string> {
  const units = amountsFor().units;
  return new Set([...Object.keys(units), ...Object.values(units).flat(), 'fl', 'ct', 'pk', 'count', 'each', 'ea'].map(stem));
}

/**
 * The words of a name up to its first comma, parenthesis or clause ("Soup with Noodles" is soup):
 * the last of them that is a word, not a size, is what the product is.
 */
function describe(product: Product, sizes: ReadonlySet<string>): Described {
  const all = words(product.name);
  const cut = product.name.split(/[,(]/)[0] ?? product.name;
  const main = words(cut);
  const clause = main.findIndex((word, at) => at > 0 && ['with', 'in', 'for', 'from'].includes(word));
  const naming = clause > 0 ? main.slice(0, clause) : main;
  const head = [...naming].reverse().find((word) => /^[a-z]{3,}$/.test(word) && !sizes.has(stem(word)) && !STOPWORDS.has(word));
  const sayable = main.length === all.length && all.length <= 5 && all.every((word) => /^[a-z]+$/.test(word)) && head === all.at(-1) ? all : undefined;
  return {
    product,
    tokens: new Set(all.filter((word) => !STOPWORDS.has(word)).map(stem)),
    head: head === undefined ? undefined : stem(head),
    sayable,
    aisle: product.category,
  };
}

/** Products by the word that says what they are. */
function familiesOf(described: readonly Described[]): Map<string, Described[]> {
  const byHead = new Map<string, Described[]>();
  for (const entry of described) {
    if (entry.head === undefined) continue;
    const family = byHead.get(entry.head) ?? [];
    family.push(entry);
    byHead.set(entry.head, family);
  }
  return byHead;
}

function productTokens(said: Said): string[] {
  return said.words.filter((word) => !STOPWORDS.has(word)).map(stem);
}

/** Products that answer a request naming `said`: of its kind, with every word it says. */
class Answers {
  private readonly byHead: ReadonlyMap<string, readonly Described[]>;

  constructor(described: readonly Described[]) {
    this.byHead = familiesOf(described);
  }

  /** Whether some product is named with every word said and is a kind the words say ("suiza enchilada" for "enchilada suiza"). */
  anyNamedBy(said: Said): boolean {
    const needed = productTokens(said);
    return needed.some((kind) => (this.byHead.get(kind) ?? []).some((entry) => needed.every((token) => entry.tokens.has(token))));
  }

  of(said: Said, among?: ReadonlySet<string>): string[] {
    const needed = productTokens(said);
    return (this.byHead.get(said.head) ?? [])
      .filter((entry) => needed.every((token) => entry.tokens.has(token)) && (among === undefined || among.has(entry.product.id)))
      .map((entry) => entry.product.id);
  }
}

/**
 * Families held out: kinds of product (by head word) that a handful of products are, never the
 * catalog's common kinds.
 */
function holdOut(described: readonly Described[], kinds: ReadonlySet<string>, random: Random, families: number): { kept: Described[]; heads: string[]; sayings: Map<string, Said[]> } {
  const byHead = familiesOf(described);
  const candidates = [...byHead.entries()].filter(
    ([head, family]) => family.length <= 25 && head.length >= 4 && kinds.has(head) && family.some((entry) => entry.sayable !== undefined),
  );
  const heads = shuffled(random, candidates)
    .slice(0, families)
    .map(([head]) => head);
  const sayings = new Map<string, Said[]>();
  const goneAisles = new Map<string, { aisles: Set<string | undefined>; words: Set<string> }>();
  for (const head of heads) {
    const family = byHead.get(head) ?? [];
    const aisles = new Set(family.map((entry) => entry.aisle));
    goneAisles.set(head, { aisles, words: aisleWords(aisles) });
    sayings.set(
      head,
      family.flatMap((entry) => (entry.sayable === undefined ? [] : [{ words: entry.sayable.slice(-2), head }, { words: entry.sayable.slice(-1), head }])),
    );
  }
  // A product named after the kind in another aisle is something else ("toaster pastries" when
  // toasters go) and stays; the kind itself, in any form, goes ("corn on the cob" with the corn).
  // "Shredded mozzarella cheese" is mozzarella all the same: its noun names the family's aisle.
  const gone = (entry: Described): boolean => {
    for (const [head, { aisles, words: aisleNames }] of goneAisles) {
      const spelt = spellingOf(entry.tokens, head);
      if (spelt === undefined) continue;
      if (aisles.has(entry.aisle) || !onlyNamesAnother(entry.product.name, spelt) || aisleNames.has(entry.head ?? '')) return true;
    }
    return false;
  };
  return { kept: described.filter((entry) => !gone(entry)), heads, sayings };
}

/** The name's word that is the held-out word, spelt the same or, if long, a letter apart (catalogs spell "fettuccine" both ways). */
function spellingOf(tokens: ReadonlySet<string>, head: string): string | undefined {
  if (tokens.has(head)) return head;
  if (head.length < 6) return undefined;
  for (const token of tokens) if (Math.abs(token.length - head.length) <= 1 && editDistance(token, head, 1) <= 1) return token;
  return undefined;
}

function aisleWords(aisles: ReadonlySet<string | undefined>): Set<string> {
  return new Set([...aisles].flatMap((aisle) => (aisle === undefined ? [] : words(aisle).map(stem))));
}

/** Whether the word, wherever a name has it, comes before another word it describes ("strawberry yogurt"). */
function onlyNamesAnother(name: string, head: string): boolean {
  const all = words(name);
  return all.every((word, at) => stem(word) !== head || /^[a-z]{3,}$/.test(all[at + 1] ?? '') && !STOPWORDS.has(all[at + 1] ?? ''));
}

/** A word with one slip of the keys: a letter dropped or two swapped, never the first. */
function misspell(word: string, random: Random): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  return random() < 0.5 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
}

function soundAlike(word: string): string | undefined {
  for (const [pattern, replacement] of SOUND_SWAPS) if (pattern.test(word)) return word.replace(pattern, replacement);
  return undefined;
}

/**
 * A long word heard as two English-sounding pieces: cut after a vowel before a consonant, as near
 * the middle as can be, each piece three letters or more ("rigatoni" → "riga toni").
 */
export function splitHeard(word: string): [string, string] | undefined {
  let best: number | undefined;
  for (let at = 3; at <= word.length - 3; at++) {
    if (!VOWELS.test(word[at - 1] ?? '') || VOWELS.test(word[at] ?? '')) continue;
    if (best === undefined || Math.abs(at - word.length / 2) < Math.abs(best - word.length / 2)) best = at;
  }
  return best === undefined ? undefined : [word.slice(0, best), word.slice(best)];
}

/**
 * A piece of a word heard apart, written as English writes its sound ("tuna" → tuner), by one of the
 * locale's respellings that fits it, chosen at random; the piece as it was when none fits.
 */
export function respell(piece: string, random: Random): string {
  // A respelling that changes the sound ("rica" → ricer, said with an s) is another word, not the piece written otherwise.
  const said = sayWord(piece);
  const keepsTheSound = (written: string): boolean => waysHeard([written]).some((heard) => soundGap(heard, said) <= SAME_SOUND_GAP);
  const fitting = soundsFor().respellings.filter(({ pattern, replacement }) => {
    const written = piece.replace(pattern, replacement);
    return written !== piece && keepsTheSound(written);
  });
  if (fitting.length === 0) return piece;
  const { pattern, replacement } = pick(random, fitting);
  return piece.replace(pattern, replacement);
}

/** The plural of a container as shoppers say it, from the language package. */
function containerSaid(unit: string, count: number): string {
  return count === 1 ? unit : (amountsFor().units[unit]?.[0] ?? `${unit}s`);
}

/**
 * `count` requests (fewer if the catalog has too few products to say them), in a fixed mix of
 * kinds, the same for the same catalog, history and seed.
 */
export function generateRequests(source: Catalog, options: GenerateOptions): GeneratedSet {
  const random = seededRandom(options.seed);
  const sizes = sizeWords();
  const everything = source.products.map((product) => describe(product, sizes));
  const extra: RequestKind[] = options.brands === true ? [BRAND_KIND] : [];
  const kinds: RequestKind[] = [...REQUEST_KINDS.filter((kind) => kind !== 'household' || options.history !== undefined), ...extra];
  const perKind = Math.max(1, Math.round(options.count / kinds.length));
  const kindsSaid = kindWords(everything);
  const { kept, heads, sayings } = holdOut(everything, kindsSaid, random, Math.max(3, Math.ceil(perKind / 8)));
  const answers = new Answers(kept);
  const sayable = kept.filter((entry) => entry.sayable !== undefined);
  const sayableById = new Map(sayable.map((entry) => [entry.product.id, entry]));
  if (sayable.length === 0) throw new Error('the catalog has no product with a name that is easy to say: nothing to make requests from');
  const requests: GeneratedRequest[] = [];
  const add = (kind: RequestKind, text: string, said: Said, amount: { quantity: number; unit: string | null } | null = null): void => {
    const accept = answers.of(said);
    if (accept.length > 0) requests.push({ kind, text, accept, quantity: amount?.quantity ?? null, unit: amount?.unit ?? null });
  };
  const brands = brandsOf(kept, kindsSaid);
  const describing = talkFor().describing;
  const homophones = Object.entries(amountsFor().numberHomophones);

  for (const kind of kinds) {
    for (let tries = 0, made = 0; made < perKind && tries < perKind * 20; tries++) {
      const before = requests.length;
      const entry = pick(random, sayable);
      const name = entry.sayable ?? [];
      const head = entry.head ?? '';
      const short = shortly(entry, kindsSaid, random);
      const full: Said = { words: name, head };
      switch (kind) {
        case 'name':
          add(kind, name.join(' '), full);
          break;
        case 'brandless': {
          const brand = entry.product.brand === undefined ? [] : words(entry.product.brand);
          const startsWithBrand = brand.length > 0 && brand.every((word, at) => name[at] === word);
          const rest = name.slice(startsWithBrand ? brand.length : 1);
          if (name.length >= 3 && rest.length > 0) add(kind, rest.join(' '), { words: rest, head });
          break;
        }
        case 'short':
          add(kind, short.words.join(' '), short);
          break;
        case 'amount': {
          const count = 2 + Math.floor(random() * 5);
          const unit = random() < 0.6 ? pick(random, CONTAINERS) : null;
          const said = `${numberSaid(count) ?? String(count)} ${unit === null ? '' : `${containerSaid(unit, count)} of `}${short.words.join(' ')}`;
          add(kind, said, short, { quantity: count, unit });
          break;
        }
        case 'casual': {
          const word = pick(random, describing);
          const described = random() < 0.5 && !name.includes(word) ? [word, ...short.words] : short.words;
          const closing = random() < 0.4 ? ` ${pick(random, CLOSINGS)}` : '';
          add(kind, `${pick(random, OPENINGS)} ${described.join(' ')}${closing}`, short);
          break;
        }
        case 'misspelt': {
          const at = name.findIndex((word) => word.length >= 5);
          if (at >= 0) add(kind, name.map((word, i) => (i === at ? misspell(word, random) : word)).join(' '), full);
          break;
        }
        case 'sound-alike': {
          const at = name.findIndex((word) => word.length >= 4 && soundAlike(word) !== undefined);
          if (at >= 0) add(kind, name.map((word, i) => (i === at ? (soundAlike(word) ?? word) : word)).join(' '), full);
          break;
        }
        case 'split': {
          const at = name.findIndex((word) => word.length >= 7 && splitHeard(word) !== undefined);
          const pieces = at >= 0 ? splitHeard(name[at] ?? '') : undefined;
          if (pieces !== undefined) add(kind, name.flatMap((word, i) => (i === at ? pieces : [word])).join(' '), full);
          break;
        }
        case 'respelt': {
          // A recogniser writes words, so each piece must be one a word could start like: "gnocchi" is not heard as "gno cchi".
          const at = name.findIndex((word) => word.length >= 7 && splitHeard(word)?.every((piece) => SAYABLE_START.test(piece)) === true);
          const pieces = at >= 0 ? splitHeard(name[at] ?? '') : undefined;
          const written = pieces?.map((piece) => respell(piece, random));
          if (written !== undefined && written.join('') !== name[at]) add(kind, name.flatMap((word, i) => (i === at ? written : [word])).join(' '), full);
          break;
        }
        case 'merged': {
          const at = name.findIndex((word, i) => i + 1 < name.length && !STOPWORDS.has(word) && !STOPWORDS.has(name[i + 1] ?? ''));
          if (at >= 0) add(kind, [...name.slice(0, at), `${name[at]}${name[at + 1]}`, ...name.slice(at + 2)].join(' '), full);
          break;
        }
        case 'number-homophone': {
          const [heard, value] = pick(random, homophones);
          const unit = pick(random, CONTAINERS);
          add(kind, `${heard} ${containerSaid(unit, value)} of ${short.words.join(' ')}`, short, { quantity: value, unit });
          break;
        }
        case 'not-sold': {
          const said = pick(random, sayings.get(pick(random, heads)) ?? []);
          if (!answers.anyNamedBy(said)) requests.push({ kind, text: said.words.join(' '), accept: [], quantity: null, unit: null });
          break;
        }
        case 'household':
          requests.push(...householdRequest(options.history ?? new Map(), answers, sayableById, kindsSaid, random));
          break;
        case BRAND_KIND:
          requests.push(...brandRequest(brands, random));
          break;
      }
      if (requests.length > before) made++;
    }
  }
  return { catalog: catalogOf(kept.map((entry) => entry.product)), requests, heldOut: heads };
}

/** A shopper asks by its short name for something they have bought: any of their products so named is right. */
function householdRequest(history: OrderHistory, answers: Answers, sayableById: ReadonlyMap<string, Described>, kinds: ReadonlySet<string>, random: Random): GeneratedRequest[] {
  const users = [...history.keys()];
  if (users.length === 0) return [];
  const user = pick(random, users);
  const bought = new Set((history.get(user) ?? []).flatMap((order) => order.productIds));
  const theirs = [...bought].flatMap((id) => sayableById.get(id) ?? []);
  if (theirs.length === 0) return [];
  const said = shortly(pick(random, theirs), kinds, random);
  const accept = answers.of(said, bought);
  return accept.length === 0 ? [] : [{ kind: 'household', text: said.words.join(' '), accept, quantity: null, unit: null, user }];
}

/** A product said short: its noun alone or with the word before it; a name ending in a word that says no kind ("family size", "gluten free") is said whole. */
function shortly(entry: Described, kinds: ReadonlySet<string>, random: Random): Said {
  const name = entry.sayable ?? [];
  const head = entry.head ?? '';
  return { words: kinds.has(head) ? name.slice(random() < 0.4 ? -1 : -2) : name, head };
}

/** How many names a first word must lead to be a brand shoppers ask for by name. */
const MIN_BRAND_NAMES = 3;
/** Of the names with a word, the share it must lead to be a brand rather than a word that describes ("organic"). */
const BRAND_LEAD_SHARE = 0.8;

/** The catalog's brands, as the first word its names lead with, each with the products it leads. */
function brandsOf(described: readonly Described[], kinds: ReadonlySet<string>): Map<string, Described[]> {
  const leading = new Map<string, Described[]>();
  const uses = new Map<string, number>();
  for (const entry of described) {
    const first = words(entry.product.name)[0];
    if (first === undefined || !/^[a-z]{3,}$/.test(first)) continue;
    const products = leading.get(first) ?? [];
    products.push(entry);
    leading.set(first, products);
    for (const token of entry.tokens) uses.set(token, (uses.get(token) ?? 0) + 1);
  }
  const brands = new Map<string, Described[]>();
  for (const [word, products] of leading) {
    const token = stem(word);
    const said = products.length >= MIN_BRAND_NAMES && products.length >= BRAND_LEAD_SHARE * (uses.get(token) ?? 0);
    if (said && !STOPWORDS.has(word) && !kinds.has(token) && !VAGUE_ALONE.has(token)) brands.set(word, products);
  }
  return brands;
}

/** A brand said alone, any product it leads being right, or with one product's noun, any of that noun being right. */
function brandRequest(brands: ReadonlyMap<string, readonly Described[]>, random: Random): GeneratedRequest[] {
  if (brands.size === 0) return [];
  const [brand, products] = pick(random, [...brands.entries()]);
  const head = pick(random, products).head;
  if (random() < 0.5 || head === undefined || stem(brand) === head) {
    return [{ kind: BRAND_KIND, text: brand, accept: products.map((entry) => entry.product.id), quantity: null, unit: null }];
  }
  const accept = products.filter((entry) => entry.head === head).map((entry) => entry.product.id);
  const noun = words(products.find((entry) => entry.head === head)?.product.name ?? '').find((word) => stem(word) === head) ?? head;
  return [{ kind: BRAND_KIND, text: `${brand} ${noun}`, accept, quantity: null, unit: null }];
}
