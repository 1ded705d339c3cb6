import type { PastOrder } from './history.ts';
import { stem, words } from './normalise.ts';
import { SECTIONS_BY_UNIT } from './lexicon.ts';
import { affinities, phraseKey } from './personal.ts';
import type { Catalog, Product } from './product.ts';
import { ProductIndex } from './product-index.ts';
import { cannotEndItem, splitAmount, stripTalk } from './quantity.ts';
import { MATCH, QueryAnalyser, type AnalysedQuery, type QueryWord } from './query.ts';

export interface ShopperContext {
  history?: readonly PastOrder[];
  /** phraseKey → product id, set when the shopper corrected a choice. */
  preferences?: ReadonlyMap<string, string>;
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

/** How well one name fits the request, and why. */
interface Fit {
  readonly name: number;
  readonly product: number;
  readonly score: number;
  /** Share of the request's words (by weight) the product explains. */
  readonly coverage: number;
  /** Whether the noun the request is about is in the product's name or category. */
  readonly headFound: boolean;
  /** How clearly the noun asked for is in the name (or, weaker, the category). */
  readonly headStrength: number;
  /** How well the request's noun matches the noun the name is about. */
  readonly headToHead: number;
  /** Share of the name's words (by weight) the request mentions. */
  readonly productCoverage: number;
  /** The best single word match: a request matched only by faint sound-alikes is not a product. */
  readonly strongest: number;
}

const SHORTLIST = 120;
/** Names within this share of the best quick estimate are scored in full. */
const SHORTLIST_SHARE = 0.5;
/** Once this many names are found, commoner words only refine them. */
const OPEN_LIMIT = 500;
/** A faint sound-alike of a very common word is not followed: it would reach too many names. */
const WEAK_POSTINGS_LIMIT = 500;
const COMMON_WORD_POSTINGS = 300;
/** A word in more names than this ("organic") is a description, not a brand, however often it leads. */
const MAX_BRAND_NAMES = 500;
/** A word this common ("organic") never widens the search once rarer words found names. */
const COMMON_WORD_LIMIT = 800;
/** Refine through the found names when a postings list is this many times longer. */
const REFINE_BY_NAMES = 3;
const ALTERNATIVES = 5;
/** One resolved item and how much of the request it explains. */
interface Scored {
  resolution: Resolution;
  value: number;
}

/** Longest run of words taken as one item when splitting a request into several. */
const MAX_ITEM_WORDS = 8;
/** What each extra item must gain over reading the words as one product. */
const ITEM_SPLIT_COST = 0.3;
/** What each product word that no product explains costs a way of splitting. */
const UNEXPLAINED_COST = 0.5;
/** Below this a product explains too little of the request to be offered as the answer. */
const MIN_COVERAGE = 0.66;
const MIN_HEAD_STRENGTH = 0.6;
const MIN_STRONGEST = 0.84;
/** A household's own product needs fewer of the request's words than a stranger's would. */
const MIN_PERSONAL_COVERAGE = 0.4;
const AFFINITY_WEIGHT = 0.6;
/** Scores closer than this are a toss-up the shopper should settle. */
const AMBIGUITY_MARGIN = 0.05;
/** How much an amount's section ("by the bunch" → produce) favours a product there. */
const SECTION_BONUS = 0.1;
/** Shoppers say names in their printed order: "rice krispies cereal" is Rice Krispies Cereal, not Crispy Rice Cereal. */
const ORDER_WEIGHT = 0.1;
/** A request word found only in the category ("cereal" for Cheerios) is weaker evidence than in the name. */
const CATEGORY_STRENGTH = 0.6;
/** What an unexplained leading word (likely a brand) still weighs. */
const BRAND_DISCOUNT = 0.2;

export class Resolver {
  private readonly analyser: QueryAnalyser;
  private readonly nameScores: Float64Array;
  private readonly wordBest: Float64Array;
  private readonly wordHits: Uint16Array;
  private readonly touched: Int32Array;
  private readonly reached: Int32Array;
  private readonly productByIdIndex: Map<string, number>;
  private readonly affinityCache = new WeakMap<readonly PastOrder[], Map<string, number>>();

