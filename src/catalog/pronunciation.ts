import { soundsFor, type SoundRule, type Sounds } from '../language/sounds.ts';

/**
 * Words matched by how they are said rather than how they are spelt. A recogniser that does not
 * know a word writes English words that sound like it ("fed a cheeny" for fettuccine, "pro shoot
 * oh" for prosciutto, "tuner" for tuna): the spellings are far apart and their Double Metaphone
 * keys differ, but said aloud they are a vowel or a consonant apart. Each word is said roughly, by
 * the locale's spelling rules, and compared sound by sound, vowels and voicing counting little.
 */

/** A vowel for another, or a consonant for its voiced twin, is a small slip of the ear. */
const NEAR_SOUND_COST = 0.4;
/** A vowel, or a glide or r, heard or not heard between pieces. */
const SOFT_SOUND_COST = 0.5;
/** Any other consonant for another, or one too many or too few. */
const HARD_SOUND_COST = 1;

const VOWEL = /^[aeiou]$/;
const REPEATED_LETTER = /([a-z])\1+/g;

/** How far apart two sound spellings may be and still be one word heard: a short word may lose a vowel, a long one more. */
export function allowedGap(length: number): number {
  if (length <= 5) return 0.5;
  if (length <= 7) return 1.5;
  return 2;
}

function apply(rules: readonly SoundRule[], word: string): string {
  let result = word;
  for (const { pattern, replacement } of rules) result = result.replace(pattern, replacement);
  return result;
}

/** A word as said, roughly ("cheeny" → chini, "shoot" → shut). */
export function sayWord(word: string, sounds: Sounds = soundsFor()): string {
  let said = saidBefore.get(sounds);
  if (said === undefined) {
    said = new Map();
    saidBefore.set(sounds, said);
  }
  let known = said.get(word);
  if (known === undefined) {
    known = apply(sounds.spelling, word);
    if (said.size > 100_000) said.clear();
    said.set(word, known);
  }
  return known;
}

/** Words already said, per locale's rules: the same heard words come back in run after run. */
const saidBefore = new WeakMap<Sounds, Map<string, string>>();

/**
 * The ways a catalog word may be said: as English spells it, and as a language it may be borrowed
 * from does, one borrowing at a time (the ll of tortilla is a y, the ll of bellini is not).
 */
export function waysToSay(word: string, sounds: Sounds = soundsFor()): string[] {
  const ways = new Set([sayWord(word, sounds)]);
  for (const rule of sounds.loanwords) {
    const borrowed = word.replace(rule.pattern, rule.replacement);
    if (borrowed !== word) ways.add(sayWord(borrowed, sounds));
  }
  return [...ways];
}

/** What the pieces a recogniser wrote sound like run together, with and without the r a speaker may not say. */
export function waysHeard(pieces: readonly string[], sounds: Sounds = soundsFor()): string[] {
  const said = pieces.map((piece) => sayWord(piece, sounds));
  // A sound that ends one piece and starts the next is said once ("mots a rella" → motsarela).
  const whole = said.join('').replace(REPEATED_LETTER, '$1');
  const withoutR = said.map((piece) => piece.replace(sounds.unsaidR, '')).join('').replace(REPEATED_LETTER, '$1');
  return withoutR === whole ? [whole] : [whole, withoutR];
}

/** How many syllables a written word has, roughly: its groups of vowels, a final silent e not counted. */
export function syllables(word: string): number {
  return (sayWord(word).match(/[aeiou]+/g) ?? []).length;
}

/** The consonants of a sound spelling, voicing set aside and glides left out: the outline a recogniser keeps. */
export function outline(spoken: string, sounds: Sounds = soundsFor()): string {
  let result = '';
  for (const letter of spoken) {
    if (VOWEL.test(letter) || sounds.glides.includes(letter)) continue;
    result += sounds.voicing[letter] ?? letter;
  }
  return result;
}

/** Per letter (by char code): what a letter costs heard or not heard, and the sound it stands for, voicing set aside. */
interface LetterCosts {
  readonly indel: Float64Array;
  readonly vowel: Uint8Array;
  readonly voiced: Uint16Array;
}

/** Worked out once per locale's sound rules: the gap is computed for many words per request. */
const letterCosts = new WeakMap<Sounds, LetterCosts>();

function costsOf(sounds: Sounds): LetterCosts {
  let costs = letterCosts.get(sounds);
  if (costs === undefined) {
    const indel = new Float64Array(128).fill(HARD_SOUND_COST);
    const vowel = new Uint8Array(128);
    const voiced = new Uint16Array(128);
    for (let code = 0; code < 128; code++) {
      const letter = String.fromCharCode(code);
      const isVowel = VOWEL.test(letter);
      vowel[code] = isVowel ? 1 : 0;
      if (isVowel || letter === 'r' || sounds.glides.includes(letter)) indel[code] = SOFT_SOUND_COST;
      voiced[code] = (sounds.voicing[letter] ?? letter).charCodeAt(0);
    }
    costs = { indel, vowel, voiced };
    letterCosts.set(sounds, costs);
  }
  return costs;
}

