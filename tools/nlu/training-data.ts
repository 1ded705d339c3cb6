import { createHash } from 'node:crypto';
import { coverTemplate, expandTemplate } from '../../src/interaction-model/expand.ts';
import type { IntentSamples, SampleSource } from '../../src/interaction-model/samples.ts';
import type { InteractionModel } from '../../src/interaction-model/schema.ts';
import { LIST_TYPE, PACE_TYPE, PRODUCT_TYPE, UNIT_TYPE, type IntentRegistry } from '../../src/intents/registry.ts';
import { OUT_OF_DOMAIN } from '../../src/nlu/classifier.ts';
import { opensAYesNoQuestion } from '../../src/nlu/questions.ts';
import { FUNCTION_WORDS, meaningfulWords } from '../../src/nlu/text.ts';
import { pick, seededRandom, shuffled, type Random } from '../../src/evaluation/random.ts';

/**
 * Sentences to train the intent classifier on: every sample of every intent, as the interaction
 * model has it, with its slots filled the way shoppers fill them (product names and their short
 * forms from the catalog's slot values, amounts, units, list names), and the out-of-domain
 * examples. Each sentence remembers the template it came from, so a template can be held out whole.
 */
export interface LabelledSentence {
  readonly words: readonly string[];
  readonly label: string;
  /** The template it was expanded from, as "label: template". */
  readonly template: string;
}

export interface TrainingDataOptions {
  /** How many differently filled sentences each sample gives. */
  readonly fills: number;
  /**
   * How often a sentence is also given with one of its words misheard (replaced by a product word),
   * so that no one word decides the intent: a recogniser garbles the verb as often as anything.
   */
  readonly mishearing: number;
  /** How often a sentence is also given with a function word left out. */
  readonly dropping: number;
  /** At most this many sentences from one out-of-domain template. */
  readonly outOfDomainPerTemplate: number;
  /** List names beyond the ListName values, so that names the skill has never heard still read as lists. */
  readonly extraListNames: readonly string[];
  /** Goods beyond the catalog's, so that asking for a thing the store does not sell still reads as shopping. */
  readonly extraGoods: readonly string[];
  /** How many differently filled sentences a sample made of slots alone gives ("{choice}", "{code}"). */
  readonly slotOnlyFills: number;
}

export const DEFAULT_TRAINING_DATA: TrainingDataOptions = {
  fills: 4,
  slotOnlyFills: 12,
  mishearing: 0.15,
  dropping: 0.15,
  outOfDomainPerTemplate: 40,
  extraListNames: [],
  extraGoods: [],
};

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'ten', 'twelve', 'twenty', '2', '3', '4', '6'];
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Four digits said in pairs, as people say years and codes: "twelve thirty four", "nineteen oh five". */
const DIGIT_PAIRS = ['ten', 'eleven', 'twelve', 'thirteen', 'fifteen', 'nineteen', 'twenty', 'twenty one', 'thirty four', 'forty two', 'fifty', 'sixty seven', 'oh five', 'eighty eight', 'ninety nine'];
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'last', '2nd', '3rd'];
/** How shoppers often open a product's name: the sample may not say it. */
const PRODUCT_OPENERS = ['some', 'a', 'the', 'more', 'a bag of', 'a box of'];

const LETTERS = 'abcdefghijklmnoprstuvwy';
const VOWELS = 'aeiouy';

/** One or two words of letters in a speakable order, like no word of any list. */
function madeUpWords(random: Random): string {
  const word = (): string => {
    const length = 3 + Math.floor(random() * 6);
    let text = '';
    for (let i = 0; i < length; i++) text += i % 2 === 1 ? pick(random, [...VOWELS]) : pick(random, [...LETTERS]);
    return text;
  };
  return random() < 0.5 ? word() : `${word()} ${word()}`;
}

function valuesOf(model: InteractionModel, type: string): string[] {
  const values = model.interactionModel.languageModel.types.find((candidate) => candidate.name === type)?.values ?? [];
  return values.flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])]);
}

/** What fills each slot type, drawn at random. */
export function slotFillers(model: InteractionModel, options: TrainingDataOptions, random: Random): (type: string) => string {
  const products = valuesOf(model, PRODUCT_TYPE);
  const productWords = [...new Set(products.flatMap((product) => product.split(' ')).filter((word) => word.length > 2))];
  const lists = [...valuesOf(model, LIST_TYPE), ...options.extraListNames];
  const units = valuesOf(model, UNIT_TYPE);
  const paces = valuesOf(model, PACE_TYPE);
  const product = (): string => {
    // Now and then a name the catalog does not have, or words nobody has heard, so the carrier
    // words decide, not the product's: a thing the store does not sell is still asked for as goods.
    const chance = random();
    const name =
      chance < 0.1
        ? `${pick(random, productWords)} ${pick(random, productWords)}`
        : chance < 0.2
          ? madeUpWords(random)
          : chance < 0.3 && options.extraGoods.length > 0
            ? pick(random, options.extraGoods)
            : pick(random, products);
    return random() < 0.25 ? `${pick(random, PRODUCT_OPENERS)} ${name}` : name;
  };
  /** Several items in one breath fill one product slot, some with their own amounts: "eggs and two bags of rice". */
  const items = (): string => {
    const item = (): string => (random() < 0.5 && units.length > 0 ? `${pick(random, NUMBER_WORDS)} ${pick(random, units)} of ${pick(random, products)}` : pick(random, products));
    return random() < 0.3 ? `${item()} ${item()} and ${item()}` : `${item()} and ${item()}`;
  };
  return (type) => {
    switch (type) {
      case PRODUCT_TYPE:
        return products.length === 0 ? 'milk' : random() < 0.08 ? items() : product();
      case LIST_TYPE:
        // Now and then a name nobody has heard, or a known one misheard: the words around it say it is a list.
        return random() < 0.15 ? madeUpWords(random) : pick(random, lists);
      case UNIT_TYPE:
        return pick(random, units);
      case PACE_TYPE:
        return pick(random, paces);
      case 'AMAZON.NUMBER':
        return pick(random, NUMBER_WORDS);
      case 'AMAZON.FOUR_DIGIT_NUMBER': {
        const chance = random();
        if (chance < 0.3) return Array.from({ length: 4 }, () => String(Math.floor(random() * 10))).join(' ');
        if (chance < 0.6) return `${pick(random, DIGIT_PAIRS)} ${pick(random, DIGIT_PAIRS)}`;
        return Array.from({ length: 4 }, () => pick(random, DIGIT_WORDS)).join(' ');
      }
      case 'AMAZON.ORDINAL':
        return pick(random, ORDINAL_WORDS);
      default: {
        // Any other type the skill defines fills with its own values.
        const own = valuesOf(model, type);
        return own.length > 0 ? pick(random, own) : pick(random, productWords);
      }
    }
  };
}

