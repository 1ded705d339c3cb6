import type { PastOrder } from './history.ts';
import { editDistance } from './fuzzy.ts';
import { STOPWORDS, stem, tokens, words } from './normalise.ts';
import { CASUAL_WORDS, DESCRIBING_WORDS, ONE_OF_A_KIND, PACKAGING_WORDS, SECTIONS_BY_UNIT, saysKindOf, shortForms } from './lexicon.ts';
import { affinities, phraseKey } from './personal.ts';
import type { Catalog, Product } from './product.ts';
import { ProductIndex } from './product-index.ts';
import { nameNoun, soldBy } from './packs.ts';
import { soundDistance } from './phonetic.ts';
import { talkFor, withoutAsides } from '../language/talk.ts';
import { amountStartsAt, amountStartsAThingAt, amountStartsInside, cannotEndItem, PACK_ADJECTIVES, saidAgain, saidAsNamesSayIt, selfRepairIn, splitAmount, stripTalk, unitNamed, withoutReason } from './quantity.ts';
import { acceptable, confident, findsEveryWord, FitScorer, FULL, inSection, itemValue, meaningfulWords, personallyAcceptable, tossUp, UNEXPLAINED_COST, type Fit } from './fit.ts';
import { acceptProbability, decisionFeatures, DEFAULT_RESOLUTION, type ResolutionConfig } from './decision.ts';
import { MATCH, QueryAnalyser, type AnalysedQuery, type QueryWord } from './query.ts';
import { Shortlist } from './shortlist.ts';
import { grocerySoundAlikes, mergeSoundAlikes, type SoundAlikes } from './sound-alikes.ts';

export interface ShopperContext {
  history?: readonly PastOrder[];
  /** phraseKey → product id, set when the shopper corrected a choice. */
  preferences?: ReadonlyMap<string, string>;
}

export interface ResolverOptions {
  readonly soundAlikes?: SoundAlikes | undefined;
  readonly resolution?: ResolutionConfig | undefined;
}

export interface Resolution {
  /** The text given. */
  heard: string;
  /** The product words, quantity and filler removed. */
  query: string;
  quantity: number | null;
  /** Singular: "pound", "box", "gallon", "dozen", "can", "bag", "pack", … */
  unit: string | null;
  /** null = the store sells nothing that fits. */
  product: Product | null;
  /** Nearest other candidates, best first (up to 5). */
  alternatives: Product[];
  /** true when alternatives[0] is about as good as product and nothing separates them. */
  ambiguous: boolean;
}

const ALTERNATIVES = 5;
/** How many times more products an aisle must hold than there are names with its word, for the word to mean the aisle. */
const AISLE_OVER_NAMES = 2;
/** What an aisle's one word explains as an item: the word, said of none of the names it chooses among (see `itemValue`). */
const AISLE_ITEM_VALUE = 0.4;
/** From this many letters a typed word may slip twice and still be plainly the word meant. */
const LONG_WORD = 7;

/** One resolved item, how much of the request it explains, and whether it could be one item of a list. */
interface Scored {
  resolution: Resolution;
  value: number;
  confident: boolean;
  /** Every word of the request is found in the product: the words may name one thing. */
  complete: boolean;
  /** The request names the product by its own noun ("milk" for Whole Milk, not "cranberry" for Cranberry Juice). */
  namesNoun: boolean;
  /** The product is the household's habit for these words rather than the store's best fit. */
  habitual?: boolean;
  /**
   * The words are found apart in the name, none side by side, in a product unusual for its noun
   * ("milk eggs" as Milk Chocolate Eggs among the candy): a reading that weighs less than the things
   * each word names on its own.
   */
  foundApart?: boolean;
  /** Some words said side by side are not printed so in the name ("milk eggs" of Milk Chocolate Eggs), wherever it is shelved. */
  printedApart?: boolean;
}

/** Whether one item's words say every product word of another's ("ground coffee" of "coffee"). */
function saysAllOf(better: string, said: string): boolean {
  const more = new Set(tokens(better));
  const less = tokens(said);
  return less.length > 0 && more.size > less.length && less.every((token) => more.has(token));
}

/**
 * The same product found for an item and the one said just after it ("soda, two of the cokes"):
 * the later, in the earlier's amount when it says none; undefined when they are other things.
 */
function sameThingAgain(said: Resolution, again: Resolution): Resolution | undefined {
  if (said.product == null || said.product.id !== again.product?.id) return undefined;
  return again.quantity === null && again.unit === null ? { ...again, quantity: said.quantity, unit: said.unit } : again;
}

/** How many describing words such an afterthought carries at most. */
const MAX_AFTERTHOUGHT = 3;

/**
 * "a jar of salsa the mild one" is a jar of mild salsa: the words of an afterthought that picks one
 * of the kind describe the product said before it, and go before it, after its amount, as a name
 * has them; "ones" points at no product.
 */
function describedAfter(said: readonly string[]): string[] {
  // "Avocados, the ripe ones, three": a count said after the afterthought stays last, as it was said.
  const count = said.length > 2 && ONE_OF_A_KIND.has(said.at(-2) ?? '') && /^\d+$/.test(said.at(-1) ?? '') ? said.slice(-1) : [];
  const all = said.slice(0, said.length - count.length);
  if (!ONE_OF_A_KIND.has(all.at(-1) ?? '')) return [...said];
  return [...describedAfterAll(all), ...count];
}

/** The words of an afterthought that ends `all`, put before the thing they describe. */
function describedAfterAll(all: readonly string[]): string[] {
  const the = all.lastIndexOf('the');
  const describing = all.slice(the + 1, -1);
  if (the >= 1 && describing.length > 0 && describing.length <= MAX_AFTERTHOUGHT && !describing.includes('and')) return describedBefore(all.slice(0, the), describing);
  // "a pound of grapes, green ones": the words before "ones" describe them all the same.
  return all.at(-1) === 'ones' && all.length > 2 ? all.slice(0, -1) : [...all];
}

/** Words that say which kind put before the thing they describe, after its amount: "a jar of" "mild" "salsa". */
function describedBefore(said: readonly string[], describing: readonly string[]): string[] {
  const { product } = splitAmount(said);
  const thing = said.length - product.length;
  const endsWithTheThing = product.length > 0 && product.every((word, at) => said[thing + at] === word);
  return endsWithTheThing ? [...said.slice(0, thing), ...describing, ...product] : [...describing, ...said];
}

/** Whether a name prints every one of the words, next to one another in some order: Peach Mango Yogurt, not Chocolate Covered Strawberries. */
function printsTogether(name: readonly string[], said: readonly string[]): boolean {
  const at = said.map((word) => name.indexOf(word));
  return at.every((position) => position >= 0) && Math.max(...at) - Math.min(...at) === said.length - 1;
}

/** Whether items are cut apart before word `at` with nothing said to part them: no "and", no amount starting there. */
function unsaidCut(all: readonly string[], at: number): boolean {
  return at > 0 && at < all.length && all[at] !== 'and' && all[at - 1] !== 'and' && !amountStartsAt(all, at) && !amountStartsAThingAt(all, at);
}

/** The catalog word a heard word surely is: itself, or the word it sounds just like ("serial" for cereal). */
function surelyHeard(word: QueryWord): number | undefined {
  let surest: number | undefined;
  let strongest = 0;
  for (const [id, strength] of word.candidates) {
    if (strength >= MATCH.merged && strength > strongest) {
      surest = id;
      strongest = strength;
    }
  }
  return surest;
}

/** Whether a fit names its product by the product's own noun, or by its aisle's ("cereal" for Cheerios). */
function namesNoun(fit: Fit): boolean {
  return fit.headToHead >= MATCH.oneEdit || fit.headInAisle;
}

/**
 * Words that say which or how big, never what: "the big pack", "the regular kind" name no product,
 * however many names happen to print them, so nothing is found for them alone.
 */
const SAYS_NO_THING: ReadonlySet<string> = new Set([...CASUAL_WORDS, ...DESCRIBING_WORDS, ...PACKAGING_WORDS, ...[...PACK_ADJECTIVES].map(stem)]);
/** "No", "no no": said alone, no request for a product, whatever a name's synonym says ("no more tears"). */
const REFUSALS: ReadonlySet<string> = new Set(talkFor().refusals);
const saysNoThing = (word: QueryWord): boolean => SAYS_NO_THING.has(word.word) || REFUSALS.has(word.word);

/** Words that make no item alone between pauses: the talk around requests, and the "and" joining them. */
const ASIDE_WORDS: ReadonlySet<string> = new Set([...talkFor().around.anywhere, ...talkFor().around.leading, 'and', 'then']);
/** Talk said straight after "and", before the next thing; "wait" is kept, for "and wait, no" takes something back. */
const ASIDE_AFTER_AND = new RegExp(`\\band (?:${[...ASIDE_WORDS].filter((word) => word !== 'wait' && word !== 'and' && word !== 'then').join('|')})\\b(?=\\s+\\S)`, 'gi');
/**
 * "Grapes, two pounds, eggs and butter", heard with no pauses: a weight said between two things
 * belongs to the one before when that one is weighed and the one after is not (eggs come by the
 * dozen), never to the eggs as two pounds of them.
 */
function weightOnTheWeighed(resolutions: readonly Resolution[]): Resolution[] {
  const moved = [...resolutions];
  for (let at = 1; at < moved.length; at++) {
    const [before, after] = [moved[at - 1], moved[at]];
    if (before === undefined || after === undefined || before.product === null || after.product === null) continue;
    if (before.quantity !== null || before.unit !== null || after.unit === null) continue;
    const weighedBefore = soldBy(before.product);
    if (weighedBefore.kind !== 'weight' || weighedBefore.per !== after.unit || soldBy(after.product).kind === 'weight') continue;
    moved[at - 1] = { ...before, quantity: after.quantity, unit: after.unit };
    moved[at] = { ...after, quantity: null, unit: null };
  }
  return moved;
}

/** "Lots", "plenty": how much, with no number, said as a piece of its own ("some bananas, lots"). */
const PLENTY: ReadonlySet<string> = new Set([...talkFor().plenty, 'a', 'of', 'them']);
const saysOnlyPlenty = (piece: string): boolean => words(piece).every((word) => PLENTY.has(word) || ASIDE_WORDS.has(word));

/** Talk said just before an "and", after a thing ("bacon, oh and three dozen eggs"): "now", of Now and Later, is a name's. */
const ASIDE_BEFORE_AND = new RegExp(`\\b(?:${[...talkFor().around.anywhere, 'oh', 'okay', 'well'].join('|')})\\s+and\\b`, 'gi');
/**
 * "Eggs, and I need bread", "milk and she wants bananas": an "and" before someone asking for
 * something starts a request of its own, as a pause would; the words before it are a thing, never a lead-in.
 */
const ASKING_AFTER_AND = new RegExp(`\\band\\s+(?:(?:${talkFor().reasonSubjects.concat('he', 'you').join('|')})\\s+)?(?:also\\s+|still\\s+)?(?=(?:${talkFor().commands.join('|')})\\b)`, 'gi');

/**
 * "Cheese but the cheddar", "eggs but only half a dozen", "but two bags of bananas": a "but" that
 * leaves nothing out is a pause before more about the thing, never a word of a product (Pork Butt).
 */
const BUT_BETWEEN = new RegExp(`\\bbut\\b(?!\\s+(?:${[...new Set(talkFor().excluding.flatMap((phrase) => (phrase.startsWith('but ') ? [phrase.slice(4).split(' ')[0]] : [])))].join('|')})\\b)`, 'gi');

