import { amountsFor } from '../language/amounts.ts';
import { talkFor } from '../language/talk.ts';
import { SELF_REPAIR } from './lexicon.ts';
import { words } from './normalise.ts';

/**
 * Separates what a shopper asks for from how much of it and from the talk around it:
 * "um can you get me three boxes of angel hair pasta" → 3 × box of "angel hair pasta".
 * Works on the output of `words()`, so numbers are already digits.
 */

const AMOUNTS = amountsFor();
const NAMED_BY_NUMBER: ReadonlySet<string> = new Set(AMOUNTS.namedByNumber);

/** Units a shopper counts by: every spoken form, the unit's own name included, mapped to the singular. */
const UNIT_FORMS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(AMOUNTS.units).flatMap(([unit, forms]) => [unit, ...forms].map((form) => [form, unit])),
);

/** The unit a spoken unit word stands for, singular ("pounds", "lbs" → pound), or null for no unit. */
export function unitNamed(spoken: string): string | null {
  return UNIT_FORMS[spoken.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/** Units that may follow the amount without "of": "a dozen eggs", "two pounds ground beef". */
const UNITS_WITHOUT_OF: ReadonlySet<string> = new Set(AMOUNTS.unitsWithoutOf);

/** Sizes said before a unit ("a big bag of"), which describe the pack rather than the product. */
export const PACK_ADJECTIVES: ReadonlySet<string> = new Set(AMOUNTS.packAdjectives);

/** Amounts said by a word after "a": "a couple of", "a few". */
const VAGUE_AMOUNTS: ReadonlyMap<string, number> = new Map(Object.entries(AMOUNTS.vagueAmounts));

/** Words a recogniser writes for a spoken number ("too cans" for two cans). */
const NUMBER_HOMOPHONES: ReadonlyMap<string, number> = new Map(Object.entries(AMOUNTS.numberHomophones));

/** Talk before the product: hesitations, politeness and ways of asking. */
const LEAD_PHRASES: readonly string[][] = [
  ['um'], ['umm'], ['uh'], ['uhh'], ['er'], ['erm'], ['hmm'], ['ok'], ['okay'], ['oh'], ['so'], ['well'], ['alexa'], ['hey'],
  ['please'], ['also'], ['then'], ['just'], ['now'], ['and'], ['yes'], ['yeah'], ['like'],
  ['can', 'you'], ['could', 'you'], ['would', 'you'], ['will', 'you'],
  ['i', 'need'], ['we', 'need'], ['i', 'want'], ['we', 'want'], ['i', 'would', 'like'], ['id', 'like'], ['we', 'would', 'like'],
  ['i', 'will', 'need'], ['i', 'will', 'take'], ['i', 'will', 'have'], ['i', 'am', 'out', 'of'], ['we', 'are', 'out', 'of'], ['were', 'out', 'of'],
  ['let', 'me', 'get'], ['let', 'me', 'have'], ['give', 'me'], ['get', 'me'], ['get', 'us'], ['grab', 'me'], ['grab', 'us'],
  ['pick', 'up'], ['add'], ['get'], ['grab'], ['buy'], ['order'], ['put', 'in'], ['put'], ['include'], ['throw', 'in'], ['toss', 'in'], ['drop', 'in'], ['chuck', 'in'], ['stick', 'in'], ['slip', 'in'], ['bung', 'in'], ['need'], ['want'],
  // What is left of "put in …" once a sample took the verb: "in three lemons".
  ['in'],
  // "Lots of bananas", "a lot of apples": how much, with no number.
  ...talkFor().plenty.flatMap((word) => [[word, 'of'], ['a', word, 'of']]),
  ['more'], ['another'],
];

/** Talk after the product. */
const TAIL_PHRASES: readonly string[][] = [
  ['to', 'my', 'cart'], ['to', 'the', 'cart'], ['to', 'my', 'basket'], ['to', 'the', 'basket'], ['to', 'my', 'list'], ['to', 'the', 'list'],
  ['to', 'my', 'order'], ['on', 'my', 'list'], ['on', 'the', 'list'], ['to', 'my', 'shopping', 'list'], ['on', 'my', 'shopping', 'list'], ['to', 'the', 'order'], ['in', 'my', 'cart'], ['please'], ['too'], ['as', 'well'], ['for', 'me'], ['thanks'],
  ['thank', 'you'], ['in'], ['on', 'there'], ['in', 'there'], ['on', 'it'], ['in', 'it'], ['to', 'it'], ['on', 'that'], ['to', 'that'],
  // What the thing goes with, just said: "crackers to go with it", "filters for it".
  ['to', 'go', 'with', 'it'], ['to', 'go', 'with', 'that'], ['to', 'go', 'with', 'them'], ['to', 'go', 'with', 'those'],
  ['for', 'it'], ['for', 'that'], ['for', 'them'], ['for', 'those'],
  // When, said of this once: "no milk this time", "bread again today".
  ['this', 'time'], ['this', 'week'], ['this', 'once'], ['for', 'now'], ['today'],
  // Before the rest, said of an add made while something else waits: "add eggs first".
  ['first'],
];

/** Pointing words before the product: "some of those", "that", "the". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'those', 'these', 'this', 'some', 'several', 'any', 'my', 'our', 'a', 'an']);

export interface AmountAndProduct {
  quantity: number | null;
  unit: string | null;
  /** The product words, stopwords kept. */
  product: string[];
}

function startsWith(list: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, i) => list[at + i] === word);
}