  private constructor(
    private readonly catalog: Catalog,
    private readonly index: ProductIndex,
  ) {
    this.analyser = new QueryAnalyser(index);
    this.nameScores = new Float64Array(index.names.length);
    this.wordBest = new Float64Array(index.names.length);
    this.wordHits = new Uint16Array(index.names.length);
    this.touched = new Int32Array(index.names.length);
    this.reached = new Int32Array(index.names.length);
    this.productByIdIndex = new Map(catalog.products.map((p, i) => [p.id, i]));
  }

  static build(catalog: Catalog): Resolver {
    return new Resolver(catalog, ProductIndex.build(catalog));
  }

  resolve(text: string, context: ShopperContext = {}): Resolution {
    return this.resolveSpoken(text, words(text), context).resolution;
  }

  /**
   * Several items in one request: "milk eggs and two loaves of bread" → three resolutions.
   * Every way of cutting the words into items is weighed by how well each piece names one product,
   * so "macaroni and cheese" or "salt and pepper chips" stay whole while "milk eggs" splits.
   */
  resolveAll(text: string, context: ShopperContext = {}): Resolution[] {
    const pieces = text.split(/[,;]|\band then\b|\bplus\b|\balso\b/i).filter((piece) => words(piece).length > 0);
    return pieces.flatMap((piece) => this.splitItems(piece, context));
  }

  private splitItems(text: string, context: ShopperContext): Resolution[] {
    const all = stripTalk(words(text));
    const n = all.length;
    if (n === 0) return [];
    const best: { value: number; cut: number; item: Scored | null }[] = [{ value: 0, cut: -1, item: null }];
    for (let end = 1; end <= n; end++) {
      best.push({ value: Number.NEGATIVE_INFINITY, cut: -1, item: null });
      for (let start = Math.max(0, end - MAX_ITEM_WORDS); start < end; start++) {
        const before = best[start];
        const piece = all.slice(start, end);
        const last = piece[piece.length - 1] ?? '';
        if (before === undefined || before.value === Number.NEGATIVE_INFINITY) continue;
        if ((end < n && cannotEndItem(last)) || ['of', 'with', 'for'].includes(piece[0] ?? '')) continue;
        const item = this.resolveSpoken(piece.join(' '), piece, context);
        const value = before.value + item.value - (start > 0 ? ITEM_SPLIT_COST : 0);
        const here = best[end];
        if (here !== undefined && value > here.value) best[end] = { value, cut: start, item };
      }
    }
    const items: Resolution[] = [];
    for (let end = n; end > 0; ) {
      const step = best[end];
      if (step === undefined || step.item === null) break;
      const piece = all.slice(step.cut, end);
      items.unshift({ ...step.item.resolution, heard: (piece[0] === 'and' ? piece.slice(1) : piece).join(' ') });
      end = step.cut;
    }
    return items;
  }

  /** Resolves one item's words, with how much of the request the answer explains (for splitting). */
  private resolveSpoken(heard: string, spoken: readonly string[], context: ShopperContext): Scored {
    const { quantity, unit, product } = splitAmount(spoken);
    const scored = this.resolveWords(heard, product, quantity, unit, context);
    // Words read as amount or talk are explained; product words the answer leaves out count against it.
    const counted = (list: readonly string[]): number => list.filter((word) => word !== 'and').length;
    return { ...scored, value: scored.value + counted(spoken) - counted(product) };
  }