/** Longest run of words taken as one item when splitting a request into several. */
const MAX_ITEM_WORDS = 8;
/** What each extra item must gain over reading the words as one product. */
const ITEM_SPLIT_COST = 0.3;
/** What a piece of a list loses when the product found for it is not the thing its last word names. */
const NOUN_UNNAMED_COST = 0.5;
/** How much habit (frequency and recency of buying, 0 to 1) counts for a one- or two-word request. */
const AFFINITY_WEIGHT = 0.6;
/** Words said for a thing named in several ("oj"): a household product named for that thing is the thing said. */
const SHORT_FORMS = shortForms();
/** How much saying more of a household product's name counts when choosing among its products. */
const SAID_OF_NAME_WEIGHT = 0.3;
/** How much less of the request a household's product may explain than the store's clearest match. */
const HABIT_COVERAGE_GAP = 0.45;
/** What share of its weight a word after the noun, or a describing word, keeps when no product of that noun carries it ("… for the school picnic"). */
const UNSUPPORTED_SHARE = 0.3;
/** How usual, against the shelf most usual for things of a noun, a shelf must be for a product there to be one of them. */
const KIND_SHELF_TYPICALITY = 0.25;
/** How usual its noun must be on a product's shelf (1: the shelf most names for the noun are on) for it to be the everyday form. */
const HOME_SHELF = 0.9;
/** How far below the best fit the everyday form of the thing may rank and still be taken for it. */
const EVERYDAY_MARGIN = 0.1;
/** How many times as often a household must buy its usual on a shelf as the product named for the word, for the usual to be offered first. */
const USUAL_OVER_NAMED = 3;
/** Below this share of its name said, a household's product says much the request does not ("with Honey"). */
const SAYS_MUCH_MORE = 0.5;
/** Below this share of the names using it being about it, a word that only describes is never a thing of its own ("decaf"). */
const DESCRIBING_HEAD_SHARE = 0.05;
/** A homophone is asked about when at least this share of the names using it are named for it... */
const HOMOPHONE_KIND_SHARE = 0.2;
/** ...and it is in at least a quarter as many names as the word heard. */
const HOMOPHONE_USES_RATIO = 4;

/**
 * Turns what a shopper said into the product of the catalog it means, with the amount, the nearest
 * alternatives, and whether the shopper should be asked to choose.
 */
export class Resolver {
  private readonly analyser: QueryAnalyser;
  private readonly shortlist: Shortlist;
  private readonly scorer: FitScorer;
  private readonly affinityCache = new WeakMap<readonly PastOrder[], Map<string, number>>();

  private constructor(
    private readonly catalog: Catalog,
    private readonly index: ProductIndex,
    soundAlikes: SoundAlikes | undefined,
    private readonly resolution: ResolutionConfig,
  ) {
    this.analyser = new QueryAnalyser(index, soundAlikes);
    this.shortlist = new Shortlist(index);
    this.scorer = new FitScorer(index);
  }

  /**
   * `soundAlikes`: the operator's lists of words a speech recogniser writes for one another
   * (src/catalog/sound-alikes.ts), heard besides voicecart's own few grocery homophones.
   * `resolution`: how to decide between answering and saying the store has nothing
   * (src/catalog/decision.ts); voicecart's own fitted one unless a store has fitted its own.
   */
  static build(catalog: Catalog, options: ResolverOptions = {}): Resolver {
    return Resolver.fromIndex(catalog, ProductIndex.build(catalog), options);
  }

  /** A resolver over an index built earlier (src/catalog/index-file.ts), so a cold start need not build it again. */
  static fromIndex(catalog: Catalog, index: ProductIndex, options: ResolverOptions = {}): Resolver {
    const soundAlikes = options.soundAlikes === undefined ? grocerySoundAlikes() : mergeSoundAlikes([grocerySoundAlikes(), options.soundAlikes]);
    return new Resolver(catalog, index, soundAlikes, options.resolution ?? DEFAULT_RESOLUTION);
  }

  /** The product one item's words mean; a kind said after the thing ("salsa, the mild one") is said before it, as names have it. */
  resolve(text: string, context: ShopperContext = {}): Resolution {
    return this.resolveSpoken(text, this.thingSaid(text, context), context).resolution;
  }

  /**
   * The words said of the thing, talk aside. A clause saying why ("the bananas, I found some") goes
   * too, when what is left names a thing, unless the words name a product whole that has
   * words of the clause: a recogniser may write "aioli" as "i oh lee", and a name may print the "I".
   */
  private thingSaid(text: string, context: ShopperContext): string[] {
    const said = stripTalk(words(text));
    const all = this.kindSaidAfter(describedAfter(said));
    const cut = withoutReason(said);
    if (cut.length === said.length) return all;
    const reasonless = this.kindSaidAfter(describedAfter(cut));
    const whole = this.resolveSpoken(all.join(' '), all, context);
    const clause = new Set(tokens(said.slice(cut.length).join(' ')));
    const named = whole.resolution.product === null ? [] : tokens(whole.resolution.product.name);
    if (named.some((token) => clause.has(token))) return all;
    // "She called, she wants bananas": words before the subject that name nothing were no thing said with a reason.
    return this.resolveSpoken(reasonless.join(' '), reasonless, context).resolution.product === null ? all : reasonless;
  }

  /**
   * The products whose names have every word of the request, best first: more than one means the
   * request does not say which of them is meant ("the milk" among whole milk and 2% milk).
   */
  namingAll(text: string): Product[] {
    const heard = this.analyser.analyse(splitAmount(words(text)).product);
    if (heard.words.length === 0) return [];
    return this.productsOf(this.rank(heard).ranked.filter(findsEveryWord).map((fit) => fit.product));
  }

  /**
   * The products of one shelf (`category`) with a name that carries every word said, as the
   * catalog spells them: "grape" on the spreads shelf is the grape jelly, wherever grapes are.
   */
  carryingOnShelf(text: string, category: string | undefined): Product[] {
    const ids = this.thingWordsOf(text).map((word) => this.index.vocabulary.get(word));
    if (ids.length === 0 || ids.some((id) => id === undefined)) return [];
    const wanted = ids.filter((id): id is number => id !== undefined);
    const rarest = wanted.reduce((best, id) => (this.index.postingCount(id) < this.index.postingCount(best) ? id : best));
    const found = new Set<number>();
    for (const nameId of this.index.postingsOf(rarest)) {
      const entry = this.index.name(nameId);
      if (entry === undefined || found.has(entry.product) || !wanted.every((id) => entry.tokens.includes(id))) continue;
      if (this.catalog.productAt(entry.product)?.category === category) found.add(entry.product);
    }
    return [...found].flatMap((at) => this.catalog.productAt(at) ?? []);
  }

  /** Whether some word names products of its own ("cheerios" of "maple cheerios"), unlike "cheaper" or "gluten free". */
  namesAThing(text: string): boolean {
    return this.thingWordsOf(text).some((word) => this.index.namesItsOwnProducts(word));
  }

  /**
   * Whether the words only say which kind ("the french vanilla", "sharp"): each is known to the
   * catalog and none names products of its own, as "bread" or "cheese" does.
   */
  onlyDescribes(text: string): boolean {
    const said = this.thingWordsOf(text).filter((word) => !CASUAL_WORDS.has(word));
    return said.length > 0 && said.every((word) => this.index.vocabulary.has(word) && !this.index.namesItsOwnProducts(word));
  }

  /**
   * Whether a product is a thing the words name: one of its names is about the noun, its shelf
   * names the noun as its own last word ("chicken" of chicken breasts among the chicken, but not the
   * "creams" of "other creams cheeses"), or things of that noun are usual there. A product that only
   * carries the word is another thing: a creamer for coffee is no coffee. `shelfHabit` false asks
   * for the name or shelf to say so: a shelf where milk is usual holds cheeses of goat milk.
   */
  isAKindOf(productId: string, text: string, shelfHabit = true): boolean {
    const at = this.catalog.positionOf(productId);
    const analysed = this.analyser.analyse(splitAmount(words(text)).product);
    const noun = this.index.vocabulary.get(analysed.words[analysed.head]?.word ?? '');
    const entries = (at === undefined ? [] : [...this.index.namesOf(at)]).flatMap((name) => this.index.name(name) ?? []);
    const [entry] = entries;
    if (noun === undefined || entry === undefined) return false;
    // Any of its names about the noun says so too: a cod the store also calls white fish is fish.
    if (entries.some((named) => named.head === noun)) return true;
    return entry.aisle[entry.aisle.length - 1] === noun || (shelfHabit && this.index.typicality(noun, entry.categoryId) >= KIND_SHELF_TYPICALITY);
  }

  /** The words of a phrase that may name a thing, as the catalog spells them: its amount and talk aside. */
  private thingWordsOf(text: string): string[] {
    return this.analyser.analyse(splitAmount(words(text)).product).words.map(({ word }) => word);
  }

  /**
   * Several items in one request: "milk eggs and two loaves of bread" → three resolutions.
   * Every way of cutting the words into items is weighed by how well each piece names one product,
   * so "macaroni and cheese" or "salt and pepper chips" stay whole while "milk eggs" splits.
   * Words that take an item back ("apples, no wait, pears") leave it out.
   */
  resolveAll(text: string, context: ShopperContext = {}): Resolution[] {
    // "Milk, eggs, no wait, bread": the item before the words that take it back is not wanted.
    const repair = selfRepairIn(text);
    if (repair !== undefined) {
      const before = this.resolveAll(text.slice(0, repair.index), context);
      // "Ground beef, no wait, not beef, the ground turkey": the thing turned down again after the
      // words that take it back is no part of what is said in its place.
      const saidAfter = text.slice(repair.end);
      const turnedDownAgain = /^\s*not\b[^,]*,/i.exec(saidAfter) ?? /^\s*not\s+\S+\s+(?=(?:the|a|an|some)\b)/i.exec(saidAfter);
      const restated = saidAgain(words(turnedDownAgain === null ? saidAfter : saidAfter.slice(turnedDownAgain[0].length)));
      // "A can of soup, no wait, make that three cans": the same thing again, in another amount.
      const amount = restated.product.length === 0 ? restated : null;
      const last = before.at(-1);
      if (amount !== null && amount.quantity !== null && last !== undefined) {
        return [...before.slice(0, -1), { ...last, quantity: amount.quantity, unit: amount.unit ?? last.unit }];
      }
      const after = this.resolveAll(restated.product.length === 0 ? '' : restated.said.join(' '), context);
      // Nothing after them ("milk, sorry"): there was nothing to take back.
      return after.length === 0 ? before : [...before.slice(0, -1), ...after];
    }
    // "Cream for my coffee, the light cream, not the heavy", "pears not bears": what is turned down at the end names nothing wanted.
    const turnedDownAtEnd = /[,\s]+(?:but\s+)?not\s+[^,]*$/i.exec(text);
    if (turnedDownAtEnd !== null && words(text.slice(0, turnedDownAtEnd.index)).length > 0) return this.resolveAll(text.slice(0, turnedDownAtEnd.index), context);
    const saidInstead = this.saidInstead(text, context);
    if (saidInstead !== undefined) return saidInstead;
    // "Carrots, and oh, a dozen eggs": a piece that is only talk ("and oh", "and um") is no item,
    // nor is the talk said next to an "and" with no pause ("carrots and oh a dozen eggs", "bacon oh and eggs").
    const pieces = withoutAsides(text)
      .replace(ASIDE_AFTER_AND, 'and')
      .replace(ASIDE_BEFORE_AND, 'and')
      .replace(ASKING_AFTER_AND, ', ')
      .replace(BUT_BETWEEN, ',')
      .split(/[,;]|\band then\b|\bplus\b|\balso\b/i)
      .filter((piece) => words(piece).some((word) => !ASIDE_WORDS.has(word)) && !saysOnlyPlenty(piece));
    // "Rice and dragon fruit and two boxes of mac and cheese": things listed with "and" more
    // than once are each a thing, as if a pause were heard at each "and" that joins no name; cut
    // only where found as a whole, one not sold would take the things beside it down with it.
    const listed = pieces.flatMap((piece) => this.listedWithAnd(piece)).flatMap((piece) => this.cutWhereSaidAgain(piece, context));
    // "Yogurt, the strawberry one": a piece that only says which kind belongs to the piece before it;
    // so may one of describing words alone ("bread, whole wheat"), when the thing said so is sold (see splitItems).
    const joined = listed.reduce<string[]>((kept, piece) => {
      const before = kept.at(-1);
      const withItsAmount = before === undefined ? undefined : this.amountSaidAfter(before, piece);
      if (withItsAmount !== undefined) return [...kept.slice(0, -1), withItsAmount];
      // After an "and", only words that point at one of a kind do ("and the strawberry one"): "and the ginger" is one more thing.
      const afterAnd = /^\s*and\b/i.test(piece);
      const pointsAtAKind = words(piece).some((word) => ONE_OF_A_KIND.has(word));
      const describes =
        before !== undefined &&
        ((this.onlySaysWhichKind(piece) && (!afterAnd || pointsAtAKind)) ||
          (!afterAnd && !this.namesCountedThings(words(piece)) && this.onlyDescribes(piece) && this.kindDescribed(words(before), words(piece), context) !== undefined));
      return before !== undefined && describes ? [...kept.slice(0, -1), `${before} ${piece.replace(/^\s*and\b/i, '')}`] : [...kept, piece];
    }, []);
    // "Soda, two of the cokes", "the dog treats, the milk bones": the same product found again in the
    // next breath is the thing said better, one item, in the amount said last.
    const resolved = joined
      .map((piece) => this.splitItems(piece, context, /^\s*and\b/i.test(piece)))
      .reduce<Resolution[]>((all, next) => {
        const [last, [first, ...rest]] = [all.at(-1), next];
        const merged = last === undefined || first === undefined ? undefined : sameThingAgain(last, first);
        return merged === undefined ? [...all, ...next] : [...all.slice(0, -1), merged, ...rest];
      }, []);
    return weightOnTheWeighed(resolved);
  }

