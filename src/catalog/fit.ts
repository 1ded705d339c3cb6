import type { NameEntry, ProductIndex } from './product-index.ts';
import { VARIANT_WORDS } from './lexicon.ts';
import { stem } from './normalise.ts';
import { MATCH, type AnalysedQuery } from './query.ts';
import { talkFor } from '../language/talk.ts';

/** How well one name fits a request, and why. */
export interface Fit {
  readonly name: number;
  readonly product: number;
  readonly score: number;
  /** Share of the request's words (by weight) the product explains. */
  readonly coverage: number;
  /** Whether the noun the request is about is in the product's name or category. */
  readonly headFound: boolean;
  /** How clearly the noun asked for is in the name (or, weaker, the category). */
  readonly headStrength: number;
  /**
   * How clearly the noun asked for is what the product is, in its name or its aisle: "cereal" is
   * Frosted Flakes (aisle cereal), "eggs" is not Whole Milk (department dairy eggs).
   */
  readonly headNamed: number;
  /** The noun asked for is the word of the product's aisle ("cereal" of Cheerios, shelved as cereal). */
  readonly headInAisle: boolean;
  /** How well the request's noun matches the noun the name is about. */
  readonly headToHead: number;
  /** Share of the name's words (by weight) the request mentions. */
  readonly productCoverage: number;
  /** The best single word match: a request matched only by faint sound-alikes is not a product. */
  readonly strongest: number;
  /** Share of neighbouring request words found next to each other, in order, in the name. */
  readonly ordered: number;
  /** Whether every word of the request is in the name, in the order said (other words may come between). */
  readonly inSequence: boolean;
  /** Whether the request says the name's first words, in order: the brand a product is known by ("doritos"). */
  readonly leading: boolean;
  /** The faintest match among the words that carry weight: 0 when one of them is not in the product at all. */
  readonly weakest: number;
  /**
   * Whether some word was heard clearly enough: for a one-word request a near sound-alike will do
   * ("muscles" → Mussels), a longer one needs a word it shares outright ("car battery" is not Brownie Batter).
   */
  readonly clearlyHeard: boolean;
  /** How usual (0 to 1) a product of its noun is in its category, when the request names that noun. */
  readonly typical: number;
  /**
   * The noun asked for is in the name only as what kind another thing is, before the thing it
   * is (a word after it, "original", only describes it), its aisle does not say it (peanuts are
   * nuts for being in the nuts aisle, not eggs for being in dairy and eggs), and the store shelves
   * things of that noun elsewhere, never where this product is ("eggs" in Egg White Protein Bars,
   * among the snack bars; "salmon" in Salmon Cat Food): not the thing asked for.
   */
  readonly kindOfOther: boolean;
  /** A word said twice ("mahi mahi") is found as one word of the name ("Mahi Fillets"): the name says it once. */
  readonly oneForTwo: boolean;
  /** The name makes it a variant of its kind ("non dairy", "decaf") that was not said. */
  readonly unsaidVariant: boolean;
}

/** The share of an aisle's names that say a pair of words for the aisle to be about that pair ("cat food"), not its last word. */
const AISLE_PAIR_SHARE = 0.3;
/** Below this a product explains too little of the request to be offered as the answer. */
const MIN_COVERAGE = 0.66;
const MIN_HEAD_STRENGTH = 0.6;
/** What a noun heard only loosely, and found as some other word of the name, counts for. */
const LOOSE_HEAD_STRENGTH = 0.5;
const MIN_STRONGEST = 0.84;
/** A word heard with the same sounds, alone or run together with its neighbour ("clean ex" → Kleenex). */
const SAME_SOUNDS = MATCH.phonetic * MATCH.merged - 1e-9;
/** A household's own product needs fewer of the request's words than a stranger's would. */
const MIN_PERSONAL_COVERAGE = 0.4;
/**
 * A household's product whose name the request says most of is meant even when the request adds a
 * generic noun the name leaves out: its "somen noodles" are its Organic Somen.
 */
