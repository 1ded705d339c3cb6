/**
 * Spoken numbers as Alexa's built-in number slots report them: AMAZON.NUMBER gives digits
 * ("twenty five" → "25"), AMAZON.FOUR_DIGIT_NUMBER gives four digits ("one two three four" → "1234").
 * Ordinals count too ("the second one" → 2), since choosing from a list is said that way.
 */
import { amountsFor } from '../language/amounts.ts';
import { talkFor } from '../language/talk.ts';
import { FUNCTION_WORDS } from './text.ts';

const SMALL: Readonly<Record<string, number>> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, last: -1,
};
const ORDINAL_DIGITS = /^(\d+)(st|nd|rd|th)$/;

/** The position an ordinal word says ("third", "3rd"), as Alexa's AMAZON.ORDINAL reports it; undefined for anything else. */
export function ordinalOf(token: string): number | undefined {
  const ordinal = ORDINALS[token] ?? (ORDINAL_DIGITS.test(token) ? Number(token.replace(ORDINAL_DIGITS, '$1')) : undefined);
  return ordinal !== undefined && ordinal > 0 ? ordinal : undefined;
}

/** Whether one word is a number said on its own or part of one: "two", "forty", "hundred", "12", "third". */
export function isNumberWord(token: string): boolean {
  return token === 'hundred' || token === 'thousand' || SMALL[token] !== undefined || TENS[token] !== undefined || parseNumber([token]) !== undefined;
}

/**
 * Whether the word at `at` is the "and" inside one number ("a hundred and five", "two thousand and
 * ten"), which joins its parts rather than two items.
 */
export function joinsANumber(tokens: readonly string[], at: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return tokens[at] === 'and' && (before === 'hundred' || before === 'thousand') && after !== undefined
    && (SMALL[after] !== undefined || TENS[after] !== undefined) && after !== 'oh';
}

/** A whole run of words read as one number, or undefined when it is not exactly one number. */
export function parseNumber(tokens: readonly string[]): number | undefined {
  if (tokens.length === 0) return undefined;
  if (tokens.length === 1) {
    const token = tokens[0] ?? '';
    if (/^\d+(\.\d+)?$/.test(token)) return Number(token);
    const ordinal = ORDINALS[token] ?? (ORDINAL_DIGITS.test(token) ? Number(token.replace(ORDINAL_DIGITS, '$1')) : undefined);
    if (ordinal !== undefined && ordinal > 0) return ordinal;
  }
  let total = 0;
  let current = 0;
  let sawNumber = false;
  let last: 'small' | 'tens' | 'hundred' | 'thousand' | 'and' | 'none' = 'none';
  for (const [index, token] of tokens.entries()) {
    const small = SMALL[token];
    const tens = TENS[token];
    if (token === 'and' && (last === 'hundred' || last === 'thousand')) {
      last = 'and';
    } else if (small !== undefined && token !== 'oh' && last !== 'small') {
      current += small;
      last = 'small';
    } else if (tens !== undefined && (last === 'none' || last === 'hundred' || last === 'thousand' || last === 'and')) {
      current += tens;
      last = 'tens';
    } else if (token === 'hundred' && (last === 'small' || (index === 1 && tokens[0] === 'a'))) {
      current = (current === 0 ? 1 : current) * 100;
      last = 'hundred';
    } else if (token === 'thousand' && (last !== 'none' || (index === 1 && tokens[0] === 'a'))) {
      total += (current === 0 ? 1 : current) * 1000;
      current = 0;
      last = 'thousand';
    } else if (token === 'a' && index === 0 && (tokens[1] === 'hundred' || tokens[1] === 'thousand')) {
      continue;
    } else {
      return undefined;
    }
    sawNumber = true;
  }
  return sawNumber && last !== 'and' ? total + current : undefined;
}

/**
 * Four digits spoken one by one, in groups ("twelve thirty four", "twenty five eight oh", "two
 * fifty eight zero") or as a number; undefined otherwise. Each group is a number under a hundred
 * that stands for its own digits; of the ways to group the words into four digits, the one with
 * the fewest groups is taken.
 */
export function parseFourDigits(tokens: readonly string[]): string | undefined {
  if (tokens.length === 1 && /^\d{4}$/.test(tokens[0] ?? '')) return tokens[0];
  const grouped = digitsInGroups(tokens) ?? digitsInGroups(withoutHomophones(tokens));
  if (grouped !== undefined) return grouped;
  const whole = parseNumber(tokens);
  return whole !== undefined && Number.isInteger(whole) && whole >= 1000 && whole <= 9999 ? String(whole) : undefined;
}

/** Digits a recogniser wrote as words that sound the same ("to for six ate" of 2 4 6 8), when every word is a number. */
function withoutHomophones(tokens: readonly string[]): string[] {
  const homophones = amountsFor().numberHomophones;
  const digits = tokens.map((token) => (token in homophones ? String(homophones[token]) : token));
  return digits.every((token) => /^\d+$/.test(token) || isNumberWord(token)) ? digits : [];
}

/**
 * The voice code in what was said when it was asked for: four digits, with the talk around them
 * ("its two four six eight", "my code is twelve thirty four") left out; undefined when there are
 * no four digits, so that a mishearing is asked again rather than counted as a wrong try.
 */
export function voiceCodeSaid(said: string, locale?: string): string | undefined {
  const tokens = codeWords(said, locale);
  return tokens.length === 0 ? undefined : parseFourDigits(tokens);
}