  private resolveWords(
    heard: string,
    productWords: readonly string[],
    quantity: number | null,
    unit: string | null,
    context: ShopperContext,
  ): Scored {
    const query = productWords.join(' ');
    const base = { heard, query, quantity, unit };
    const analysed = { ...this.analyser.analyse(productWords), sections: this.sectionsFor(quantity, unit) };
    const none = (alternatives: Product[]): Scored => ({
      resolution: { ...base, product: null, alternatives, ambiguous: false },
      value: -UNEXPLAINED_COST * analysed.words.length,
    });
    if (analysed.words.length === 0) return none([]);
    const ranked = this.rank(analysed);
    const preferred = this.preferred(productWords, context);
    const personal = preferred === null ? this.personalChoice(analysed, context) : null;
    const chosen = preferred ?? personal?.product ?? null;
    const others = ranked.filter((fit) => fit.product !== chosen).map((fit) => fit.product);
    const best = ranked[0];
    if (chosen !== null) {
      const fit = personal ?? best;
      return {
        resolution: { ...base, product: this.catalog.products[chosen] ?? null, alternatives: this.productsOf(others), ambiguous: false },
        value: fit === undefined ? analysed.words.length : itemValue(analysed, fit),
      };
    }
    // The best fit may only mention the word ("Muscle Recovery Tea" for "muscles"): take the best that is the thing.
    const at = ranked.findIndex(acceptable);
    const answer = ranked[at];
    if (answer === undefined) return none(this.productsOf(ranked.map((fit) => fit.product)));
    const rest = ranked.filter((_, i) => i !== at);
    const runnerUp = rest[0];
    return {
      resolution: {
        ...base,
        product: this.catalog.products[answer.product] ?? null,
        alternatives: this.productsOf(rest.map((fit) => fit.product)),
        ambiguous: runnerUp !== undefined && runnerUp.score >= answer.score - AMBIGUITY_MARGIN && acceptable(runnerUp) && tossUp(answer, runnerUp),
      },
      value: itemValue(analysed, answer),
    };
  }

  /** Category words of the sections an amount points to, as vocabulary ids. */
  private sectionsFor(quantity: number | null, unit: string | null): AnalysedQuery['sections'] {
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
    return { within: ids(sections.within), not: ids(sections.not) };
  }

  private productsOf(indices: readonly number[]): Product[] {
    const out: Product[] = [];
    for (const i of indices) {
      const product = this.catalog.products[i];
      if (product !== undefined) out.push(product);
      if (out.length === ALTERNATIVES) break;
    }
    return out;
  }

  private preferred(productWords: readonly string[], context: ShopperContext): number | null {
    const id = context.preferences?.get(phraseKey(productWords.join(' ')));
    return id === undefined ? null : (this.productByIdIndex.get(id) ?? null);
  }

  /**
   * The product this household buys that the request is about. Shoppers with a history mostly
   * reorder, so any bought product that has the asked-for noun and most of the words wins; among
   * several, the better fit and then the more often and recently bought.
   */
  private personalChoice(analysed: AnalysedQuery, context: ShopperContext): Fit | null {
    const history = context.history;
    if (history === undefined || history.length === 0) return null;
    let favoured = this.affinityCache.get(history);
    if (favoured === undefined) {
      favoured = affinities(history);
      this.affinityCache.set(history, favoured);
    }
    let choice: Fit | null = null;
    let choiceRank = Number.NEGATIVE_INFINITY;
    // A casual "milk" leaves the choice to habit; a long, specific request decides by its own words.
    const spoken = analysed.words.filter((word) => word.weight >= 1).length;
    const affinityWeight = AFFINITY_WEIGHT / Math.max(1, spoken - 1);
    for (const [id, affinity] of favoured) {
      const productIndex = this.productByIdIndex.get(id);
      if (productIndex === undefined) continue;
      for (const name of this.index.namesOfProduct[productIndex] ?? []) {
        const fit = this.fit(analysed, name);
        if (!personallyAcceptable(fit)) continue;
        // What was said decides first; among equally fitting products, what the household buys most.
        const rank = 1.5 * fit.coverage + 0.15 * fit.productCoverage + 0.1 * fit.headToHead + affinityWeight * affinity;
        if (rank > choiceRank) {
          choiceRank = rank;
          choice = fit;
        }
      }
    }
    return choice;
  }

