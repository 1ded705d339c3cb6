import type { PastOrder } from './history.ts';
import { words } from './normalise.ts';
import { affinities, phraseKey } from './personal.ts';
import type { Catalog, Product } from './product.ts';
import { ProductIndex } from './product-index.ts';
import { splitAmount } from './quantity.ts';
import { MATCH, QueryAnalyser, type AnalysedQuery } from './query.ts';

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
  /** The best single word match: a request matched only by faint sound-alikes is not a product. */
  readonly strongest: number;
}

const SHORTLIST = 200;
const ALTERNATIVES = 5;
/** Below this a product explains too little of the request to be offered as the answer. */
const MIN_COVERAGE = 0.66;
const MIN_HEAD_STRENGTH = 0.6;
const MIN_STRONGEST = 0.84;
/** Scores closer than this are a toss-up the shopper should settle. */
const AMBIGUITY_MARGIN = 0.015;
/** A request word found only in the category ("cereal" for Cheerios) is weaker evidence than in the name. */
const CATEGORY_STRENGTH = 0.6;
/** What an unexplained leading word (likely a brand) still weighs. */
const BRAND_DISCOUNT = 0.2;

export class Resolver {
  private readonly analyser: QueryAnalyser;
  private readonly nameScores: Float64Array;
  private readonly wordBest: Float64Array;
  private readonly wordHits: Uint16Array;
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
    this.productByIdIndex = new Map(catalog.products.map((p, i) => [p.id, i]));
  }

  static build(catalog: Catalog): Resolver {
    return new Resolver(catalog, ProductIndex.build(catalog));
  }

  resolve(text: string, context: ShopperContext = {}): Resolution {
    const { quantity, unit, product } = splitAmount(words(text));
    return this.resolveWords(text, product, quantity, unit, context);
  }

  resolveAll(text: string, context: ShopperContext = {}): Resolution[] {
    return [this.resolve(text, context)];
  }

  private resolveWords(
    heard: string,
    productWords: readonly string[],
    quantity: number | null,
    unit: string | null,
    context: ShopperContext,
  ): Resolution {
    const query = productWords.join(' ');
    const base = { heard, query, quantity, unit };
    const analysed = this.analyser.analyse(productWords);
    if (analysed.words.length === 0) return { ...base, product: null, alternatives: [], ambiguous: false };
    const ranked = this.rank(analysed);
    const preferred = this.preferred(productWords, context);
    const personal = preferred === null ? this.personalChoice(analysed, ranked, context) : null;
    const chosen = preferred ?? personal;
    const others = ranked.filter((fit) => fit.product !== chosen).map((fit) => fit.product);
    if (chosen !== null) {
      return {
        ...base,
        product: this.catalog.products[chosen] ?? null,
        alternatives: this.productsOf(others),
        ambiguous: false,
      };
    }
    const best = ranked[0];
    if (best === undefined || !acceptable(best)) {
      return { ...base, product: null, alternatives: this.productsOf(ranked.map((fit) => fit.product)), ambiguous: false };
    }
    const runnerUp = ranked[1];
    return {
      ...base,
      product: this.catalog.products[best.product] ?? null,
      alternatives: this.productsOf(others),
      ambiguous: runnerUp !== undefined && best.score - runnerUp.score < AMBIGUITY_MARGIN,
    };
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

  /** The product this household buys that fits the request about as well as anything in the store. */
  private personalChoice(analysed: AnalysedQuery, ranked: readonly Fit[], context: ShopperContext): number | null {
    const history = context.history;
    if (history === undefined || history.length === 0) return null;
    let favoured = this.affinityCache.get(history);
    if (favoured === undefined) {
      favoured = affinities(history);
      this.affinityCache.set(history, favoured);
    }
    const bestCoverage = ranked[0]?.coverage ?? 0;
    let choice: number | null = null;
    let choiceRank = Number.NEGATIVE_INFINITY;
    for (const [id, affinity] of favoured) {
      const productIndex = this.productByIdIndex.get(id);
      if (productIndex === undefined) continue;
      for (const name of this.index.namesOfProduct[productIndex] ?? []) {
        const fit = this.fit(analysed, name);
        if (!acceptable(fit) || fit.coverage < bestCoverage - 0.1) continue;
        const rank = fit.score + 0.5 * affinity;
        if (rank > choiceRank) {
          choiceRank = rank;
          choice = productIndex;
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

  /** Names sharing words with the request, cut to the most promising by a quick estimate. */
  private shortlist(analysed: AnalysedQuery): number[] {
    const { nameScores, wordBest, wordHits, index } = this;
    const touched: number[] = [];
    for (const word of analysed.words) {
      const reached: number[] = [];
      for (const [id, strength] of word.candidates) {
        const postings = index.postings[id];
        if (postings === undefined) continue;
        for (let k = 0; k < postings.length; k++) {
          const name = postings[k] ?? 0;
          const best = wordBest[name] ?? 0;
          if (best === 0) reached.push(name);
          if (best < strength) wordBest[name] = strength;
        }
      }
      for (const name of reached) {
        if ((nameScores[name] ?? 0) === 0) touched.push(name);
        nameScores[name] = (nameScores[name] ?? 0) + word.weight * (wordBest[name] ?? 0) + 1e-9;
        wordHits[name] = (wordHits[name] ?? 0) + 1;
        wordBest[name] = 0;
      }
    }
    const total = analysed.totalWeight || 1;
    const estimates = touched.map((name) => {
      const length = index.names[name]?.tokens.length ?? 1;
      const estimate = (nameScores[name] ?? 0) / total + 0.25 * Math.min(1, (wordHits[name] ?? 0) / length);
      nameScores[name] = 0;
      wordHits[name] = 0;
      return { name, estimate };
    });
    if (estimates.length <= SHORTLIST) return estimates.map((e) => e.name);
    estimates.sort((a, b) => b.estimate - a.estimate || a.name - b.name);
    return estimates.slice(0, SHORTLIST).map((e) => e.name);
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
        0.05 * inOrder(positions) +
        0.08 * typical);
    return {
      name,
      product: entry.product,
      score,
      coverage,
      headFound: this.headFound(analysed, headStrength, headToHead, positions),
      strongest: Math.max(...strengths),
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
    while (lead < strengths.length && (strengths[lead] ?? 0) < MATCH.related) lead++;
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

/** Whether a fit explains enough of the request, clearly enough, to be offered as the answer. */
function acceptable(fit: Fit): boolean {
  return fit.coverage >= MIN_COVERAGE && fit.headFound && fit.strongest >= MIN_STRONGEST;
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
