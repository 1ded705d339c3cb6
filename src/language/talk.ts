/**
 * Words of a request that say little about which product is meant, as data per locale
 * (en-US/talk.json): casual and describing words, and the words that start a part after the thing
 * asked for, and the words a shopper takes back an item with. Checked here once.
 */
import { z } from 'zod';
import { perLocale } from './locale.ts';
import enUS from './en-US/talk.json' with { type: 'json' };
import { listWordsFor } from './lists.ts';

const Words = z.array(z.string().regex(/^[a-z]+$/, 'one lower-case word')).min(1);
const Phrases = z.array(z.string().regex(/^[a-z]+( [a-z]+)*$/, 'lower-case words')).min(1);
/** Phrases as the text doors write what was said: words may keep an apostrophe ("if you've got it"). */
const SpokenPhrases = z.array(z.string().regex(/^[a-z']+( [a-z']+)*$/, "lower-case words, perhaps with an apostrophe")).min(1);

export const TalkSchema = z.object({
  $comment: z.string().optional(),
  casual: Words,
  /** How much with no number: "lots", "plenty". */
  plenty: Words,
  describing: Words,
  clauseWords: Words,
  /** Who or what occasion a thing is for, said after "for" at the end of a request ("salmon for dinner"). */
  purposes: Words,
  /** The clause that says a thing is what the household always has: "the milk I always get". */
  habits: z.object({ subjects: Words, between: Words, verbs: Words, after: Words, before: SpokenPhrases }),
  /** Words and phrases that say yes and nothing else. */
  agreements: SpokenPhrases,
  /** Subjects that start a clause saying why, after the thing: "the bananas, I found some in the pantry". */
  reasonSubjects: Words,
  /** Words before the subject that belong to its clause: "milk, do I have any". */
  reasonAuxiliaries: Words,
  /** People who, after "my", "our" or "the", start such a clause: "the bananas, my son is bringing some". */
  reasonPeople: Words,
  /** Words that leave a thing out of what is asked for: "reorder my usual but no bread", "and no leeks". */
  excluding: SpokenPhrases,
  /** Words that leave a thing out only after a basket asked for: "send my usual, we don't need milk". */
  excludingAfterABasket: SpokenPhrases,
  /** Words that say no and name nothing: "no", "nope". */
  refusals: Words,
  /** What turns down a thing just heard, naming nothing else, said with a refusal or "wrong": "no, that's the wrong one". */
  turnDowns: SpokenPhrases,
  /** Words that take a whole request back when said at its end: "add coconut chips, never mind". */
  withdrawals: SpokenPhrases,
  /** Words that take back the item said just before them, in one breath: "apples, no wait, pears". */
  selfRepairs: Phrases,
  /** Words that start what is said again after a self-repair: "…, no wait, make that three cans". */
  restating: SpokenPhrases,
  /** Filler around a whole request: anywhere in it (words, and phrases said thinking aloud), only at its start (words or phrases, and words counting off a list), only at its end (words or phrases). */
  around: z.object({ anywhere: Words, asides: SpokenPhrases, leading: Words, leadingPhrases: SpokenPhrases, countingOff: Words, trailing: Words, trailingPhrases: SpokenPhrases }),
  /** Words asking to add what follows them; inside the product words, what comes before them is a lead-in. */
  commands: Words,
  /** Words saying the cupboard is bare: a clause with one asks for the thing. */
  runningOut: Words,
  /** What says a thing is wanted without something, in a request and in product names. */
  without: z.object({ phrases: Phrases, nameWord: z.string().regex(/^[a-z]+$/) }),
  /** Things in general ("a few things"): an amount of them is no amount of any product. */
  errands: Words,
  /** What follows "not" in a complaint that turns a thing down and names nothing in its place: "the jelly is not what I wanted". */
  complaints: Phrases,
  /** Words around a voice code said when asked for it ("it's", "my code is"): the digits are the code. */
  codeTalk: SpokenPhrases,
});
export type Talk = z.infer<typeof TalkSchema>;

/** The talk words of a locale (en-US where there is none of its own), checked on first use. */
export const talkFor = perLocale(TalkSchema, { 'en-US': enUS });

/** The words of a request before the words that take it back at its end ("coconut chips" of "coconut chips never mind"); undefined when none do. */
export function withdrawn(said: readonly string[], locale?: string): string[] | undefined {
  for (const phrase of talkFor(locale).withdrawals) {
    const last = phrase.split(' ');
    if (said.length > last.length && last.every((word, at) => said[said.length - last.length + at] === word)) return said.slice(0, said.length - last.length);
  }
  return undefined;
}

/**
 * The things a request turns down together, as a list: "limes this time, and skip the radishes" and
 * "no radishes and no limes" list the limes and the radishes; the words that leave each out, and
 * when ("this time", as the list words say it), are no part of any thing.
 */