/** The sample with each {slot} replaced by words of its type. */
export function fillSample(sample: string, slotTypes: ReadonlyMap<string, string>, fill: (type: string) => string): string {
  return sample.replace(/\{(\w+)\}/g, (_, name: string) => fill(slotTypes.get(name) ?? 'AMAZON.SearchQuery'));
}

/** A function word left out now and then, as a recogniser or a hurried shopper drops it. */
function withADroppedWord(words: readonly string[], random: Random): string[] | undefined {
  // The auxiliary that opens a yes/no question is what makes it one: "do i need eggs" without
  // its "do" is a request.
  const asks = opensAYesNoQuestion(words);
  const droppable = words.flatMap((word, at) => (FUNCTION_WORDS.has(word) && !(asks && at === 0) ? [at] : []));
  if (words.length < 3 || droppable.length === 0) return undefined;
  const at = pick(random, droppable);
  return words.filter((_, index) => index !== at);
}

/**
 * One word, not a slot's, replaced by another: what a recogniser makes of a word it did not catch.
 * Never a word of a product's name: "two please" misheard as "two apples" would teach that a count
 * and a product are a choice from a list, when they are what a shopper says to add.
 */
function withAWordMisheard(words: readonly string[], random: Random): string[] | undefined {
  if (words.length < 3) return undefined;
  const at = Math.floor(random() * words.length);
  const heard = madeUpWords(random).split(' ')[0];
  if (heard === undefined || heard === words[at]) return undefined;
  return words.map((word, index) => (index === at ? heard : word));
}

/** Training sentences for every intent with samples, and for the out-of-domain class. */
export function trainingSentences(
  registry: IntentRegistry,
  samples: ReadonlyMap<string, IntentSamples>,
  outOfDomain: readonly string[],
  fill: (type: string) => string,
  random: Random,
  options: TrainingDataOptions = DEFAULT_TRAINING_DATA,
): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  const add = (words: readonly string[], label: string, template: string): void => {
    if (words.length === 0) return;
    sentences.push({ words, label, template });
    const dropped = random() < options.dropping ? withADroppedWord(words, random) : undefined;
    if (dropped !== undefined) sentences.push({ words: dropped, label, template });
    const misheard = random() < options.mishearing ? withAWordMisheard(words, random) : undefined;
    if (misheard !== undefined) sentences.push({ words: misheard, label, template });
  };
  for (const definition of registry) {
    const own = samples.get(definition.name);
    if (own === undefined) continue;
    const slotTypes = new Map(definition.slots.map((slot) => [slot.name, slot.type]));
    const seen = new Set<string>();
    for (const template of own.templates) {
      for (const sample of coverTemplate(template)) {
        if (seen.has(sample)) continue;
        seen.add(sample);
        const hasSlots = sample.includes('{');
        const slotsAlone = hasSlots && sample.replace(/\{\w+\}/g, '').trim() === '';
        for (let n = 0; n < (slotsAlone ? options.slotOnlyFills : hasSlots ? options.fills : 1); n++) {
          add(meaningfulWords(fillSample(sample, slotTypes, fill)), definition.name, `${definition.name}: ${template}`);
        }
      }
    }
  }
  // A product said in an out-of-domain example ("stir {product} into the batter", "order {product}
  // from the diner") is filled as in the intents' samples, so the words around it tell it apart,
  // never the product.
  const productOnly = new Map([['product', PRODUCT_TYPE]]);
  for (const template of outOfDomain) {
    for (const example of outOfDomainExamples(template, options.outOfDomainPerTemplate)) {
      add(meaningfulWords(fillSample(example, productOnly, fill)), OUT_OF_DOMAIN, `${OUT_OF_DOMAIN}: ${template}`);
    }
  }
  return sentences;
}

/**
 * The sentences one out-of-domain template gives: all of them, or a sample of `limit` chosen by
 * the template's own text, so the choice never depends on what else is trained.
 */
export function outOfDomainExamples(template: string, limit: number): string[] {
  const all = expandTemplate(template);
  if (all.length <= limit) return all;
  return shuffled(seededRandom(Number.parseInt(digest(template).slice(0, 8), 16)), all).slice(0, limit);
}

/** The intents' samples with some templates left out (`keep` says which stay). */
export function withTemplates(source: SampleSource, keep: (intent: string, template: string) => boolean): Map<string, IntentSamples> {
  return new Map(
    [...source].map(([name, own]) => [name, { templates: own.templates.filter((template) => keep(name, template)), slotTemplates: own.slotTemplates }]),
  );
}

/** A stable digest of anything JSON can say: what the classifier was trained from. */
export function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}
