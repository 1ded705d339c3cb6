import { doubleMetaphone } from 'double-metaphone';
import { editDistance } from './fuzzy.ts';

/**
 * The distinct Double Metaphone keys of a word ("thyme" → 0M, TM), so sound-alikes share a key.
 * The silent c of "-scle" (muscle) is dropped first, as Double Metaphone would say it as "sk".
 */
export function phoneticKeys(word: string): string[] {
  if (!/^[a-z]+$/.test(word)) return [];
  const [primary, alternate] = doubleMetaphone(word);
  const keys = primary === alternate ? [primary] : [primary, alternate];
  if (word.includes('scl')) for (const key of doubleMetaphone(word.replace(/scl/g, 'sl'))) if (!keys.includes(key)) keys.push(key);
  return keys.filter((key) => key !== '');
}

/**
 * Spelling reduced to how it sounds, vowels kept: Double Metaphone drops vowels, so "bud" and
 * "pad" share a key; comparing these forms tells a real sound-alike from a mere consonant match.
 */
export function soundSpelling(word: string): string {
  let known = spellings.get(word);
  if (known === undefined) {
    known = spellOut(word);
    if (spellings.size > 200_000) spellings.clear();
    spellings.set(word, known);
  }
  return known;
}

/** Sound spellings already worked out: lookups compare the same catalog words again and again. */
const spellings = new Map<string, string>();

function spellOut(word: string): string {
  return word
    .replace(/^wr/, 'r')
    .replace(/^kn/, 'n')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/y/g, 'i')
    .replace(/(ee|ea|ie|ei)/g, 'i')
    .replace(/oor/g, 'or')
    .replace(/(oo|ou)/g, 'u')
    .replace(/(oa)/g, 'o')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=.)e$/, '');
}

/**
 * The first vowel sound of a word ("tire" → I, "tear" → i, "muscle" → u): a recogniser hearing one
 * word for another keeps the vowel and slips on consonants, so words whose first vowels differ are a
 * loose match ("hose" is not Hass). A vowel before a consonant and a final e is long ("hose", "time"),
 * and so is the a of "ai" and "ay".
 */
export function firstVowel(word: string): string {
  // "ai" and "ay" say a long a ("kail", "hay"), whatever consonants follow.
  if (/^[^aeiouy]*a[iy]/.test(word)) return 'A';
  const long = /(?<![aeiouy])([aiouy])[bcdfgklmnprstvz]es?$/.exec(word);
  const spelt = soundSpelling(word);
  const first = /[aeiou]+/.exec(spelt);
  if (first === null) return '';
  // The long vowel counts only when it is the first one ("hose", but not "chocolate").
  if (long !== null && (word.match(/[aeiouy]+/g) ?? []).length === 2) return long[1] === 'y' ? 'I' : (long[1] ?? '').toUpperCase();
  return first[0][0] ?? '';
}

/**
 * How many sound edits apart two words are, or null when too far apart to be one heard for the
 * other: short words may differ by one sound, longer ones by two or three.
 */
export function soundDistance(heard: string, known: string): number | null {
  const a = soundSpelling(heard);
  const b = soundSpelling(known);
  const longer = Math.max(a.length, b.length);
  const allowed = longer <= 5 ? 1 : longer <= 8 ? 2 : 3;
  const distance = editDistance(a, b, allowed);
  return distance <= allowed ? distance : null;
}

/**
 * How many sound edits apart two words are once every vowel sound is taken as one and the same
 * and a final one dropped, or null when more than one: pieces a recogniser heard apart ("kay sa
 * dilla" for quesadilla) keep the word's consonants in order while their vowels drift.
 */
export function consonantDistance(heard: string, known: string): number | null {
  const a = consonants(heard);
  const b = consonants(known);
  if (Math.min(a.length, b.length) < 3) return null;
  const distance = editDistance(a, b, 1);
  return distance <= 1 ? distance : null;
}

function consonants(word: string): string {
  // A w after a vowel is part of the vowel sound ("towel", "flower").
  return soundSpelling(word).replace(/(?<=[aeiou])w/g, '').replace(/[aeiou]+/g, 'a').replace(/a$/, '');
}
