import { editDistance } from './fuzzy.ts';
import { CASUAL_WORDS, CLAUSE_WORDS, DESCRIBING_WORDS, HEARD_AS_SAID, PACKAGING_WORDS, relatedWords, saysKindOf } from './lexicon.ts';
import { stem, STOPWORDS } from './normalise.ts';
import { consonantDistance, firstVowel, phoneticKeys, soundDistance } from './phonetic.ts';
import { outline, SaidWords, syllables, waysHeard } from './pronunciation.ts';
import type { ProductIndex } from './product-index.ts';
import type { SoundAlikes } from './sound-alikes.ts';

/** How strongly each kind of evidence says a heard word is a catalog word. */
export const MATCH = {
  exact: 1,
  merged: 0.97,
  phonetic: 0.9,
  oneEdit: 0.8,
  /** A letter dropped or added in a long word the catalog does not have leaves little doubt ("cucumbr"), enough for a one-word request. */
  oneEditInLongWord: 0.86,
  related: 0.9,
  shortPhonetic: 0.75,
  /** A word heard with other vowels, next to a word heard right that names print it beside ("paper tails", paper towels). */
  besideItsPair: 0.9,
  twoEdits: 0.65,
  /** A letter left out of a short word ("geen"): short of a slip in a longer word, so never on its own the noun of another thing ("hose" is not house). */
  shortWordSlip: 0.75,
} as const;

/** Each sound that differs between heard and catalog word lowers the match ("leak" is nearer "leek" than "lychee"). */
const SOUND_EDIT_COST = 0.06;

/**
 * A sound-alike with another first vowel is a loose match, too faint for a one-word request: "hose"
 * is not Hass, "tire" not tear, though their consonants and spellings agree.
 */
const VOWEL_CHANGE_COST = 0.08;

/** From this many letters a word with one slip is still plainly the word meant. */
const LONG_WORD = 7;

/** Consonants a run of heard pieces must keep for it to be taken as the word they sound out. */
const TELLING_OUTLINE = 3;
/** How far (in soundGap units) a telling run of pieces may sound from a word and still be it heard plainly: a couple of vowels, or one consonant. */
const RUN_SLIPS = 1;

/** How many times more names must print a sounded-out word than the noun heard plainly among the pieces, to take it over that noun. */
const NOUN_OVERRULED_BY = 4;

/**
 * How far a single heard word may sound from a catalog word it is taken for, when its spelling and
 * sound key found nothing: a vowel, or an r or glide heard or not. A consonant of its own makes it
 * another word ("slicer" is not sleeper).
 */
const MAX_WORD_SOUND_GAP = 0.5;

/** A word in this few names, a slip away from one in this many, is taken for the common word misspelt. */
const RARE_USES = 2;
const COMMON_USES = 100;

/** How a heard text is looked up: as a word heard whole, or as pieces run together, strictly or by their consonants. */
type Reading = 'word' | 'joined' | 'loosely joined';

/** A catalog word printed in at most this many names may be two everyday words run together ("lipbalm"). */
const RARE_JOINED_USES = 5;
/** How many times more names each of the two words must be in than the run-together form, for the form to be split. */
const APART_OVER_JOINED = 20;

/** Longest run of heard words tried as one catalog word ("asset a mino fen"). */
const MAX_MERGED_WORDS = 4;

/** Below this a merged pair is too unsure to count: merges are tried everywhere, so only clear hits. */
const MERGE_MIN = 0.7;

/** What a describing word ("plain", "extra crispy") weighs against a word naming the product, however rare it is in names. */
const DESCRIBING_SHARE = 0.7;
/** What a word in a part after the thing asked for weighs ("shampoo for a dry scalp"), against one before it. */
const CLAUSE_SHARE = 0.5;

/** A word as heard, with the index of the product word it became (-1 for a stopword), and whether it is a piece of a heard word split in two. */
interface HeardPiece {
  readonly word: string;
  readonly at: number;
  readonly splitHere?: boolean;
}

/** One product word of the request, with the catalog words it may be and how likely each is. */
export interface QueryWord {
  readonly word: string;
  readonly weight: number;
  readonly candidates: ReadonlyMap<number, number>;
  /** No shortlisted name with the asked-for noun has this word: it cannot be what sets the product apart. */
  readonly unsupported?: boolean;
  /** A describing word ("plain", "fresh"): an aisle that says it ("fresh fruits") says it of every product there. */
  readonly describing?: boolean;
}

