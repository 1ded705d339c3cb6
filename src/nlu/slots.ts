import { LIST_TYPE, PRODUCT_TYPE, UNIT_TYPE } from '../intents/registry.ts';
import { isNumberWord, ordinalOf, parseFourDigits, parseNumber } from './numbers.ts';
import type { Pattern } from './patterns.ts';
import type { NluTables } from './tables.ts';
import { DETERMINERS, FUNCTION_WORDS, POINTING_WORDS } from './text.ts';

/** How one slot type turns the words it covers into a value, and how plausible that capture is. */
export type SlotReader =
  | { readonly kind: 'number' }
  | { readonly kind: 'four-digit' }
  /** AMAZON.ORDINAL: "third", "3rd", never a bare "three" (an amount). */
  | { readonly kind: 'ordinal' }
  /** A type whose values are all there is (units, paces): anything else is not this slot. */
  | { readonly kind: 'closed'; readonly phrases: ReadonlySet<string> }
  /** A type Alexa fills with whatever was said (products, list names), weighted towards its values. */
  | {
      readonly kind: 'open';
      readonly phrases: ReadonlySet<string>;
      readonly vocabulary: ReadonlySet<string>;
      /** Words of the samples that are not words of this type: a capture that contains them probably swallowed the sentence. */
      readonly carriers: ReadonlySet<string>;
      readonly unknownWordCost: number;
      /** Words that do not make a capture longer: "and" joining a name, units said with each item of a list. */
      readonly uncounted: ReadonlySet<string>;
    };

export interface Capture {
  readonly score: number;
  /** undefined when the words only point at something ("add this"): the intent holds, the slot stays empty. */
  readonly value: string | undefined;
}

/**
 * Types the shopper fills with their own words, with what each word the type has never heard
 * costs (list names are few, so an unheard one is suspect; products are many). Every other custom
 * type is a closed set.
 */
const OPEN_TYPES: ReadonlyMap<string, number> = new Map([
  [PRODUCT_TYPE, 0.05],
  [LIST_TYPE, 0.3],
]);

const CAPTURE = {
  /** Filling a slot is worth a little, so "add milk" prefers "add {product}" to "add" with "milk" left over. */
  fill: 0.3,
  /** A number or a known unit is strong evidence that the slot is right. */
  typedFill: 0.8,
  knownPhrase: 0.25,
  carrier: 0.9,
  edgePreposition: 0.6,
  /** A capture ending in a word no name ends with took the sentence's own words. */
  badEnding: 1,
  longerThan: 5,
  perExtraWord: 0.4,
  pointing: -0.1,
} as const;

/** Words that join one name ("macaroni and cheese", "cream of mushroom"), not counted in a capture's length. */
const NAME_JOINERS: ReadonlySet<string> = new Set(['and', 'n', 'of']);

/** Whether a word said inside an open slot leaves the capture no longer. */
export function isUncountedWord(reader: SlotReader, token: string): boolean {
  return reader.kind === 'open' && (reader.uncounted.has(token) || isNumberWord(token));
}

/** Words a capture takes at no length cost, and what each further word costs at least. */
export const FREE_CAPTURE_WORDS = CAPTURE.longerThan;
export const EXTRA_CAPTURE_WORD_COST = CAPTURE.perExtraWord;

/** The most a capture by `reader` can score, which bounds what a sample can reach. */
export function bestCaptureScore(reader: SlotReader | undefined): number {
  return reader?.kind === 'open' ? CAPTURE.fill + CAPTURE.knownPhrase : CAPTURE.typedFill;
}

const EDGE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'from', 'on', 'in', 'into', 'onto', 'off', 'with', 'for', 'at', 'and', 'or', 'by', 'of']);
/**
 * Words a product's name never ends with: a capture that does took words of the sentence around
 * it ("make sure bread is …", "add milk to my …").
 */
const NEVER_LAST: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'my', 'the', 'a', 'an', 'our', 'your', 'his', 'her', 'their', 'this', 'that', 'these', 'those',
]);

