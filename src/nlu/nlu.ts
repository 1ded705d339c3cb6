import { CORRECTION_INTENT, FALLBACK_INTENT, INTENTS, NO_INTENT, VOICE_CODE_INTENT, intentsThatChangeTheCart, intentsWithEffect, LIST_TYPE, PRODUCT_TYPE, UNIT_TYPE, type IntentName, type IntentRegistry } from '../intents/registry.ts';
import { ONE_OF_A_KIND } from '../catalog/lexicon.ts';
import { words as catalogWords } from '../catalog/normalise.ts';
import { saidAgain, selfRepairIn, splitAmount, withoutPurpose, withoutReason } from '../catalog/quantity.ts';
import type { InteractionModel } from '../interaction-model/schema.ts';
import { decide, OUT_OF_DOMAIN, rivalsOf, type Classification, type DecisionRule } from './classifier.ts';
import { splitTrailingList } from '../intents/list-phrase.ts';
import { readInvocation } from './invocation.ts';
import { amountStarts, itemSlots, namePairs } from './items.ts';
import { Matcher, type Match } from './matcher.ts';
import { compilePatterns, compileSlotSamples, slotKey, type Pattern } from './patterns.ts';
import { namesAStrangePlace, skipsATakingOffVerb } from './placement.ts';
import { amountsAsNumbers, isNumberWord, ordinalOf, voiceCodeSaid } from './numbers.ts';
import { limitsTheAmount, opensAQuestion, opensAYesNoQuestion, saysAnOrder, saysAReturn, saysItAll, saysItIsWanted, saysToKeep, saysToTakeOff, takesSomethingBack } from './questions.ts';
import { knowsAWordOf, slotReaders, type SlotReader } from './slots.ts';
import { nluTables, type NluTables } from './tables.ts';
import { FUNCTION_WORDS, meaningfulWords, onlyPoints, withoutThinkingAloud, words } from './text.ts';
import { agreementBefore, namesOnlyTheErrand, onlyAgrees, onlyTurnsDown, talkFor, withdrawn, withoutAsides } from '../language/talk.ts';
import { listWordsFor } from '../language/lists.ts';
import { basketAndMore, basketKind } from '../reorder/baskets.ts';

export interface IntentUnderstanding {
  readonly kind: 'intent';
  readonly intent: string;
  readonly slots: Record<string, string>;
  readonly oneShot: boolean;
  /** A second request said in the same breath ("… and tell me the total"), to do after this one. */
  readonly then?: IntentUnderstanding;
}

export type Understanding = { kind: 'launch' } | IntentUnderstanding;


/** Words that point back at the thing just named: "two of them". */
const THOSE: ReadonlySet<string> = new Set(['them', 'those', 'these']);

/**
 * An amount said after the thing, on its own: after words that take something back ("milk,
 * actually three of them") or as a count of it ("pringles, two of them"): the words before it and that amount.
 */
/** What "make it", "make that" point back at. */
const POINTED_AT: ReadonlySet<string> = new Set(['it', 'that', 'them', 'those']);

function amountSaidAgain(request: readonly string[]): { before: string[]; quantity: number; unit: string | null } | undefined {
  const text = request.join(' ');
  const repair = selfRepairIn(text);
  if (repair === undefined || repair.index === 0) {
    // "Instant potatoes, make it three boxes": the amount of the thing just named, said again; "the
    // tomatoes, make it six" points at tomatoes there already, a change.
    const pointing = (request[0] === 'and' ? request[1] : request[0]) === 'the';
    const make = pointing ? -1 : request.findIndex((word, at) => at > 0 && word === 'make' && POINTED_AT.has(request[at + 1] ?? ''));
    const restated = make > 0 ? saidAgain(catalogWords(request.slice(make).join(' '))) : undefined;
    if (restated !== undefined && restated.quantity !== null && restated.product.length === 0) return { before: request.slice(0, make), quantity: restated.quantity, unit: restated.unit };
    // "Pringles, two of them", "lemons, half a dozen of them", "mangoes, a few of them": the longest amount before "of them".
    // A vague amount read as a number took its "of" with it ("a couple of them" is "2 them").
    if (!THOSE.has(request.at(-1) ?? '')) return undefined;
    const of = request.at(-2) === 'of' ? request.length - 2 : request.length - 1;
    if (of < 2) return undefined;
    for (let start = 1; start < of; start++) {
      const counted = saidAgain(catalogWords(request.slice(start, of).join(' ')));
      if (counted.quantity !== null && counted.quantity > 0 && counted.product.length === 0) return { before: request.slice(0, start), quantity: counted.quantity, unit: counted.unit };
    }
    return undefined;
  }
  const again = saidAgain(catalogWords(text.slice(repair.end)));
  if (again.quantity === null || again.product.length > 0) return undefined;
  return { before: words(text.slice(0, repair.index)), quantity: again.quantity, unit: again.unit };
}

/** What follows "not" in a complaint about a thing, naming nothing in its place: "…is not what I asked for". */
const COMPLAINTS: readonly (readonly string[])[] = talkFor().complaints.map((phrase) => phrase.split(' '));

/** Words said before "make that" that take back what came before, and name nothing: "no, make that two pounds". */
const TAKING_BACK_WORDS: ReadonlySet<string> = new Set([...talkFor().refusals, ...talkFor().selfRepairs.flatMap((phrase) => phrase.split(' '))]);

/** The words before "make it" / "make that" that name a thing, when a request starts with them; undefined otherwise. */
function thingBeforeMake(request: readonly string[]): string | undefined {
  const make = request.findIndex((word, at) => at > 0 && word === 'make' && POINTED_AT.has(request[at + 1] ?? ''));
  const before = make < 0 ? [] : request.slice(0, make);
  // "Five limes, no, make that four" takes the amount back: no line is named to change.
  if (before.some((word) => TAKING_BACK_WORDS.has(word))) return undefined;
  const thing = before.filter((word) => !FUNCTION_WORDS.has(word));
  return thing.length === 0 ? undefined : thing.join(' ');
}

/** Intents the classifier may pick for their shape alone, and the words without which they were not said. */
const NEEDS_ITS_WORDS: Readonly<Record<string, (request: readonly string[]) => boolean>> = {
  [CORRECTION_INTENT]: takesSomethingBack,
  ReturnItemIntent: saysAReturn,
  OrderStatusIntent: saysAnOrder,
  ClearCartIntent: saysItAll,
  KeepItemIntent: saysToKeep,
};
/**
 * What the skill's last answer asked for, as Alexa's dialog remembers it: one slot of one intent
 * (Dialog.ElicitSlot), with the intent's slots already filled.
 */
export interface Eliciting {
  readonly intent: string;
  readonly slot: string;
  readonly slots: Readonly<Record<string, string>>;
}

export interface Context {
  readonly eliciting?: Eliciting | undefined;
}

export { FALLBACK_INTENT };

/** A sentence understood, with the score of the sample it matched and the match (none when it fell back). */
interface Parsed {
  readonly understanding: Understanding;
  readonly score?: number;
  readonly match?: Match;
}

/** Below this a best match is a guess, and saying "sorry?" beats doing the wrong thing. */
const MIN_SCORE = 0.5;
/** The intents a sentence's shape alone decides: a thing left out, an amount after a choice, a yes that restates. */
const REMOVE_INTENT = 'RemoveItemIntent' satisfies IntentName;
const REORDER_INTENT = 'ReorderIntent' satisfies IntentName;
const CHOOSE_INTENT = 'ChooseOptionIntent' satisfies IntentName;
const CHANGE_INTENT = 'ChangeQuantityIntent' satisfies IntentName;
const YES_INTENT = 'AMAZON.YesIntent' satisfies IntentName;
const UNDO_INTENT = 'UndoIntent' satisfies IntentName;
const HOLD_ON_INTENT = 'HoldOnIntent' satisfies IntentName;
const CHECKOUT_INTENT = 'CheckoutIntent' satisfies IntentName;
const CANCEL_INTENT = 'AMAZON.CancelIntent' satisfies IntentName;
/** Words that agree before a restating of what was asked ("yes, cancel it"). */
const AGREEING: ReadonlySet<string> = new Set(['yes', 'yeah', 'yep', 'yup', 'sure']);
/** Verbs a request to change the cart starts with, after a yes: "sure, throw in some bananas", "okay, take off the milk". */
const REQUEST_VERBS: ReadonlySet<string> = new Set([...talkFor().commands, 'put', 'throw', 'toss', 'get', 'grab', 'take', 'make', 'remove', 'plus', 'also']);
/** Words said first that take back or pause before what comes next: "actually", "no wait". */
const REPAIR_LEADS: ReadonlySet<string> = new Set(['actually', 'wait', 'no', 'nope', 'sorry', 'oops', 'oh', 'hmm', 'um', 'well']);
/** Verbs that begin a change to the cart said in full, never a kind or an amount of a thing ("make it two"). */
const CHANGE_VERBS: ReadonlySet<string> = new Set(['add', 'put', 'throw', 'toss', 'get', 'grab', 'take', 'remove']);
/** Things in general: "a few things" says how many errands, not how many of a product. */
const ERRANDS: ReadonlySet<string> = new Set(talkFor().errands);
/** The words that leave a thing out ("but no", "except"), longest first so "except for" is found whole. */
const EXCLUDING: readonly (readonly string[])[] = talkFor()
  .excluding.map((phrase) => phrase.split(' '))
  .sort((a, b) => b.length - a.length);