export interface AnalysedQuery {
  readonly words: readonly QueryWord[];
  /** Index in `words` of the noun the request is about ("toothpaste for sensitive teeth" → toothpaste). */
  readonly head: number;
  readonly totalWeight: number;
  /** Category words of the store sections the amount points to ("two bunches of" → produce, herb), and of those it rules out. */
  readonly sections?: {
    readonly within: ReadonlySet<number>;
    readonly not: ReadonlySet<number>;
    /** Sections a unit said rules out, which the request does not name: a pound of plums is not canned. */
    readonly ruledOut: ReadonlySet<number>;
    /** The amount was said with a unit ("a pound of"), not as a bare count: it says where the thing is sold. */
    readonly byUnit: boolean;
  };
}

/** Finds what catalog words each heard word may stand for; results are cached per word. */
export class QueryAnalyser {
  private readonly cache = new Map<string, Map<number, number>>();
  private readonly related = relatedWords();
  private readonly relatedKeys = new Map<string, string[]>();
  /** Heard word → catalog words the sound-alike lists (voicecart's own and the operator's) say it may be, as vocabulary ids with strengths. */
  private readonly listed = new Map<string, [number, number][]>();
  /** The catalog's words filed by how they are said, made the first time a heard word is unknown by spelling and sound key. */
  private saidWords: SaidWords | undefined;
  private readonly soundedOut = new Map<string, Map<number, number>>();

  constructor(
    private readonly index: ProductIndex,
    soundAlikes: SoundAlikes = new Map(),
  ) {
    for (const source of this.related.keys()) {
      for (const key of phoneticKeys(source)) {
        const list = this.relatedKeys.get(key) ?? [];
        list.push(source);
        this.relatedKeys.set(key, list);
      }
    }
    // Only listed words this catalog uses matter; the rest of a list is dropped once, here.
    for (const [heard, alikes] of soundAlikes) {
      const known: [number, number][] = [];
      for (const { word, strength } of alikes) {
        const id = index.vocabulary.get(word);
        if (id !== undefined) known.push([id, Math.min(strength, MATCH.phonetic)]);
      }
      if (known.length > 0) this.listed.set(heard, known);
    }
  }

  /** Catalog words the sound-alike lists give as sounding just like a heard word ("flower", flour). */
  homophonesOf(word: string): number[] {
    return (this.listed.get(word) ?? []).flatMap(([id, strength]) => (strength >= MATCH.phonetic ? [id] : []));
  }

  /** Everyday words this word is, or sounds like ("cuetip" → qtip), with what they stand for. */
  private relatedBySound(word: string, keys: readonly string[]): Map<string, readonly string[]> {
    const found = new Map<string, readonly string[]>();
    const exact = this.related.get(word);
    if (exact !== undefined) found.set(word, exact);
    for (const key of keys) {
      for (const source of this.relatedKeys.get(key) ?? []) {
        const targets = this.related.get(source);
        if (targets !== undefined && !found.has(source) && soundDistance(word, source) !== null) found.set(source, targets);
      }
    }
    return found;
  }