  /**
   * "Eggs, only half a dozen", "strawberries and some apples, like five of them": a piece that is
   * only an amount, after a thing said with none (the last thing of a list, never half of a name
   * joined by "and"), is how much of it: the thing's words with the amount before them. Undefined otherwise.
   */
  private amountSaidAfter(before: string, piece: string): string | undefined {
    const amount = saidAgain(stripTalk(words(piece)).filter((word) => !CASUAL_WORDS.has(stem(word))));
    if (amount.quantity === null || amount.product.length > 0) return undefined;
    const and = before.lastIndexOf(' and ');
    const joinsAName = and >= 0 && this.index.namesJoining(words(before.slice(0, and)).at(-1) ?? '', words(before.slice(and + 5))[0] ?? '') > 0;
    const cut = and < 0 || joinsAName ? 0 : and + 5;
    const said = words(before.slice(cut));
    const thing = ['some', 'a', 'an', 'the'].includes(said[0] ?? '') ? said.slice(1) : said;
    if (splitAmount(thing).quantity !== null) return undefined;
    return `${before.slice(0, cut)}${amount.quantity} ${amount.unit === null ? '' : `${amount.unit} of `}${thing.join(' ')}`;
  }

  /**
   * "Veggie burgers veggie burger buns", heard with no pause: a word said again, a word
   * or more after it, starts another thing, when the words before and from it each find a product
   * of their own and no name prints the word twice ("mahi mahi" is one fish, said together).
   */
  private cutWhereSaidAgain(piece: string, context: ShopperContext): string[] {
    const said = words(piece);
    const stems = said.map(stem);
    // What the piece finds whole, looked up only once a word said again is met.
    let whole: Product | null | undefined;
    for (let at = 2; at < said.length; at++) {
      const word = stems[at] ?? '';
      const first = stems.indexOf(word);
      // Only a short name between the two, of things' words: "cream for my coffee, the light cream" says one cream better.
      const between = said.slice(first + 1, at);
      if (first < 0 || between.length === 0 || between.length > 2 || between.some((one) => STOPWORDS.has(one) || cannotEndItem(one))) continue;
      if (STOPWORDS.has(word) || cannotEndItem(said[at] ?? '')) continue;
      whole ??= this.resolve(piece, context).product;
      if (whole !== null && tokens(whole.name).filter((token) => token === word).length > 1) return [piece];
      // What follows is found up to the next "and" of the list it may go on with ("veggie burger buns and ketchup").
      const and = said.indexOf('and', at);
      const [before, next, after] = [said.slice(0, at).join(' '), said.slice(at, and < 0 ? said.length : and).join(' '), said.slice(at).join(' ')];
      const [one, other] = [this.resolve(before, context).product, this.resolve(next, context).product];
      if (one !== null && other !== null && one.id !== other.id) return [before, ...this.cutWhereSaidAgain(after, context)];
    }
    return [piece];
  }

  /** A piece cut at each "and" that joins no name, when it has two or more such: a list said with "and" between its things. */
  private listedWithAnd(piece: string): string[] {
    const said = words(piece);
    const cuts = said.flatMap((word, at) => (word === 'and' && at > 0 && at < said.length - 1 && !this.joinsNamePair(said, at) && this.index.namesJoining(said[at - 1] ?? '', said[at + 1] ?? '') === 0 ? [at] : []));
    // "Chocolate and vanilla and strawberry ice cream" is kinds of one thing (see kindsOfOneThing).
    const last = said.slice((cuts.at(-1) ?? 0) + 1);
    const kindsOnly = cuts.every((cut, k) => cut - (k === 0 ? 0 : (cuts[k - 1] ?? 0) + 1) === 1 && this.saysKindOfNext(said[cut - 1] ?? '', last[1] ?? ''));
    if (cuts.length < 2 || (last.length > 1 && kindsOnly)) return [piece];
    // Each thing after an "and" keeps it: it is said whole, as the last thing of a list is.
    return [...cuts, said.length].map((end, k) => said.slice(k === 0 ? 0 : (cuts[k - 1] ?? 0), end).join(' '));
  }

  /** Whether words are only an afterthought saying which kind: "the strawberry one", "and the red". */
  private onlySaysWhichKind(piece: string): boolean {
    const said = stripTalk(words(piece));
    const [the, ...kind] = said[0] === 'and' ? said.slice(1) : said;
    if (the !== 'the' || kind.length === 0) return false;
    const describing = kind.filter((word) => !ONE_OF_A_KIND.has(word));
    // "The cheese lover one" points back at one of a kind of the thing before, whatever its words name.
    const pointsBack = kind.length > 1 && ONE_OF_A_KIND.has(kind.at(-1) ?? '');
    return describing.length === 0 || pointsBack || (!this.namesCountedThings(describing) && this.onlyDescribes(describing.join(' ')));
  }

  /**
   * Whether the words say a thing the catalog counts in the plural ("the big bananas", "bananas"):
   * that thing, however many names it only flavours (banana bread), never a kind of another.
   */
  private namesCountedThings(said: readonly string[]): boolean {
    return said.some((word) => {
      const id = this.index.vocabulary.get(stem(word));
      return word.endsWith('s') && stem(word) !== word && id !== undefined && this.index.isCountNoun(id);
    });
  }

  /**
   * "Two gatorades, the red one and the blue one", "peaches, the yellow ones and the white ones": kinds
   * said after a thing, joined by "and", are as many of it, one of each when its amount counts
   * them; undefined unless the words after the thing only describe.
   */
  private kindsAfterTheThing(text: string, context: ShopperContext): Resolution[] | undefined {
    const said = stripTalk(words(text));
    const first = said.indexOf('the', 1);
    if (first < 1 || !said.includes('and', first)) return undefined;
    // Each kind said with its own "the" ("and the blue one"): "and bagels" is another thing.
    const saidWithThe = said.slice(first).every((word, at, rest) => word !== 'and' || rest[at + 1] === 'the');
    const parts: string[][] = [[]];
    for (const word of said.slice(first)) {
      if (word === 'and') parts.push([]);
      else if (word !== 'the' && !ONE_OF_A_KIND.has(word)) parts.at(-1)?.push(word);
    }
    if (!saidWithThe || parts.some((part) => part.length === 0 || !this.onlyDescribes(part.join(' ')))) return undefined;
    const thing = said.slice(0, first);
    // Several things before the kinds ("apples yogurt, the blueberry one and the plain one") are lastItemDescribed's.
    if (this.splitItems(thing.join(' '), context).length !== 1) return undefined;
    const { quantity, unit, product } = splitAmount(thing);
    if (product.length === 0) return undefined;
    // "Two gatorades, the red one and the blue one" is one of each.
    const amount = quantity === parts.length && unit === null ? [] : thing.slice(0, thing.length - product.length);
    // A kind not sold ("the red one" where the store's are named for their flavour) is said to be
    // missing, its nearest offered: the word alone would find some other red or blue thing.
    return parts.map((part) => {
      const kind = this.kindDescribed([...amount, ...product], part, context);
      if (kind !== undefined) return kind;
      const joined = describedBefore([...amount, ...product], part);
      const nearest = this.resolveSpoken(joined.join(' '), joined, context).resolution;
      const offered = [...(nearest.product === null ? [] : [nearest.product]), ...nearest.alternatives].slice(0, ALTERNATIVES);
      return { ...nearest, heard: joined.join(' '), product: null, ambiguous: false, alternatives: offered };
    });
  }

  /**
   * "Bananas, yogurt, the strawberry one, and bagels": an afterthought said after several items
   * says which kind the last of them is, not what the whole list is; the items before it and after
   * it stay as said. Undefined when the words before the afterthought are one item, or the
   * afterthought with that item is not one thing.
   */
  private lastItemDescribed(text: string, context: ShopperContext): Resolution[] | undefined {
    const said = stripTalk(words(text));
    const the = said.lastIndexOf('the');
    if (the < 2) return undefined;
    const and = said.indexOf('and', the);
    const afterthought = said.slice(the, and < 0 ? undefined : and);
    if (!this.onlySaysWhichKind(afterthought.join(' '))) return undefined;
    const listed = this.splitItems(said.slice(0, the).join(' '), context);
    const last = listed.at(-1);
    if (listed.length < 2 || last === undefined) return undefined;
    const described = this.splitItems([...words(last.heard), ...afterthought].join(' '), context);
    if (described.length !== 1) return undefined;
    const after = and < 0 ? [] : this.splitItems(said.slice(and + 1).join(' '), context);
    return [...listed.slice(0, -1), ...described, ...after];
  }

