import { CASUAL_WORDS } from './lexicon.ts';
import type { ProductIndex } from './product-index.ts';
import { MATCH, type AnalysedQuery, type QueryWord } from './query.ts';

/** How many names are scored in full. */
const SHORTLIST = 120;
/** Names within this share of the best quick estimate are scored in full. */
const SHORTLIST_SHARE = 0.5;
/** Once this many names are found, commoner words only refine them. */
const OPEN_LIMIT = 500;
/** A faint sound-alike of a very common word is not followed: it would reach too many names. */
const WEAK_POSTINGS_LIMIT = 500;
/** A word heard exactly and used by this many names keeps its sound-alikes from widening the search. */
const COMMON_WORD_POSTINGS = 300;
/** A word this common ("organic") never widens the search once rarer words found names. */
const COMMON_WORD_LIMIT = 800;
/** Refine through the found names when a postings list is this many times longer. */
const REFINE_BY_NAMES = 3;

/**
 * Finds the few names worth scoring for a request, from the postings of its words, without ever
 * walking the whole catalog. Scratch arrays are reused across requests, so one instance serves one
 * resolver (JavaScript runs one request at a time).
 */
export class Shortlist {
  private readonly nameScores: Float64Array;
  private readonly wordBest: Float64Array;
  private readonly wordHits: Uint16Array;
  private readonly touched: Int32Array;
  private readonly reached: Int32Array;

  constructor(private readonly index: ProductIndex) {
    this.nameScores = new Float64Array(index.nameCount);
    this.wordBest = new Float64Array(index.nameCount);
    this.wordHits = new Uint16Array(index.nameCount);
    this.touched = new Int32Array(index.nameCount);
    this.reached = new Int32Array(index.nameCount);
  }

  /**
   * Names sharing words with the request, cut to the most promising by a quick estimate. Rare words
   * go first; once enough names are found, common words ("organic", "2") only add to names already
   * found, so a request never walks tens of thousands of postings.
   */
  find(analysed: AnalysedQuery): number[] {
    const { nameScores, wordBest, wordHits, index, touched, reached } = this;
    let touchedCount = 0;
    // Casual and describing words ("a thing of strawberries", "fresh figs") go last: however rare, they must not choose the names.
    const order = analysed.words
      .map((word) => ({ word, size: this.reach(word), casual: CASUAL_WORDS.has(word.word) || word.describing === true }))
      .sort((a, b) => Number(a.casual) - Number(b.casual) || a.size - b.size);
    for (const { word } of order) {
      const open = touchedCount < OPEN_LIMIT;
      // Sound-alikes of a word the catalog uses often only refine: "chip" heard is rarely "ship".
      const commonAsHeard = this.exactReach(word) > COMMON_WORD_POSTINGS;
      let reachedCount = 0;
      let refineByNames = false;
      for (const [id, strength] of word.candidates) {
        const postings = index.postingsOf(id);
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
      let best = 0;
      for (const token of index.tokensOf(name)) {
        const strength = word.candidates.get(token);
        if (strength !== undefined && strength > best) best = strength;
      }
      if (best === 0) continue;
      if ((wordBest[name] ?? 0) === 0) reached[count++] = name;
      if ((wordBest[name] ?? 0) < best) wordBest[name] = best;
    }
    return count;
  }

  /** How many names use the word exactly as heard. */
  private exactReach(word: QueryWord): number {
    const id = this.index.vocabulary.get(word.word);
    return id === undefined ? 0 : this.index.postingCount(id);
  }

  /** How many names a word's likely catalog words lead to. */
  private reach(word: QueryWord): number {
    let size = 0;
    for (const id of word.candidates.keys()) size += this.index.postingCount(id);
    return size;
  }

}