  analyse(productWords: readonly string[]): AnalysedQuery {
    const kept: string[] = [];
    /** The words as heard, each with the index in `kept` it became (-1 for a stopword), for merging. */
    const heard: HeardPiece[] = [];
    let headEnd = -1;
    for (const word of productWords) {
      if (CLAUSE_WORDS.has(word) && kept.length > 0 && headEnd < 0) headEnd = kept.length;
      if (STOPWORDS.has(word)) heard.push({ word, at: -1 });
      else {
        const parts = this.split(word);
        for (const part of parts) heard.push({ word: part, at: kept.push(part) - 1, ...(parts.length > 1 ? { splitHere: true } : {}) });
      }
    }
    const stems = kept.map(stem);
    const words = stems.map((word): { word: string; weight: number; candidates: ReadonlyMap<number, number>; describing?: boolean } => {
      const candidates = this.withSoundAlikes(word, this.candidatesOf(word));
      return { word, weight: this.weightOf(word, candidates), candidates, ...(DESCRIBING_WORDS.has(word) ? { describing: true } : {}) };
    });
    let head = (headEnd > 0 ? headEnd : words.length) - 1;
    // "that almond milk stuff": a casual word at the end names nothing.
    while (head > 0 && CASUAL_WORDS.has(words[head]?.word ?? '')) head--;
    // "cereal bars": the pack word at the end is not what the shopper wants more of.
    const last = words[head];
    if (last !== undefined && head > 0 && PACKAGING_WORDS.has(last.word)) {
      words[head] = { ...last, weight: last.weight * 0.3 };
      head--;
    } else if (last !== undefined && head > 0 && saysKindOf(last.word, words[head - 1]?.word ?? '')) {
      // "Tuna fish": the kind word after a thing of that kind says nothing the thing does not, so
      // it finds nothing either (a cat food printing "fish" is no better a tuna).
      words[head] = { ...last, weight: 0, candidates: new Map() };
      head--;
    }
    this.addMerges(heard, words, head);
    this.addPairedSoundAlikes(words);
    // "… that come peeled", "… for the school picnic": what follows the thing asked for only qualifies it.
    const weighed = headEnd > 0 ? words.map((word, j) => (j >= headEnd ? { ...word, weight: word.weight * CLAUSE_SHARE } : word)) : words;
    const totalWeight = weighed.reduce((sum, w) => sum + w.weight, 0);
    return { words: weighed, head: Math.max(0, head), totalWeight };
  }

  private weightOf(word: string, candidates: ReadonlyMap<number, number>): number {
    const exact = this.index.vocabulary.get(word);
    let weight: number;
    if (exact !== undefined && this.index.rarity(exact) > 0) weight = this.index.rarity(exact);
    else {
      // A word the catalog does not use weighs as much as its likeliest stand-in, or as a rare word.
      weight = 0;
      for (const [id, strength] of candidates) weight = Math.max(weight, this.index.rarity(id) * strength);
      if (weight === 0) weight = Math.log(1 + this.index.nameCount / 2);
    }
    weight = Math.min(weight, 8);
    if (DESCRIBING_WORDS.has(word)) return weight * DESCRIBING_SHARE;
    return CASUAL_WORDS.has(word) ? weight * 0.15 : weight;
  }

  /**
   * Splits a run-together word the catalog writes apart ("almondmilk" → almond milk). A word one
   * slip away from a catalog word is that word misspelt, not two words: "bagles" is bagels, not bag les.
   */
  private split(word: string): string[] {
    // Everyday words of talk are said whole: "proper" is not pro per.
    if (word.length < 6 || !/^[a-z]+$/.test(word) || DESCRIBING_WORDS.has(stem(word)) || CASUAL_WORDS.has(stem(word))) return [word];
    const known = this.index.vocabulary.get(stem(word));
    const joinedUses = known === undefined ? 0 : this.index.postingCount(known);
    if (joinedUses > RARE_JOINED_USES) return [word];
    for (let at = 3; at <= word.length - 3; at++) {
      const left = word.slice(0, at);
      const right = word.slice(at);
      const leftId = this.index.vocabulary.get(stem(left));
      const rightId = this.index.vocabulary.get(stem(right));
      if (leftId === undefined || rightId === undefined) continue;
      if (known === undefined) return this.nearlyKnown(stem(word)) ? [word] : [left, right];
      // A run-together form a few names print, of two words names print everywhere, is those two
      // words ("lipbalm" is lip balm); the names that print it run together still meet it, merged.
      const apartUses = Math.min(this.index.postingCount(leftId), this.index.postingCount(rightId));
      if (apartUses >= APART_OVER_JOINED * Math.max(1, joinedUses)) return [left, right];
    }
    return [word];
  }

  /** A word many of the store's names print, or a small word of talk. */
  private commonlyPrinted(word: string): boolean {
    const known = this.index.vocabulary.get(stem(word));
    return (known !== undefined && this.index.postingCount(known) > RARE_JOINED_USES) || STOPWORDS.has(word);
  }

  /** Whether a heard piece is the noun asked for, heard as a word of the catalog. */
  private heardAsNoun(piece: HeardPiece | undefined, head: number): boolean {
    return piece !== undefined && piece.at === head && this.index.vocabulary.has(stem(piece.word));
  }

  private nearlyKnown(word: string): boolean {
    for (const strength of this.candidatesOf(word).values()) if (strength >= MATCH.oneEdit) return true;
    return false;
  }