  /**
   * "A bottle of olive oil, no, vegetable oil": a bare "no" before a thing of the shelf the thing
   * before it is on takes that thing back, and the other goes in instead, in its amount when it has
   * none of its own. "Orange juice no pulp" names no thing after the "no": undefined, read as said.
   */
  private saidInstead(text: string, context: ShopperContext): Resolution[] | undefined {
    const match = [...text.matchAll(/\bno\b/gi)].at(-1);
    if (match === undefined || match.index === 0) return undefined;
    const after = this.resolveAll(text.slice(match.index + match[0].length), context);
    const [instead, ...more] = after;
    if (instead?.product == null || instead.ambiguous || more.length > 0) return undefined;
    // The words after the "no" name the thing by its own noun: "pulp" is no orange juice of its own.
    const noun = nameNoun(instead.product.name).at(-1);
    if (noun === undefined || stem(words(instead.query).at(-1) ?? '') !== stem(noun)) return undefined;
    const before = this.resolveAll(text.slice(0, match.index), context);
    const taken = before.at(-1);
    if (taken?.product == null || taken.product.category !== instead.product.category || taken.product.id === instead.product.id) return undefined;
    const amount = instead.quantity === null && instead.unit === null ? { quantity: taken.quantity, unit: taken.unit } : {};
    return [...before.slice(0, -1), { ...instead, ...amount }];
  }

  /**
   * A request is cut into several items only when each names a product beyond doubt: a cut that
   * leaves a part unsold or barely matched would invent an item ("snow tires" is not snow peas and
   * something else), so such words stay one item, even one the store does not sell.
   * `saidAfterAnd`: the words follow an "and" of a list, so nothing is cut where nothing was said.
   */
  private splitItems(text: string, context: ShopperContext, saidAfterAnd = false): Resolution[] {
    const described = this.kindsAfterTheThing(text, context) ?? this.lastItemDescribed(text, context);
    if (described !== undefined) return described;
    const all = this.thingSaid(text, context);
    const n = all.length;
    if (n === 0) return [];
    const whole = this.resolveSpoken(all.join(' '), all, context);
    // "The strawberry and the vanilla yogurt": a "the" before each kind points, and says no more.
    const kinds = this.kindsOfOneThing(all.filter((word) => word !== 'the'), whole.resolution, context);
    if (kinds !== undefined) return kinds;
    // A product with every word, found apart in an unusual one for its noun, holds the words together no more than any other reading.
    // In a list said with "and" ("milk eggs butter and bananas"), no name holds words it prints apart: they are things of their own.
    const listed = all.includes('and');
    const holdsEveryWord = whole.complete && whole.foundApart !== true && !(listed && whole.printedApart === true);
    const best: { value: number; cut: number; item: Scored | null }[] = [{ value: 0, cut: -1, item: null }];
    const lastAnd = all.lastIndexOf('and');
    for (let end = 1; end <= n; end++) {
      best.push({ value: Number.NEGATIVE_INFINITY, cut: -1, item: null });
      // An item ending here counts only if another may start here, which the check on `start` below
      // refuses unless "and" was said: a long product name said whole is then resolved once, not in every piece.
      if (end < n && holdsEveryWord && unsaidCut(all, end)) continue;
      for (let start = Math.max(0, end - MAX_ITEM_WORDS); start < end; start++) {
        const before = best[start];
        const piece = all.slice(start, end);
        const last = piece[piece.length - 1] ?? '';
        if (before === undefined || before.value === Number.NEGATIVE_INFINITY) continue;
        // A name joining two words, as Half & Half does, may end an item though "half" alone may not ("half a gallon").
        const endsAName = piece.at(-2) === 'and' && this.index.namesJoining(piece.at(-3) ?? '', last) > 0;
        if ((end < n && cannotEndItem(last) && !endsAName) || ['of', 'with', 'for'].includes(piece[0] ?? '')) continue;
        if (end - start === n || amountStartsInside(piece)) continue;
        // Words that one product has all of are cut only where the shopper said "and" ("light bulbs" stays one).
        if (holdsEveryWord && unsaidCut(all, start)) continue;
        if (this.joinsNamePair(all, start) || this.joinsNamePair(all, end)) continue;
        // "Coke the zero sugar kind, two packs": words that point at a kind, with no "and" before them, say which of the thing before.
        if (unsaidCut(all, start) && all[start] === 'the' && piece.some((word) => ONE_OF_A_KIND.has(word))) continue;
        if (unsaidCut(all, start) && (this.saysWhatKind(all[start - 1] ?? '') || saysKindOf(stem(all[start] ?? ''), stem(all[start - 1] ?? '')))) continue;
        // An "and" inside an item joins words of one name only where names join them so ("macaroni
        // and cheese"): "raisins and brown" is no Raisin Bran heard through a sound-alike.
        if (piece.some((word, at) => word === 'and' && at > 0 && at < piece.length - 1 && this.index.namesJoining(piece[at - 1] ?? '', piece[at + 1] ?? '') === 0)) continue;
        // "Milk eggs butter and bananas": in a list of things said with no pause heard, the last "and"
        // is the list's, unless it binds a name ("mac and cheese").
        const innerAnd = piece.indexOf('and', 1);
        if (unsaidCut(all, start) && innerAnd > 0 && innerAnd < piece.length - 1 && !this.index.boundByAnd(piece[innerAnd - 1] ?? '', piece[innerAnd + 1] ?? '')) continue;
        const item = this.resolveSpoken(piece.join(' '), piece, context);
        // In a list, words no name prints side by side are no one thing ("milk eggs" as Milk Chocolate Eggs).
        if (listed && item.printedApart === true && end - start > 1) continue;
        // A thing between amounts of a list ("… a box of cheerios some orange juice a gallon of milk")
        // is an item even when not found for sure: it is asked about, and takes no other down with it.
        const betweenAmounts =
          (start === 0 || amountStartsAThingAt(all, start)) && (end === n || amountStartsAThingAt(all, end)) && (start > 0 || end < n) && !piece.some((_, k) => k > 0 && amountStartsAThingAt(piece, k)) && splitAmount(piece).product.length > 0;
        if (!item.confident && !betweenAmounts) continue;
        // Words cut apart where no "and" was said must each name their product's own noun: "milk eggs"
        // is two items, "cranberry sauce" is not Cranberry Juice and a sauce.
        if ((unsaidCut(all, start) || unsaidCut(all, end)) && !item.namesNoun) continue;
        // English ends a list with "and" before its last thing: no cut comes after it unsaid ("shrimp
        // and some cocktail sauce" is no cocktail and a sauce), nor in a thing said after one.
        if (unsaidCut(all, start) && ((lastAnd >= 0 && start > lastAnd) || saidAfterAnd)) continue;
        // English puts the noun last: a piece whose last word is no noun of its product ("tomato sauce
        // linguine" as a linguine sauce) weighs less than the things its words name by their own nouns.
        const value = before.value + item.value - (start > 0 ? ITEM_SPLIT_COST : 0) - this.nounUnnamedCost(item, piece);
        const here = best[end];
        if (here !== undefined && value > here.value) best[end] = { value, cut: start, item };
      }
    }
    const split = best[n]?.value ?? Number.NEGATIVE_INFINITY;
    if (split === Number.NEGATIVE_INFINITY) {
      // A name that says one word on both sides of "and", where none is sold: a product that says the word once is not it; it is offered.
      const { product, alternatives } = whole.resolution;
      if (product !== null && this.saidTwiceAroundAnd(all, product)) return [{ ...whole.resolution, product: null, alternatives: [product, ...alternatives].slice(0, ALTERNATIVES), ambiguous: false }];
      return this.eachSideLeftOut(all, whole.resolution, context) ?? [whole.resolution];
    }
    const items: Resolution[] = [];
    /** Whether each item was said after "and". */
    const saidWithAnd: boolean[] = [];
    /**
     * Whether an item named by its own noun has no word in the product found for the whole, nor in
     * its shelf's name: the whole would lose it ("salad" of a dressing on the salad dressing shelf is not lost).
     */
    let wholeLosesAnItem = false;
    const wholeProduct = whole.resolution.product;
    const namedWhole = new Set(wholeProduct === null ? [] : [wholeProduct.name, ...(wholeProduct.synonyms ?? []), wholeProduct.category?.split('>').at(-1) ?? ''].flatMap(tokens));
    // "bread and cheese", "vanilla yogurt and almond milk": everyday products joined by a said "and",
    // each named by its own noun, are as many items, unless a product is named exactly that, "and"
    // and all; names bound by "and" were never cut, and words after a pair that names join ("sour
    // cream and onion dip") say what the pair describes.
    const and = all.lastIndexOf('and');
    const joinedByNames = and > 0 && this.index.namesJoining(all[and - 1] ?? '', all[and + 1] ?? '') > 0;
    let everyday = !this.namedExactly(whole.resolution.product, all) && and > 0 && (and === n - 2 || !joinedByNames);
    // "Bacon and ranch" of a household that buys bacon and ranch, never the dressing named for both:
    // its habits, each side a thing it buys, say two things.
    let eachAHabit = and > 0 && whole.habitual !== true;
    for (let end = n; end > 0; ) {
      const step = best[end];
      if (step === undefined || step.item === null) break;
      const piece = all.slice(step.cut, end);
      if (!step.item.namesNoun || (step.cut > 0 && piece[0] !== 'and')) everyday = false;
      if (step.item.habitual !== true || (step.cut > 0 && piece[0] !== 'and')) eachAHabit = false;
      items.unshift({ ...step.item.resolution, heard: (piece[0] === 'and' ? piece.slice(1) : piece).join(' ') });
      if (step.item.namesNoun && step.item.resolution.product !== null && !tokens(piece.join(' ')).some((token) => namedWhole.has(token))) wholeLosesAnItem = true;
      saidWithAnd.unshift(piece[0] === 'and');
      end = step.cut;
    }
    // "Coffee, then ground coffee": an item said again with more words, no "and" between, is the one item said better.
    // So is the same product found again ("soda, two of the cokes"), in the amount said last.
    for (let i = items.length - 2; i >= 0; i--) {
      const [said, better] = [items[i], items[i + 1]];
      if (said === undefined || better === undefined || saidWithAnd[i + 1] === true) continue;
      const merged = sameThingAgain(said, better) ?? (saysAllOf(better.query, said.query) ? better : undefined);
      if (merged === undefined) continue;
      items.splice(i, 2, merged);
      saidWithAnd.splice(i + 1, 1);
    }
    // "A loaf of whole wheat, bread": an item cut off with no "and", whose words the product found
    // just before already has (Whole Wheat Bread), is the end of that item, not a second bread; so
    // are words its shelf says of it ("plain rye bread" of a Plain Rye among the breads), which add
    // nothing to what was found.
    for (let i = items.length - 2; i >= 0; i--) {
      const [first, rest] = [items[i], items[i + 1]];
      // "Banana bread, bananas": bananas said in the plural are a thing of their own, not the end of the bread.
      if (first?.product == null || rest === undefined || saidWithAnd[i + 1] === true || this.namesCountedThings(words(rest.heard))) continue;
      const named = new Set(tokens(first.product.name));
      const shelved = new Set(tokens(first.product.category?.split('>').at(-1) ?? ''));
      const restSaid = tokens(rest.query);
      if (restSaid.length === 0 || !restSaid.every((token) => named.has(token) || shelved.has(token))) continue;
      const joined = `${first.heard} ${rest.heard}`;
      const alreadyFound = !restSaid.every((token) => named.has(token));
      items.splice(i, 2, { ...(alreadyFound ? first : this.resolveSpoken(joined, joined.split(' '), context).resolution), heard: joined });
      saidWithAnd.splice(i + 1, 1);
    }
    // "Bread whole wheat", "coffee decaf": words that only say which kind, cut off after a thing with
    // no "and", describe it when the thing said so is sold as a kind of it (Whole Wheat Bread); a
    // product that happens to be named by the describing words alone is not what was asked for.
    for (let i = items.length - 2; i >= 0; i--) {
      const [first, rest] = [items[i], items[i + 1]];
      if (first?.product == null || rest === undefined || saidWithAnd[i + 1] === true || this.namesCountedThings(words(rest.heard)) || !this.onlyDescribes(rest.query)) continue;
      const kind = this.kindDescribed(words(first.heard), words(rest.heard), context);
      if (kind === undefined) continue;
      items.splice(i, 2, kind);
      saidWithAnd.splice(i + 1, 1);
    }
    // The household's habit speaks for one thing: words it leaves out after a said "and", with another item to be found in them, are that item.
    const habitLeavesOut = whole.habitual === true && !whole.complete && all.includes('and');
    // "Bread and whole wheat flour" found whole as the flour would lose the bread: a whole that says nothing of a side of the "and" never wins.
    const losesASide = this.sideLeftOut(all, whole.resolution) !== undefined;
    const wholeValue = whole.value - this.nounUnnamedCost(whole, all);
    return everyday || eachAHabit || (listed && whole.printedApart === true) || habitLeavesOut || losesASide || (wholeLosesAnItem && !whole.complete && whole.namesNoun) || this.saidTwiceAroundAnd(all, whole.resolution.product) || split > wholeValue ? items : [whole.resolution];
  }