/** Rows reused from one comparison to the next, grown when a word is longer. */
let rows = { previous: new Float64Array(32), current: new Float64Array(32) };

/**
 * How far apart two sound spellings are, slips of the ear weighed by how easily they are made: a
 * vowel for a vowel or a consonant for its voiced twin costs little, and so does a vowel, an r or
 * a glide heard or not; once certainly beyond `limit`, some figure beyond it.
 */
export function soundGap(a: string, b: string, sounds: Sounds = soundsFor(), limit = Number.POSITIVE_INFINITY): number {
  // Every letter one has over the other costs at least a soft sound.
  if (Math.abs(a.length - b.length) * SOFT_SOUND_COST > limit) return limit + SOFT_SOUND_COST;
  const { indel, vowel, voiced } = costsOf(sounds);
  const letter = (word: string, at: number): number => word.charCodeAt(at) & 127;
  if (rows.previous.length < b.length + 1) rows = { previous: new Float64Array(b.length + 1), current: new Float64Array(b.length + 1) };
  let { previous, current } = rows;
  previous[0] = 0;
  for (let j = 1; j <= b.length; j++) previous[j] = (previous[j - 1] ?? 0) + (indel[letter(b, j - 1)] ?? HARD_SOUND_COST);
  for (let i = 1; i <= a.length; i++) {
    const ai = letter(a, i - 1);
    const aiIndel = indel[ai] ?? HARD_SOUND_COST;
    current[0] = (previous[0] ?? 0) + aiIndel;
    let rowMin = current[0] ?? 0;
    for (let j = 1; j <= b.length; j++) {
      const bj = letter(b, j - 1);
      const substitution = ai === bj ? 0 : (vowel[ai] === 1 && vowel[bj] === 1) || voiced[ai] === voiced[bj] ? NEAR_SOUND_COST : HARD_SOUND_COST;
      const value = Math.min((previous[j] ?? 0) + aiIndel, (current[j - 1] ?? 0) + (indel[bj] ?? HARD_SOUND_COST), (previous[j - 1] ?? 0) + substitution);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return rowMin;
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** The keys an outline is filed and looked up under: itself, and, when long enough to stay telling, itself less any one consonant. */
function outlineKeys(shape: string): string[] {
  if (shape.length < 4) return [shape];
  const keys = new Set([shape]);
  for (let at = 0; at < shape.length; at++) keys.add(shape.slice(0, at) + shape.slice(at + 1));
  return [...keys];
}

/** A catalog word (by vocabulary id) as it may be said. */
interface FiledWord {
  readonly id: number;
  readonly said: string;
}

/**
 * A catalog's words filed by the outline of how they are said, so the words a heard sound is near
 * are found without comparing it with every word. Built the first time it is asked.
 */
export class SaidWords {
  private readonly byOutline = new Map<string, FiledWord[]>();

  constructor(
    words: readonly string[],
    private readonly sounds: Sounds = soundsFor(),
  ) {
    words.forEach((word, id) => {
      if (word.length < 3 || !/^[a-z]+$/.test(word)) return;
      for (const said of waysToSay(word, sounds)) {
        const shape = outline(said, sounds);
        if (shape.length < 2) continue;
        const entry: FiledWord = { id, said };
        for (const key of outlineKeys(shape)) {
          const filed = this.byOutline.get(key) ?? [];
          filed.push(entry);
          this.byOutline.set(key, filed);
        }
      }
    });
  }

  /** Catalog words the pieces sound like, each with its gap (smallest first is nearest). */
  near(pieces: readonly string[]): Map<number, number> {
    const found = new Map<number, number>();
    for (const heard of waysHeard(pieces, this.sounds)) {
      const shape = outline(heard, this.sounds);
      if (shape.length < 2) continue;
      const compared = new Set<FiledWord>();
      for (const key of outlineKeys(shape)) {
        for (const filed of this.byOutline.get(key) ?? []) {
          // A word is filed under several keys of its outline; it is compared once.
          if (compared.has(filed)) continue;
          compared.add(filed);
          const { id, said } = filed;
          const allowed = allowedGap(Math.max(heard.length, said.length));
          const gap = soundGap(heard, said, this.sounds, allowed);
          if (gap <= allowed && gap < (found.get(id) ?? Number.POSITIVE_INFINITY)) found.set(id, gap);
        }
      }
    }
    return found;
  }
}