const NAMED_PERSONAL_COVERAGE = 0.55;
const NAMED_PERSONAL_PRODUCT_COVERAGE = 0.7;
/** A list item must explain nearly all its words, each heard as itself or with the same sounds. */
const CONFIDENT_COVERAGE = 0.9;
const CONFIDENT_WORD = MATCH.phonetic - 0.01;
/** An item not named by its noun or its brand must name most of its product ("hammer" is not Long Hammer IPA). */
const CONFIDENT_PRODUCT_COVERAGE = 0.5;
/** A brand said alone must still be a fair part of the name ("car" is not Car Air Freshener Vent Clips). */
const CONFIDENT_BRAND_COVERAGE = 0.25;
/** How usual (0 to 1) a product must be of its kind when a describing word was heard only loosely. */
const USUAL_KIND = 0.2;
/** Scores closer than this are a toss-up the shopper should settle. */
const AMBIGUITY_MARGIN = 0.05;
/** Coverage this close to 1 counts as complete. */
export const FULL = 0.99;
/**
 * How much an amount's section ("by the bunch" → produce) favours a product there, in proportion
 * to how usual the noun is in the product's section: a count of eggs points to loose goods, but an
 * egg is a bakery product only rarely.
 */
const SECTION_BONUS = 0.1;
/**
 * What a product on a shelf the unit rules out loses: more than the whole of its name being said
 * gains (0.2 × product coverage), so a pound of plums is fresh plums whatever the canned ones'
 * names say; with nothing else of the kind, the canned ones are still found.
 */
const RULED_OUT_PENALTY = 0.3;
/** Shoppers say names in their printed order: "rice krispies cereal" is Rice Krispies Cereal, not Crispy Rice Cereal. */
const ORDER_WEIGHT = 0.1;
/** A request word found only in the category ("cereal" for Cheerios) is weaker evidence than in the name. */
const CATEGORY_STRENGTH = 0.6;
/** What an unexplained leading word (likely a brand) still weighs. */
const BRAND_DISCOUNT = 0.2;
/** A word in more names than this ("organic") is a description, not a brand, however often it leads. */
const MAX_BRAND_NAMES = 500;
/** Share of a name's weight a request says to have named that product outright. */
const NAMED_MOSTLY = 0.75;
/** A word is a noun, able to start a compound ("honey bears"), when at least this share of the names using it are about it. */
const COMPOUND_HEAD_SHARE = 0.05;
/** What a variant the shopper did not ask for costs: enough to pass over a nearer name ("chunky monkey" is the ice cream, not the non-dairy one). */
const VARIANT_PENALTY = 0.2;
/** What each product word that no product explains costs a way of splitting a request into items. */
export const UNEXPLAINED_COST = 0.5;

/** Where in a request a brand the name leaves out was said: words start to end (exclusive). */
interface BrandSpan {
  readonly start: number;
  readonly end: number;
}

/** Scores how well a product name fits a request: the words it explains, its noun, order and section. */
export class FitScorer {
  /** Vocabulary ids of the words that make a product a variant of its kind ("non dairy", "decaf"). */
  private readonly variantWords: ReadonlySet<number>;
  /** The word after which a name says what its product is without ("sugar free"). */
  private readonly freeWord: number | undefined;

  constructor(private readonly index: ProductIndex) {
    const ids = VARIANT_WORDS.map((word) => index.vocabulary.get(stem(word)));
    this.variantWords = new Set(ids.filter((id) => id !== undefined));
    this.freeWord = index.vocabulary.get(talkFor().without.nameWord);
  }