  /** Products whose names fit the request, best first, one entry per product. */
  private rank(analysed: AnalysedQuery): Fit[] {
    const shortlist = this.shortlist(analysed);
    const byProduct = new Map<number, Fit>();
    for (const name of shortlist) {
      const fit = this.fit(analysed, name);
      const seen = byProduct.get(fit.product);
      if (seen === undefined || seen.score < fit.score) byProduct.set(fit.product, fit);
    }
    return [...byProduct.values()].sort(
      (a, b) => b.score - a.score || a.product - b.product,
    );
  }

  /**
   * Names sharing words with the request, cut to the most promising by a quick estimate. Rare words
   * go first; once enough names are found, common words ("organic", "2") only add to names already
   * found, so a request never walks tens of thousands of postings.
   */
  private shortlist(analysed: AnalysedQuery): number[] {
    const { nameScores, wordBest, wordHits, index, touched, reached } = this;
    let touchedCount = 0;
    const order = analysed.words
      .map((word) => ({ word, size: this.reach(word) }))
      .sort((a, b) => a.size - b.size);
    for (const { word } of order) {
      const open = touchedCount < OPEN_LIMIT;
      // Sound-alikes of a word the catalog uses often only refine: "chip" heard is rarely "ship".
      const commonAsHeard = this.exactReach(word) > COMMON_WORD_POSTINGS;
      let reachedCount = 0;
      let refineByNames = false;
      for (const [id, strength] of word.candidates) {
        const postings = index.postings[id];
        if (postings === undefined || (strength < MATCH.oneEdit && postings.length > WEAK_POSTINGS_LIMIT)) continue;
        const adds =
          touchedCount === 0 || (open && postings.length <= COMMON_WORD_LIMIT && (strength >= MATCH.merged || !commonAsHeard));
        // Refining: walking the names found so far is cheaper than a long postings list.
        if (!adds && postings.length > REFINE_BY_NAMES * touchedCount) {
          refineByNames = true;
          continue;
        }
        for (let k = 0; k < postings.length; k++) {
          const name = postings[k] ?? 0;
          if (!adds && nameScores[name] === 0) continue;
          const best = wordBest[name] ?? 0;
          if (best === 0) reached[reachedCount++] = name;
          if (best < strength) wordBest[name] = strength;
        }
      }
      if (refineByNames) reachedCount = this.refineFound(word, touchedCount, reachedCount);
      for (let k = 0; k < reachedCount; k++) {
        const name = reached[k] ?? 0;
        if (nameScores[name] === 0) touched[touchedCount++] = name;
        nameScores[name] = (nameScores[name] ?? 0) + word.weight * (wordBest[name] ?? 0) + 1e-9;
        wordHits[name] = (wordHits[name] ?? 0) + 1;
        wordBest[name] = 0;
      }
    }
    const total = analysed.totalWeight || 1;
    let top = 0;
    for (let k = 0; k < touchedCount; k++) {
      const name = touched[k] ?? 0;
      const estimate = (nameScores[name] ?? 0) / total + 0.25 * Math.min(1, (wordHits[name] ?? 0) / (index.nameLengths[name] ?? 1));
      nameScores[name] = estimate;
      if (estimate > top) top = estimate;
    }
    // The lowest bar (in tenths of the best estimate) that lets few enough names through, so sorting stays cheap.
    const perTenth = new Int32Array(11);
    for (let k = 0; k < touchedCount; k++) {
      const tenth = Math.floor((10 * (nameScores[touched[k] ?? 0] ?? 0)) / (top || 1));
      const slot = Math.min(10, tenth);
      perTenth[slot] = (perTenth[slot] ?? 0) + 1;
    }
    let bar = 10;
    let passing = perTenth[10] ?? 0;
    while (bar > SHORTLIST_SHARE * 10 && passing + (perTenth[bar - 1] ?? 0) <= 4 * SHORTLIST) passing += perTenth[--bar] ?? 0;
    const kept: number[] = [];
    for (let k = 0; k < touchedCount; k++) {
      const name = touched[k] ?? 0;
      if ((nameScores[name] ?? 0) >= (top * bar) / 10) kept.push(name);
    }
    if (kept.length > SHORTLIST) {
      kept.sort((a, b) => (nameScores[b] ?? 0) - (nameScores[a] ?? 0) || a - b);
      kept.length = SHORTLIST;
    }
    for (let k = 0; k < touchedCount; k++) {
      const name = touched[k] ?? 0;
      nameScores[name] = 0;
      wordHits[name] = 0;
    }
    return kept;
  }