function stripPhrases(list: string[], phrases: readonly string[][], fromEnd: boolean): string[] {
  let changed = true;
  let rest = list;
  while (changed && rest.length > 0) {
    changed = false;
    for (const phrase of phrases) {
      if (phrase.length >= rest.length) continue;
      const at = fromEnd ? rest.length - phrase.length : 0;
      if (startsWith(rest, at, phrase)) {
        rest = fromEnd ? rest.slice(0, at) : rest.slice(phrase.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

function isNumber(word: string | undefined): boolean {
  return word !== undefined && /^\d+(\.\d+)?$/.test(word);
}

/** Parts of a unit said as words, as deli counters sell: "a quarter pound", "three quarters of a pound". */
const FRACTIONS: ReadonlyMap<string, number> = new Map(Object.entries(AMOUNTS.fractions));

/**
 * An amount read from the words: its value, the index after it, whether it was only an article
 * ("a bag" counts one, "a" alone is not an amount), and whether it means nothing without a unit
 * ("a quarter pound of ham" is an amount, "quarter pounder" is not).
 */
interface Amount {
  value: number;
  next: number;
  article: boolean;
  needsUnit?: boolean;
}

/** Reads a fraction of a unit at `at` ("quarter", "quarters of a"), times `count` ("three quarters"). */
function readFraction(list: readonly string[], at: number, count: number): Amount | null {
  const part = FRACTIONS.get(list[at] ?? '');
  if (part === undefined) return null;
  let next = at + 1;
  if (list[next] === 'of' && (list[next + 1] === 'a' || list[next + 1] === 'an')) next += 2;
  return { value: count * part, next, article: false, needsUnit: true };
}

/**
 * Whether a word that sounds like a number, first in the request, is the number: before a unit
 * ("too cans of", "won quart of") or what ends in a plural noun ("for green limes"); elsewhere it is the word itself.
 */
function saidAsNumber(list: readonly string[], at: number): boolean {
  if (at !== 0) return false;
  return readUnit(list, at + 1, true) !== null || (list.length > at + 1 && /[^s]s$/.test(list.at(-1) ?? ''));
}

/** Reads an amount at `at`; returns it with the index after it, or null. */
function readAmount(list: readonly string[], at: number): Amount | null {
  const word = list[at];
  if (word === undefined) return null;
  const fraction = readFraction(list, word === 'a' || word === 'an' ? at + 1 : at, 1);
  if (fraction !== null) return fraction;
  if (word === 'half' && (list[at + 1] === 'a' || list[at + 1] === 'an')) return { value: 0.5, next: at + 2, article: false };
  if ((word === 'a' || word === 'an') && list[at + 1] === 'half' && list[at + 2] !== 'gallon' && list[at + 2] !== 'gallons') {
    return { value: 0.5, next: at + 2, article: false };
  }
  // "Half pound of ham", its "a" heard as part of the request: a half gallon is a size of its own.
  const halved = list[at + 1] ?? '';
  if (word === 'half' && UNIT_FORMS[halved] !== undefined && halved !== 'gallon' && halved !== 'gallons') return { value: 0.5, next: at + 1, article: false };
  // "a couple of", "couple", "a few": with "a" or without, "of" after or not.
  const vague = VAGUE_AMOUNTS.get((word === 'a' || word === 'an' ? list[at + 1] : word) ?? '');
  if (vague !== undefined) {
    const after = word === 'a' || word === 'an' ? at + 2 : at + 1;
    return { value: vague, next: list[after] === 'of' ? after + 1 : after, article: false };
  }
  const heardNumber = NUMBER_HOMOPHONES.get(word);
  if (heardNumber !== undefined && saidAsNumber(list, at)) return { value: heardNumber, next: at + 1, article: false };
  // "two percent milk" names the milk, not two of it.
  if (isNumber(word) && list[at + 1] === 'percent') return null;
  if (isNumber(word) && Number(word) > 0) {
    const fractions = readFraction(list, at + 1, Number(word));
    if (fractions !== null) return fractions;
    let value = Number(word);
    let next = at + 1;
    if (list[next] === 'and' && (list[next + 1] === 'a' || list[next + 1] === 'an') && list[next + 2] === 'half') {
      value += 0.5;
      next += 3;
    }
    return { value, next, article: false };
  }
  if (word === 'a' || word === 'an') return { value: 1, next: at + 1, article: true };
  return null;
}

/**
 * Reads a unit (after optional pack sizes) at `at`; returns it with the index after it. Most units
 * need "of" after them; after a counted amount a plural unit does not ("three cans tuna").
 */
function readUnit(list: readonly string[], at: number, counted = false): { unit: string; next: number } | null {
  let i = at;
  // "a six pack of": a pack named by its count is a unit of its own.
  while ((PACK_ADJECTIVES.has(list[i] ?? '') || isNumber(list[i])) && UNIT_FORMS[`${list[i] ?? ''} ${list[i + 1] ?? ''}`] === undefined) {
    if (isNumber(list[i]) && !['pack', 'packs', 'ct', 'count'].includes(list[i + 1] ?? '')) return null;
    i++;
  }
  const first = list[i];
  if (first === undefined) return null;
  const twoWords = UNIT_FORMS[`${first} ${list[i + 1] ?? ''}`];
  const unit = twoWords ?? UNIT_FORMS[first];
  if (unit === undefined) return null;
  let next = i + (twoWords === undefined ? 1 : 2);
  const hasOf = list[next] === 'of';
  const plural = twoWords === undefined && first !== unit;
  if (hasOf) next++;
  // "One can" said last is a can, though "one can opener" is no can of an opener.
  else if (!UNITS_WITHOUT_OF.has(unit) && !(counted && plural) && next < list.length) return null;
  return { unit, next };
}

/** A unit said as the last word of a request ("…, a bunch", "…, a pound"). */
function readUnitAlone(list: readonly string[], at: number): { unit: string; next: number } | null {
  const unit = UNIT_FORMS[list[at] ?? ''];
  return unit === undefined || at !== list.length - 1 ? null : { unit, next: at + 1 };
}

/** Units that measure; a number and one of them before a pack ("a 5 pound bag of") is the pack's size. */
const MEASURES: ReadonlySet<string> = new Set(AMOUNTS.measures);

/** Whether a unit measures any thing ("pound", "gallon"), rather than packing one kind ("loaf", "carton"). */
export function isMeasure(unit: string): boolean {
  return MEASURES.has(unit);
}

/**
 * A pack's size said before the pack, at `at` ("5 pound bag of flour", "2 liter of sprite"): the
 * size is part of what is bought, not how many. Gives the pack's unit (null when only the size
 * was said) and the index after it.
 */
function readSize(list: readonly string[], at: number): { unit: string | null; next: number } | null {
  if (!isNumber(list[at])) return null;
  const measure = UNIT_FORMS[list[at + 1] ?? ''];
  return measure !== undefined && MEASURES.has(measure) ? readPackAfterSize(list, at + 2) : null;
}

/** The pack a size belongs to, at `at`: "bag of", or just "of" when the size names the pack ("a 2 liter of"). */
function readPackAfterSize(list: readonly string[], at: number): { unit: string | null; next: number } | null {
  const pack = readUnit(list, at);
  if (pack !== null && !MEASURES.has(pack.unit) && list[pack.next - 1] === 'of') return pack;
  return list[at] === 'of' ? { unit: null, next: at + 1 } : null;
}

/** Whether words begin by naming a pack ("bag of flour"), as the product words after a size do ("5 pound" "bag of flour"). */
export function startsWithPack(words: readonly string[]): boolean {
  const pack = readUnit(words, 0);
  return pack !== null && !MEASURES.has(pack.unit) && words[pack.next - 1] === 'of';
}

/** Drops the asking and the politeness around a request: "can you add milk to my cart please" → milk. */
export function stripTalk(input: readonly string[]): string[] {
  return withoutHedges(withoutHabit(withoutPurpose(stripPhrases(stripPhrases(afterLeadIn(input), LEAD_PHRASES, false), TAIL_PHRASES, true))));
}

const WITHOUT = talkFor().without;
const WITHOUT_PHRASES: readonly string[][] = WITHOUT.phrases.map((phrase) => phrase.split(' '));

/**
 * "Orange juice without pulp" is what names call pulp free: the words left out become a part
 * after the thing ("with pulp free"), up to the next "and", so they find the names that say so
 * and not those that have the pulp. Only what is weighed is rewritten; the words said are kept.
 * The word before must be one `known` to the catalog: a word heard in pieces ("pobla no" for
 * poblano) leaves nothing out.
 */
export function saidAsNamesSayIt(list: readonly string[], known: (word: string) => boolean): string[] {
  for (let at = 1; at < list.length; at++) {
    if (!known(list[at - 1] ?? '')) continue;
    const phrase = WITHOUT_PHRASES.find((words) => startsWith(list, at, words));
    if (phrase === undefined) continue;
    const from = at + phrase.length;
    let end = from;
    while (end < list.length && list[end] !== 'and') end++;
    if (end > from) return [...list.slice(0, at), 'with', ...list.slice(from, end), WITHOUT.nameWord, ...saidAsNamesSayIt(list.slice(end), known)];
  }
  return [...list];
}

const HEDGES: ReadonlySet<string> = new Set(AMOUNTS.hedges);

/** "Bananas, about a bunch": a hedge before an amount softens it and names nothing; before anything else it stays ("around the world" may be a name). */
function withoutHedges(list: string[]): string[] {
  return list.filter((word, at) => {
    if (!HEDGES.has(word)) return true;
    const amount = readAmount(list, at + 1);
    return amount === null || (amount.article && UNIT_FORMS[list[amount.next] ?? ''] === undefined);
  });
}

const COMMANDS: ReadonlySet<string> = new Set(talkFor().commands);
/** Words after "add" that ask for more of what was named, naming nothing: "add some", "need more too". */
const SOME_OF_IT: ReadonlySet<string> = new Set(['some', 'more', 'any', 'too', 'also', 'the', 'a']);

/**
 * "I'm making tacos tonight, add tortillas and salsa": what follows the last "add" said inside the
 * request. What only points back ("milk, add some", "bread, we need it") leaves the thing before it.
 */
function afterLeadIn(input: readonly string[]): string[] {
  let at = input.length - 1;
  while (at > 0 && !COMMANDS.has(input[at] ?? '')) at--;
  if (!COMMANDS.has(input[at] ?? '') || at === input.length - 1) return [...input];
  const after = input.slice(at + 1);
  if (!after.every((word) => POINTING_BACK.has(word) || SOME_OF_IT.has(word))) return after;
  return at > 0 ? input.slice(0, at) : [...input];
}

const HABITS = talkFor().habits;
const HABIT_SUBJECTS: ReadonlySet<string> = new Set(HABITS.subjects);
const HABIT_BETWEEN: ReadonlySet<string> = new Set(HABITS.between);
const HABIT_VERBS: ReadonlySet<string> = new Set(HABITS.verbs);
const HABIT_AFTER: ReadonlySet<string> = new Set(HABITS.after);
const HABIT_BEFORE: readonly string[][] = HABITS.before.map((phrase) => phrase.split(' '));

/** The words without any that say the thing after them is the usual ("my usual", "our regular"); said with no thing after them, they ask for the usual basket and stay. */
function habitSaidBefore(said: readonly string[]): string[] {
  const kept: string[] = [];
  for (let at = 0; at < said.length; at++) {
    const phrase = HABIT_BEFORE.find((words) => startsWith(said, at, words) && !['and', undefined].includes(said[at + words.length]));
    if (phrase === undefined) kept.push(said[at] ?? '');
    else at += phrase.length - 1;
  }
  return kept;
}

/**
 * "The milk I always get", "the coffee that we usually buy here": the clause says the thing is the
 * household's usual, which their history already says; its words are no part of a product's name.
 * It runs from a subject to the end, through a verb, with only its own kind of words around them.
 */
function withoutHabit(said: string[]): string[] {
  // "My usual bananas and some spinach": the words before a thing that say it is the usual are no part of its name either.
  const list = habitSaidBefore(said);
  for (let at = 1; at < list.length - 1; at++) {
    if (!HABIT_SUBJECTS.has(list[at] ?? '')) continue;
    let next = at + 1;
    while (next < list.length && HABIT_BETWEEN.has(list[next] ?? '') && !HABIT_VERBS.has(list[next] ?? '')) next++;
    if (!HABIT_VERBS.has(list[next] ?? '')) continue;
    // "The milk I always get, two gallons": an amount said after the clause is the thing's own.
    const after = list.slice(next + 1);
    const amountAt = after.findIndex((word) => isNumber(word) || VAGUE_AMOUNTS.has(word));
    const clauseEnd = amountAt < 0 ? after.length : amountAt;
    if (!after.slice(0, clauseEnd).every((word) => HABIT_AFTER.has(word))) continue;
    // "The milk that I always get", "milk, do we have", "the cereal the kids like": the word before the subject is the clause's too.
    const start = ['that', 'which', 'the', ...REASON_AUXILIARIES].includes(list[at - 1] ?? '') ? at - 1 : at;
    return start > 0 ? [...list.slice(0, start), ...after.slice(clauseEnd)] : list;
  }
  return list;
}

const REASON_SUBJECTS: ReadonlySet<string> = new Set(talkFor().reasonSubjects);
const REASON_AUXILIARIES: ReadonlySet<string> = new Set(talkFor().reasonAuxiliaries);
const REASON_PEOPLE: ReadonlySet<string> = new Set(talkFor().reasonPeople);
const WHOSE: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their', 'the']);

/**
 * Whether a subject starts at `at`: "we", or someone named by whose they are ("my son", "the
 * kids") with more said of them. After "for" or "of" they are who the thing is for ("cereal for the
 * kids' lunches"), no subject.
 */
function subjectAt(list: readonly string[], at: number): boolean {
  const word = list[at] ?? '';
  if (REASON_SUBJECTS.has(word)) return true;
  const person = (list[at + 1] ?? '').replace(/'s$/, '');
  return WHOSE.has(word) && REASON_PEOPLE.has(person) && at + 2 < list.length && !['for', 'of', 'with', 'from'].includes(list[at - 1] ?? '');
}

/**
 * "The bananas, I found some in the pantry", "eggs, we're all out", "the bananas, my son is bringing
 * some": a clause from a subject to the end says why the thing is wanted or not, and no word of it
 * names the thing. An "and" after the subject may start another item, so such a clause is kept.
 */
export function withoutReason(list: string[]): string[] {
  const at = list.findIndex((_, index) => index > 0 && subjectAt(list, index));
  if (at < 0 || at === list.length - 1 || list.slice(at).includes('and')) return list;
  return list.slice(0, at > 1 && REASON_AUXILIARIES.has(list[at - 1] ?? '') ? at - 1 : at);
}

/** Who or what occasion a thing is for ("for dinner", "for the kids"): talk, never part of a product. */
const PURPOSES: ReadonlySet<string> = new Set(talkFor().purposes);

/**
 * "Salmon for dinner", "apple slices for the kids' lunches": a part that says only who or when the
 * thing is for is left out, so "dinner" cannot make it cat food named Salmon Dinner. A part that
 * names a thing ("candles for the birthday cake", "food for the dog") stays.
 */
export function withoutPurpose(list: readonly string[]): string[] {
  const at = list.lastIndexOf('for');
  if (at < 1) return [...list];
  const after = list.slice(at + 1).map((word) => word.replace(/s?'s?$/, ''));
  const saysPurpose = after.some((word) => PURPOSES.has(word)) && after.every((word) => PURPOSES.has(word) || DETERMINERS.has(word) || word === 'the');
  return saysPurpose ? list.slice(0, at) : [...list];
}

/** Words after which an item cannot end: amounts, units, articles and joining words ("a", "two", "bags", "of"). */
export function cannotEndItem(word: string): boolean {
  return (
    isNumber(word) ||
    UNIT_FORMS[word] !== undefined ||
    DETERMINERS.has(word) ||
    ['of', 'and', 'with', 'for', 'half'].includes(word) ||
    VAGUE_AMOUNTS.has(word)
  );
}

/** Whether an amount with its unit starts at `at`: "a dozen eggs", "2 pounds of pears". */
export function amountStartsAt(list: readonly string[], at: number): boolean {
  const word = list[at];
  return (isNumber(word) || word === 'a' || word === 'an') && UNIT_FORMS[list[at + 1] ?? ''] !== undefined;
}

/**
 * Whether an amount starts a new thing at `at`, just after another thing's words: "… sourdough three
 * lemons", "… cheerios some orange juice", "… a box of cheerios": the pause of a list, even unheard.
 */
export function amountStartsAThingAt(list: readonly string[], at: number): boolean {
  const before = list[at - 1];
  const word = list[at];
  // "Size 4", "stage 2": a number a thing is named by starts nothing.
  if (before === undefined || word === undefined || !endsAThing(before) || NAMED_BY_NUMBER.has(before)) return false;
  return amountStartsAt(list, at) || isNumber(word) || word === 'some' || VAGUE_AMOUNTS.has(word);
}

/** Whether a word may end a thing's words, so that an amount after it starts another: never a number, a unit, a determiner or a joining word. */
function endsAThing(word: string): boolean {
  return !isNumber(word) && UNIT_FORMS[word] === undefined && !DETERMINERS.has(word) && !['of', 'and', 'with', 'for'].includes(word);
}

/**
 * Whether an amount with its unit starts inside the words, between a thing and another ("sourdough
 * a dozen eggs"): two items said without a pause, never one. An amount said last ("ground beef, two
 * pounds") or after "and" is no such start.
 */
export function amountStartsInside(list: readonly string[]): boolean {
  for (let at = 1; at + 2 < list.length; at++) {
    const before = list[at - 1] ?? '';
    if (amountStartsAt(list, at) && endsAThing(before)) return true;
  }
  return false;
}

/**
 * The unit of a pack named for its count: "six pack" and "twelve pack" as the language names them,
 * and any other count said before "pack" ("a 4 pack of croissants", "two 8 packs of buns").
 */
function countedPack(count: string | undefined, pack: string | undefined): string | undefined {
  const named = UNIT_FORMS[`${count ?? ''} ${pack ?? ''}`];
  if (named !== undefined) return named;
  return isNumber(count) && Number(count) > 1 && Number.isInteger(Number(count)) && (pack === 'pack' || pack === 'packs') ? `${Number(count)} pack` : undefined;
}

export function splitAmount(input: readonly string[]): AmountAndProduct {
  const list = stripTalk(input);
  // "Six pack of gatorade", "two twelve packs of coke": a pack named for its count is the unit said, not six packs.
  const counted = isNumber(list[0]) && countedPack(list[1], list[2]) !== undefined;
  const lead = list[0] === 'a' || list[0] === 'an' || counted ? 1 : 0;
  // Said first, only the singular names one pack: "six packs of cat food" are six packs.
  const named = isNumber(list[lead]) && (lead > 0 || list[1] === 'pack');
  const countPack = named ? countedPack(list[lead], list[lead + 1]) : undefined;
  if (countPack !== undefined) {
    const next = list[lead + 2] === 'of' ? lead + 3 : lead + 2;
    if (next < list.length) return { quantity: counted ? Number(list[0]) : 1, unit: countPack, product: list.slice(next) };
  }
  let quantity: number | null = null;
  let unit: string | null = null;
  let at = 0;
  const amount = readAmount(list, 0);
  if (amount !== null) {
    let unitRead = readUnit(list, amount.next, !amount.article);
    // A part of a unit is an amount only when "of" follows: "a quarter pound burger" is a product.
    if (unitRead !== null && amount.needsUnit === true && list[unitRead.next - 1] !== 'of') unitRead = null;
    // "3 lb bag of apples": the weight was the size of one bag.
    const sizedPack =
      unitRead !== null && MEASURES.has(unitRead.unit) && list[unitRead.next - 1] !== 'of' ? readPackAfterSize(list, unitRead.next) : null;
    // "a 5 pound bag of flour", "two 2 liters of coke": a size between the amount and the pack.
    const size = unitRead === null && amount.needsUnit !== true ? readSize(list, amount.next) : null;
    if (sizedPack !== null && sizedPack.unit !== null) {
      quantity = 1;
      unit = sizedPack.unit;
      at = sizedPack.next;
    } else if (size !== null) {
      quantity = amount.value;
      unit = size.unit;
      at = size.next;
    } else if (unitRead !== null) {
      quantity = amount.value;
      unit = unitRead.unit;
      at = unitRead.next;
      if (list[at] === 'and' && list[at + 1] === 'a' && list[at + 2] === 'half') {
        quantity += 0.5;
        at += list[at + 3] === 'of' ? 4 : 3;
      }
    } else if (amount.needsUnit === true) {
      at = list[0] === 'a' || list[0] === 'an' ? 1 : 0;
    } else if (!amount.article) {
      quantity = amount.value;
      at = amount.next;
    } else {
      at = amount.next;
    }
  }
  // "one of those", "some of the"
  while (at < list.length - 1 && (DETERMINERS.has(list[at] ?? '') || (list[at] === 'of' && at > 0))) at++;
  // "Pound and a half of ground beef", its "a" lost in the hearing: a unit and a half of it.
  const halved = quantity === null ? UNIT_FORMS[list[at] ?? ''] : undefined;
  if (halved !== undefined && list.slice(at + 1, at + 4).join(' ') === 'and a half') {
    quantity = 1.5;
    unit = halved;
    at += list[at + 4] === 'of' ? 5 : 4;
  }
  // "the big tub of ice cream", "jar of peanut butter" name a pack but no amount: the pack is kept, the amount stays unknown.
  const packOnly = quantity === null ? readUnit(list, at) : null;
  if (packOnly !== null && packOnly.next < list.length) {
    at = packOnly.next;
    unit = packOnly.unit;
  }
  if (quantity === null && list[at] !== undefined && isNumber(list[at]) && list.length - at > 1) {
    const later = readAmount(list, at);
    const unitRead = later === null ? null : readUnit(list, later.next);
    if (later !== null && unitRead !== null) {
      quantity = later.value;
      unit = unitRead.unit;
      at = unitRead.next;
    }
  }
  // "pears, two of them": the count said after the product, pointing back at it.
  if (quantity === null && list.length - at > 3 && ['them', 'those', 'these'].includes(list.at(-1) ?? '') && list.at(-2) === 'of') {
    const from = list.length - 3;
    const later = readAmount(list, from);
    if (later !== null && !later.article && later.next === from + 1) return { quantity: later.value, unit, product: list.slice(at, from) };
  }
  // "Avocados, three", "roma tomatoes, four": a bare count said last counts the thing, unless the
  // word before it says what the number names ("size two"). "One" is the one of a kind ("the ripe
  // one"), and no count of none or one is said this way ("coke zero").
  if (quantity === null && list.length - at >= 2) {
    const from = list.length - 1;
    const count = readAmount(list, from);
    const before = list[from - 1] ?? '';
    if (count !== null && !count.article && count.next === list.length && count.value >= 2 && !NAMED_BY_NUMBER.has(before) && !isNumber(before)) {
      return { quantity: count.value, unit, product: list.slice(at, from) };
    }
  }
  // "ground beef, two pounds", "ginger ale, six cans": an amount said after the product is its
  // amount; "coke, twelve pack" is one pack of twelve. "Diapers size one" says a size, not an amount.
  if (quantity === null && list.length - at > 2) {
    const namedPack = UNIT_FORMS[`${list.at(-2) ?? ''} ${list.at(-1) ?? ''}`];
    if (namedPack !== undefined) return { quantity: 1, unit: namedPack, product: list.slice(at, -2) };
    // "Pork chops, a pound and a half", "…, one and a half pounds": the half said at the end too.
    const half = list.slice(-3).join(' ') === 'and a half' ? 3 : 0;
    const end = list.length - half;
    // The longest amount that ends the request is the one said ("one and a half pounds", not "a half pounds").
    for (let from = Math.max(at + 1, end - 5); from <= end - 2; from++) {
      const later = readAmount(list, from);
      // "bananas, a bunch": a unit said last needs no "of" after it.
      const unitRead = later === null ? null : later.article && later.next + 1 === end ? readUnitAlone(list.slice(0, end), later.next) : readUnit(list, later.next, true);
      if (later !== null && unitRead !== null && unitRead.next === end) {
        return { quantity: later.value + (half > 0 ? 0.5 : 0), unit: unitRead.unit, product: list.slice(at, from) };
      }
    }
  }
  return { quantity, unit, product: list.slice(at) };
}

/** The words that start what is said again after a self-repair ("make that", "let's say"), as words() writes them. */
const RESTATING: readonly (readonly string[])[] = talkFor()
  .restating.map((said) => words(said))
  .sort((a, b) => b.length - a.length);
/** Words after an amount said again that point back at the thing, not at another: "two of them", "three instead". */
const POINTING_BACK: ReadonlySet<string> = new Set(['them', 'those', 'these', 'it', 'one', 'ones', 'instead', 'of']);

/**
 * What is said again after a self-repair, its lead-in ("make that", "let's say") left out, with the
 * amount and the product words it says: "make that three cans instead" says three cans and no thing.
 */
export function saidAgain(said: readonly string[]): AmountAndProduct & { said: string[] } {
  const lead = RESTATING.find((phrase) => phrase.every((word, at) => said[at] === word))?.length ?? 0;
  const rest = said.slice(lead);
  const { quantity, unit, product } = splitAmount(rest);
  return { said: rest, quantity, unit, product: product.filter((word) => !POINTING_BACK.has(word)) };
}

/** A bare "no" with the pause a recogniser writes after it. */
const BARE_NO = /(?<![a-z'])(?:no|nope)(?![a-z'])[\s,.!]*/gi;

/**
 * Where a request takes back what was said before it, for the words after to say again: the last
 * self-repair ("no wait", "I mean"), or a later bare "no" when only an amount follows it ("a bag of
 * carrots, no, two bags"). "Orange juice, no pulp" takes nothing back, nor does a "no" said first.
 */
export function selfRepairIn(text: string): { index: number; end: number } | undefined {
  const repair = [...text.matchAll(SELF_REPAIR)].at(-1);
  const no = [...text.matchAll(BARE_NO)].at(-1);
  const amountOnly = (from: number): boolean => {
    const again = saidAgain(words(text.slice(from)));
    return again.quantity !== null && again.product.length === 0;
  };
  const repaired = repair === undefined ? undefined : { index: repair.index, end: repair.index + repair[0].length };
  if (no === undefined || no.index <= (repaired?.index ?? 0) || words(text.slice(0, no.index)).length === 0) return repaired;
  const end = no.index + no[0].length;
  return amountOnly(end) ? { index: no.index, end } : repaired;
}