/** The words that leave a thing out only after a basket asked for ("my usual, we don't need milk"). */
const EXCLUDING_AFTER_A_BASKET: readonly (readonly string[])[] = talkFor().excludingAfterABasket.map((phrase) => phrase.split(' '));

/**
 * Where a request leaves a thing out: "but no bread" said alone, or "reorder my usual but no bread"
 * after the words that ask for a basket: the words before, and the thing left out.
 */
function leftOutThing(request: readonly string[]): { before: string[]; thing: string[] } | undefined {
  for (let at = 0; at < request.length - 1; at++) {
    const saying = (words: readonly string[]): boolean => words.every((word, k) => request[at + k] === word);
    const phrase = EXCLUDING.find(saying) ?? (at > 0 ? EXCLUDING_AFTER_A_BASKET.find(saying) : undefined);
    if (phrase === undefined) continue;
    // "Hold the bananas" and "but no bananas" leave out the same thing.
    // "But no bananas this time": when is no part of the thing.
    const said = withoutWhen(request.slice(at + phrase.length));
    const thing = said[0] === 'the' || said[0] === 'any' ? said.slice(1) : said;
    if (thing.length > 0) return { before: request.slice(0, at), thing };
  }
  return undefined;
}

/** When a thing is left out for, said after it ("this time", "today"): the language's words for when a list is for. */
const WHEN: readonly (readonly string[])[] = listWordsFor().when.map((phrase) => phrase.split(' '));

function withoutWhen(said: readonly string[]): string[] {
  const when = WHEN.find((phrase) => said.length > phrase.length && phrase.every((word, k) => said[said.length - phrase.length + k] === word));
  return when === undefined ? [...said] : said.slice(0, said.length - when.length);
}

/** What a stray content word costs when filling the slots of an intent already decided (see Matcher). */
const FILLING_STRAY_WORD = 2.5;
/** How sure the classifier must be that words it cannot place in the catalog ask to add something. */
const UNHEARD_OF_ITEM_LIKELIHOOD = 0.5;
/** The words between things in a list of them said bare: "some apples and a bag of pears". */
const LISTING_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'some', 'and', 'of', 'also', 'too', 'please']);
/** An intent the classifier finds likelier than all the others together is what was said, whatever words it leaves out. */
const SURE_OF_THE_INTENT = 0.5;
/**
 * An answer to a question for one slot needs only not to be something else: words that carry
 * other requests ("stop", "add eggs") score below it, and any other words are the answer.
 */
const MIN_ANSWER_SCORE = 0;

/**
 * Where the request has a content word that is neither a word of the sample nor in one of its
 * slots: "bed" in "go to bed" is no "ahead", however the alignment paired them.
 */
function wordsLeftOut(match: Match | undefined, request: readonly string[]): number[] {
  if (match === undefined) return request.map((_, at) => at);
  return request.flatMap((word, at) => (FUNCTION_WORDS.has(word) || match.matchedAt.includes(at) || inASlot(match, at) ? [] : [at]));
}

function inASlot(match: Match, at: number): boolean {
  return [...match.slots.values()].some((slot) => at >= slot.start && at < slot.end);
}

function phrasesOf(reader: SlotReader | undefined): ReadonlySet<string> {
  return reader === undefined || reader.kind === 'number' || reader.kind === 'four-digit' || reader.kind === 'ordinal' ? new Set() : reader.phrases;
}

/** What weighs a sentence's intent: the learned intent classifier (classifier.ts). */
export interface IntentWeigher {
  readonly labels: readonly string[];
  probabilities(words: readonly string[]): Float64Array;
  readonly rule: DecisionRule;
}

export interface NluOptions {
  /**
   * The learned intent classifier. When it is sure it decides the intent and the pattern matcher
   * only fills that intent's slots; when it is unsure, or without one, the matcher decides alone.
   */
  readonly classifier?: IntentWeigher | undefined;
  /** The intents, for what each does; the skill's own unless a store (or a test) adds to them. */
  readonly registry?: IntentRegistry;
}

/**
 * Understands typed or transcribed sentences the way the skill's interaction model describes
 * them: the intent as Alexa would resolve it, with its slots as Alexa would fill them. Whether
 * the request is something this store does is the skill's to judge, after the intent, the same
 * for every door.
 */
export interface Nlu {
  understand(text: string, context?: Context): Understanding;
  fit(request: readonly string[], intent: string): number | undefined;
}

export function createNlu(model: InteractionModel, options: NluOptions = {}): Nlu {
  return createNluFrom(nluTables(model), options);
}