  fit(analysed: AnalysedQuery, name: number): Fit {
    const entry = this.index.name(name);
    if (entry === undefined) throw new Error(`no product name ${name} in the index`);
    const { idf } = this.index;
    const tokenCover = new Float64Array(entry.tokens.length);
    const strengths: number[] = [];
    const positions: number[] = [];
    let headStrength = 0;
    let headNamed = 0;
    let headToHead = 0;
    let strongest = 0;
    let weakest = Number.POSITIVE_INFINITY;
    let looseModifier = false;
    let headInAisle = false;
    const headIsItsNoun = (analysed.words[analysed.head]?.candidates.get(entry.head) ?? 0) >= MATCH.oneEdit;
    // "Sugar Free Gum" is without sugar: a word the name says is absent is not found there, unless "free" is said too.
    const without = this.freeWord === undefined || analysed.words.some((word) => (word.candidates.get(this.freeWord ?? -1) ?? 0) >= MATCH.merged) ? undefined : this.freeWord;
    // How many words said are each name word outright, and how often the name prints it.
    const saidOutright = entry.tokens.map((token) => analysed.words.filter((word) => (word.candidates.get(token) ?? 0) >= MATCH.merged).length);
    const printed = new Map<number, number>();
    for (const token of entry.tokens) printed.set(token, (printed.get(token) ?? 0) + 1);
    analysed.words.forEach((word, position) => {
      let inName = 0;
      let at = -1;
      entry.tokens.forEach((token, t) => {
        // A name's word that another word said is explains no word by kinship or sound alone: in
        // "chicken meat", chicken is a meat, but Beef Stew Meat's "meat" is the meat said, not the chicken.
        // A name that prints the word twice ("… Tomatoes Tomato Sauce") has one left for it.
        const saidByAnother = (word.candidates.get(token) ?? 0) < MATCH.merged && (saidOutright[t] ?? 0) >= (printed.get(token) ?? 0);
        const strength = (without !== undefined && entry.tokens[t + 1] === without) || saidByAnother ? 0 : (word.candidates.get(token) ?? 0);
        if (strength > inName) {
          inName = strength;
          at = t;
        }
        if (strength > (tokenCover[t] ?? 0)) tokenCover[t] = strength;
      });
      for (const token of entry.brand) inName = Math.max(inName, 0.9 * (word.candidates.get(token) ?? 0));
      let inCategory = 0;
      for (const token of entry.category) {
        if ((word.candidates.get(token) ?? 0) >= MATCH.merged) inCategory = CATEGORY_STRENGTH;
      }
      // "fresh figs": the aisle of fresh fruits says "fresh" of every product on it, as a name would;
      // so does the aisle of salad dressings say "salad" of a dressing whose name says only "dressing".
      if ((word.describing === true && position !== analysed.head) || (position < analysed.head && headIsItsNoun)) {
        for (const token of entry.aisle) if ((word.candidates.get(token) ?? 0) >= MATCH.merged) inName = Math.max(inName, MATCH.exact);
      }
      strengths.push(Math.max(inName, inCategory));
      if (word.weight >= 1) weakest = Math.min(weakest, Math.max(inName, inCategory > 0 ? MATCH.phonetic : 0));
      if (position !== analysed.head && word.weight >= 1 && inName > 0 && inName < MATCH.oneEdit && inCategory === 0) looseModifier = true;
      // A word found exactly in the category is heard as clearly as a close sound-alike in the name.
      strongest = Math.max(strongest, inName, inCategory > 0 ? MATCH.phonetic : 0);
      positions.push(at);
      if (position === analysed.head) {
        headStrength = Math.max(inName, inCategory);
        let inAisle = 0;
        for (const token of entry.aisle) if ((word.candidates.get(token) ?? 0) >= MATCH.merged) inAisle = CATEGORY_STRENGTH;
        headNamed = Math.max(inName, inAisle);
        headInAisle = inAisle > 0;
        headToHead = word.candidates.get(entry.head) ?? 0;
        // A noun heard only loosely must be the product's own noun: "garden hose" is not House & Garden insecticide.
        if (inCategory === 0 && inName < MATCH.oneEdit && headToHead < inName) headStrength = Math.min(headStrength, LOOSE_HEAD_STRENGTH);
      }
    });
    const brand = this.unnamedBrand(analysed, strengths, entry.brand.length > 0);
    const coverage = this.coverage(analysed, strengths, brand);
    const ordered = inOrder(positions);
    let nameWeight = 0;
    let nameCovered = 0;
    entry.tokens.forEach((token, t) => {
      const weight = Math.min(idf[token] ?? 0, 8);
      nameWeight += weight;
      nameCovered += weight * (tokenCover[t] ?? 0);
    });
    const productCoverage = nameWeight === 0 ? 0 : nameCovered / nameWeight;
    const typical = headToHead >= MATCH.oneEdit ? this.index.typicality(entry.head, entry.categoryId) : 0;
    // Who wants the non-dairy or decaf kind says so; unsaid, the regular kind is meant.
    const unsaidVariant = entry.tokens.some((token, t) => this.variantWords.has(token) && (tokenCover[t] ?? 0) < MATCH.merged);
    const score =
      entry.weight *
      (1.5 * coverage +
        0.2 * productCoverage +
        0.08 * headToHead +
        0.1 * headStrength +
        ORDER_WEIGHT * ordered +
        0.08 * typical +
        SECTION_BONUS * typical * inSection(entry.category, analysed.sections) -
        RULED_OUT_PENALTY * outOfSection(entry.category, analysed.sections) -
        (unsaidVariant ? VARIANT_PENALTY : 0));
    return {
      name,
      product: entry.product,
      score,
      coverage,
      // With the brand said last left out, the noun is among the words the name has, all of them exactly.
      headFound: (brand !== null && brand.start > 0) || this.headFound(analysed, headStrength, headToHead, positions),
      headStrength,
      headNamed,
      headInAisle,
      headToHead,
      productCoverage,
      strongest,
      ordered,
      inSequence: positions.every((at, k) => at >= 0 && (k === 0 || at >= (positions[k - 1] ?? 0))),
      leading: positions[0] === 0 && ordered === 1,
      weakest: Number.isFinite(weakest) ? weakest : strongest,
      clearlyHeard:
        strongest >= (meaningfulWords(analysed) > 1 ? SAME_SOUNDS : MIN_STRONGEST) &&
        // Pieces run together into sound-alikes of describing words, the product's own noun never
        // said and no word heard plainly, are a guess ("tah he nee" is not Thin Sliced Honey Ham);
        // a leading word said that way is its brand, heard ("clean ex" for Kleenex Tissues).
        !(strongest < MATCH.phonetic && headToHead < MATCH.oneEdit && !(positions[0] === 0 && ordered === 1)) &&
        // A describing word heard only loosely needs the product to be a usual one of its kind:
        // "motor oil" is not Mother's Skin Toning Oil, "garlic non bread" is Garlic Naan Bread.
        !(looseModifier && this.index.typicality(entry.head, entry.categoryId) < USUAL_KIND),
      typical,
      // A request saying most of the name has named the product, whatever its noun is ("tropical refreshers lima lime" for the drink).
      kindOfOther: productCoverage < NAMED_MOSTLY && this.kindOfOther(analysed, entry, positions, { headStrength, headToHead, headInAisle }),
      oneForTwo: oneForTwo(analysed, entry.tokens, positions),
      unsaidVariant,
    };
  }

