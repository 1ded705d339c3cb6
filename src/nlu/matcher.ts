import { WORD_WEIGHTS, type Pattern } from './patterns.ts';
import { bestCaptureScore, EXTRA_CAPTURE_WORD_COST, FREE_CAPTURE_WORDS, isUncountedWord, knowsMostWordsOf, readCapture, type Capture, type SlotReader } from './slots.ts';
import { FUNCTION_WORDS } from './text.ts';

export interface Match {
  readonly pattern: Pattern;
  readonly score: number;
  /** Content words of the sample that were said. */
  readonly matchedContent: number;
  readonly slots: ReadonlyMap<string, SlotMatch>;
  /** Positions in the sentence of the words that matched words of the sample, in order. */
  readonly matchedAt: readonly number[];
  /** Those, and the positions of words said in place of a sample word ("on my list" for "to my list"). */
  readonly alignedAt: readonly number[];
}

export interface SlotMatch {
  readonly tokens: readonly string[];
  readonly value: string | undefined;
  /** Where the slot's words start in the sentence, and where they end (exclusive). */
  readonly start: number;
  readonly end: number;
}

/** Longest run of words one slot may take: a list of six or seven things with their amounts, said in one breath, runs to thirty. */
const MAX_CAPTURE = 32;
/** Leaving a sample's slot unfilled is allowed ("add to my list") but costs. */
const UNFILLED_SLOT = 1.2;
/** Sentences are cut to this many words: nobody shops in longer ones, and matching stays fast. */
const MAX_WORDS = 40;
/**
 * A sample word said as another ("give me" for "tell me", "on our list" for "to my list") costs
 * this share of missing the one and skipping the other: the sentence has the sample's shape.
 */
const SUBSTITUTION = 0.8;

const enum Step { None, SkipWord, Match, Miss, Capture, Substitute }

export interface MatcherOptions {
  /**
   * Whether a sample made of slots alone ("{quantity} {product}") needs a word the slot's type
   * knows. Among all the samples it does, or any words would match it; as the answer to a
   * question for that slot, any words are the answer, as Alexa would pass them.
   */
  readonly slotsAloneNeedAKnownWord?: boolean;
  /**
   * What a said content word no sample word or slot accounts for costs. Deciding between
   * intents, a stray word ("shuffle that off the cart", a recogniser's guess) must not cost much; filling the slots of
   * an intent already decided, every word said should land somewhere, so it costs more than a
   * sample word said differently ("give me" for "tell me"), and the sample with the slot wins.
   */
  readonly strayContentWord?: number;
  /**
   * Whether a slot may take words that otherwise only carry requests ("shopping", "buy
   * groceries"). Deciding between intents they are never the thing asked for; with the intent
   * decided, they are what the shopper named ("take shopping off the to do list"), for the skill to judge.
   */
  readonly carrierWordsAlone?: boolean;
}

/**
 * Aligns a sentence with samples: sample words are matched, missed or the sentence's extra words
 * skipped, each at a price; slots take runs of words. The best-scoring sample wins. Samples are
 * tried in order of the most they could score, so most are never aligned at all.
 */
export class Matcher {
  /** For each word, the samples that have it and what saying it adds to their bound (its gain plus the miss it avoids). */
  private readonly postings = new Map<string, { readonly indices: Int32Array; readonly weights: Float64Array }>();
  private readonly slotOnly: number[] = [];
  /** Each sample's bound when none of its words is said. */
  private readonly base: Float64Array;
  private readonly bound: Float64Array;
  /** How many of the sentence's words each sample has. */
  private readonly covered: Uint16Array;
  /** Samples with a slot open to any words, which takes some words at no length cost. */
  private readonly takesUncounted: Uint8Array;
  /** A reader of such a slot, to tell those words. */
  private readonly openReader: SlotReader | undefined;
  /** Which sentence last touched each sample, so the arrays need no clearing between sentences. */
  private readonly seen: Uint32Array;
  private generation = 0;
  /** The alignment table, reused from sample to sample. */
  private readonly score: Float64Array;
  private readonly step: Uint8Array;
  private readonly from: Int32Array;

  private readonly slotsAloneNeedAKnownWord: boolean;
  private readonly strayContentWord: number;
  private readonly carrierWordsAlone: boolean;