/** The NLU from what it reads of a model (tables.ts), made now or kept from an earlier start. */
export function createNluFrom(tables: NluTables, options: NluOptions = {}): Nlu {
  const patterns = compilePatterns(tables);
  const readers = slotReaders(tables, patterns);
  const patternsOfIntent = new Map<string, Pattern[]>();
  for (const pattern of patterns) {
    const own = patternsOfIntent.get(pattern.intent);
    if (own === undefined) patternsOfIntent.set(pattern.intent, [pattern]);
    else own.push(pattern);
  }
  // Filling the slots of an intent decided compares the sentence with that intent's samples alone:
  // each intent's matcher is built when it is first asked about.
  const fillers = new Map<string, Matcher>();
  const fillerOf = (intent: string): Matcher => {
    let filler = fillers.get(intent);
    if (filler === undefined) {
      filler = new Matcher(patternsOfIntent.get(intent) ?? [], readers, { strayContentWord: FILLING_STRAY_WORD, carrierWordsAlone: true });
      fillers.set(intent, filler);
    }
    return filler;
  };
  // Built at the first sentence that needs them: the classifier decides most sentences, and
  // only an answer to a question needs the slots' own samples.
  let deciding: Matcher | undefined;
  const matcher = (): Matcher => (deciding ??= new Matcher(patterns, readers));
  const slotSamples = compileSlotSamples(tables);
  let slotAnswers: Map<string, Matcher> | undefined;
  const answerMatchers = (): Map<string, Matcher> =>
    (slotAnswers ??= new Map([...slotSamples].map(([key, samples]) => [key, new Matcher(samples, readers, { slotsAloneNeedAKnownWord: false })])));
  const listNames = phrasesOf(readers.get(LIST_TYPE));
  const units = phrasesOf(readers.get(UNIT_TYPE));
  const invocationName = words(tables.invocationName);
  const declared = new Set(tables.intents.map((intent) => intent.name));
  const { classifier } = options;
  const registry = options.registry ?? INTENTS;
  const adding = intentsWithEffect(registry, 'adds');
  const removing = intentsWithEffect(registry, 'removes');
  const itemIntents = new Set([...adding, ...removing]);
  const answering = intentsWithEffect(registry, 'answers');
  const changing = intentsThatChangeTheCart(registry);
  const singleChanges = intentsWithEffect(registry, 'changes');
  const openReaders = [PRODUCT_TYPE, LIST_TYPE, UNIT_TYPE].flatMap((type) => readers.get(type) ?? []);
  const knownToASlot = (word: string): boolean => openReaders.some((reader) => reader.kind === 'open' && knowsAWordOf(reader, [word]));
  /** Answers that pick something: an option, a code. */
  const picking = new Set(registry.filter((definition) => definition.answersAQuestion && definition.slots.length > 0).map((definition) => definition.name));
  /** Intents that answer a question about a thing named: "do you have …", "how much is …". */
  const askingAboutThings = new Set(registry.filter((definition) => definition.effect === 'answers' && definition.slots.some((slot) => slot.name === 'product')).map((definition) => definition.name));
  const answeringAQuestion = new Set(registry.filter((definition) => definition.answersAQuestion).map((definition) => definition.name));
  // The pairs a product name joins ("macaroni and cheese") matter only to a sentence with a word that joins items: found then.
  let pairs: ReadonlySet<string> | undefined;
  const itemKnowledge = {
    get pairs(): ReadonlySet<string> {
      return (pairs ??= namePairs(phrasesOf(readers.get(PRODUCT_TYPE))));
    },
    isUnit: (word: string) => units.has(word),
    addingIntents: adding,
    itemIntents,
  };
  const fallback = (oneShot: boolean): Understanding => ({ kind: 'intent', intent: FALLBACK_INTENT, slots: {}, oneShot });

  /** A list the shopper never named is more likely the end of the product: "add bagels from the bakery". */
  const placedWell = (request: readonly string[]) => (candidate: Match): boolean =>
    !namesAStrangePlace(candidate, request, listNames, itemIntents) && !skipsATakingOffVerb(candidate, request, adding);

  /** The things each intent asks for when they are not said (a product, a list name): a request without them is not whole. */
  const askedFor = new Map(
    registry.map((definition) => [definition.name, definition.slots.filter((slot) => slot.name in definition.elicits && slot.type !== 'AMAZON.NUMBER').map((slot) => slot.name)]),
  );

  /** Intents with a list slot, for a list named in words no sample has. */
  const naming = new Set(registry.filter((definition) => definition.slots.some((slot) => slot.name === 'list' && slot.type === LIST_TYPE)).map((definition) => definition.name));

  /**
   * "Not the paper towels", "oops, not the grapes": what follows a last "not" is all the thing turned
   * down, however a sample cut it into the thing meant and the thing rejected, and talk before it
   * ("oops", "wait") names no thing meant in its place. `slots` is changed to say so.
   */
  const turnedDown = (match: Match, request: readonly string[], slots: Record<string, string>): void => {
    const not = request.lastIndexOf('not');
    if (not < 0) return;
    const after = request.slice(not + 1);
    // "I meant three apples, not four": the amount turned down, not a thing; the apples, in the amount said first.
    if (after.length > 0 && after.every((word) => isNumberWord(word) || /^\d+$/.test(word)) && slots.product !== undefined) {
      const product = words(slots.product);
      const cut = product.lastIndexOf('not');
      if (cut > 0) slots.product = product.slice(0, cut).join(' ');
      slots.rejected = after.join(' ');
      return;
    }
    // "That grape jelly is not what I wanted": what comes after the "not" names nothing; the thing before it is turned down.
    if (COMPLAINTS.some((complaint) => complaint.every((word, at) => after[at] === word)) && slots.product !== undefined) {
      slots.rejected = slots.product;
      delete slots.product;
      return;
    }
    const first = after.findIndex((word) => !FUNCTION_WORDS.has(word));
    const thing = first < 0 ? '' : after.slice(first).join(' ');
    // Two slots cut one name apart ("paper" "towels") only where they are said one after the other; "the grapes, the apples" is two things.
    const [one, other] = [slots.product, slots.rejected].filter((value) => value !== undefined);
    if (one !== undefined && (thing === one || thing === `${one} ${other ?? ''}` || thing === `${other ?? ''} ${one}`)) {
      delete slots.product;
      slots.rejected = thing;
      return;
    }
    const product = match.slots.get('product');
    if (product !== undefined && slots.rejected !== undefined && product.end <= not && !product.tokens.some(knownToASlot)) delete slots.product;
  };

  /**
   * The slots the skill receives. "What's on my to do list": a list said at the end in words the
   * list slot does not know is skipped by the best sample, yet it is what the shopper named, and
   * the skill judges it.
   */
  const understood = (match: Match, request: readonly string[], oneShot: boolean): Parsed => {
    const slots = itemSlots(match, request, itemKnowledge);
    if (match.pattern.intent === CORRECTION_INTENT) turnedDown(match, request, slots);
    // "The broccoli, make that two bunches": the thing named before "make that" is the line to change,
    // never whatever a question waiting asks about.
    const swallowed = slots.product === undefined || words(slots.product).includes('make');
    const named = match.pattern.intent === CHANGE_INTENT && swallowed ? thingBeforeMake(request) : undefined;
    if (named !== undefined) slots.product = named;
    // "One two four six eight": a code is every number said, never four of five; anything else is asked again.
    if (match.pattern.intent === VOICE_CODE_INTENT && slots.code !== undefined && voiceCodeSaid(request.join(' ')) !== slots.code) delete slots.code;
    // "I need a few things", "some groceries for the weekend": the errand, not a thing to add, nor an amount of the next one.
    const errandOnly = slots.product === undefined || namesOnlyTheErrand(words(slots.product), (word) => FUNCTION_WORDS.has(word));
    if (adding.has(match.pattern.intent) && errandOnly && request.some((word) => ERRANDS.has(word))) {
      delete slots.product;
      delete slots.quantity;
      delete slots.unit;
    }
    const trailing = slots.list === undefined && naming.has(match.pattern.intent) ? splitTrailingList(request) : undefined;
    if (trailing?.list !== undefined && trailing.determined) slots.list = trailing.list;
    return { understanding: { kind: 'intent', intent: match.pattern.intent, slots, oneShot }, score: match.score, match };
  };

  /**
   * The best sample of one intent for the request, which fills that intent's slots. Some content
   * word of the sample must have been said, or, for a sample without one, every slot filled and
   * some word said ("hmm" is no "do it", and a bare "paper towels" with nothing asked is no
   * "{product} too"); "{choice}" alone needs only its number.
   */
  const bestFit = (request: readonly string[], intent: string): Match | undefined => {
    if (!declared.has(intent)) return undefined;
    const accept = placedWell(request);
    const saysTheSample = (candidate: Match): boolean => {
      const { contentWords, slotCount, elements } = candidate.pattern;
      if (contentWords.length > 0) return candidate.matchedContent > 0;
      return candidate.slots.size === slotCount && (elements.length === slotCount || candidate.matchedAt.length > 0);
    };
    return fillerOf(intent).best(request, -Infinity, (candidate) => accept(candidate) && saysTheSample(candidate));
  };
  /**
   * An add said in a sample's own words ("add …", "put … on my list") whose thing is all words the
   * catalog knows: shopping, whatever else the words are used for.
   */
  const catalogAdd = (request: readonly string[]): Match | undefined => {
    for (const intent of adding) {
      const fit = wholeFit(request, intent);
      const product = fit?.slots.get('product');
      if (fit === undefined || product === undefined || fit.matchedContent === 0) continue;
      const things = product.tokens.filter((word) => !FUNCTION_WORDS.has(word) && !isNumberWord(word) && !units.has(word));
      if (things.length > 0 && things.every((word) => knownToASlot(word) && !sampleWords.has(word))) return fit;
    }
    return undefined;
  };
  /** The sample of the intent that fits best of those holding every word said. */
  const wholeFit = (request: readonly string[], intent: string): Match | undefined => {
    if (!declared.has(intent)) return undefined;
    const accept = placedWell(request);
    return fillerOf(intent).best(request, -Infinity, (candidate) => accept(candidate) && candidate.slots.size > 0 && wordsLeftOut(candidate, request).length === 0);
  };

  /**
   * "And some celery": the classifier hears an add, yet no sample fits, since the catalog knows no
   * word of the item. Alexa passes such words on to the skill, whose resolver says the store has
   * none; turned away here, the shopper would hear that this is not shopping. The sample must
   * account for every word said. So with a question about a thing ("do you have watermelon"),
   * whose sample says nothing but little words around the thing.
   */
  const lenientFillers = new Map<string, Matcher>();
  /** The best sample of an adding intent that takes any words for its item and leaves none out. */
  const lenientFit = (request: readonly string[], intent: string): Match | undefined => {
    let filler = lenientFillers.get(intent);
    if (filler === undefined) {
      const options = { strayContentWord: FILLING_STRAY_WORD, carrierWordsAlone: true, slotsAloneNeedAKnownWord: false };
      filler = new Matcher(patternsOfIntent.get(intent) ?? [], readers, options);
      lenientFillers.set(intent, filler);
    }
    const match = filler.best(request, -Infinity, placedWell(request));
    return match !== undefined && match.slots.size > 0 && wordsLeftOut(match, request).length === 0 ? match : undefined;
  };
  const unheardOfItem = (request: readonly string[], probabilities: Float64Array, fitOf: (label: string) => number | undefined): Match | undefined => {
    const likeliest = classifier === undefined ? undefined : rivalsOf(classifier.labels, probabilities, 1).intents[0];
    if (likeliest === undefined || likeliest.probability < UNHEARD_OF_ITEM_LIKELIHOOD) return undefined;
    const asksAboutAThing = askingAboutThings.has(likeliest.label);
    if (!adding.has(likeliest.label) && !asksAboutAThing) return undefined;
    // "Do I need sriracha?" asks; a product the model has never heard of is no reason to add it.
    if (!asksAboutAThing && opensAYesNoQuestion(request)) return undefined;
    if (fitOf(likeliest.label) !== undefined) return undefined;
    const fit = lenientFit(request, likeliest.label);
    return !asksAboutAThing || fit?.slots.has('product') === true ? fit : undefined;
  };
  /** Words of the skill's own talk: every word some sample says. */
  const sampleWords = new Set(patterns.flatMap((pattern) => pattern.contentWords));
  /** Words that only name things a slot knows (a product's, a unit's) and amounts, with "and" between: no word of the skill's talk. */
  const namesOnlyThings = (said: readonly string[]): boolean => {
    // "The wheat one" picks one of a kind: an answer, never a bare item.
    if (ONE_OF_A_KIND.has(said.at(-1) ?? '') || opensAQuestion(said)) return false;
    // "Cereal for the grandkids": who or what it is for names no thing and says no request.
    const request = withoutPurpose(said);
    // Only the little words of a list of things: "the yogurt should be two" says something of a thing.
    if (request.some((word) => FUNCTION_WORDS.has(word) && !LISTING_WORDS.has(word))) return false;
    const content = request.filter((word) => !LISTING_WORDS.has(word) && !isNumberWord(word));
    return content.length > 0 && content.every((word) => knownToASlot(word) && !sampleWords.has(word));
  };
  /**
   * "One melon", "a kiwi": the words left over are ones no sample and no slot has ever held, so
   * they say no talk of the skill's, and a thing named at the speaker that the catalog may not
   * carry is what they most likely are, when the classifier heard no more than an answer or talk.
   * The likeliest adding intent that holds every word hears them, and the store says whether it
   * sells it; a question never adds.
   */
  const strangeItem = (request: readonly string[], decided: Classification | undefined, match: Match | undefined, probabilities: Float64Array): Match | undefined => {
    if (classifier === undefined || opensAQuestion(request)) return undefined;
    // Only a bare amount ("make it one" names no thing besides), or an answer or a bit of talk the
    // classifier is not sure of ("one" of a choice, "um"), gives way: a change to the cart said in a strange verb stays one.
    const givesWay = (label: string, probability: number): boolean =>
      (singleChanges.has(label) && match?.slots.has('product') === false) || (answeringAQuestion.has(label) && probability < SURE_OF_THE_INTENT);
    if (decided !== undefined && !givesWay(decided.label, decided.probability)) return undefined;
    const strange = wordsLeftOut(match, request).flatMap((at) => {
      const word = request[at] ?? '';
      return FUNCTION_WORDS.has(word) ? [] : [word];
    });
    // With nothing decided, the strange words may come with a product's ("some dandy lion tea", the
    // recogniser's "dandy" a word no product has): still a thing named, at least one word strange.
    const knownToo = decided === undefined ? strange.some((word) => !knownToASlot(word)) : strange.every((word) => !knownToASlot(word));
    if (strange.length === 0 || !knownToo || strange.some((word) => sampleWords.has(word))) return undefined;
    const adder = rivalsOf(classifier.labels, probabilities, classifier.labels.length).intents.find(({ label }) => adding.has(label));
    const item = adder === undefined ? undefined : lenientFit(request, adder.label);
    // The item is the strange words and a product's words, never the skill's talk: "reshuffle that off the list" names nothing.
    // Something besides it says an item is meant (an amount, "a", "please"): a mumble alone ("blorp the flibbet") is no item.
    const product = item?.slots.get('product');
    const talk = (word: string): boolean => !FUNCTION_WORDS.has(word) && !strange.includes(word) && !knownToASlot(word);
    if (product === undefined || product.tokens.some(talk)) return undefined;
    return product.end - product.start < request.length ? item : undefined;
  };

  /**
   * "A bag of them little carrots", "some of them big tangerines": "them" said for "those" before
   * the thing, which no sample says; read as "the", so it is not "them" of what is there already.
   */
  const themAsThose = (request: readonly string[]): string[] => {
    const at = request.findIndex((word, k) => word === 'them' && request[k - 1] === 'of');
    const next = request[at + 1];
    const saysLittle = (word: string): boolean => FUNCTION_WORDS.has(word) || isNumberWord(word);
    const namesAThing = at >= 0 && next !== undefined && !saysLittle(next) && request.slice(at + 1).some((word) => !sampleWords.has(word) && !saysLittle(word));
    return namesAThing ? request.map((word, k) => (k === at ? 'the' : word)) : [...request];
  };

  /**
   * A turn-down said first: "nope, wrong nuggets" and "wrong one on the nuggets" turn the nuggets
   * down, as "not the nuggets" does; "wrong one, take the paper towels off" is the removal after it. Undefined otherwise, and
   * whatever else follows a "no" is read whole.
   */
  const requestAfterTurnDown = (request: readonly string[], oneShot: boolean): IntentUnderstanding | undefined => {
    const ends = request.map((_, at) => at).filter((at) => at > 0 && onlyTurnsDown(request.slice(0, at)));
    const end = ends.at(-1);
    if (end === undefined) return undefined;
    const rest = request.slice(end).filter((word, at) => at > 0 || (word !== 'the' && word !== 'one'));
    if (rest.length === 0) return undefined;
    // "Wrong one on the pretzels": what the turn-down is about, said after it.
    const about = ['on', 'for', 'with', 'of'].includes(rest[0] ?? '') ? rest.slice(1).filter((word) => word !== 'the') : undefined;
    if (request[end - 1] === 'wrong' || (about !== undefined && about.length > 0)) return { kind: 'intent', intent: CORRECTION_INTENT, slots: { rejected: (about ?? rest).join(' ') }, oneShot };
    const after = parse(rest, oneShot).understanding;
    return after.kind === 'intent' && removing.has(after.intent) ? after : undefined;
  };

  /**
   * "Add eggs, my daughter is baking a cake", "take the bananas off, my son is bringing some": a
   * clause saying why, after a change to the cart, can sound to the classifier like talk of something
   * else or a return. The change before it is what was asked; its thing,
   * said last, keeps the clause as Alexa's slot would, for the resolver to leave out.
   */
  const withReasonAfter = (request: readonly string[], oneShot: boolean): Parsed | undefined => {
    const asked = withoutReason([...request]);
    if (asked.length === request.length) return undefined;
    const heard = parse(asked, oneShot);
    const { understanding } = heard;
    if (understanding.kind !== 'intent' || !changing.has(understanding.intent) || understanding.slots.product === undefined) return undefined;
    const thingLast = words(understanding.slots.product).at(-1) === asked.at(-1);
    const product = thingLast ? [understanding.slots.product, ...request.slice(asked.length)].join(' ') : understanding.slots.product;
    return { ...heard, understanding: { ...understanding, slots: { ...understanding.slots, product } } };
  };

  /** The request on its own, with the score of the sample it matched (none when it fell back). */
  const parse = (request: readonly string[], oneShot: boolean): Parsed => {
    if (request.length === 0) return { understanding: fallback(oneShot) };
    // "Add milk, actually three of them": an add, then its amount said again, adds that amount of it;
    // the amount alone would sound like a change to whatever went in before.
    const again = amountSaidAgain(request);
    if (again !== undefined) {
      const first = parse(again.before, oneShot);
      const { understanding } = first;
      if (understanding.kind === 'intent' && adding.has(understanding.intent) && understanding.slots.product !== undefined) {
        // Of several things ("sourdough and bananas, six of them") the count may be the last one's,
        // or all of one thing's ("mac and cheese"): said after the words, the resolver reads it with the item it ends.
        if (words(understanding.slots.product).includes('and')) {
          const count = request.slice(again.before.length).join(' ');
          return { ...first, understanding: { ...understanding, slots: { ...understanding.slots, product: `${understanding.slots.product} ${count}` } } };
        }
        const amount = { quantity: String(again.quantity), ...(again.unit === null ? {} : { unit: again.unit }) };
        return { ...first, understanding: { ...understanding, slots: { ...understanding.slots, ...amount } } };
      }
    }
    if (classifier !== undefined) {
      const fits = new Map<string, Match | undefined>();
      const fitOf = (label: string): number | undefined => {
        if (!fits.has(label)) fits.set(label, bestFit(request, label));
        return fits.get(label)?.score;
      };
      const probabilities = classifier.probabilities(request);
      const decided = decide(classifier.labels, probabilities, classifier.rule, fitOf);
      if (decided?.label === OUT_OF_DOMAIN) {
        // "Add a package of cookies": a word the classifier learned from other errands ("where's my
        // package") does not make an add of things the catalog knows, every word a sample holds, none.
        const added = catalogAdd(request);
        if (added !== undefined) return understood(added, request, oneShot);
        return withReasonAfter(request, oneShot) ?? { understanding: fallback(oneShot) };
      }
      if (decided === undefined || !changing.has(decided.label)) {
        const asked = withReasonAfter(request, oneShot);
        if (asked !== undefined) return asked;
      }
      // "And some clementines, my grandson just gobbles them up" may sound like taking them off: a
      // reason that turns nothing down ("we don't need it", "we have plenty") leaves the add said before it.
      if (decided !== undefined && removing.has(decided.label) && !turnsDownInTheReason(request)) {
        const asked = withReasonAfter(request, oneShot);
        if (asked?.understanding.kind === 'intent' && adding.has(asked.understanding.intent)) return asked;
      }
      const unheardOf = unheardOfItem(request, probabilities, fitOf);
      if (unheardOf !== undefined) return understood(unheardOf, request, oneShot);
      const match = decided === undefined ? undefined : fits.get(decided.label);
      const strange = strangeItem(request, decided, match, probabilities);
      if (strange !== undefined) return understood(strange, request, oneShot);
      /** The likeliest intent that adds, if a sample of it fits (and, when asked, holds every word said). */
      const adderFit = (holdingEveryWord = false): Match | undefined => {
        // The skill's own talk is no part of a thing to add: "no make that three lemons" is no product;
        // "the plain kind" after a thing says which kind of it, as the resolver reads it.
        const holdsTalk = (fit: Match | undefined): boolean =>
          fit?.slots.get('product')?.tokens.some((word) => sampleWords.has(word) && !FUNCTION_WORDS.has(word) && !isNumberWord(word) && !knownToASlot(word) && !ONE_OF_A_KIND.has(word)) === true;
        const adder = rivalsOf(classifier.labels, probabilities, classifier.labels.length).intents.find(
          ({ label }) =>
            adding.has(label) && fitOf(label) !== undefined && !holdsTalk(fits.get(label)) && (!holdingEveryWord || wordsLeftOut(fits.get(label), request).length === 0),
        );
        return adder === undefined ? undefined : fits.get(adder.label);
      };
      // "Cereal and granola" said bare: nothing but things' names, no word of any request. Hearing no
      // verb, the classifier spreads its guess (taking off, trading back); the likeliest intent that adds them, holding every word, is what was said.
      if ((decided === undefined || (!adding.has(decided.label) && decided.probability < SURE_OF_THE_INTENT)) && namesOnlyThings(request)) {
        const added = adderFit(true);
        if (added !== undefined) return understood(added, request, oneShot);
      }
      // "Do I need brownies?" can sound like "I need brownies" to the classifier: a yes/no question
      // never changes the cart, so it is the likelier of the intents that answer one, if a sample of it fits.
      if (match !== undefined && changing.has(match.pattern.intent) && opensAYesNoQuestion(request)) {
        const asking = rivalsOf(classifier.labels, probabilities, classifier.labels.length).intents.find(({ label }) => answering.has(label) && fitOf(label) !== undefined);
        const asked = asking === undefined ? undefined : fits.get(asking.label);
        if (asked !== undefined) return understood(asked, request, oneShot);
      }
      // "Let me see now, I need some pears" may sound to the classifier like "let me see my list":
      // wanting said as a statement, no question opened, is an add.
      if (match !== undefined && answering.has(match.pattern.intent) && saysItIsWanted(request) && !opensAQuestion(request) && !opensAYesNoQuestion(request)) {
        // Only things are wanted: "I need the price of milk" asks, its "price" a word of the skill's samples.
        const added = adderFit();
        const things = added?.slots.get('product')?.tokens.filter((word) => !FUNCTION_WORDS.has(word) && !isNumberWord(word)) ?? [];
        if (added !== undefined && things.every((word) => !sampleWords.has(word))) return understood(added, request, oneShot);
      }
      // A correction takes something back in words ("no", "I said"), a return names a return or a fault ("send back", "spoiled"):
      // without them, the likeliest other intent that fits is what was said ("the sourdough kind" chooses).
      const saysItsWords = (intent: string): boolean => NEEDS_ITS_WORDS[intent]?.(request) ?? true;
      if (match !== undefined && !saysItsWords(match.pattern.intent)) {
        const rivals = rivalsOf(classifier.labels, probabilities, classifier.labels.length);
        // "I need a half gallon of milk, the regular kind" wants the milk: never its removal.
        const wanted = saysItIsWanted(request);
        const others = rivals.intents.filter(({ label }) => label !== match.pattern.intent && saysItsWords(label) && fitOf(label) !== undefined && !(wanted && removing.has(label)));
        // One that holds every word said goes first ("one avocado" adds one, it changes no amount of the avocado left out).
        const other = others.find(({ label }) => wordsLeftOut(fits.get(label), request).length === 0) ?? others[0];
        // Without its words, "what time is it" is no question about the order: when none of the
        // shopping intents left is as likely as a sentence that is none of the skill's business, it is that.
        if (rivals.outOfDomain > (other?.probability ?? 0)) return { understanding: fallback(oneShot) };
        const instead = other === undefined ? undefined : fits.get(other.label);
        if (instead !== undefined) return understood(instead, request, oneShot);
      }
      // "I need two pounds of apples" may sound to the classifier like "I just need two": wanting, with nothing
      // limiting the amount or taking something back, adds.
      const wantsMore = saysItIsWanted(request) && !limitsTheAmount(request) && !takesSomethingBack(request);
      if (match !== undefined && singleChanges.has(match.pattern.intent) && wantsMore) {
        const added = adderFit();
        if (added !== undefined) return understood(added, request, oneShot);
      }
      // "Also drop the kitten food" may sound to the classifier like "also the kitten food": a verb
      // that takes things off, said before the thing, makes no add; the likeliest removal that holds every word does.
      const thing = match?.slots.get('product');
      if (match !== undefined && thing !== undefined && adding.has(match.pattern.intent) && saysToTakeOff(request, thing.start)) {
        const removal = rivalsOf(classifier.labels, probabilities, classifier.labels.length).intents.find(({ label }) => removing.has(label) && wholeFit(request, label) !== undefined);
        const removed = removal === undefined ? undefined : wholeFit(request, removal.label);
        if (removed !== undefined) return understood(removed, request, oneShot);
      }
      // "I need pears and three boxes of coffee" may sound to the classifier like "I don't need…": wanting, never turned around, adds.
      if (match !== undefined && removing.has(match.pattern.intent) && saysItIsWanted(request)) {
        const added = adderFit();
        if (added !== undefined) return understood(added, request, oneShot);
      }
      // "How much is the second one?" while a choice waits asks about an option; it does not pick one.
      if (match !== undefined && picking.has(match.pattern.intent) && opensAQuestion(request)) return { understanding: fallback(oneShot) };
      // Several amounts ("two packs of milk and three pounds of apples") are several items: a change
      // to one line is no reading of them, and the likeliest intent that adds them is.
      if (match !== undefined && singleChanges.has(match.pattern.intent) && amountStarts(request, (word) => units.has(word)) >= 2) {
        const added = adderFit();
        if (added !== undefined) return understood(added, request, oneShot);
      }
      // "Two apples" heard as "{choice}" leaves "apples" unaccounted for: the likeliest other intent
      // whose sample holds that word in a slot, and leaves nothing out, is what was said.
      const leftOut = wordsLeftOut(match, request);
      if (match !== undefined && decided !== undefined && leftOut.length > 0) {
        // Only words a slot knows (a product's, a list's, a unit's) count as held: any words at all
        // fit an open slot ("the quick brown fox" is no product to add).
        const known = leftOut.every((at) => knownToASlot(request[at] ?? ''));
        // "Two pounds of apples" heard as "make it two pounds", with the apples left over: a change of
        // the amount of what is there names no other thing, so a thing named besides it is to add.
        if (known && singleChanges.has(match.pattern.intent) && !match.slots.has('product')) {
          const added = adderFit(true);
          if (added !== undefined) return understood(added, request, oneShot);
        }
        // "Bananas and a gallon of milk": the sample with an amount fits the last item best and
        // leaves the first unsaid; a sample of the same adding intent that holds every word keeps both.
        if (known && adding.has(match.pattern.intent)) {
          const whole = wholeFit(request, match.pattern.intent);
          if (whole !== undefined) return understood(whole, request, oneShot);
        }
        const explains = (label: string): boolean => {
          const fit = fitOf(label) === undefined ? undefined : fits.get(label);
          return known && fit !== undefined && wordsLeftOut(fit, request).length === 0 && leftOut.every((at) => inASlot(fit, at));
        };
        // A yes/no question ("do I need sriracha") is never covered by a change to the cart, nor
        // anything by an intent without its words ("one lemon" corrects nothing). An
        // answer to a question ("four" of a choice) that leaves out a word the catalog knows was no
        // answer: then how likely the classifier finds the intent that holds every word does not matter.
        const asks = opensAYesNoQuestion(request);
        const least = answeringAQuestion.has(decided.label) ? 0 : classifier.rule.threshold;
        // Of the intents that hold every word, the one the decision rule weighs highest: how likely, and how closely a sample fits.
        const weighed = ({ label, probability }: { label: string; probability: number }): number => Math.log(probability) + classifier.rule.fitWeight * (fitOf(label) ?? 0);
        const covering = rivalsOf(classifier.labels, probabilities, classifier.labels.length)
          .intents.filter(({ label, probability }) => label !== decided.label && probability >= least && !(asks && changing.has(label)) && saysItsWords(label) && explains(label))
          .reduce<{ label: string; probability: number } | undefined>((best, rival) => (best === undefined || weighed(rival) > weighed(best) ? rival : best), undefined);
        const better = covering === undefined ? undefined : fits.get(covering.label);
        if (better !== undefined) return understood(better, request, oneShot);
        // An answer without slots ("go ahead", "no thanks") is a closed phrase: a word said that it
        // does not have ("go to bed") makes the sentence something else, and a "yes" must be explicit.
        if (match.pattern.slotCount === 0 && answeringAQuestion.has(match.pattern.intent)) return { understanding: fallback(oneShot) };
      }
      if (match !== undefined) return understood(match, request, oneShot);
    }
    // Without the classifier's word, an intent that needs its words is still never heard without them.
    const placed = placedWell(request);
    const match = matcher().best(request, MIN_SCORE, (candidate) => placed(candidate) && (NEEDS_ITS_WORDS[candidate.pattern.intent]?.(request) ?? true));
    if (match === undefined) return { understanding: fallback(oneShot) };
    if (match.matchedContent === 0 && match.pattern.contentWords.length > 0) return { understanding: fallback(oneShot) };
    return understood(match, request, oneShot);
  };

  /**
   * A part of a sentence that is a request of its own: it opens with its intent's own words ("tell
   * me…", "take off…", "what's…"), fills every slot its sample has, and leaves no word out. "Whole
   * milk on my list" opens with a product, and a bare "and add" says nothing to add: each finishes
   * the request it is part of rather than making one.
   */
  const standsAlone = (parsed: Parsed, part: readonly string[]): parsed is Parsed & { understanding: IntentUnderstanding; match: Match } => {
    const { match } = parsed;
    if (match === undefined || !match.matchedAt.includes(0) || inASlot(match, 0)) return false;
    const { understanding } = parsed;
    const whole = understanding.kind === 'intent' && (askedFor.get(understanding.intent) ?? []).every((slot) => understanding.slots[slot] !== undefined);
    return whole && match.slots.size === match.pattern.slotCount && wordsLeftOut(match, part).length === 0;
  };

  /**
   * "Put in cereal and tell me the total": two requests joined by "and" or "then", each in its own
   * words for what to do, for different intents. Alexa hears one intent in an utterance; typed or
   * transcribed, both are done, in order. Items joined by "and" ("take off the milk and the
   * bread") are one request: the second part names no doing of its own.
   */
  const twoRequests = (request: readonly string[], oneShot: boolean, whole: Understanding): IntentUnderstanding | undefined => {
    for (let at = 1; at < request.length - 1; at++) {
      const word = request[at];
      if (word !== 'and' && word !== 'then') continue;
      const left = request.slice(0, at);
      const right = request.slice(request[at + 1] === 'then' ? at + 2 : at + 1);
      if (right.length === 0) continue;
      const first = parse(left, oneShot);
      if (!standsAlone(first, left)) continue;
      const second = parse(right, oneShot);
      if (!standsAlone(second, right) || second.understanding.intent === first.understanding.intent) continue;
      // "Open my grocery list and add milk" is one request that says where: read whole, it keeps all either part said.
      const parts = [first.understanding, second.understanding];
      const carries = (part: IntentUnderstanding): boolean => whole.kind === 'intent' && Object.entries(part.slots).every(([slot, value]) => whole.slots[slot] === value);
      if (whole.kind === 'intent' && parts.some((part) => part.intent === whole.intent) && parts.every(carries)) return undefined;
      // "Add everything bagels, and the plain ones": a kind said after "and" is one more, never which kind the first was.
      const then = second.understanding.intent === CHOOSE_INTENT && word === 'and' ? withAddingWordKept(second.understanding, `and ${right.join(' ')}`) : second.understanding;
      const next = then.kind === 'intent' ? then : second.understanding;
      // "Yep, and a dozen eggs" to "should I place the order?": a yes given with a change is to what
      // is no longer there. The change is what was said; the order (or basket) is asked about again.
      if (first.understanding.intent === YES_INTENT && changing.has(next.intent)) return next;
      return { ...first.understanding, then: next };
    }
    return undefined;
  };

  /**
   * "The first one, two cans": an option chosen, then an amount of it said alone, which no sample of
   * a choice holds: the choice, and then that amount as a change to what it added.
   */
  const amountAfterChoice = (request: readonly string[], oneShot: boolean): IntentUnderstanding | undefined => {
    for (let at = 1; at < request.length; at++) {
      const amount = saidAgain(catalogWords(request.slice(at).join(' ')));
      if (amount.quantity === null || amount.unit === null || amount.product.length > 0) continue;
      const chosen = parse(request.slice(0, at), oneShot).understanding;
      if (chosen.kind !== 'intent' || chosen.intent !== CHOOSE_INTENT || chosen.slots.choice === undefined) return undefined;
      return { ...chosen, then: { kind: 'intent', intent: CHANGE_INTENT, slots: { quantity: String(amount.quantity), unit: amount.unit }, oneShot } };
    }
    return undefined;
  };

  /** The request as the answer to the slot being asked for, if the slot's own samples fit it. */
  const answer = (request: readonly string[], eliciting: Eliciting): Parsed | undefined => {
    const match = answerMatchers().get(slotKey(eliciting.intent, eliciting.slot))?.best(request, MIN_ANSWER_SCORE);
    if (match?.slots.get(eliciting.slot)?.value === undefined) return undefined;
    const slots = { ...eliciting.slots, ...itemSlots(match, request, itemKnowledge) };
    return { understanding: { kind: 'intent', intent: eliciting.intent, slots, oneShot: false }, score: match.score };
  };

  return {
    /** How well the request fits the intent's best sample (undefined when none has its shape): for choosing the decision rule. */
    fit(request: readonly string[], intent: string): number | undefined {
      return bestFit(request, intent)?.score;
    },
    /**
     * With a slot being asked for, the sentence is first heard as its answer, as Alexa does: unless
     * it is something else said at least as plainly ("stop", "yes", "add eggs"), which it then is.
     */
    understand(text: string, context: Context = {}): Understanding {
      return READINGS.reduce((understood, reading) => reading(understood, text), understandRequest(text, context));
    },
  };

  /**
   * "I said three cans of soup but I meant two": what was said first, and what was meant of it, an
   * amount (its amount changes) or another thing (traded for it); never the line added last.
   */
  function saidButMeant(request: readonly string[], oneShot: boolean): IntentUnderstanding | undefined {
    const [, saidFirst, meantInstead] = SAID_BUT_MEANT.exec(request.join(' ')) ?? [];
    if (saidFirst === undefined || meantInstead === undefined) return undefined;
    const first = splitAmount(catalogWords(saidFirst));
    const meant = saidAgain(catalogWords(meantInstead));
    if (first.product.length === 0) return undefined;
    if (meant.quantity !== null && meant.product.length === 0) {
      const unit = meant.unit ?? first.unit;
      return { kind: 'intent', intent: CHANGE_INTENT, slots: { product: first.product.join(' '), quantity: String(meant.quantity), ...(unit === null ? {} : { unit }) }, oneShot };
    }
    return meant.product.length > 0 ? { kind: 'intent', intent: CORRECTION_INTENT, slots: { rejected: first.product.join(' '), product: meantInstead }, oneShot } : undefined;
  }

  /** "I'd like three pounds of bananas, not two": the amount the thing should be, the one there turned down, is a change of its amount, never more of it added. */
  function amountTurnedDown(request: readonly string[], oneShot: boolean): IntentUnderstanding | undefined {
    const [, amountSaid, notAmount] = AMOUNT_TURNED_DOWN.exec(request.join(' ')) ?? [];
    if (amountSaid === undefined || notAmount === undefined || !(isNumberWord(notAmount) || /^\d/.test(notAmount))) return undefined;
    const wanted = parse(words(amountSaid), oneShot).understanding;
    const amountOfAThing = wanted.kind === 'intent' && adding.has(wanted.intent) && wanted.slots.quantity !== undefined && wanted.slots.product !== undefined;
    return amountOfAThing ? { ...wanted, intent: CHANGE_INTENT } : undefined;
  }

  /** "Add whole milk, scratch that": the add, the taking back kept in its product (see withWithdrawalKept), however the classifier hears "scratch that". */
  function addTakenBack(request: readonly string[], oneShot: boolean): IntentUnderstanding | undefined {
    const withdrawnFrom = withdrawn(request);
    const takenBack = withdrawnFrom === undefined || withdrawnFrom.length === 0 ? undefined : parse(withdrawnFrom, oneShot).understanding;
    return takenBack?.kind === 'intent' && adding.has(takenBack.intent) && takenBack.slots.product !== undefined ? takenBack : undefined;
  }

  /**
   * "No, not four, I said for, I mean, make it six of them": after turning amounts down, the amount
   * said last, restated, is what was meant of the thing just added. Only when nothing is named
   * before it: "five limes, no, make that four" adds four limes.
   */
  function amountSaidLast(request: readonly string[], oneShot: boolean): IntentUnderstanding | undefined {
    const restatedAt = request.reduce((last, word, at) => (at > 0 && word === 'make' && POINTED_AT.has(request[at + 1] ?? '') ? at : last), -1);
    const before = request.slice(0, Math.max(restatedAt, 0));
    const namesNothing = before.every((word) => isNumberWord(word) || TAKING_BACK_WORDS.has(word) || FUNCTION_WORDS.has(word) || !knownToASlot(word));
    if (!before.some((word) => TAKING_BACK_WORDS.has(word)) || !namesNothing) return undefined;
    const restated = parse(request.slice(restatedAt), oneShot).understanding;
    return restated.kind === 'intent' && restated.intent === CHANGE_INTENT && restated.slots.quantity !== undefined && restated.slots.product === undefined ? restated : undefined;
  }

  /**
   * "Actually add coffee", "no wait, put in some coffee": that change; "actually" alone before a thing
   * ("actually coffee") trades it. "Actually two of the bottled water" is how much of the water there
   * should be, never two more of it.
   */
  function changeAfterARepair(request: readonly string[], oneShot: boolean): IntentUnderstanding | undefined {
    const repairEnd = request.findIndex((word) => !REPAIR_LEADS.has(word));
    if (repairEnd <= 0) return undefined;
    const rest = request.slice(repairEnd);
    const ofTheLine = isNumberWord(rest[0] ?? '') && rest[1] === 'of' && rest[2] === 'the';
    if (!CHANGE_VERBS.has(rest[0] ?? '') && !ofTheLine) return undefined;
    const change = parse(rest, oneShot).understanding;
    if (change.kind !== 'intent' || !changing.has(change.intent) || Object.keys(change.slots).length === 0) return undefined;
    return ofTheLine && adding.has(change.intent) && change.slots.quantity !== undefined ? { ...change, intent: CHANGE_INTENT } : ofTheLine ? undefined : change;
  }

  function understandRequest(text: string, context: Context): Understanding {
    const invocation = readInvocation(meaningfulWords(withoutThinkingAloud(text)), invocationName);
    if (invocation.kind === 'launch') return { kind: 'launch' };
    const oneShot = invocation.kind === 'one-shot';
    const request = themAsThose(amountsAsNumbers(oneShot ? meaningfulWords(invocation.request.join(' ')) : invocation.request, (word) => units.has(word)));
    // "Nope, not that one", "no, that's the wrong one": a no that names nothing to add in its place.
    if (onlyTurnsDown(request)) return { kind: 'intent', intent: NO_INTENT, slots: {}, oneShot };
    // "Yes sure", "sure why not", "yeah that's fine": a yes said more than one way is still a yes.
    if (onlyAgrees(request)) return { kind: 'intent', intent: YES_INTENT, slots: {}, oneShot };
    const afterTurnDown = requestAfterTurnDown(request, oneShot);
    if (afterTurnDown !== undefined) return afterTurnDown;
    // A request that says again what was meant ("I said … but I meant …", "not two", "…, scratch that", "actually add …").
    const meant = saidButMeant(request, oneShot) ?? amountTurnedDown(request, oneShot) ?? addTakenBack(request, oneShot) ?? amountSaidLast(request, oneShot) ?? changeAfterARepair(request, oneShot);
    if (meant !== undefined) return meant;
    // "But no bread", "and no leeks": a thing left out is taken off (out of a basket offered, out of
    // the cart), never added; after a basket asked for ("my usual but no bread"), once it is offered.
    const excluded = leftOutThing(request);
    if (excluded !== undefined) {
      // "My regular order but no coffee this time, plus some butter": what follows the join is more to bring, never left out.
      const joinAt = excluded.thing.findIndex((word, at) => at > 0 && (word === 'plus' || (word === 'and' && excluded.thing[at + 1] === 'also')));
      const thing = joinAt < 0 ? excluded.thing : withoutWhen(excluded.thing.slice(0, joinAt));
      const more = joinAt < 0 ? [] : excluded.thing.slice(joinAt + (excluded.thing[joinAt] === 'plus' ? 1 : 2));
      const removal: IntentUnderstanding = { kind: 'intent', intent: REMOVE_INTENT, slots: { product: thing.join(' ') }, oneShot };
      // "Ok but minus the milk": the word that joins them is no part of what comes before.
      const joined = excluded.before.at(-1) === 'but' || excluded.before.at(-1) === 'and';
      const before = joined ? excluded.before.slice(0, -1) : excluded.before;
      // "Actually no, never mind the ice cream": words that take a thing off of themselves say better what goes.
      const alone = before.length === 0 ? parse(excluded.thing, oneShot).understanding : undefined;
      if (alone?.kind === 'intent' && alone.intent === REMOVE_INTENT) return alone;
      if (before.length === 0) return removal;
      const basket = parse(before, oneShot).understanding;
      if (basket.kind === 'intent' && basket.intent === REORDER_INTENT) {
        const withMore = more.length === 0 ? basket.slots : { ...basket.slots, list: `${basket.slots.list ?? (basketKind(before.join(' ')) === 'usual' ? 'usual' : 'last order')} plus ${more.join(' ')}` };
        return { ...basket, slots: withMore, then: removal };
      }
      // "My usual plus some yogurt, but skip the gum": the basket with more is offered, the gum left out of it.
      if (basket.kind === 'intent' && adding.has(basket.intent) && basketAndMore(basket.slots.product ?? '') !== undefined) return { ...basket, then: removal };
      // "Sure, minus the cream", "put all that in except the eggs" to a basket offered: the thing is
      // left out of it first, and the rest is offered again; the yes was to the basket without it.
      // "Put it all in except the milk" may sound like a checkout: nothing is bought for it, the milk comes out.
      if (basket.kind === 'intent' && (basket.intent === YES_INTENT || basket.intent === CHECKOUT_INTENT)) return removal;
    }
    // "Sure why not, throw in some bananas" to "should I place the order?": as with "yep, and a dozen
    // eggs", a yes said with a change to the cart was to what is no longer there; the change is what was said.
    // Only before words that begin a request ("throw in", "and", "add", "the"): "cool whip" and "great value milk" are names.
    const agreed = agreementBefore(request);
    const next = request[agreed] ?? '';
    const beginsARequest = FUNCTION_WORDS.has(next) || REQUEST_VERBS.has(next);
    const changeAfter = agreed > 0 && agreed < request.length && beginsARequest ? parse(request.slice(agreed), oneShot).understanding : undefined;
    if (changeAfter?.kind === 'intent' && changing.has(changeAfter.intent) && Object.keys(changeAfter.slots).length > 0) return changeAfter;
    // "Yes, cancel it" to "should I cancel your order?": a yes that says again what was asked, never a cancel of the question.
    const [first, ...rest] = request;
    const restated = first !== undefined && AGREEING.has(first) && rest.length > 0 ? parse(rest, oneShot).understanding : undefined;
    if (restated?.kind === 'intent' && restated.intent === CANCEL_INTENT) return { kind: 'intent', intent: YES_INTENT, slots: {}, oneShot };
    const heard = parse(request, oneShot);
    const amountAfter = heard.understanding.kind === 'intent' && heard.understanding.intent === CHOOSE_INTENT ? amountAfterChoice(request, oneShot) : undefined;
    if (amountAfter !== undefined) return amountAfter;
    // A one-shot opens a new session, where nothing has been asked.
    const answered = oneShot || context.eliciting === undefined ? undefined : answer(request, context.eliciting);
    if (answered !== undefined && (heard.score === undefined || (answered.score ?? 0) >= heard.score - 1e-9)) return answered.understanding;
    return twoRequests(request, oneShot, heard.understanding) ?? heard.understanding;
  }
}