  /** See `Fit.kindOfOther`. */
  private kindOfOther(
    analysed: AnalysedQuery,
    entry: NameEntry,
    positions: readonly number[],
    head: { readonly headStrength: number; readonly headToHead: number; readonly headInAisle: boolean },
  ): boolean {
    if (this.pairOfItsAisle(analysed, entry, positions)) return true;
    // Found only in the category counts too ("eggs" is not a yogurt for being in dairy and eggs), but not in the aisle.
    if (head.headStrength < CATEGORY_STRENGTH || head.headToHead >= MATCH.oneEdit || head.headInAisle) return false;
    // Without categories the catalog cannot say where things are shelved, so nothing is ruled out.
    if (entry.categoryId < 0) return false;
    const at = positions[analysed.head] ?? -1;
    if (at >= entry.tokens.lastIndexOf(entry.head)) return false;
    // The name's last word said after the one taken for the request's noun ("fish fry mix", "mix"
    // weighed as packaging) is the thing asked for, and the words before it say which.
    const last = entry.tokens[entry.tokens.length - 1] ?? -1;
    if (analysed.words.slice(analysed.head + 1).some((word) => (word.candidates.get(last) ?? 0) >= MATCH.merged)) return false;
    const noun = analysed.words[analysed.head]?.word ?? '';
    const askedNoun = this.index.vocabulary.get(noun);
    if (askedNoun === undefined || !this.index.shelvedOnlyElsewhere(askedNoun, entry.categoryId)) return false;
    const before = analysed.words[analysed.head - 1]?.word;
    if (before === undefined || at <= 0 || positions[analysed.head - 1] !== at - 1) return true;
    // A pair this name prints side by side is one thing when names join it with "and" ("macaroni and
    // cheese" is not cheese), or when it is two nouns that nothing shelved elsewhere is named by
    // ("honey bears" cereal beside gummy bears); a describing word before the noun ("organic peaches") never makes a new thing.
    const beforeId = this.index.vocabulary.get(before);
    const compound = beforeId !== undefined && this.index.headShare(beforeId) >= COMPOUND_HEAD_SHARE && !this.index.pairNamedElsewhere(beforeId, askedNoun, entry.categoryId);
    return this.index.namesJoining(before, noun) === 0 && !compound;
  }

