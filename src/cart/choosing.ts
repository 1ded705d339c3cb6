/**
 * An offered choice answered without its number: "the wheat one", "the organic kind", "the
 * cheaper one". The words are matched against the options' names, and price words against their
 * prices; an answer that fits more than one option, or none, picks nothing.
 */
import { z } from 'zod';
import { editDistance } from '../catalog/fuzzy.ts';
import { stem, STOPWORDS, words } from '../catalog/normalise.ts';
import { allowedGap, soundGap, waysHeard } from '../catalog/pronunciation.ts';
import type { Product } from '../catalog/product.ts';
import enUS from '../language/en-US/choosing.json' with { type: 'json' };

const ChoosingWordsSchema = z.object({
  $comment: z.string().optional(),
  lowestPrice: z.array(z.string().min(1)),
  highestPrice: z.array(z.string().min(1)),
  notInNames: z.array(z.string().min(1)),
  sameSizes: z.array(z.array(z.string().min(1)).min(2)),
});

const WORDS = ChoosingWordsSchema.parse(enUS);
const NOT_IN_NAMES: ReadonlySet<string> = new Set(WORDS.notInNames);

export interface Option {
  readonly name: string;
  readonly price?: number | undefined;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter((word) => word !== '');
}

/** "wheat" is in "Whole Wheat Bread", "wheat" and "wheats" are one word, and a letter misheard still counts. */
function sameWord(said: string, named: string): boolean {
  if (said === named || WORDS.sameSizes.some((group) => group.includes(said) && group.includes(named))) return true;
  const shorter = Math.min(said.length, named.length);
  if (shorter >= 4 && (said.startsWith(named) || named.startsWith(said))) return true;
  return shorter >= 5 && editDistance(said, named, 1) <= 1;
}

function saysAny(said: string, phrases: readonly string[]): boolean {
  const padded = ` ${wordsOf(said).join(' ')} `;
  return phrases.some((phrase) => padded.includes(` ${phrase} `));
}

/** Which end of the prices a shopper asks about: "the cheaper one", "what's the most expensive coffee". */
export type PriceOrder = 'cheapest' | 'dearest';

/** Each end's words, the first the value the interaction model reports: the PriceOrder slot's values and synonyms. */
export const PRICE_ORDER_WORDS: Readonly<Record<PriceOrder, readonly string[]>> = { cheapest: WORDS.lowestPrice, dearest: WORDS.highestPrice };

export function priceOrderSaid(said: string | undefined): PriceOrder | undefined {
  if (said === undefined) return undefined;
  if (saysAny(said, WORDS.lowestPrice)) return 'cheapest';
  if (saysAny(said, WORDS.highestPrice)) return 'dearest';
  return undefined;
}

/**
 * Of the products named by a request, the priced one at that end of the range, the first of a tie.
 * The kind is the aisle of the product the request means (`meant`): the cheapest butter is a
 * butter, never a peanut butter shelved with the spreads. Without one, names ending in the
 * request's noun count.
 */
export function atPriceEnd(named: readonly Product[], request: string, order: PriceOrder, meant?: Product): Product | undefined {
  const noun = words(request).map(stem).at(-1);
  const ofTheKind = meant?.category === undefined
    ? named.filter((product) => words(product.name).map(stem).at(-1) === noun)
    : named.filter((product) => product.category === meant.category);
  const priced = (ofTheKind.length > 0 ? ofTheKind : named).filter((product) => product.price !== undefined);
  return priced.reduce<Product | undefined>((best, product) => {
    if (best === undefined) return product;
    const beyond = order === 'cheapest' ? (product.price ?? 0) < (best.price ?? 0) : (product.price ?? 0) > (best.price ?? 0);
    return beyond ? product : best;
  }, undefined);
}

/** The one option with the lowest (or highest) price, if every option has one and no two tie. */
function byPrice(options: readonly Option[], lowest: boolean): number | undefined {
  const known: number[] = [];
  for (const option of options) {
    if (option.price === undefined) return undefined;
    known.push(option.price);
  }
  const wanted = lowest ? Math.min(...known) : Math.max(...known);
  const at = known.indexOf(wanted);
  return known.lastIndexOf(wanted) === at ? at : undefined;
}

/**
 * The index of the option the shopper described, or undefined when the description does not pick
 * one. Of several it fits, the one named by nothing but its words is meant: "the butter" of
 * Butter and Almond Butter.
 */
export function optionDescribed(said: string, options: readonly Option[]): number | undefined {
  const fitting = optionsDescribed(said, options);
  return fitting.length === 1 ? fitting[0] : optionNamedJustSo(said, options, fitting);
}

/** Of the options fitting a description, the one whose name says only its words, if just one does. */
function optionNamedJustSo(said: string, options: readonly Option[], fitting: readonly number[]): number | undefined {
  const described = wordsOf(said).filter((word) => !NOT_IN_NAMES.has(word));
  const justSo = fitting.filter((at) => wordsOf(options[at]?.name ?? '').length === described.length);
  return justSo.length === 1 ? justSo[0] : undefined;
}

/** The indices of every option the description fits: "the ground one" of three coffees may fit two. */
export function optionsDescribed(said: string, options: readonly Option[]): number[] {
  const pick = (at: number | undefined): number[] => (at === undefined ? [] : [at]);
  const order = priceOrderSaid(said);
  if (order !== undefined) return pick(byPrice(options, order === 'cheapest'));
  const described = wordsOf(said).filter((word) => !NOT_IN_NAMES.has(word));
  if (described.length === 0) return [];
  return options.flatMap((option, at) => {
    const named = wordsOf(option.name);
    return described.every((word) => named.some((name) => sameWord(word, name))) ? [at] : [];
  });
}

/**
 * What to call the thing a question is about: the shopper's words when the options' names carry
 * them, else, when they sound like it, the run of words every option's name shares ("pee nut
 * butter" heard, Creamy and Crunchy Peanut Butter offered: "which peanut butter"), so a mishearing
 * is not said back.
 */
export function phraseForOptions(phrase: string, names: readonly string[]): string {
  const named = names.map((name) => words(name).map(stem));
  const said = words(phrase).filter((word) => !STOPWORDS.has(word)).map(stem);
  if (said.every((word) => named.some((name) => name.includes(word)))) return phrase;
  const [first, ...rest] = names.map(words);
  if (first === undefined) return phrase;
  let shared: string[] = [];
  for (let start = 0; start < first.length; start++) {
    for (let end = first.length; end > start + shared.length; end--) {
      const run = first.slice(start, end);
      if (run.some((word) => STOPWORDS.has(word)) && run.length === 1) continue;
      const stems = run.map(stem);
      if (rest.every((other) => containsRun(other.map(stem), stems))) {
        shared = run;
        break;
      }
    }
  }
  if (shared.length === 0) return phrase;
  // Only a mishearing of the shared words is put right: "cereal", offered Cheerios, was said as meant.
  const heard = waysHeard(words(phrase).filter((word) => !STOPWORDS.has(word)));
  const sharedSaid = waysHeard(shared);
  const near = heard.some((said) => sharedSaid.some((name) => soundGap(said, name) <= allowedGap(Math.max(said.length, name.length))));
  return near ? shared.join(' ') : phrase;
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let at = 0; at + run.length <= words.length; at++) if (run.every((word, k) => spelledAlike(words[at + k] ?? '', word))) return true;
  return false;
}

/** The same word, or a long word spelled two ways ("fettuccini", "fettuccine"). */
function spelledAlike(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 6 && editDistance(a, b, 1) <= 1);
}