  /**
   * Heard words that are one catalog word, split by the recogniser into English-sounding pieces
   * ("keen wa" → quinoa, "asset a mino fen" → acetaminophen), count for each of their pieces.
   * Runs of two to four words are tried, small words such as "a" included; a run starting with one
   * only when three words or more are sounded out ("so fee ya" for sofia).
   */
  private addMerges(heard: readonly HeardPiece[], words: { candidates: ReadonlyMap<number, number> }[], head: number): void {
    for (let i = 0; i + 1 < heard.length; i++) {
      const smallFirst = (heard[i]?.at ?? -1) < 0;
      let joined = heard[i]?.word ?? '';
      // Pieces are matched by their consonants only when the noun asked for is not among them
      // heard as a word of the catalog: "spelt eggs" asks for eggs, not for a brand that sounds alike.
      let loosely = !this.heardAsNoun(heard[i], head);
      for (let end = i + 2; end <= Math.min(heard.length, i + MAX_MERGED_WORDS); end++) {
        const last = heard[end - 1];
        joined += last?.word ?? '';
        loosely &&= !this.heardAsNoun(last, head);
        const run = heard.slice(i, end);
        if (smallFirst && (!loosely || run.length < 3)) continue;
        const readings = smallFirst ? [] : [...this.candidatesOf(stem(joined), loosely ? 'loosely joined' : 'joined')];
        readings.push(...this.soundedOutRun(run, loosely ? null : this.nounUses(run, head)));
        const additions: [number, number][] = [];
        for (const [id, strength] of readings) {
          // Only a clear hit counts, and never one of the words again ("cran berry" may be cranberry, never berry).
          const known = this.index.words[id] ?? '';
          if (strength >= MERGE_MIN && !run.some((piece) => stem(piece.word) === known)) additions.push([id, strength * MATCH.merged]);
        }
        if (additions.length === 0) continue;
        for (const { at } of run) {
          const target = words[at];
          if (target === undefined) continue;
          // Cached lookups are shared, so a word gains merged readings on its own copy.
          const own = new Map(target.candidates);
          for (const [id, weight] of additions) if ((own.get(id) ?? 0) < weight) own.set(id, weight);
          target.candidates = own;
        }
      }
    }
  }

  /**
   * What a run of heard words sounds out to, said as the recogniser wrote them, not as pieces of a
   * word split here. The catalog's words are mostly singular, so the last piece is tried singular
   * too ("… toes" ends a word for tomatoes), as well as it was heard ("… nays" ends mayonnaise).
   * With the noun asked for heard among them as a catalog word, printed in `nounUses` names, only
   * a plain sound of a word the store prints far more often overrules it: "tomer toes" is
   * tomatoes, but "spelt eggs" still asks for eggs.
   */
  private soundedOutRun(run: readonly HeardPiece[], nounUses: number | null): [number, number][] {
    if (run.some((piece) => piece.splitHere === true)) return [];
    // Words the store's names print everywhere were most likely heard as said: only a run with a
    // word few names print, or none, is sounded out.
    if (run.every((piece) => this.commonlyPrinted(piece.word))) return [];
    const heard = run.map((piece) => piece.word);
    const singular = run.map((piece, at) => (at === run.length - 1 ? stem(piece.word) : piece.word));
    const sounded = new Map(this.soundOut(heard));
    for (const [id, strength] of this.soundOut(singular)) if (strength > (sounded.get(id) ?? 0)) sounded.set(id, strength);
    return [...sounded].filter(
      ([id, strength]) => nounUses === null || (strength >= MATCH.phonetic && this.index.postingCount(id) >= NOUN_OVERRULED_BY * nounUses),
    );
  }

  /** In how many names the store prints the noun asked for, as heard among these pieces. */
  private nounUses(run: readonly HeardPiece[], head: number): number {
    const noun = run.find((piece) => piece.at === head);
    const known = noun === undefined ? undefined : this.index.vocabulary.get(stem(noun.word));
    return known === undefined ? 0 : this.index.postingCount(known);
  }