/**
 * "Also skim" just after whole milk: the word that says it is one more thing stays in the product
 * heard, as Alexa's slot would keep it, so the skill can tell it from "skim" said to pick a kind.
 */
/**
 * "Add milk, scratch that": the words that take the request back stay in the product, as Alexa
 * hears them there, for the handler to do nothing with; the matcher may have left their "that" out.
 */
function withWithdrawalKept(understood: Understanding, text: string): Understanding {
  if (understood.kind !== 'intent' || understood.intent !== 'AddItemIntent' || understood.then !== undefined) return understood;
  const product = understood.slots.product;
  const said = catalogWords(text);
  const before = withdrawn(said);
  if (product === undefined || before === undefined || withdrawn(catalogWords(product)) !== undefined) return understood;
  const taking = said.slice(before.length);
  const kept = catalogWords(product).filter((word, at, all) => at < all.length - 1 || word !== taking[0]);
  return { ...understood, slots: { ...understood.slots, product: [...kept, ...taking].join(' ') } };
}

/** What the words say beyond the intent the sentence was heard as, each read in turn from the understanding and the text. */
const READINGS: readonly ((understood: Understanding, text: string) => Understanding)[] = [
  withAddingWordKept,
  withRefusalKept,
  withWithdrawalKept,
  withoutAListOfNoName,
  withOrdinalAsPlace,
  withTheUsualNamed,
  withPointingTurnedDown,
  withThingUndone,
  withPuttingIn,
  withUnsureYesHeld,
];