  /**
   * "Yogurt" is no frozen yogurt: the noun found after a word the shopper left out, a pair that is
   * what the product's aisle is about (a good share of the names there say it: "frozen yogurt
   * treats", "cat food care"), names another thing. Said with that word, it is that thing.
   */
  private pairOfItsAisle(analysed: AnalysedQuery, entry: NameEntry, positions: readonly number[]): boolean {
    // The name's own noun is what it is: "Sweet Cream Swirl Frozen Yogurt" is a frozen yogurt, whatever comes first.
    const found = entry.tokens[positions[analysed.head] ?? -1];
    const at = found === undefined ? -1 : entry.tokens.lastIndexOf(found);
    const noun = entry.tokens[at];
    const before = entry.tokens[at - 1];
    if (noun === undefined || before === undefined || entry.categoryId < 0) return false;
    if (analysed.words.some((word) => (word.candidates.get(before) ?? 0) >= MATCH.merged)) return false;
    const inAisle = entry.aisle.some((token, k) => token === noun && entry.aisle[k - 1] === before);
    return inAisle && this.index.pairShare(before, noun, entry.categoryId) >= AISLE_PAIR_SHARE;
  }

  /**
   * Whether the thing asked for is what the product is. A one-word request must name the product's
   * own noun or its leading (brand) word, and be heard clearly: "hammer" is not Long Hammer IPA Beer.
   */
  private headFound(analysed: AnalysedQuery, headStrength: number, headToHead: number, positions: readonly number[]): boolean {
    if (meaningfulWords(analysed) > 1) return headStrength >= MIN_HEAD_STRENGTH;
    return headStrength >= MATCH.oneEdit && (headToHead >= MATCH.oneEdit || positions[analysed.head] === 0);
  }

  /**
   * Share of the request's weight the name explains. Words at either end that the name lacks, while
   * the rest matches exactly, are most likely a brand the catalog leaves out of names ("fage total
   * 0% plain", "cool ranch doritos"), so they count for little.
   */
  private coverage(analysed: AnalysedQuery, strengths: readonly number[], brand: BrandSpan | null): number {
    let covered = 0;
    let weight = 0;
    analysed.words.forEach((word, j) => {
      const share = brand !== null && j >= brand.start && j < brand.end ? BRAND_DISCOUNT : 1;
      weight += word.weight * share;
      covered += word.weight * share * (strengths[j] ?? 0);
    });
    return covered / (weight || 1);
  }