export function turnedDownTogether(said: readonly string[], locale?: string): string[] {
  const { excluding, excludingAfterABasket, refusals } = talkFor(locale);
  const leaving: readonly (readonly string[])[] = [...excluding, ...excludingAfterABasket, ...refusals].map((phrase) => phrase.split(' '));
  const when = listWordsFor(locale).when.map((phrase) => phrase.split(' '));
  const cuts = [...leaving, ...when].sort((a, b) => b.length - a.length);
  const kept: string[] = [];
  for (let at = 0; at < said.length; ) {
    const cut = cuts.find((phrase) => phrase.length > 0 && phrase.every((word, k) => said[at + k] === word));
    if (cut === undefined) {
      kept.push(said[at] ?? '');
      at += 1;
    } else {
      // What leaves a thing out stands between things, as "and" does; "this time" stands for nothing.
      if (leaving.includes(cut) && kept.length > 0 && kept.at(-1) !== 'and') kept.push('and');
      at += cut.length;
    }
  }
  while (kept.at(-1) === 'and') kept.pop();
  return kept;
}

/** Each locale's agreements as words, longest first, split once: they are looked for in every request. */
const AGREEMENT_PHRASES = new Map<string | undefined, readonly (readonly string[])[]>();

function agreementPhrases(locale?: string): readonly (readonly string[])[] {
  let phrases = AGREEMENT_PHRASES.get(locale);
  if (phrases === undefined) {
    phrases = talkFor(locale).agreements.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);
    AGREEMENT_PHRASES.set(locale, phrases);
  }
  return phrases;
}

/** Agreements that only thank or are polite, alone agreeing to nothing. */
const POLITE_ONLY: ReadonlySet<string> = new Set(['please', 'thanks', 'thank you', 'fine', 'perfect', 'great', 'lovely']);

/**
 * The agreements said at the start of a request, one after another: how many words they take, and
 * whether one is more than politeness ("please", "thanks", "perfect" alone agree to nothing; they thank).
 */
function agreementsAtStart(said: readonly string[], locale?: string): { words: number; agreed: boolean } {
  const phrases = agreementPhrases(locale);
  let at = 0;
  let agreed = false;
  for (;;) {
    const phrase = phrases.find((words) => words.every((word, k) => said[at + k] === word));
    if (phrase === undefined) return { words: at, agreed };
    if (!POLITE_ONLY.has(phrase.join(' '))) agreed = true;
    at += phrase.length;
  }
}

/** How many words at the start of a request only agree ("sure why not throw in some bananas": three). */
export function agreementBefore(said: readonly string[], locale?: string): number {
  return agreementsAtStart(said, locale).words;
}

/** Whether the words only say yes, however many ways ("yes sure", "sure why not", "yeah that's fine"). */
export function onlyAgrees(said: readonly string[], locale?: string): boolean {
  const { words, agreed } = agreementsAtStart(said, locale);
  return agreed && words === said.length;
}

/** Whether the words only say no ("no", "no no"), naming nothing. */
export function onlyRefuses(said: readonly string[], locale?: string): boolean {
  const refusals = talkFor(locale).refusals;
  return said.length > 0 && said.every((word) => refusals.includes(word));
}

/**
 * Whether the words only turn down what was just heard ("nope, not that one", "no, that's the wrong
 * one", "wrong one"), naming nothing in its place: a no, never a thing to add or a correction.
 */
export function onlyTurnsDown(said: readonly string[], locale?: string): boolean {
  const { refusals, turnDowns } = talkFor(locale);
  const refuses = said.some((word) => refusals.includes(word) || word === 'wrong');
  const rest = said.filter((word) => !refusals.includes(word)).join(' ');
  return refuses && (rest === '' || turnDowns.includes(rest));
}

/**
 * Whether the words name things in general only, maybe with what they are for: "a few things",
 * "some groceries for the weekend" speak of the errand, not of a product to add. `saysNothing`
 * tells the small words (articles, amounts) of the caller's own reading.
 */
export function namesOnlyTheErrand(said: readonly string[], saysNothing: (word: string) => boolean, locale?: string): boolean {
  const errands = new Set(talkFor(locale).errands);
  const forAt = said.indexOf('for');
  const named = (forAt < 0 ? said : said.slice(0, forAt)).filter((word) => !saysNothing(word) && !/^\d+$/.test(word));
  return named.length > 0 && named.every((word) => errands.has(word));
}

/** "Let me see", "I think": phrases said thinking aloud, wherever they come. */
const asides = new Map<string, RegExp>();

/** "Pears, let me see, four of them I think": the text without what was said thinking aloud, unless that is all that was said. */
export function withoutAsides(text: string, locale?: string): string {
  const key = locale ?? '';
  let pattern = asides.get(key);
  if (pattern === undefined) {
    pattern = new RegExp(`\\b(?:${talkFor(locale).around.asides.map((phrase) => phrase.replace(/'/g, "['’]?")).join('|')})\\b`, 'gi');
    asides.set(key, pattern);
  }
  const without = text.replace(pattern, ' ');
  return /[a-z0-9]/i.test(without) ? without : text;
}