  constructor(
    private readonly patterns: readonly Pattern[],
    private readonly readers: ReadonlyMap<string, SlotReader>,
    options: MatcherOptions = {},
  ) {
    this.slotsAloneNeedAKnownWord = options.slotsAloneNeedAKnownWord ?? true;
    this.strayContentWord = options.strayContentWord ?? WORD_WEIGHTS.contentExtra;
    this.carrierWordsAlone = options.carrierWordsAlone ?? false;
    this.base = new Float64Array(patterns.length);
    this.bound = new Float64Array(patterns.length);
    this.covered = new Uint16Array(patterns.length);
    this.openReader = [...readers.values()].find((reader) => reader.kind === 'open');
    this.takesUncounted = Uint8Array.from(patterns, (pattern) =>
      pattern.elements.some((element) => element.kind === 'slot' && readers.get(element.type)?.kind === 'open') ? 1 : 0,
    );
    this.seen = new Uint32Array(patterns.length);
    const lists = new Map<string, { indices: number[]; weights: number[] }>();
    patterns.forEach((pattern, index) => {
      if (pattern.contentWords.length === 0) this.slotOnly.push(index);
      const weights = new Map<string, number>();
      let base = 0;
      for (const element of pattern.elements) {
        if (element.kind === 'slot') {
          base += bestCaptureScore(readers.get(element.type));
        } else {
          // The least a word of the sample can cost when unsaid is its share of a substitution.
          base -= SUBSTITUTION * element.miss;
          weights.set(element.word, (weights.get(element.word) ?? 0) + element.gain + SUBSTITUTION * element.miss);
        }
      }
      this.base[index] = base;
      for (const [word, weight] of weights) {
        const list = lists.get(word) ?? { indices: [], weights: [] };
        list.indices.push(index);
        list.weights.push(weight);
        lists.set(word, list);
      }
    });
    for (const [word, list] of lists) {
      this.postings.set(word, {
        indices: Int32Array.from(list.indices),
        weights: Float64Array.from(list.weights),
      });
    }
    const longest = Math.max(0, ...patterns.map((pattern) => pattern.elements.length));
    const size = (longest + 1) * (MAX_WORDS + 1);
    this.score = new Float64Array(size);
    this.step = new Uint8Array(size);
    this.from = new Int32Array(size);
  }

  /** The best-scoring sample for the sentence that `accept` allows, if any scores at least `floor`. */
  best(sentence: readonly string[], floor: number, accept: (match: Match) => boolean = () => true): Match | undefined {
    const tokens = sentence.slice(0, MAX_WORDS);
    const captures = new Map<string, (Capture | null | undefined)[]>();
    let best: Match | undefined;
    for (const index of this.candidates(tokens, floor)) {
      if ((this.bound[index] ?? 0) < (best?.score ?? floor)) break;
      const pattern = this.patterns[index];
      if (pattern === undefined) continue;
      const match = this.align(pattern, tokens, captures);
      if (match === undefined || match.score < floor || (best !== undefined && match.score <= best.score + 1e-9)) continue;
      if (accept(match)) best = match;
    }
    return best;
  }

  /**
   * Samples that could reach `floor`, most promising first: those sharing a content word with the
   * sentence, and those made of slots alone. A sample's bound is what it scores if every word it
   * shares with the sentence matches and every slot captures at its best; words it lacks are
   * certainly missed, and sentence words beyond what its slots can take are skipped at the least cost.
   */
  private candidates(tokens: readonly string[], floor: number): number[] {
    this.generation += 1;
    const { seen, bound, covered, base, generation } = this;
    const touched: number[] = [];
    const counts = new Map<string, number>();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    // Content words first: they decide which samples are candidates at all.
    for (const index of this.slotOnly) {
      seen[index] = generation;
      bound[index] = base[index] ?? 0;
      covered[index] = 0;
      touched.push(index);
    }
    for (const [word, count] of counts) {
      if (FUNCTION_WORDS.has(word)) continue;
      const postings = this.postings.get(word);
      if (postings === undefined) continue;
      const { indices, weights } = postings;
      for (let k = 0; k < indices.length; k++) {
        const index = indices[k] ?? 0;
        if (seen[index] !== generation) {
          seen[index] = generation;
          bound[index] = base[index] ?? 0;
          covered[index] = 0;
          touched.push(index);
        }
        bound[index] = (bound[index] ?? 0) + (weights[k] ?? 0);
        covered[index] = (covered[index] ?? 0) + count;
      }
    }
    // Function words only refine the bounds of those candidates.
    for (const [word, count] of counts) {
      if (!FUNCTION_WORDS.has(word)) continue;
      const postings = this.postings.get(word);
      if (postings === undefined) continue;
      const { indices, weights } = postings;
      for (let k = 0; k < indices.length; k++) {
        const index = indices[k] ?? 0;
        if (seen[index] !== generation) continue;
        bound[index] = (bound[index] ?? 0) + (weights[k] ?? 0);
        covered[index] = (covered[index] ?? 0) + count;
      }
    }
    const cheapestSkip = SUBSTITUTION * Math.min(WORD_WEIGHTS.functionExtra, EXTRA_CAPTURE_WORD_COST);
    const { openReader } = this;
    const uncounted = openReader === undefined ? 0 : tokens.filter((token) => isUncountedWord(openReader, token)).length;
    const promising: number[] = [];
    for (const index of touched) {
      const pattern = this.patterns[index];
      if (pattern === undefined) continue;
      const takenFree = pattern.slotCount * FREE_CAPTURE_WORDS + (this.takesUncounted[index] === 1 ? uncounted : 0);
      const uncovered = tokens.length - (covered[index] ?? 0) - takenFree;
      const reach = (bound[index] ?? 0) - Math.max(0, uncovered) * cheapestSkip;
      bound[index] = reach;
      if (reach >= floor) promising.push(index);
    }
    return promising.sort((a, b) => (bound[b] ?? 0) - (bound[a] ?? 0) || a - b);
  }