/**
 * "Alright, let me think", "okay hmm", "hmm, okay": a word of agreeing said while thinking, or with
 * a hesitation, is no yes to anything (an order least of all), however it was heard: the shopper is given time.
 */
function withUnsureYesHeld(understood: Understanding, text: string): Understanding {
  if (understood.kind !== 'intent' || understood.intent !== YES_INTENT || !saysYesUnsure(text, meaningfulWords(text))) return understood;
  return { ...understood, intent: HOLD_ON_INTENT, slots: {} };
}

/** Verbs that put things in when "in" follows them, and may sound to the classifier like throwing out: "chuck in a baguette". */
const PUTTING_IN: ReadonlySet<string> = new Set(['chuck', 'stick', 'slip', 'bung', 'pop', 'throw', 'toss', 'drop']);

/** "Chuck in a baguette", "slip in some soap": a thing put in is added, however the classifier heard the verb. */
function withPuttingIn(understood: Understanding, text: string): Understanding {
  if (understood.kind !== 'intent' || understood.intent !== REMOVE_INTENT || understood.then !== undefined || understood.slots.product === undefined) return understood;
  const [verb, particle] = meaningfulWords(text);
  return PUTTING_IN.has(verb ?? '') && particle === 'in' ? { ...understood, intent: 'AddItemIntent' } : understood;
}