  /** Adds a common word's matches among the names found so far, by looking at their words. */
  private refineFound(word: QueryWord, touchedCount: number, reachedCount: number): number {
    const { touched, reached, wordBest, index } = this;
    let count = reachedCount;
    for (let k = 0; k < touchedCount; k++) {
      const name = touched[k] ?? 0;
      const entry = index.names[name];
      if (entry === undefined) continue;
      let best = 0;
      for (const token of entry.tokens) {
        const strength = word.candidates.get(token);
        if (strength !== undefined && strength > best) best = strength;
      }
      if (best === 0) continue;
      if ((wordBest[name] ?? 0) === 0) reached[count++] = name;
      if ((wordBest[name] ?? 0) < best) wordBest[name] = best;
    }
    return count;
  }

  /**
   * Whether a word reads like a brand: unknown to the catalog or nearly so, or usually the first
   * word of the names that use it ("Kellogg's …", "Simply …"), unlike "shredded" or "frozen".
   */
  private brandLike(word: string): boolean {
    const id = this.index.vocabulary.get(word);
    if (id === undefined) return true;
    const uses = this.index.postings[id]?.length ?? 0;
    return uses <= 2 || (uses <= MAX_BRAND_NAMES && this.index.leadShare(id) >= 0.5);
  }

  /** How many names use the word exactly as heard. */
  private exactReach(word: QueryWord): number {
    const id = this.index.vocabulary.get(word.word);
    return id === undefined ? 0 : (this.index.postings[id]?.length ?? 0);
  }

  /** How many names a word's likely catalog words lead to. */
  private reach(word: QueryWord): number {
    let size = 0;
    for (const id of word.candidates.keys()) size += this.index.postings[id]?.length ?? 0;
    return size;
  }