export function slotReaders(tables: NluTables, patterns: readonly Pattern[]): Map<string, SlotReader> {
  const typePhrases = new Map<string, readonly string[]>();
  // A type named twice is read as its first, as Alexa would refuse it anyway.
  for (const [name, phrases] of tables.types) if (!typePhrases.has(name)) typePhrases.set(name, phrases);
  const phrasesOf = (typeName: string): Set<string> => new Set(typePhrases.get(typeName) ?? []);
  const carrierWords = new Set(patterns.flatMap((pattern) => pattern.contentWords));
  const unitWords = [...phrasesOf(UNIT_TYPE)].filter((phrase) => !phrase.includes(' '));
  const uncounted = new Set([...NAME_JOINERS, ...unitWords]);
  const readers = new Map<string, SlotReader>();
  const slotTypes = new Set(tables.intents.flatMap((intent) => intent.slots.map((slot) => slot.type)));
  for (const type of slotTypes) {
    if (type === 'AMAZON.NUMBER') readers.set(type, { kind: 'number' });
    else if (type === 'AMAZON.FOUR_DIGIT_NUMBER') readers.set(type, { kind: 'four-digit' });
    else if (type === 'AMAZON.ORDINAL') readers.set(type, { kind: 'ordinal' });
    else if (!type.startsWith('AMAZON.') && !OPEN_TYPES.has(type)) readers.set(type, { kind: 'closed', phrases: phrasesOf(type) });
    else {
      const phrases = type.startsWith('AMAZON.') ? new Set<string>() : phrasesOf(type);
      const vocabulary = new Set<string>();
      for (const phrase of phrases) for (const word of phrase.split(' ')) vocabulary.add(word);
      // Each word once, however many names share it.
      for (const word of [...vocabulary]) vocabulary.add(singular(word));
      readers.set(type, {
        kind: 'open',
        phrases,
        vocabulary,
        // Numbers in samples ("item number three") are amounts when said among products, never carriers.
        carriers: new Set([...carrierWords].filter((word) => !vocabulary.has(word) && !isNumberWord(word))),
        unknownWordCost: OPEN_TYPES.get(type) ?? 0,
        uncounted,
      });
    }
  }
  return readers;
}

function withoutDeterminers(tokens: readonly string[]): readonly string[] {
  let start = 0;
  while (start < tokens.length - 1 && DETERMINERS.has(tokens[start] ?? '')) start++;
  return tokens.slice(start);
}

/** Words before "one" after which it is a number: "number one", "the one", "just one", "option one", "I need one". */
const BEFORE_A_NUMBER_ONE: ReadonlySet<string> = new Set(['number', 'option', 'choice', 'item', 'just', 'only', 'make', 'it', 'that', 'say', 'said', 'need', 'want', 'take', 'get', 'have']);

/**
 * "the cheaper one", "the red one": after a describing word, "one" stands for the thing described,
 * not for a number.
 */
function isAPronounOne(tokens: readonly string[], previous: string | undefined): boolean {
  return tokens.length === 1 && tokens[0] === 'one' && previous !== undefined && !FUNCTION_WORDS.has(previous)
    && !BEFORE_A_NUMBER_ONE.has(previous) && !isNumberWord(previous);
}

export interface CaptureContext {
  /** The words said just after and just before the capture. */
  readonly next?: string | undefined;
  readonly previous?: string | undefined;
  /** Whether words that only ever carry requests may be all there is (see MatcherOptions). */
  readonly carrierWordsAlone?: boolean;
}

/** Prepositions and possessives said together inside a name are where a capture swallowed the sentence: "jeans on my shopping". */
const PREPOSITIONS_INSIDE: ReadonlySet<string> = new Set(['to', 'on', 'onto', 'in', 'into', 'from', 'off']);
const POSSESSIVES_INSIDE: ReadonlySet<string> = new Set(['my', 'our', 'your', 'a', 'an']);