  /**
   * The words, first or last in the request, that look like a brand this name leaves out: at most
   * two, not found in the name, unknown to the catalog or leading its names, while at least two
   * other words match the name exactly. A brand said last must be the noun asked for ("cool ranch
   * doritos"), not words after it ("a get well card for my aunt").
   */
  private unnamedBrand(analysed: AnalysedQuery, strengths: readonly number[], branded: boolean): BrandSpan | null {
    const n = strengths.length;
    // A brand's second word joined by "and" ("arm and hammer") is as much the brand as its first.
    const inBrand = (j: number): boolean => {
      const word = analysed.words[j]?.word ?? '';
      // A product the catalog gives a brand leaves no brand out: another's brand said ("charmin" of Scott) counts against it.
      const id = this.index.vocabulary.get(word);
      if (branded && id !== undefined && this.index.isBrandWord(id)) return false;
      const missing = (strengths[j] ?? 0) < MATCH.related;
      const unsupported = analysed.words[j]?.unsupported === true;
      return missing && !this.index.namesItsOwnProducts(word) && (unsupported || this.brandLike(word) || (j > 0 && this.index.boundByAnd(analysed.words[j - 1]?.word ?? '', word)));
    };
    let lead = 0;
    // A brand's second word need not read like a brand of its own ("bluebird farms"), once its first does.
    while (lead < n && (inBrand(lead) || (lead === 1 && (strengths[1] ?? 0) < MATCH.related))) lead++;
    let trail = 0;
    while (trail < n && inBrand(n - 1 - trail)) trail++;
    const span =
      lead > 0 && lead <= 2 && lead < n
        ? { start: 0, end: lead }
        : trail > 0 && trail <= 2 && trail < n && analysed.head >= n - trail
          ? { start: n - trail, end: n }
          : null;
    if (span === null) return null;
    let restExact = 0;
    for (let j = 0; j < n; j++) {
      if (j >= span.start && j < span.end) continue;
      const strength = strengths[j] ?? 0;
      if (strength < MATCH.merged) return null;
      if ((analysed.words[j]?.weight ?? 0) >= 1) restExact++;
    }
    return restExact >= 2 ? span : null;
  }

  /** Whether two names say the same words ("Paper Towel", "Paper Towels"): nothing for the shopper to choose between. */
  sameWords(a: Fit, b: Fit): boolean {
    const first = new Set(this.index.tokensOf(a.name));
    const second = new Set(this.index.tokensOf(b.name));
    return first.size === second.size && [...first].every((token) => second.has(token));
  }

  /**
   * Whether a word reads like a brand: unknown to the catalog or nearly so, or usually the first
   * word of the names that use it ("Kellogg's …", "Simply …"), unlike "shredded" or "frozen".
   */
  private brandLike(word: string): boolean {
    const id = this.index.vocabulary.get(word);
    if (id === undefined) return true;
    const uses = this.index.postingCount(id);
    return uses <= 2 || (uses <= MAX_BRAND_NAMES && this.index.leadShare(id) >= 0.5);
  }

}

/** How much of a request one product explains: its word count, scaled by how wholly the words name it. */
export function itemValue(analysed: AnalysedQuery, fit: Fit): number {
  const spoken = analysed.words.filter((word) => word.weight >= 1).length;
  return spoken * fit.coverage * (0.4 + 0.6 * fit.productCoverage) - UNEXPLAINED_COST * spoken * (1 - fit.coverage);
}

/** Whether a category is a section the amount rules out: a pound of plums is never canned, the canned aisle unsaid. */
function outOfSection(category: Int32Array, sections: AnalysedQuery['sections']): number {
  return sections !== undefined && category.some((token) => sections.ruledOut.has(token)) ? 1 : 0;
}

/** Whether a category is one of the sections the amount points to. */
export function inSection(category: Int32Array, sections: AnalysedQuery['sections']): number {
  if (sections === undefined || category.some((token) => sections.not.has(token))) return 0;
  return category.some((token) => sections.within.has(token)) ? 1 : 0;
}