  /**
   * "Chocolate and vanilla ice cream", "peach and strawberry yogurt": words just before the last
   * "and" that each say which kind of the thing said after it, as the word after the "and" does,
   * are as many of that thing, unless one product prints the kinds together (a strawberry banana
   * smoothie), which is then the thing. A word that names things of its own ("coffee and vanilla
   * ice cream"), a plural ("apples and banana bread") or a word printed mostly with the noun
   * ("chocolate and ice cream") is a thing of its own, and each kind must be sold, or the words are
   * read as before.
   */
  private kindsOfOneThing(all: readonly string[], whole: Resolution, context: ShopperContext): Resolution[] | undefined {
    const and = all.lastIndexOf('and');
    const [kind, ...thing] = all.slice(and + 1);
    const noun = thing[0];
    if (and <= 0 || kind === undefined || noun === undefined || !this.saysKindOfNext(kind, noun)) return undefined;
    // "Chocolate, vanilla and strawberry", "chocolate and vanilla and strawberry": each kind before the last "and".
    let start = and;
    while (start > 0 && (this.saysKindOfNext(all[start - 1] ?? '', noun) || (all[start - 1] === 'and' && start >= 2 && this.saysKindOfNext(all[start - 2] ?? '', noun)))) start--;
    if (start === and) return undefined;
    const kindsSaid = [...all.slice(start, and).filter((word) => word !== 'and'), kind];
    if (whole.product !== null && printsTogether(tokens(whole.product.name), kindsSaid.map(stem))) return [whole];
    // Words before the kinds that say only an amount ("a pint of") are said of the first.
    const before = all.slice(0, start);
    const amountOnly = before.length > 0 && splitAmount(before).product.length === 0;
    const found = kindsSaid.map((word, at) => {
      const piece = [...(amountOnly && at === 0 ? before : []), word, ...thing];
      return { ...this.resolveSpoken(piece.join(' '), piece, context), heard: piece.join(' ') };
    });
    const sold = found.every(({ confident, namesNoun, resolution }, at) => confident && namesNoun && resolution.product !== null && tokens(resolution.product.name).includes(stem(kindsSaid[at] ?? '')));
    if (!sold) return undefined;
    const items = found.map(({ resolution, heard }) => ({ ...resolution, heard }));
    return before.length > 0 && !amountOnly ? [...this.splitItems(before.join(' '), context), ...items] : items;
  }

  /** Whether a word said before another only says which kind of it: said singular, seldom a name's noun, and not printed mostly with the other ("ice" of "ice cream"). */
  private saysKindOfNext(word: string, next: string): boolean {
    const id = this.index.vocabulary.get(word);
    const nextId = this.index.vocabulary.get(stem(next));
    if (id === undefined || nextId === undefined || (word.endsWith('s') && stem(word) !== word)) return false;
    return this.index.mostlyDescribes(id) && !this.index.printedMostlyBefore(id, nextId);
  }

  /**
   * The thing said with describing words said after it, put before it ("whole wheat" of "a loaf of
   * bread"), when that is sold as a kind of the thing; undefined when it is not ("milk, cheddar"
   * finds a cheese, no milk).
   */
  private kindDescribed(thing: readonly string[], describing: readonly string[], context: ShopperContext): Resolution | undefined {
    const joined = describedBefore(thing, describing);
    const kind = this.resolveSpoken(joined.join(' '), joined, context);
    const product = kind.resolution.product;
    const thingSaid = splitAmount(thing).product.join(' ');
    if (product === null || !kind.confident || !kind.namesNoun || thingSaid === '' || !this.isAKindOf(product.id, thingSaid, false)) return undefined;
    return { ...kind.resolution, heard: joined.join(' ') };
  }

  /**
   * What a reading of words as one item loses when its product is not the thing their last word
   * names; nothing when a name joins two of the words with "and" ("cheese macaroni" is macaroni and
   * cheese, whichever noun comes last).
   */
  private nounUnnamedCost(item: Scored, piece: readonly string[]): number {
    if (item.foundApart === true) return NOUN_UNNAMED_COST;
    if (item.namesNoun) return 0;
    const joined = piece.some((word, at) => at > 0 && (this.index.namesJoining(piece[at - 1] ?? '', word) > 0 || this.index.namesJoining(word, piece[at - 1] ?? '') > 0));
    return joined ? 0 : NOUN_UNNAMED_COST;
  }

  /**
   * "Onions, the red": words after a last "the" that only say which kind, its "ones" unsaid or not
   * heard, describe the thing said before them, and are said before it as a name would ("red
   * onions"); they name no product of their own.
   */
  private kindSaidAfter(all: readonly string[]): string[] {
    const the = all.lastIndexOf('the');
    const describing = all.slice(the + 1);
    // "A bag of the bananas": a "the" after "of" says which of a thing, no afterthought; nor does
    // one after "and", which starts the next thing ("apples and the big bananas").
    const afterthought = the >= 1 && all[the - 1] !== 'of' && all[the - 1] !== 'and' && describing.length > 0 && describing.length <= MAX_AFTERTHOUGHT && !describing.includes('and');
    // "The plain kind": the word that points at a kind goes; the kind said stays.
    const kind = describing.filter((word) => !ONE_OF_A_KIND.has(word));
    return afterthought && this.onlyDescribes(describing.join(' ')) ? describedBefore(all.slice(0, the), kind) : [...all];
  }

  /**
   * "Paper tails and dish soap" found as Dish Soap alone: when no cut names each item beyond doubt
   * and the one product found (or none) has no word of a side of the "and", that side would be
   * lost. Each side is then an item of its own, found or honestly not; undefined when the whole
   * speaks for both sides ("salt and pepper chips", a dish named with "and").
   */
  private eachSideLeftOut(all: readonly string[], whole: Resolution, context: ShopperContext): Resolution[] | undefined {
    const [before, after] = this.sideLeftOut(all, whole) ?? [];
    if (before === undefined || after === undefined) return undefined;
    // A word alone that names no thing by its own noun ("sweet" of "sweet and sour sauce", found only
    // as sweet rolls) describes the pair: the words stay one thing, sold or not.
    const first = before.length === 1 ? this.resolveSpoken(before.join(' '), before, context) : undefined;
    if (first !== undefined && first.resolution.product !== null && !first.namesNoun) return undefined;
    // The side before is itself cut where it names things ("ketchup mustard and relish": ketchup,
    // mustard, and the relish the store may not have); the thing after the last "and" ends the list
    // whole ("and some cocktail sauce" is no cocktail and a sauce).
    const last = this.resolveSpoken(after.join(' '), after, context).resolution;
    // "Salt and vinegar chips" where chips are sold but none say vinegar: one word before the "and"
    // may be a flavour said with it, so the whole is the thing not sold, and nothing goes in unasked.
    const noun = after.at(-1) ?? '';
    if (last.product === null && before.length === 1 && after.length > 1 && this.resolveSpoken(noun, [noun], context).resolution.product !== null) return undefined;
    return [...this.splitItems(before.join(' '), context), { ...last, heard: after.join(' ') }];
  }

  /** The two sides of the last "and" when the product found for the whole has no word of one of them; undefined when it speaks for both. */
  private sideLeftOut(all: readonly string[], whole: Resolution): string[][] | undefined {
    const and = all.lastIndexOf('and');
    if (and <= 0 || and >= all.length - 1 || this.joinsNamePair(all, and) || this.namedExactly(whole.product, all)) return undefined;
    const sides = [all.slice(0, and), all.slice(and + 1)];
    // "Rice and beans for the burrito": what a side is for says nothing of its thing.
    const said = sides.map((side) => tokens(splitAmount(side.indexOf('for') > 0 ? side.slice(0, side.indexOf('for')) : side).product.join(' ')));
    // "Two and a half pounds of turkey", "pound and a half of beef": a side with no product words is part of an amount.
    if (said.some((side) => side.length === 0) || unitNamed(sides[0]?.join(' ') ?? '') !== null) return undefined;
    const named = new Set(whole.product === null ? [] : tokens(whole.product.name));
    // Each side's noun, said last, must be in the name: Pancake Syrup says nothing of a pancake mix.
    return said.every((side) => named.has(side.at(-1) ?? '')) ? undefined : sides;
  }

  /**
   * "Milk and chocolate milk": a product word said on both sides of an "and" names two things,
   * unless the product found says it twice too.
   */
  private saidTwiceAroundAnd(all: readonly string[], product: Product | null): boolean {
    const and = all.indexOf('and');
    if (and < 0) return false;
    const before = new Set(tokens(all.slice(0, and).join(' ')));
    const twice = tokens(all.slice(and + 1).join(' ')).filter((token) => before.has(token));
    if (twice.length === 0) return false;
    const named = product === null ? [] : tokens(product.name);
    return twice.some((token) => named.filter((word) => word === token).length < 2);
  }

  /**
   * Whether a product's name, or a name the store gives it ("mac and cheese"), joins words with
   * "and" and says just what was said, its amount aside ("Rice & Beans" for "two cans of rice and beans").
   */
  private namedExactly(product: Product | null, said: readonly string[]): boolean {
    if (product === null) return false;
    const asked = new Set(tokens(splitAmount(said).product.join(' ')));
    return [product.name, ...(product.synonyms ?? [])].some((name) => {
      if (!/\band\b|&/i.test(name)) return false;
      const named = new Set(tokens(name));
      return named.size === asked.size && [...named].every((token) => asked.has(token));
    });
  }

  /**
   * Whether a word said just before another, with no "and", says what kind the other is: one apple
   * is "an apple" or "apples", so a bare singular thing the catalog counts is a kind of what
   * follows ("apple sauce", "tomato soup"), never an item of its own, even when the store sells no
   * such thing. So is a word that only describes ("decaf tea"; see onlyDescribes) and is almost
   * never what a name is about, even one a store's synonym makes a product of its own.
   */
  private saysWhatKind(word: string): boolean {
    // "Kids", said of who a thing is for, is the catalog's "kid" that few names are about.
    const id = this.index.vocabulary.get(word) ?? this.index.vocabulary.get(stem(word));
    return id !== undefined && (this.isACountedThing(word) || (this.index.headShare(id) < DESCRIBING_HEAD_SHARE && this.onlyDescribes(word)));
  }

  /** Whether a word is a thing the catalog counts, said in the singular ("lime", "apple"): one of them is "a lime", so alone before a noun it says which kind. */
  isACountedThing(word: string): boolean {
    const id = this.index.vocabulary.get(word);
    return id !== undefined && stem(word) === word && this.index.isCountNoun(id);
  }