/** Words of a reason that say a thing is not wanted: "we don't need it", "we have plenty", "he's bringing some". */
const NOT_WANTED: ReadonlySet<string> = new Set(["don't", 'dont', 'not', 'no', 'never', 'enough', 'plenty', 'have', 'has', 'got', 'already', 'bringing', 'brought', 'bought', 'stop', 'stopped', 'anymore', 'without']);

/** Whether the reason said after the thing turns it down. */
function turnsDownInTheReason(request: readonly string[]): boolean {
  const reason = request.slice(withoutReason([...request]).length);
  return reason.some((word) => NOT_WANTED.has(word) || word.endsWith("n't"));
}

/** Words said around an answer that hesitate over it. */
const HESITATIONS: ReadonlySet<string> = new Set(['hmm', 'hm', 'um', 'umm', 'uh', 'uhh', 'er', 'erm', 'well', 'so', 'wait']);
/** Agreements that are a yes only when said plainly: "okay", not "hmm, okay". */
const LOOSE_AGREEMENTS: ReadonlySet<string> = new Set(['okay', 'alright', 'all', 'right', 'fine', 'sure', 'cool', 'mhm']);

/**
 * Whether words that only agree were said unsure: with thinking aloud ("alright, let me think"),
 * trailing off into a hesitation ("okay hmm", "yeah so"), or after one in the loosest words ("hmm,
 * okay", "well, alright"). "Um, yes" is a yes.
 */