  private fit(analysed: AnalysedQuery, name: number): Fit {
    const entry = this.index.names[name];
    if (entry === undefined) throw new Error(`no product name ${name} in the index`);
    const { idf } = this.index;
    const tokenCover = new Float64Array(entry.tokens.length);
    const strengths: number[] = [];
    const positions: number[] = [];
    let headStrength = 0;
    let headToHead = 0;
    analysed.words.forEach((word, position) => {
      let inName = 0;
      let at = -1;
      entry.tokens.forEach((token, t) => {
        const strength = word.candidates.get(token) ?? 0;
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
      strengths.push(Math.max(inName, inCategory));
      positions.push(at);
      if (position === analysed.head) {
        headStrength = Math.max(inName, inCategory);
        headToHead = word.candidates.get(entry.head) ?? 0;
      }
    });
    const coverage = this.coverage(analysed, strengths);
    let nameWeight = 0;
    let nameCovered = 0;
    entry.tokens.forEach((token, t) => {
      const weight = Math.min(idf[token] ?? 0, 8);
      nameWeight += weight;
      nameCovered += weight * (tokenCover[t] ?? 0);
    });
    const productCoverage = nameWeight === 0 ? 0 : nameCovered / nameWeight;
    const typical = headToHead >= MATCH.oneEdit ? this.index.typicality(entry.head, entry.categoryId) : 0;
    const score =
      entry.weight *
      (1.5 * coverage +
        0.2 * productCoverage +
        0.08 * headToHead +
        0.1 * headStrength +
        ORDER_WEIGHT * inOrder(positions) +
        0.08 * typical +
        SECTION_BONUS * inSection(entry.category, analysed.sections));
    return {
      name,
      product: entry.product,
      score,
      coverage,
      headFound: this.headFound(analysed, headStrength, headToHead, positions),
      headStrength,
      headToHead,
      productCoverage,
      strongest: Math.max(...strengths.map((strength) => (strength === CATEGORY_STRENGTH ? MIN_STRONGEST : strength))),
    };
  }

  /**
   * Whether the thing asked for is what the product is. A one-word request must name the product's
   * own noun or its leading (brand) word, and be heard clearly: "hammer" is not Long Hammer IPA Beer.
   */
  private headFound(analysed: AnalysedQuery, headStrength: number, headToHead: number, positions: readonly number[]): boolean {
    const meaningful = analysed.words.filter((w) => w.weight >= 1).length;
    if (meaningful > 1) return headStrength >= MIN_HEAD_STRENGTH;
    return headStrength >= MATCH.oneEdit && (headToHead >= MATCH.oneEdit || positions[analysed.head] === 0);
  }

  /**
   * Share of the request's weight the name explains. Leading words the name lacks while the rest
   * matches exactly are most likely a brand the catalog leaves out of names ("fage total 0% plain"),
   * so they count for little.
   */
  private coverage(analysed: AnalysedQuery, strengths: readonly number[]): number {
    let covered = 0;
    analysed.words.forEach((word, j) => {
      covered += word.weight * (strengths[j] ?? 0);
    });
    const plain = covered / (analysed.totalWeight || 1);
    let lead = 0;
    while (lead < strengths.length && (strengths[lead] ?? 0) < MATCH.related && this.brandLike(analysed.words[lead]?.word ?? '')) lead++;
    if (lead === 0 || lead >= strengths.length || lead > 2) return plain;
    const rest = analysed.words.slice(lead);
    const restExact = rest.filter((w, k) => (strengths[lead + k] ?? 0) >= MATCH.merged && w.weight >= 1).length;
    if (restExact < 2 || rest.some((_, k) => (strengths[lead + k] ?? 0) < MATCH.merged)) return plain;
    let restCovered = 0;
    let restWeight = 0;
    let leadCovered = 0;
    let leadWeight = 0;
    analysed.words.forEach((word, j) => {
      const strength = strengths[j] ?? 0;
      if (j < lead) {
        leadWeight += word.weight * BRAND_DISCOUNT;
        leadCovered += word.weight * BRAND_DISCOUNT * strength;
      } else {
        restWeight += word.weight;
        restCovered += word.weight * strength;
      }
    });
    return (restCovered + leadCovered) / (restWeight + leadWeight || 1);
  }
}

/** How much of a request one product explains: its word count, scaled by how wholly the words name it. */
function itemValue(analysed: AnalysedQuery, fit: Fit): number {
  const spoken = analysed.words.filter((word) => word.weight >= 1).length;
  return spoken * fit.coverage * (0.4 + 0.6 * fit.productCoverage) - UNEXPLAINED_COST * spoken * (1 - fit.coverage);
}

/** Whether a category is one of the sections the amount points to. */
function inSection(category: readonly number[], sections: AnalysedQuery['sections']): number {
  if (sections === undefined || category.some((token) => sections.not.has(token))) return 0;
  return category.some((token) => sections.within.has(token)) ? 1 : 0;
}

/** Two fits the request cannot tell apart: the same words found, the same noun, nearly the same score. */
function tossUp(best: Fit, runnerUp: Fit): boolean {
  return (
    best.score - runnerUp.score < AMBIGUITY_MARGIN &&
    Math.abs(best.coverage - runnerUp.coverage) < 0.02 &&
    best.headToHead === runnerUp.headToHead
  );
}

/** Whether a fit explains enough of the request, clearly enough, to be offered as the answer. */
function acceptable(fit: Fit): boolean {
  return fit.coverage >= MIN_COVERAGE && fit.headFound && fit.strongest >= MIN_STRONGEST;
}

/** Whether a product the household buys is plausibly what it asks for ("coleslaw mix" for its deli coleslaw). */
function personallyAcceptable(fit: Fit): boolean {
  if (fit.strongest < MIN_STRONGEST) return false;
  return fit.coverage >= MIN_COVERAGE || (fit.coverage >= MIN_PERSONAL_COVERAGE && fit.headStrength >= MIN_HEAD_STRENGTH);
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