  /** Whether cutting before word `at` would part a name joined by "and" ("ben and jerry's", "arm and hammer"). */
  private joinsNamePair(all: readonly string[], at: number): boolean {
    if (at <= 0 || at >= all.length) return false;
    if (all[at] === 'and') return this.index.boundByAnd(all[at - 1] ?? '', all[at + 1] ?? '');
    if (all[at - 1] === 'and') return this.index.boundByAnd(all[at - 2] ?? '', all[at] ?? '');
    return false;
  }

  /** Resolves one item's words, with how much of the request the answer explains (for splitting). */
  private resolveSpoken(heard: string, spoken: readonly string[], context: ShopperContext): Scored {
    const { quantity, unit, product } = splitAmount(spoken);
    const scored = this.resolveWords(heard, product, quantity, unit, context);
    // Words read as amount or talk are explained; product words the answer leaves out count against it.
    const counted = (list: readonly string[]): number => list.filter((word) => word !== 'and').length;
    // "Four cheese pizza": a number the name prints just before the next word said is the name's, no amount.
    const found = scored.resolution.product;
    const named = found === null || quantity === null || unit !== null ? [] : tokens(found.name);
    const numberNamed = named.some((token, at) => token === String(quantity) && named[at + 1] === stem(product[0] ?? ''));
    const resolution = numberNamed ? { ...scored.resolution, quantity: null } : scored.resolution;
    return { ...scored, resolution, value: scored.value + counted(spoken) - counted(product) };
  }

  /**
   * "Cream for my coffee", "milk for my cereal": what a thing is for may name products of its own
   * that print both words (a coffee cream cake, a cereal); when the whole request finds nothing named
   * for the thing, the thing alone is what is asked for.
   */
  private resolveWords(heard: string, productWords: readonly string[], quantity: number | null, unit: string | null, context: ShopperContext): Scored {
    const whole = this.resolveItemWords(heard, productWords, quantity, unit, context);
    const at = productWords.lastIndexOf('for');
    if (at < 1 || at === productWords.length - 1 || (whole.resolution.product !== null && whole.namesNoun)) return whole;
    const alone = this.resolveItemWords(heard, productWords.slice(0, at), quantity, unit, context);
    return alone.resolution.product !== null && alone.namesNoun ? { ...alone, value: Math.max(alone.value, whole.value) } : whole;
  }

  private resolveItemWords(
    heard: string,
    productWords: readonly string[],
    quantity: number | null,
    unit: string | null,
    context: ShopperContext,
  ): Scored {
    const query = productWords.join(' ');
    const base = { heard, query, quantity, unit };
    const said = this.heard(productWords, quantity, unit);
    if (said.words.length === 0 || said.words.every(saysNoThing)) return this.nothingSaid(base);
    const { analysed, ranked } = this.rank(said);
    const none = (alternatives: Product[]): Scored => ({
      resolution: { ...base, product: null, alternatives, ambiguous: false },
      value: -UNEXPLAINED_COST * analysed.words.length,
      confident: false,
      complete: false,
      namesNoun: false,
    });
    const { preferred, personal, chosen, askBeside } = this.householdPick(analysed, ranked, productWords, context);
    const others = ranked.filter((fit) => fit.product !== chosen && fit.product !== askBeside?.product).map((fit) => fit.product);
    const best = ranked[0];
    if (chosen !== null) {
      const fit = personal ?? best;
      const alternatives = this.productsOf(askBeside === undefined ? others : [askBeside.product, ...others]);
      return {
        resolution: { ...base, product: this.catalog.productAt(chosen) ?? null, alternatives, ambiguous: askBeside !== undefined },
        value: fit === undefined ? analysed.words.length : itemValue(analysed, fit),
        confident: preferred !== null || (personal !== null && confident(personal)),
        complete: preferred !== null || (personal !== null && findsEveryWord(personal)),
        namesNoun: preferred !== null || (personal !== null && namesNoun(personal)),
        habitual: true,
      };
    }
    // The aisle is named beyond doubt, as an item of a list may be ("cereal, peanut butter"), and no one product's name is said.
    const shelf = this.aisleNamed(analysed, ranked);
    if (shelf.length > 1) {
      return {
        resolution: { ...base, product: shelf[0] ?? null, alternatives: shelf.slice(1), ambiguous: true },
        value: AISLE_ITEM_VALUE,
        confident: true,
        complete: true,
        namesNoun: true,
      };
    }
    // The best fit may only mention the word ("Muscle Recovery Tea" for "muscles"): take the best that is the thing.
    const at = this.handSetAnswer(analysed, ranked, productWords);
    const answer = ranked[at];
    // The nearest products are offered in its place: only ones with a word said or spelt nearly alike
    // ("broccolini", Broccoli), never one a faint sound-alike of a brand brought in ("rye", Sweet Baby Ray's).
    const nearest = (): Product[] => this.productsOf(ranked.filter((fit) => fit.strongest >= MATCH.twoEdits).map((fit) => fit.product));
    if (answer === undefined) return none(nearest());
    const foundApart = analysed.words.length > 1 && answer.ordered === 0 && answer.typical < KIND_SHELF_TYPICALITY;
    const weighed = { value: itemValue(analysed, answer), complete: findsEveryWord(answer), namesNoun: namesNoun(answer), foundApart, printedApart: analysed.words.length > 1 && answer.ordered < 1 };
    // How the words split into items is still weighed by the answer the fitted decision turned down,
    // so a request is cut the same way whichever decides; only it is no item of a list.
    // A word said alone and found only as the sound of another ("nougats", Chicken Nuggets; "foil",
    // Folly) is no slip of its spelling: the thing said may simply not be sold, so it is offered,
    // never added. A unit said with it ("a bunch of kail", "a can of tuner") backs the hearing.
    // "Frozen cheese cake" found only as a frozen cheese pizza: the thing the request is about heard
    // as words the catalog knows, none of them in the name, so what was found is only what describes
    // it, and no sure fit: the thing may not be sold, so it is offered. A noun heard as nothing the
    // catalog knows ("large white egs") leaves the words that describe it to say what it is.
    const head = analysed.words[analysed.head];
    const named = this.index.name(answer.name)?.tokens ?? [];
    const nounUnfound =
      analysed.words.length > 1 && head !== undefined && head.candidates.size > 0 && !weighed.namesNoun && !confident(answer) && !named.some((token) => head.candidates.has(token));
    if (!this.accepted(analysed, ranked, at) || nounUnfound || (unit === null && this.foundOnlyBySound(analysed, answer))) {
      return { ...weighed, confident: false, resolution: { ...base, product: null, alternatives: nearest(), ambiguous: false } };
    }
    const rest = ranked.filter((_, i) => i !== at);
    const runnerUp = rest[0];
    const rival = this.homophoneRival(analysed, answer, rest);
    // A word that sounds just like another thing the store sells is asked about, that thing offered next.
    const offered = rival === undefined ? rest : [rival, ...rest.filter((fit) => fit !== rival)];
    // "Two pounds of green apples" found only as an apple vodka: a weight said points to the shelves
    // things are weighed on, so the apples there are asked about first, and nothing goes in unasked.
    const onShelf = this.onTheShelfInstead(analysed, answer, rest);
    const [first, ...after] = onShelf === undefined ? [answer, ...offered] : [onShelf, answer, ...offered.filter((fit) => fit !== onShelf)];
    return {
      ...weighed,
      confident: confident(answer),
      resolution: {
        ...base,
        product: this.catalog.productAt((first ?? answer).product) ?? null,
        alternatives: this.productsOf(after.map((fit) => fit.product)),
        ambiguous: rival !== undefined || onShelf !== undefined || (runnerUp !== undefined && tossUp(answer, runnerUp) && !this.scorer.sameWords(answer, runnerUp)),
      },
    };
  }

  /**
   * Whether a request of one word found the product only by how the word sounds: no word of its
   * name is the word said, nor the word with a slip of a letter, nor said with the very same sounds.
   */
  private foundOnlyBySound(analysed: AnalysedQuery, fit: Fit): boolean {
    const [word, ...more] = analysed.words;
    if (word === undefined || more.length > 0 || fit.strongest >= MATCH.phonetic) return false;
    // Typed, a long word may slip twice ("clementnies") and its stem with it.
    const slips = word.word.length >= LONG_WORD ? 2 : 1;
    const slipOf = (named: string): boolean => Math.min(editDistance(word.word, named, slips), editDistance(stem(word.word), named, slips)) <= slips;
    return ![...this.index.tokensOf(fit.name)].some((token) => (word.candidates.get(token) ?? 0) > 0 && slipOf(this.index.words[token] ?? ''));
  }

  /** An item's words as the names are searched with them, and the shelves its amount points to. */
  private heard(productWords: readonly string[], quantity: number | null, unit: string | null): AnalysedQuery {
    const known = (word: string): boolean => this.index.vocabulary.has(stem(word));
    return { ...this.analyser.analyse(saidAsNamesSayIt(productWords, known)), sections: this.sectionsFor(quantity, unit, productWords) };
  }

  /** The product the household's correction or habit picks for these words, before any the store would. */
  private householdPick(
    analysed: AnalysedQuery,
    ranked: readonly Fit[],
    productWords: readonly string[],
    context: ShopperContext,
  ): { preferred: number | null; personal: Fit | null; chosen: number | null; askBeside?: Fit } {
    const preferred = this.preferred(productWords, context);
    // Bought often, a lime soda is still no lime: a thing named in one word ("cream", or "cream for my
    // coffee", what it is for aside) is the store's own where the household's products only carry the
    // word (more words said, a name that says them all is meant).
    const thingWords = analysed.words.filter((word, at) => at <= analysed.head && word.weight >= 1).length;
    const namedForIt = thingWords === 1 ? ranked.filter((fit) => fit.headToHead >= MATCH.oneEdit && fit.clearlyHeard && !fit.kindOfOther) : [];
    // A thing counted, said in the plural ("strawberries"), is the one its name counts so (Strawberries),
    // never a flavour named for it in the singular (a yogurt called Strawberry).
    const said = productWords.at(-1) ?? '';
    const countedAsSaid = stem(said) === said ? undefined : namedForIt.find((fit) => this.printsAsSaid(fit, said));
    const storeThing = countedAsSaid ?? namedForIt[0];
    const isMeant = (fit: Fit): boolean => storeThing === undefined || this.isTheThingSaid(analysed, fit, storeThing, countedAsSaid === undefined ? undefined : said);
    const household = preferred === null ? this.personalChoice(analysed, context, isMeant) : null;
    // The household's usual yields to a store product that says clearly more of what was asked
    // ("organic oat milk"), and to one that has every word said when it lacks one ("organic two
    // percent milk" is not the household's plain 2%, "lemon sparkling water" not its lime one), nor
    // does a product whose name says none of several words, found only on its shelf, stand for one
    // named for the thing (an oatmeal shelved with the pancake mixes is no pancake mix).
    const clearestFit = ranked.find(acceptable);
    const clearest = clearestFit?.coverage ?? 0;
    const shelfOnly = household !== null && analysed.words.length > 1 && household.productCoverage === 0;
    const saysLess =
      household !== null &&
      clearestFit !== undefined &&
      ((shelfOnly && ranked.some((fit) => acceptable(fit) && fit.headToHead >= MATCH.oneEdit)) ||
        // A store product that has every word said, each just as said, is beaten by no usual that has one only by its sound:
        // "white bread" is no Honey Wheat Bread, though "white" sounds like "wheat".
        (findsEveryWord(clearestFit) && this.leavesOutWhichKind(analysed, household, clearestFit.coverage >= 1)));
    // A unit says where the thing is sold: "a pound of grapes" is never the household's grape juice, when the store weighs grapes.
    const sections = analysed.sections;
    const shelved = (fit: Fit): boolean => this.onShelfFor(fit, sections);
    const offShelf = household !== null && sections?.byUnit === true && !shelved(household) && ranked.some((fit) => acceptable(fit) && shelved(fit));
    const personal = household !== null && household.coverage >= clearest - HABIT_COVERAGE_GAP && !saysLess && !offShelf ? household : null;
    // Named for the word but kept away from the store's shelf for the thing ("butter" of a household
    // that buys almond butter, "chips" of one that buys pickle chips), the usual may still be meant:
    // it is asked about beside the store's own, once, as the answer is learned.
    const elsewhere = (fit: Fit): boolean => storeThing !== undefined && fit.product !== storeThing.product && this.aisleSaysTheNoun(analysed, storeThing) && !this.aisleSaysTheNoun(analysed, fit);
    const askBeside = personal !== null && elsewhere(personal) ? storeThing : undefined;
    // The usual on the shelf is offered first, beside the product named for the word.
    if (personal !== null && preferred === null && askBeside === undefined) {
      const usual = this.usualOnTheShelf(analysed, personal, context, isMeant);
      if (usual !== undefined) return { preferred, personal, chosen: usual.product, askBeside: personal };
    }
    return { preferred, personal, chosen: preferred ?? personal?.product ?? null, ...(askBeside === undefined ? {} : { askBeside }) };
  }