/** How well `tokens` fill a slot read by `reader`; null when they cannot fill it at all. */
export function readCapture(reader: SlotReader, tokens: readonly string[], context: CaptureContext = {}): Capture | null {
  const { next, previous } = context;
  switch (reader.kind) {
    case 'number': {
      // "two percent" is how fat the milk is, not how many.
      if (next === 'percent' || isAPronounOne(tokens, previous)) return null;
      const number = parseNumber(tokens);
      return number === undefined ? null : { score: CAPTURE.typedFill, value: String(number) };
    }
    case 'ordinal': {
      const position = tokens.length === 1 ? ordinalOf(tokens[0] ?? '') : undefined;
      return position === undefined ? null : { score: CAPTURE.typedFill, value: String(position) };
    }
    case 'four-digit': {
      const digits = parseFourDigits(tokens);
      return digits === undefined ? null : { score: CAPTURE.typedFill, value: digits };
    }
    case 'closed': {
      const phrase = tokens.join(' ');
      return reader.phrases.has(phrase) ? { score: CAPTURE.typedFill, value: phrase } : null;
    }
    case 'open': {
      if (tokens.every((token) => POINTING_WORDS.has(token))) return { score: CAPTURE.fill + CAPTURE.pointing, value: undefined };
      const meant = withoutDeterminers(tokens);
      // Words that only ever carry a request ("list", "add") are not the thing asked for.
      if (meant.every((token) => FUNCTION_WORDS.has(token) || (reader.carriers.has(token) && context.carrierWordsAlone !== true))) return null;
      // Numbers alone name no product: "one two three four" is a code, "two three" a slip, never "two three" of something.
      if (meant.every((token) => isNumberWord(token))) return null;
      let score = CAPTURE.fill;
      for (const token of meant) {
        if (reader.carriers.has(token)) score -= CAPTURE.carrier;
        else if (!reader.vocabulary.has(token)) score -= reader.unknownWordCost;
      }
      if (EDGE_PREPOSITIONS.has(meant[0] ?? '')) score -= CAPTURE.edgePreposition;
      if (meant.some((token, at) => PREPOSITIONS_INSIDE.has(token) && POSSESSIVES_INSIDE.has(meant[at + 1] ?? ''))) score -= CAPTURE.badEnding;
      if (EDGE_PREPOSITIONS.has(meant.at(-1) ?? '')) score -= CAPTURE.edgePreposition;
      else if (NEVER_LAST.has(meant.at(-1) ?? '')) score -= CAPTURE.badEnding;
      // Long names are often two joined ("ben and jerry's cherry garcia ice cream"), and lists of items
      // carry amounts ("coffee and two bags of apples"): neither the joining words nor the amounts make them longer.
      const length = meant.filter((token) => !isUncountedWord(reader, token)).length;
      score -= Math.max(0, length - CAPTURE.longerThan) * CAPTURE.perExtraWord;
      const value = meant.join(' ');
      if (reader.phrases.has(value)) score += CAPTURE.knownPhrase;
      return { score, value };
    }
  }
}

/** "berries" → "berry", "tomatoes" → "tomato", "eggs" → "egg": enough to meet a catalog word in either number. */
function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|s|x|z|o)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Whether any of the words, in either number, is one the slot type knows. */
/**
 * Whether most of the content words are ones the slot's values use: what a sample made of a slot
 * alone ("{product}", "the {product}") needs, since any words at all fit it ("the quick brown fox"
 * has "brown" of brown rice, and is still no product).
 */
export function knowsMostWordsOf(reader: SlotReader, tokens: readonly string[]): boolean {
  if (reader.kind !== 'open') return true;
  const content = tokens.filter((token) => !FUNCTION_WORDS.has(token));
  const known = content.filter((token) => reader.vocabulary.has(token) || reader.vocabulary.has(singular(token)));
  return known.length > 0 && known.length * 2 >= content.length;
}

export function knowsAWordOf(reader: SlotReader, tokens: readonly string[]): boolean {
  if (reader.kind !== 'open') return true;
  return tokens.some(
    (token) => !FUNCTION_WORDS.has(token) && (reader.vocabulary.has(token) || reader.vocabulary.has(singular(token))),
  );
}