  /**
   * A recogniser keeps a word's consonants and slips on its vowels ("paper tails" for paper towels):
   * alone such a word is too loose to take, but beside a word heard right that names print it next
   * to, the pair says which word was meant.
   */
  private addPairedSoundAlikes(words: { word: string; candidates: ReadonlyMap<number, number> }[]): void {
    const exactly = words.map(({ word }) => this.index.vocabulary.get(word));
    words.forEach((target, i) => {
      const before = exactly[i - 1];
      const after = exactly[i + 1];
      if (before === undefined && after === undefined) return;
      // Heard as a word the store prints beside its neighbour ("white patties"), it was heard right.
      const itself = exactly[i];
      if (itself !== undefined && ((before !== undefined && this.index.printsSideBySide(before, itself)) || (after !== undefined && this.index.printsSideBySide(itself, after)))) return;
      let own: Map<number, number> | undefined;
      for (const id of this.sameConsonants(target.word)) {
        if ((target.candidates.get(id) ?? 0) >= MATCH.besideItsPair) continue;
        const paired = (before !== undefined && this.index.printsSideBySide(before, id)) || (after !== undefined && this.index.printsSideBySide(id, after));
        if (!paired) continue;
        // Cached lookups are shared, so a word gains paired readings on its own copy.
        own ??= new Map(target.candidates);
        own.set(id, MATCH.besideItsPair);
      }
      if (own !== undefined) target.candidates = own;
    });
  }

  /** Catalog words with a heard word's consonants, in order, but vowels too far apart to be a sound-alike on their own. */
  private sameConsonants(word: string): number[] {
    const found: number[] = [];
    for (const key of phoneticKeys(word)) {
      for (const id of this.index.wordsSounding(key)) {
        const known = this.index.words[id] ?? '';
        if (known !== word && consonantDistance(word, known) === 0 && soundDistance(word, known) === null && !found.includes(id)) found.push(id);
      }
    }
    return found;
  }

  /**
   * Catalog words that heard pieces, each said as English spells it and run together, sound like
   * ("fed a cheeny" → fettuccine, "pro shoot oh" → prosciutto): for words the recogniser did not
   * know and wrote as English words whose spelling and sound keys are far from the catalog's.
   */
  private soundOut(pieces: readonly string[]): ReadonlyMap<number, number> {
    const key = pieces.join(' ');
    const cached = this.soundedOut.get(key);
    if (cached !== undefined) return cached;
    this.saidWords ??= new SaidWords(this.index.words);
    // Pieces that run together into a catalog word's consonants, all of them in order, are that
    // word heard as plainly as a sound key says it, whatever their vowels: a recogniser respelling
    // a word it does not know keeps the consonants and guesses the vowels, and a run of pieces
    // rarely lands on a word by chance. Alone, a word is only as near as its sounds.
    const telling = pieces.length > 1 && Math.min(...waysHeard(pieces).map((heard) => outline(heard).length)) >= TELLING_OUTLINE;
    const found = new Map<number, number>();
    for (const [id, gap] of this.saidWords.near(pieces)) {
      found.set(id, MATCH.phonetic - SOUND_EDIT_COST * (telling ? Math.max(0, gap - RUN_SLIPS) : gap));
    }
    if (this.soundedOut.size > 100_000) this.soundedOut.clear();
    this.soundedOut.set(key, found);
    return found;
  }

  /**
   * A word the catalog does not print may be one the recogniser did not know, written as an English
   * word that sounds like it ("tuner" for tuna): the catalog words it sounds like join its readings.
   * Only near ones, with the same first vowel, the one a recogniser keeps ("socks" are not sacks),
   * and as many syllables: a word with a syllable more or less is another word, written as such
   * ("painter" is not paint).
   */
  private withSoundAlikes(word: string, candidates: ReadonlyMap<number, number>): ReadonlyMap<number, number> {
    if (word.length < 4 || !/^[a-z]+$/.test(word) || this.index.vocabulary.has(word) || HEARD_AS_SAID.has(word)) return candidates;
    let own: Map<number, number> | undefined;
    for (const [id, strength] of this.soundOut([word])) {
      const known = this.index.words[id] ?? '';
      if (strength < MATCH.phonetic - SOUND_EDIT_COST * MAX_WORD_SOUND_GAP || syllables(word) !== syllables(known)) continue;
      const sounded = firstVowel(word) === firstVowel(known) ? strength : strength - VOWEL_CHANGE_COST;
      if ((candidates.get(id) ?? 0) >= sounded) continue;
      // Cached lookups are shared, so a word gains sounded-out readings on its own copy.
      own ??= new Map(candidates);
      own.set(id, sounded);
    }
    return own ?? candidates;
  }