  /**
   * Whether a household's product is the thing a one-word request names: named for the word (or
   * for the thing it is short for, as "oj" is orange juice), on a shelf that is about the word (its
   * last word: "cereal", not the "creams" of "other creams cheeses"), or on the shelf of the store's
   * own `storeThing` for it ("soda" is its cola among the soft drinks). A name that only carries the
   * word, kept elsewhere, is another thing: a juice drink is no soda, a seltzer that tastes of lime
   * no lime, a cream spread no cream.
   */
  private isTheThingSaid(analysed: AnalysedQuery, fit: Fit, storeThing: Fit, counted?: string): boolean {
    const entry = this.index.name(fit.name);
    // "Strawberries", counted: a name that says "strawberry" only as a flavour, out of the fruit's
    // department, is no strawberries; an avocado shelved with the fruit is avocados kept with the vegetables.
    const shelf = entry?.categoryId ?? -1;
    const storeShelf = this.index.name(storeThing.name)?.categoryId;
    if (counted !== undefined && this.departmentOf(fit) !== this.departmentOf(storeThing) && !this.printsAsSaid(fit, counted)) return false;
    const noun = analysed.words[analysed.head];
    const aisleNoun = entry?.aisle[entry.aisle.length - 1];
    const shortFor = noun === undefined ? undefined : SHORT_FORMS.get(noun.word);
    const named = shortFor === undefined ? undefined : new Set(tokens(this.catalog.productAt(fit.product)?.name ?? ''));
    const shortForm = shortFor?.some((thing) => thing.every((word) => named?.has(word) === true)) === true;
    if (fit.headToHead >= MATCH.merged || shortForm || (aisleNoun !== undefined && (noun?.candidates.get(aisleNoun) ?? 0) >= MATCH.merged)) return true;
    return shelf < 0 || shelf === storeShelf;
  }

  /** The first part of a product's category ("produce" of "produce > fresh fruits"). */
  private departmentOf(fit: Fit): string | undefined {
    return this.catalog.productAt(fit.product)?.category?.split('>')[0]?.trim();
  }

  /** Whether a product's name prints a word just as it was said ("strawberries", not only "strawberry"). */
  private printsAsSaid(fit: Fit, word: string): boolean {
    return words(this.catalog.productAt(fit.product)?.name ?? '').includes(word);
  }

  /** Whether a product's aisle says the noun asked for ("butter" of dairy eggs > butter, not of pantry > spreads). */
  private aisleSaysTheNoun(analysed: AnalysedQuery, fit: Fit): boolean {
    const noun = analysed.words[analysed.head];
    return this.index.name(fit.name)?.aisle.some((token) => (noun?.candidates.get(token) ?? 0) >= MATCH.merged) ?? false;
  }

  /**
   * The best product of the noun said on the shelves a unit said points to ("two pounds of …" to
   * produce, meat, the deli), when the answer is elsewhere; undefined otherwise.
   */
  private onTheShelfInstead(analysed: AnalysedQuery, answer: Fit, rest: readonly Fit[]): Fit | undefined {
    const sections = analysed.sections;
    if (sections?.byUnit !== true || sections.within.size === 0 || this.onShelfFor(answer, sections)) return undefined;
    return rest.find((fit) => fit.headToHead >= MATCH.oneEdit && fit.clearlyHeard && this.onShelfFor(fit, sections));
  }

  /** Whether a product is on one of the shelves an amount points to. */
  private onShelfFor(fit: Fit, sections: AnalysedQuery['sections']): boolean {
    const category = this.index.name(fit.name)?.category;
    return category !== undefined && inSection(category, sections) > 0;
  }

  /**
   * Whether a product leaves out, in its name and on its shelf, a word the request says which kind
   * with: not its noun, nor a word that says no thing ("boxes", "the good kind"), but "organic",
   * "brown", "lemon", and a describing word the store's names of the kind print, said of a product
   * whose name says much more ("the plain kind" of a yogurt, where plain yogurts are sold, is not
   * the household's yogurt with honey; "fresh basil" is still its Basil).
   */
  private leavesOutWhichKind(analysed: AnalysedQuery, fit: Fit, soundIsNotEnough = false): boolean {
    const entry = this.index.name(fit.name);
    if (entry === undefined) return false;
    // The shelf says it as well as the name: Mixed Vegetables in the frozen aisle are frozen.
    const said = [...entry.tokens, ...entry.category];
    const saysMore = fit.productCoverage < SAYS_MUCH_MORE;
    const saysWhich = (word: QueryWord): boolean => !SAYS_NO_THING.has(word.word) || (saysMore && DESCRIBING_WORDS.has(word.word) && word.unsupported !== true);
    return analysed.words.some((word, at) => {
      if (at === analysed.head || word.weight < 1 || !saysWhich(word)) return false;
      // Another word that only sounds like the one said ("wheat" of "white") says it only if what was said was misheard.
      const onlySoundsLike = (token: number): boolean => {
        const printed = this.index.words[token] ?? '';
        return soundIsNotEnough && printed !== stem(word.word) && soundDistance(word.word, printed) !== null;
      };
      return said.every((token) => (word.candidates.get(token) ?? 0) < MATCH.twoEdits || onlySoundsLike(token));
    });
  }

  /**
   * The best fit that the hand-set gate accepts and that is the thing asked for, or -1. A product
   * whose department alone has the noun is not that thing where other products are named for it:
   * "decaf tea" is no decaf coffee for being in coffee and tea.
   */
  private handSetAnswer(analysed: AnalysedQuery, ranked: readonly Fit[], productWords: readonly string[]): number {
    const namedForTheNoun = ranked.some((fit) => fit.headToHead >= MATCH.merged);
    const onlyItsDepartment = (fit: Fit): boolean => namedForTheNoun && fit.headNamed === 0 && fit.headStrength > 0;
    const at = ranked.findIndex((fit) => acceptable(fit) && !onlyItsDepartment(fit) && !this.namesOnlyItsFlavour(analysed, fit, productWords));
    const answer = ranked[at];
    // "Strawberries", a thing counted and said in the plural, is the one its name counts so, about as
    // well found, before a flavour named for it in the singular (a yogurt called Strawberry).
    const said = productWords.at(-1) ?? '';
    if (answer !== undefined && stem(said) !== said && !this.printsAsSaid(answer, said)) {
      const counted = ranked.findIndex(
        (fit) => fit.headToHead >= MATCH.merged && acceptable(fit) && findsEveryWord(fit) && fit.coverage >= answer.coverage && fit.score >= answer.score - EVERYDAY_MARGIN && this.printsAsSaid(fit, said),
      );
      if (counted >= 0) return counted;
    }
    if (answer !== undefined && answer.headToHead >= MATCH.oneEdit) return at;
    // "Sliced ham" is a sliced ham, not a Sliced Ham Pepperoni, whose noun is another: of
    // products saying every word as well, and ranked about as high, the one named for the noun on
    // the shelf most such names are on is the everyday form of the thing.
    // "Plain bananas": when all else said only describes, what the words describe is the thing, in
    // its everyday form, before another thing that prints a word like the description ("Original").
    const onlyDescribed = analysed.words.every((word, k) => k === analysed.head || word.describing === true);
    const everyday = ranked.findIndex(
      (fit) =>
        fit.headToHead >= MATCH.merged &&
        !fit.unsaidVariant &&
        (onlyDescribed
          ? fit.typical >= KIND_SHELF_TYPICALITY && fit.clearlyHeard && !fit.kindOfOther
          : answer !== undefined && acceptable(fit) && fit.typical >= HOME_SHELF && findsEveryWord(fit) && fit.coverage >= answer.coverage && fit.score >= answer.score - EVERYDAY_MARGIN),
    );
    return everyday >= 0 ? everyday : at;
  }

  /**
   * Whether the answer the hand-set gate found stands: always, unless a fitted decision is
   * configured (src/catalog/decision.ts), which turns it down, for an honest none, when it finds it
   * unlikely enough to be what was meant.
   */
  private accepted(analysed: AnalysedQuery, ranked: readonly Fit[], at: number): boolean {
    const model = this.resolution.accept;
    if (this.resolution.decision !== 'fitted' || model === null) return true;
    const features = this.features(analysed, ranked, at);
    return features === null || acceptProbability(model, features) >= model.threshold;
  }

  /** The feature vector of the fit at `at` (src/catalog/decision.ts). */
  private features(analysed: AnalysedQuery, ranked: readonly Fit[], at: number): number[] | null {
    const fit = ranked[at];
    const best = ranked[0];
    if (fit === undefined || best === undefined) return null;
    const next = ranked[at === 0 ? 1 : 0];
    const first = this.index.tokensOf(fit.name)[0];
    const namesLed = fit.leading && first !== undefined ? Math.round(this.index.leadShare(first) * this.index.postingCount(first)) : 0;
    return decisionFeatures(analysed, fit, { next, best, namesLed });
  }

  /**
   * What the final gate weighs for a request, for fitting the decision (src/evaluation/tune.ts):
   * the hand-set gate's answer and its features, or null when the request is settled before that
   * gate (nothing said, the household's product, an aisle named) or the gate finds nothing.
   */
  weigh(text: string, context: ShopperContext = {}): { productId: string; features: number[] } | null {
    const { product: productWords, quantity, unit } = splitAmount(words(text));
    const said = this.heard(productWords, quantity, unit);
    if (said.words.length === 0 || said.words.every(saysNoThing)) return null;
    const { analysed, ranked } = this.rank(said);
    if (this.householdPick(analysed, ranked, productWords, context).chosen !== null || this.aisleNamed(analysed, ranked).length > 1) return null;
    const at = this.handSetAnswer(analysed, ranked, productWords);
    const fit = ranked[at];
    const product = fit === undefined ? undefined : this.catalog.productAt(fit.product);
    const features = this.features(analysed, ranked, at);
    return product === undefined || features === null ? null : { productId: product.id, features };
  }