/** Two fits the request cannot tell apart: the same words found, the same noun, nearly the same score. */
export function tossUp(best: Fit, runnerUp: Fit): boolean {
  // A product named in full ("orange juice" → Orange Juice) is the answer, not one of a choice.
  const namedInFull = (fit: Fit): boolean => fit.productCoverage >= FULL && fit.coverage >= FULL;
  return (
    !(namedInFull(best) && !namedInFull(runnerUp)) &&
    acceptable(runnerUp) &&
    best.score - runnerUp.score < AMBIGUITY_MARGIN &&
    Math.abs(best.coverage - runnerUp.coverage) < 0.02 &&
    best.headToHead === runnerUp.headToHead
  );
}

/** How many words of a request carry weight (casual words and pack words do not). */
export function meaningfulWords(analysed: AnalysedQuery): number {
  return analysed.words.filter((word) => word.weight >= 1).length;
}

/** Whether a fit explains enough of the request, clearly enough, to be offered as the answer. */
export function acceptable(fit: Fit): boolean {
  return fit.coverage >= MIN_COVERAGE && fit.headFound && fit.clearlyHeard && !fit.kindOfOther;
}

/**
 * Whether a fit names its product beyond doubt, as each item of a list must: every word heard as
 * itself or as the same sounds, and the product is named by its noun, its aisle's ("cereal"),
 * its leading (brand) words or most of its name.
 */
export function confident(fit: Fit): boolean {
  return (
    acceptable(fit) &&
    fit.coverage >= CONFIDENT_COVERAGE &&
    fit.weakest >= CONFIDENT_WORD &&
    (fit.headToHead >= MATCH.oneEdit ||
      fit.headInAisle ||
      (fit.leading && fit.productCoverage >= CONFIDENT_BRAND_COVERAGE) ||
      fit.productCoverage >= CONFIDENT_PRODUCT_COVERAGE)
  );
}

/** Whether a fit finds every word of the request in its product, in order, some perhaps loosely ("non bread" → Naan Bread). */
export function findsEveryWord(fit: Fit): boolean {
  return acceptable(fit) && fit.weakest >= MATCH.twoEdits && fit.inSequence;
}

/** Whether a product the household buys is plausibly what it asks for ("pancake mix" for its buttermilk pancake mix, "somen noodles" for its Organic Somen). */
export function personallyAcceptable(fit: Fit): boolean {
  if (fit.strongest < MIN_STRONGEST || fit.kindOfOther || fit.oneForTwo) return false;
  return (
    fit.coverage >= MIN_COVERAGE ||
    // Explaining only part of the request, the product must have the noun as said, or its aisle
    // must: "bananas, a bunch" is not the household's fruit punch.
    (fit.coverage >= MIN_PERSONAL_COVERAGE && (fit.headNamed >= MATCH.merged || fit.headNamed === CATEGORY_STRENGTH)) ||
    (fit.coverage >= NAMED_PERSONAL_COVERAGE && fit.productCoverage >= NAMED_PERSONAL_PRODUCT_COVERAGE)
  );
}

/** See `Fit.oneForTwo`: a word said more often than the name has the word it was found as. */
function oneForTwo(analysed: AnalysedQuery, tokens: Int32Array, positions: readonly number[]): boolean {
  // Every name of the shortlist is weighed: most requests say no word twice, and need no count.
  const { words } = analysed;
  if (!words.some((word, j) => words.findIndex((other) => other.word === word.word) !== j)) return false;
  return positions.some((at, j) => {
    const token = tokens[at];
    if (at < 0 || token === undefined) return false;
    const said = analysed.words.filter((word) => word.word === analysed.words[j]?.word).length;
    return said > 1 && tokens.filter((other) => other === token).length < said;
  });
}

/** Share of neighbouring request words found next to each other, in order, in the name. */
function inOrder(positions: readonly number[]): number {
  let pairs = 0;
  let kept = 0;
  for (let i = 0; i + 1 < positions.length; i++) {
    pairs++;
    const a = positions[i] ?? -1;
    const b = positions[i + 1] ?? -1;
    if (a >= 0 && (b === a + 1 || b === a)) kept++;
  }
  return pairs === 0 ? 1 : kept / pairs;
}