  /**
   * Catalog words a heard word may be. Heard words run together are only looked up by exact
   * spelling and sound: typing slips inside a merge are too unlikely to pay for the search.
   */
  candidatesOf(word: string, reading: Reading = 'word'): ReadonlyMap<number, number> {
    const key = reading === 'word' ? word : `${word} ${reading}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const found = this.lookUp(word, reading);
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }

  private lookUp(word: string, reading: Reading): Map<number, number> {
    const withSlips = reading === 'word';
    const index = this.index;
    const found = new Map<number, number>();
    const offer = (id: number, strength: number): void => {
      if ((found.get(id) ?? 0) < strength) found.set(id, strength);
    };
    const exact = index.vocabulary.get(word);
    if (exact !== undefined) offer(exact, MATCH.exact);
    if (!/^[a-z]+$/.test(word)) return found;
    // "Beer" in a store that sells none is not Gummy Bears: some things are asked for by their plain name and heard right.
    if (exact === undefined && HEARD_AS_SAID.has(word)) return found;
    // A listed sound-alike is at most as strong as a shared sound key, so the word itself, heard exactly,
    // always wins; a word the catalog never uses is, as far as the store can tell, the one it is listed for ("serial").
    for (const [id, strength] of this.listed.get(word) ?? []) offer(id, exact === undefined ? (strength * MATCH.merged) / MATCH.phonetic : strength);
    const keys = phoneticKeys(word);
    for (const [source, targets] of this.relatedBySound(word, keys)) {
      const strength = source === word ? MATCH.related : MATCH.related - 0.05;
      for (const target of targets) {
        const id = index.vocabulary.get(target);
        if (id !== undefined) offer(id, strength);
      }
    }
    for (const key of keys) {
      const strength = key.length >= 2 ? MATCH.phonetic : MATCH.shortPhonetic;
      for (const id of index.wordsSounding(key)) {
        const known = index.words[id] ?? '';
        // Pieces run together keep their consonants but not their vowels ("kay sa dilla" → quesadilla): compare those.
        const distance = reading === 'loosely joined' ? nearer(soundDistance(word, known), consonantDistance(word, known)) : soundDistance(word, known);
        if (distance === null) continue;
        // Pieces run together have lost their vowels' places anyway: only a word heard whole keeps its first vowel.
        const vowelChanged = withSlips && firstVowel(word) !== firstVowel(known);
        offer(id, strength - SOUND_EDIT_COST * distance - (vowelChanged ? VOWEL_CHANGE_COST : 0));
      }
    }
    if (withSlips && word.length >= 5) {
      const reach = word.length >= 8 ? 2 : 1;
      // A word the catalog barely uses, a slip away from one it uses everywhere, is that word
      // misspelt, in the request or in a product name ("yougurt" is yogurt, not Vanilla Yougurt).
      const rareUses = exact === undefined ? 0 : index.postingCount(exact);
      const misspelt = (id: number): boolean => exact !== undefined && rareUses <= RARE_USES && index.postingCount(id) >= COMMON_USES;
      // Typing slips rarely touch the first letter; hearing slips are caught by sound above.
      for (let length = word.length - reach; length <= word.length + reach; length++) {
        for (const id of index.wordsOfInitialAndLength(word[0] ?? '', length)) {
          const distance = editDistance(word, index.words[id] ?? '', reach);
          if (distance > reach) continue;
          if (misspelt(id)) offer(id, MATCH.merged);
          // A letter left out or doubled is a slip of the keys; one letter for another may be another word ("strainer", strained).
          else if (distance === 1) offer(id, exact === undefined && word.length >= LONG_WORD && length !== word.length ? MATCH.oneEditInLongWord : MATCH.oneEdit);
          else if (distance === 2) offer(id, MATCH.twoEdits);
        }
      }
    }
    // A four-letter word the catalog does not print may be a five-letter one with a letter left
    // out ("geen", "fesh"); only that slip: a short word with a letter changed is as likely another
    // word ("bead", bean).
    if (withSlips && exact === undefined && word.length === 4) {
      for (const id of index.wordsOfInitialAndLength(word[0] ?? '', 5)) {
        if (editDistance(word, index.words[id] ?? '', 1) === 1) offer(id, MATCH.shortWordSlip);
      }
    }
    return found;
  }
}

/** The smaller of two distances, either of which may be too far (null). */
function nearer(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}