  /**
   * "Flower" said alone may be flour: a recogniser writes either for the same sounds, so when the
   * product found is named for the word said and a homophone is a kind the store sells about as
   * widely, only the shopper can say which. The homophone's best product, or undefined.
   */
  private homophoneRival(analysed: AnalysedQuery, answer: Fit, rest: readonly Fit[]): Fit | undefined {
    const head = analysed.words[analysed.head];
    const said = this.index.vocabulary.get(head?.word ?? '');
    if (head === undefined || said === undefined || meaningfulWords(analysed) !== 1 || this.index.name(answer.name)?.head !== said) return undefined;
    // A kind: names with the word are mostly named for it, and there are a fair number of them ("thyme" is no toss-up with Crunch Time).
    const kinds = this.analyser
      .homophonesOf(head.word)
      .filter((id) => this.index.headShare(id) >= HOMOPHONE_KIND_SHARE && this.index.postingCount(id) * HOMOPHONE_USES_RATIO >= this.index.postingCount(said));
    if (kinds.length === 0) return undefined;
    return rest.find((fit) => acceptable(fit) && kinds.includes(this.index.name(fit.name)?.head ?? -1));
  }

  /**
   * "Cherries" asks for cherries, not Cherry Garcia Ice Cream: a thing asked for alone, in the
   * plural, that a name only begins with in the singular, before what the product is, names its
   * flavour or line, not the product. A brand is said as it is printed ("doritos"); a brand said
   * otherwise is offered among the nearest products, never added unasked ("apples" is not Apple Jacks).
   */
  private namesOnlyItsFlavour(analysed: AnalysedQuery, fit: Fit, productWords: readonly string[]): boolean {
    const head = analysed.words[analysed.head];
    if (head === undefined || meaningfulWords(analysed) !== 1 || fit.headToHead >= MATCH.oneEdit) return false;
    const said = productWords.find((word) => word !== head.word && stem(word) === head.word);
    if (said === undefined) return false;
    const product = this.catalog.productAt(fit.product);
    const first = product === undefined ? undefined : words(product.name)[0];
    return first !== undefined && first !== said && stem(first) === head.word;
  }

  /**
   * The products of the aisle a one-word request names ("cereal"), when that aisle holds far more
   * products than there are names with the word, and those are shelved elsewhere (Single Grain Rice
   * Baby Cereal, in a store whose cereals are called Cheerios and Frosted Flakes): the shopper
   * chooses among the aisle's products rather than get the one name that happens to say it.
   */
  private aisleNamed(analysed: AnalysedQuery, ranked: readonly Fit[]): Product[] {
    const only = analysed.words.length === 1 ? analysed.words[0] : undefined;
    const word = only === undefined ? undefined : surelyHeard(only);
    if (word === undefined) return [];
    const shelved = this.index.productsInAisle(word);
    const named = this.index.postingCount(word);
    const best = ranked.find(acceptable);
    if (shelved.length < 2 || shelved.length <= AISLE_OVER_NAMES * named || (best !== undefined && shelved.includes(best.product))) return [];
    return this.productsOf(shelved.slice(0, ALTERNATIVES));
  }

  /**
   * Category words of the sections an amount points to, and of those it rules out, as vocabulary
   * ids. A section the request names ("a pound of frozen peas") is not ruled out.
   */
  private sectionsFor(quantity: number | null, unit: string | null, said: readonly string[]): AnalysedQuery['sections'] {
    const sections = SECTIONS_BY_UNIT.get(unit ?? (quantity === null ? '' : 'piece'));
    if (sections === undefined) return undefined;
    const ids = (words: readonly string[]): Set<number> => {
      const found = new Set<number>();
      for (const word of words) {
        const id = this.index.vocabulary.get(stem(word));
        if (id !== undefined) found.add(id);
      }
      return found;
    };
    // A bare count only leans to loose goods ("six granola bars" may be snacks); a unit said rules sections out.
    const named = new Set(said.map(stem));
    const ruledOut = unit === null ? [] : sections.not.filter((word) => !named.has(stem(word)));
    return { within: ids(sections.within), not: ids(sections.not), ruledOut: ids(ruledOut), byUnit: unit !== null };
  }

  private productsOf(indices: readonly number[]): Product[] {
    const out: Product[] = [];
    for (const i of indices) {
      const product = this.catalog.productAt(i);
      if (product !== undefined) out.push(product);
      if (out.length === ALTERNATIVES) break;
    }
    return out;
  }

  private preferred(productWords: readonly string[], context: ShopperContext): number | null {
    const id = context.preferences?.get(phraseKey(productWords.join(' ')));
    return id === undefined ? null : (this.catalog.positionOf(id) ?? null);
  }

  /** How much a household favours each product it bought, worked out once for its history. */
  private favouredBy(history: readonly PastOrder[]): Map<string, number> {
    let favoured = this.affinityCache.get(history);
    if (favoured === undefined) {
      favoured = affinities(history);
      this.affinityCache.set(history, favoured);
    }
    return favoured;
  }

  /**
   * "Beer" of a household whose beer is its amber ale, bought far more often than the one
   * product it bought named Beer: the product it buys most on a shelf that says the one word said,
   * when its name says none of it nor the shelf's other thing, and it is bought several times as often as `named`.
   */
  private usualOnTheShelf(analysed: AnalysedQuery, named: Fit, context: ShopperContext, isMeant: (fit: Fit) => boolean): Fit | undefined {
    const history = context.history;
    if (history === undefined || meaningfulWords(analysed) !== 1 || named.headToHead < MATCH.oneEdit) return undefined;
    const favoured = this.favouredBy(history);
    const namedAffinity = favoured.get(this.catalog.productAt(named.product)?.id ?? '') ?? 0;
    let usual: { fit: Fit; affinity: number } | undefined;
    for (const [id, affinity] of favoured) {
      const at = this.catalog.positionOf(id);
      if (at === undefined || affinity < USUAL_OVER_NAMED * namedAffinity || affinity <= (usual?.affinity ?? 0)) continue;
      const [name] = this.index.namesOf(at);
      if (name === undefined) continue;
      const fit = this.scorer.fit(analysed, name);
      // A shelf of two things ("popcorn jerky") holds jerky named for its own noun: no popcorn.
      const entry = this.index.name(name);
      const namedForTheShelf = entry !== undefined && entry.aisle.includes(entry.head);
      if (fit.productCoverage === 0 && !namedForTheShelf && this.aisleSaysTheNoun(analysed, fit) && isMeant(fit)) usual = { fit, affinity };
    }
    return usual?.fit;
  }

  /**
   * The product this household buys that the request is about. Shoppers with a history mostly
   * reorder, so any bought product that has the asked-for noun and most of the words wins; among
   * several, the better fit and then the more often and recently bought.
   */
  private personalChoice(analysed: AnalysedQuery, context: ShopperContext, isMeant: (fit: Fit) => boolean): Fit | null {
    const history = context.history;
    if (history === undefined || history.length === 0) return null;
    const favoured = this.favouredBy(history);
    let choice: Fit | null = null;
    let choiceRank = Number.NEGATIVE_INFINITY;
    // A casual "milk" leaves the choice to habit; a long, specific request decides by its own words.
    const spoken = meaningfulWords(analysed);
    const affinityWeight = AFFINITY_WEIGHT / Math.max(1, spoken - 1);
    for (const [id, affinity] of favoured) {
      const productIndex = this.catalog.positionOf(id);
      if (productIndex === undefined) continue;
      for (const name of this.index.namesOf(productIndex)) {
        const fit = this.scorer.fit(analysed, name);
        // Every word of a longer request said in the order of its name ("beer brats" of its Beer Brats
        // Sausage) is the household's own, whatever noun the name ends on; one word ("eggs") is not.
        const namedInFull = spoken >= 2 && fit.inSequence && fit.coverage >= FULL && !fit.oneForTwo;
        if (!(personallyAcceptable(fit) || namedInFull) || !isMeant(fit)) continue;
        // What was said decides first, then how much of the name it says ("yogurt" is rather Lowfat
        // Peach Yogurt than Total 2% Lowfat Greek Strained Yogurt with Peach), then what the household buys most.
        const rank = 1.5 * fit.coverage + SAID_OF_NAME_WEIGHT * fit.productCoverage + 0.1 * fit.headToHead + affinityWeight * affinity;
        if (rank > choiceRank) {
          choiceRank = rank;
          choice = fit;
        }
      }
    }
    return choice;
  }

  /** Nothing left to look for once the amount and the talk are taken away. */
  private nothingSaid(base: Pick<Resolution, 'heard' | 'query' | 'quantity' | 'unit'>): Scored {
    return { resolution: { ...base, product: null, alternatives: [], ambiguous: false }, value: 0, confident: false, complete: false, namesNoun: false };
  }

  /**
   * Products whose names fit the request, best first, one entry per product, with the request as
   * weighed against them (see `settle`).
   */
  private rank(heard: AnalysedQuery): { analysed: AnalysedQuery; ranked: Fit[] } {
    const shortlist = this.shortlist.find(heard);
    // The names are found as heard; settling only lowers weights of words none of the likeliest carry, so the same names are scored.
    const analysed = this.settle(heard, shortlist);
    const byProduct = new Map<number, Fit>();
    for (const name of shortlist) {
      const fit = this.scorer.fit(analysed, name);
      const seen = byProduct.get(fit.product);
      if (seen === undefined || seen.score < fit.score) byProduct.set(fit.product, fit);
    }
    const ranked = [...byProduct.values()].sort((a, b) => b.score - a.score || a.product - b.product);
    return { analysed, ranked };
  }

  /**
   * Marks the words that no shortlisted name with the asked-for noun carries ("picnic" in "paper
   * plates for the school picnic", a brand the store leaves out of its names): they cannot tell the
   * store's products of that kind apart, so they must not veto the kind either. Such words after
   * the noun ("… for the bake sale") and describing words ("the plain kind") then weigh little;
   * others before the noun may be read as a brand (src/catalog/fit.ts). Nothing changes when no
   * name has the noun: then the words are all the evidence there is, and the store may simply not
   * sell the thing.
   */
  private settle(heard: AnalysedQuery, names: readonly number[]): AnalysedQuery {
    const head = heard.words[heard.head];
    if (head === undefined || heard.words.length < 2) return heard;
    const carried = heard.words.map((_, j) => j === heard.head);
    let open = carried.length - 1;
    let withHead = 0;
    for (const name of names) {
      const entry = this.index.name(name);
      // A product is of the kind asked for when its name says so, or its aisle ("pita" among flat breads).
      if (entry === undefined || (strongestIn(head, entry.tokens, entry.brand) < MATCH.oneEdit && strongestIn(head, entry.aisle) < MATCH.merged)) continue;
      withHead++;
      heard.words.forEach((word, j) => {
        if (!carried[j] && strongestIn(word, entry.tokens, entry.brand, entry.category) >= MATCH.oneEdit) {
          carried[j] = true;
          open--;
        }
      });
      if (open === 0) return heard;
    }
    if (withHead === 0) return heard;
    const words = heard.words.map((word, j) =>
      carried[j]
        ? word
        : { ...word, unsupported: true, weight: j > heard.head || word.describing === true ? word.weight * UNSUPPORTED_SHARE : word.weight },
    );
    return { ...heard, words, totalWeight: words.reduce((sum, word) => sum + word.weight, 0) };
  }
}

/** How strongly a heard word is found among some lists of a name's words. */
function strongestIn(word: QueryWord, ...lists: readonly Int32Array[]): number {
  let best = 0;
  for (const list of lists) for (const token of list) best = Math.max(best, word.candidates.get(token) ?? 0);
  return best;
}