function saysYesUnsure(text: string, agreeing: readonly string[]): boolean {
  if (withoutAsides(text) !== text) return true;
  const said = words(text);
  const agreedAt = said.findIndex((word) => !HESITATIONS.has(word));
  if (agreedAt < 0) return false;
  if (said.slice(agreedAt).some((word) => HESITATIONS.has(word))) return true;
  return agreedAt > 0 && agreeing.every((word) => LOOSE_AGREEMENTS.has(word));
}

/** "I said three cans of soup but I meant two", "I asked for pears but I wanted apples". */
const SAID_BUT_MEANT = /\bi (?:said|asked for|wanted|ordered|added|put in|put)\s+(.+?)\s+but\s+(?:i\s+)?(?:meant|mean|want|wanted|need|needed|said)\s+(.+)$/;

/** "Three pounds of bananas not two": an amount said, then the amount turned down. */
const AMOUNT_TURNED_DOWN = /^(.*\S)\s+not\s+(\S+)(?:\s+\S+)?$/;

/** "Not those, the granny smith ones": what was just added, pointed at and turned down, then the kind meant. */
const POINTED_AND_TURNED_DOWN = /\bnot\s+(?:those|these|them|that|this)(?:\s+ones?)?\s*,?\s+(?:the\s+)?([a-z][a-z' ]*?)(?:\s+(?:ones?|kind|kinds|instead|please))*\s*$/i;

/**
 * "Not those, the honey ones", "no, not that one, the green ones": the thing turned down is the one
 * just added, pointed at; what follows is the kind meant in its place, never a thing turned down
 * too. A correction to that kind, whatever the sample split into a thing rejected.
 */
function withPointingTurnedDown(understood: Understanding, text: string): Understanding {
  if (understood.kind !== 'intent' || understood.then !== undefined || (understood.intent !== CORRECTION_INTENT && understood.intent !== REMOVE_INTENT)) return understood;
  const meant = POINTED_AND_TURNED_DOWN.exec(words(text).join(' '))?.[1]?.trim();
  if (meant === undefined || meant === '' || words(meant).includes('and') || onlyPoints(meant)) return understood;
  return { ...understood, intent: CORRECTION_INTENT, slots: { product: meant } };
}

/** "Undo the sprite", "undo my eggs": what was added, named, comes off; "undo that" and "undo my last change" take back the last change. */
const UNDOING_A_THING = /^(?:\S+\s+)*?undo\s+(?:the|my|our|adding|adding the)\s+(?!last\b|change\b|step\b)(.+)$/;

function withThingUndone(understood: Understanding, text: string): Understanding {
  if (understood.kind !== 'intent' || understood.then !== undefined) return understood;
  // "Undo the bbq chips" may be heard as an add of everything said.
  const heardAsAnAdd = understood.intent === 'AddItemIntent' && words(understood.slots.product ?? '')[0] === 'undo';
  if (!heardAsAnAdd && (understood.slots.product !== undefined || (understood.intent !== UNDO_INTENT && understood.intent !== REMOVE_INTENT))) return understood;
  const thing = UNDOING_A_THING.exec(words(text).join(' '))?.[1];
  if (thing === undefined || onlyPoints(thing)) return understood;
  return { kind: 'intent', intent: REMOVE_INTENT, slots: { product: thing }, oneShot: understood.oneShot };
}

/**
 * "My usual please", "just my usual thanks": a reorder that names the usual, its slot left empty by
 * a sample that has none, asks for the usual basket, never the last order a reorder of nothing is.
 */
function withTheUsualNamed(understood: Understanding, text: string): Understanding {
  if (understood.kind !== 'intent' || understood.intent !== REORDER_INTENT || Object.keys(understood.slots).length > 0) return understood;
  return basketKind(words(text).join(' ')) === 'usual' ? { ...understood, slots: { list: 'usual' } } : understood;
}

/**
 * "The second one" picks by place, as Alexa's AMAZON.ORDINAL hears it, where "two" counts: with
 * nothing to choose from, a place is no amount of what was just added.
 */
function withOrdinalAsPlace(understood: Understanding, text: string): Understanding {
  if (understood.kind !== 'intent' || understood.intent !== CHOOSE_INTENT || understood.slots.choice === undefined || understood.slots.position !== undefined) return understood;
  const { choice, ...slots } = understood.slots;
  const saidAsAPlace = words(text).some((word) => ordinalOf(word) === Number(choice));
  return saidAsAPlace ? { ...understood, slots: { ...slots, position: choice } } : understood;
}

/**
 * Words no list is named by: "what did I put on there", "go over what I've got" ask about the list
 * in play; a list slot holding only them names no list.
 */
const NAMING_NO_LIST: ReadonlySet<string> = new Set([...FUNCTION_WORDS, 'what', 'put', 'got', 'get', 'added', 'said', "i've", "we've", 'here', 'so', 'far', 'now', 'again', 'over', 'already']);

function withoutAListOfNoName(understood: Understanding): Understanding {
  if (understood.kind !== 'intent' || understood.slots.list === undefined || !words(understood.slots.list).every((word) => NAMING_NO_LIST.has(word))) return understood;
  return { ...understood, slots: Object.fromEntries(Object.entries(understood.slots).filter(([name]) => name !== 'list')) };
}

/** A "no" said right before the thing, no pause between: "no eggs", "hmm, no more butter today"; the words of the thing after it. */
const REFUSED_THING = /^(?:\s*(?:oh|hmm|um|uh|well|and|but)\b[\s,]*)*\s*(?:no|nope|nah)\s+(?:(?:more|any)\s+)?([a-z0-9'][^,]*)$/i;

/**
 * "No eggs" turns the eggs down, where "no, eggs" and "no, I said eggs" say eggs were meant: a
 * correction whose thing is said right after its "no", with no pause, carries the "no" in its
 * product, as Alexa may hear it ("no eggs"), so the skill takes the eggs off rather than trading
 * what was added last for them.
 */
function withRefusalKept(understood: Understanding, text: string): Understanding {
  if (understood.kind !== 'intent' || understood.slots.rejected !== undefined || understood.then !== undefined) return understood;
  // "No salsa" weighed as a change of the salsa's amount names no amount: it turns the salsa down too.
  const noAmount = understood.intent === CHANGE_INTENT && understood.slots.quantity === undefined;
  if (understood.intent !== CORRECTION_INTENT && !noAmount) return understood;
  const product = understood.slots.product;
  const refused = REFUSED_THING.exec(text.trim());
  const thing = refused?.[1] === undefined ? [] : withoutWhen(meaningfulWords(refused[1]));
  // "No, the organic one" says which kind was meant.
  if (product === undefined || thing.length === 0 || thing[0] !== words(product)[0] || thing.some((word) => ONE_OF_A_KIND.has(word))) return understood;
  return { ...understood, intent: CORRECTION_INTENT, slots: { ...understood.slots, product: `no ${thing.join(' ')}` } };
}

function withAddingWordKept(understood: Understanding, text: string): Understanding {
  const choice = understood.kind === 'intent' && understood.intent === CHOOSE_INTENT;
  if (understood.kind !== 'intent' || (understood.intent !== 'AddItemIntent' && !choice) || understood.then !== undefined) return understood;
  const product = understood.slots.product;
  // "Add too green peppers" said "too" for two: only a last "too" is one more.
  const said = catalogWords(text);
  // "And tonic water, the indian one" just after sparkling water: a thing said after "and" is one more, never which kind the last was.
  // So is "and the lemon zinger" just after a tea went in, a kind of it said as a thing of its own.
  const adding = said.includes('also') ? 'also' : said.at(-1) === 'too' ? 'too' : said[0] === 'and' || said[0] === 'plus' ? 'also' : undefined;
  if (product === undefined || adding === undefined || catalogWords(product).includes(adding)) return understood;
  // "Add the chocolate ones too" just after Cheerios: one more thing, never which kind they were.
  return { ...understood, ...(choice ? { intent: 'AddItemIntent' } : {}), slots: { ...understood.slots, product: `${adding} ${product}` } };
}