  private capture(
    cache: Map<string, (Capture | null | undefined)[]>,
    type: string,
    tokens: readonly string[],
    from: number,
    to: number,
  ): Capture | null {
    let row = cache.get(type);
    if (row === undefined) {
      row = [];
      cache.set(type, row);
    }
    const key = from * (MAX_WORDS + 1) + to;
    const cached = row[key];
    if (cached !== undefined) return cached;
    const reader = this.readers.get(type);
    const result = reader === undefined ? null : readCapture(reader, tokens.slice(from, to), { next: tokens[to], previous: tokens[from - 1], carrierWordsAlone: this.carrierWordsAlone });
    row[key] = result;
    return result;
  }

  private align(
    pattern: Pattern,
    tokens: readonly string[],
    captures: Map<string, (Capture | null | undefined)[]>,
  ): Match | undefined {
    const m = pattern.elements.length;
    const n = tokens.length;
    const width = n + 1;
    const { score, step, from } = this;
    score.fill(-Infinity, 0, (m + 1) * width);
    score[0] = 0;
    const relax = (to: number, value: number, kind: Step, origin: number): void => {
      if (value > (score[to] ?? -Infinity)) {
        score[to] = value;
        step[to] = kind;
        from[to] = origin;
      }
    };
    for (let i = 0; i <= m; i++) {
      const element = pattern.elements[i];
      for (let j = 0; j <= n; j++) {
        const here = i * width + j;
        const s = score[here] ?? -Infinity;
        if (s === -Infinity) continue;
        const token = tokens[j];
        const isFunction = token !== undefined && FUNCTION_WORDS.has(token);
        if (token !== undefined) relax(here + 1, s - (isFunction ? WORD_WEIGHTS.functionExtra : this.strayContentWord), Step.SkipWord, here);
        if (element === undefined) continue;
        const next = (i + 1) * width + j;
        if (element.kind === 'word') {
          if (token === element.word) relax(next + 1, s + element.gain, Step.Match, here);
          else if (token !== undefined && isFunction === (element.gain !== WORD_WEIGHTS.contentGain)) {
            // Only a word of the same kind stands in: a function word for a function word, a content word for a content word.
            const extra = isFunction ? WORD_WEIGHTS.functionExtra : WORD_WEIGHTS.contentExtra;
            relax(next + 1, s - SUBSTITUTION * (element.miss + extra), Step.Substitute, here);
          }
          relax(next, s - element.miss, Step.Miss, here);
        } else {
          relax(next, s - UNFILLED_SLOT, Step.Miss, here);
          for (let k = j + 1; k <= Math.min(n, j + MAX_CAPTURE); k++) {
            const capture = this.capture(captures, element.type, tokens, j, k);
            if (capture !== null) relax(next + (k - j), s + capture.score, Step.Capture, here);
          }
        }
      }
    }
    const end = m * width + n;
    const total = score[end] ?? -Infinity;
    if (total === -Infinity) return undefined;

    const slots = new Map<string, SlotMatch>();
    const matchedAt: number[] = [];
    const alignedAt: number[] = [];
    let matchedContent = 0;
    for (let at = end; at !== 0; at = from[at] ?? 0) {
      const origin = from[at] ?? 0;
      const i = Math.floor(origin / width);
      const j = origin % width;
      const element = pattern.elements[i];
      if (step[at] === Step.Match || step[at] === Step.Substitute) alignedAt.unshift(j);
      if (step[at] === Step.Match) {
        matchedAt.unshift(j);
        if (element?.kind === 'word' && element.gain === WORD_WEIGHTS.contentGain) matchedContent++;
      }
      if (step[at] === Step.Capture && element?.kind === 'slot') {
        const k = at % width;
        const words = tokens.slice(j, k);
        const capture = this.capture(captures, element.type, tokens, j, k);
        const reader = this.readers.get(element.type);
        if (this.slotsAloneNeedAKnownWord && pattern.contentWords.length === 0 && reader !== undefined && !knowsMostWordsOf(reader, words)) return undefined;
        slots.set(element.name, { tokens: words, value: capture?.value, start: j, end: k });
      }
    }
    return { pattern, score: total, matchedContent, slots, matchedAt, alignedAt };
  }
}