/** Whether what was said, asked for a code, is an attempt at one: numbers and the talk around them ("its four"), nothing else. */
export function triesACode(said: string, locale?: string): boolean {
  const tokens = codeWords(said, locale);
  const homophones = amountsFor().numberHomophones;
  return tokens.length > 0 && tokens.every((token) => /^\d+$/.test(token) || isNumberWord(token) || token in homophones);
}

function codeWords(said: string, locale?: string): string[] {
  const talk = new Set(talkFor(locale).codeTalk);
  return said.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter((token) => token !== '' && !talk.has(token));
}

/** The digits the words say, group by group: four of them, in the fewest groups; undefined when no grouping gives four. */
function digitsInGroups(tokens: readonly string[]): string | undefined {
  let best: { digits: string; groups: number } | undefined;
  for (const grouping of groupings(tokens)) {
    if (grouping.digits.length === 4 && (best === undefined || grouping.groups < best.groups)) best = grouping;
  }
  return best?.digits;
}

function groupings(tokens: readonly string[]): { digits: string; groups: number }[] {
  if (tokens.length === 0) return [{ digits: '', groups: 0 }];
  const found: { digits: string; groups: number }[] = [];
  for (const size of [1, 2]) {
    if (tokens.length < size) break;
    const group = digitsOfGroup(tokens.slice(0, size));
    if (group === undefined) continue;
    for (const rest of groupings(tokens.slice(size))) {
      if (group.length + rest.digits.length <= 4) found.push({ digits: group + rest.digits, groups: rest.groups + 1 });
    }
  }
  return found;
}

/** One group's digits: "oh" or a digit, "twelve", "eighty" or "fifty eight" (a tens word and a digit). */
function digitsOfGroup(words: readonly string[]): string | undefined {
  const [first] = words;
  if (words.length === 1 && first !== undefined && /^\d{1,2}$/.test(first)) return first;
  if (words.length === 1 && first === 'oh') return '0';
  const number = parseNumber(words);
  if (number === undefined || !Number.isInteger(number) || number < 0 || number >= 100) return undefined;
  if (words.length === 2 && (number < 21 || number % 10 === 0)) return undefined;
  return String(number);
}

/** Words that start where things go, said after them ("put for bananas on my list"). */
const PLACING: ReadonlySet<string> = new Set(['on', 'to', 'in', 'into', 'onto']);
const POINTING: ReadonlySet<string> = new Set(['the', 'them', 'those', 'these']);

/**
 * Whether the homophone at `at` counts what ends the request: said first or after an adding word,
 * before up to three last words ending in a plural ("and for apples", "add too green peppers"), before
 * "of the" and the thing ("to of the yogurt"), where they go aside ("put for bananas on my list"), or before the next item.
 */
function countsPlural(tokens: readonly string[], at: number, after: readonly string[]): boolean {
  let rest = tokens.slice(at + 1);
  // "Baguettes, too of them": a count said last, pointing back at the thing before it.
  if (at > 0 && rest.length === 2 && rest[0] === 'of' && POINTING.has(rest[1] ?? '')) return true;
  const previous = tokens[at - 1];
  if (previous !== undefined && !after.includes(previous)) return false;
  // "Add for of the kombucha": no "for" or "to" is said before "of the"; only a count is.
  if (rest[0] === 'of' && POINTING.has(rest[1] ?? '')) return rest.length > 2;
  const where = rest.findIndex((word, k) => k > 0 && PLACING.has(word));
  if (where > 0) rest = rest.slice(0, where);
  // "For lemons and a box of tea": the count is of the first thing, the rest are other items.
  const next = rest.indexOf('and');
  if (next > 0) rest = rest.slice(0, next);
  return rest.length >= 1 && rest.length <= 3 && rest.every((word) => !FUNCTION_WORDS.has(word)) && /[^s]s$/.test(rest.at(-1) ?? '');
}

/**
 * Amounts said in words read as the numbers Alexa's number slot would report: a word a recogniser
 * writes for a number where a unit follows it ("to pounds", "won gallon") or before the plural
 * that ends the request ("add for apples"), and the vague amounts
 * of the language ("a couple of avocados" is two avocados, "a few limes" three).
 */
export function amountsAsNumbers(tokens: readonly string[], isUnit: (word: string) => boolean): string[] {
  const { numberHomophones, vagueAmounts, homophoneCountsAfter, hedges } = amountsFor();
  const read: string[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] ?? '';
    // "About two pounds", "bananas, around a bunch": the hedge only softens the amount after it.
    const next = tokens[at + 1] ?? '';
    const article = next === 'a' || next === 'an';
    if (hedges.includes(token) && (/^\d/.test(next) || isNumberWord(next) || (article && (isUnit(tokens[at + 2] ?? '') || vagueAmounts[tokens[at + 2] ?? ''] !== undefined)))) continue;
    const vague = token === 'a' ? vagueAmounts[tokens[at + 1] ?? ''] : undefined;
    if (vague !== undefined && tokens[at + 2] !== undefined) {
      read.push(String(vague));
      at += tokens[at + 2] === 'of' ? 2 : 1;
      continue;
    }
    const number = numberHomophones[token];
    // "No, make that for": the amount said again, last, after "make that" or "make it".
    const restated = at === tokens.length - 1 && tokens[at - 2] === 'make' && (tokens[at - 1] === 'that' || tokens[at - 1] === 'it');
    read.push(number !== undefined && (isUnit(tokens[at + 1] ?? '') || restated || countsPlural(tokens, at, homophoneCountsAfter)) ? String(number) : token);
  }
  return read;
}
