import { LIST_TYPE, PRODUCT_TYPE, UNIT_TYPE } from '../interaction-model/samples.ts';
import type { InteractionModel } from '../interaction-model/schema.ts';
import { readInvocation } from './invocation.ts';
import { itemSlots, namePairs } from './items.ts';
import { Matcher } from './matcher.ts';
import { compilePatterns, compileSlotSamples, slotKey } from './patterns.ts';
import { isAboutShopping, namesAStrangePlace, skipsATakingOffVerb } from './shopping.ts';
import { slotReaders, type SlotReader } from './slots.ts';
import { isATakeawayOrder } from './takeaway.ts';
import { meaningfulWords, words } from './text.ts';

export type Understanding =
  | { kind: 'launch' }
  | { kind: 'intent'; intent: string; slots: Record<string, string>; oneShot: boolean };

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

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

/** Below this a best match is a guess, and saying "sorry?" beats doing the wrong thing. */
const MIN_SCORE = 0.5;
/**
 * An answer to a question for one slot needs only not to be something else: words that carry
 * other requests ("stop", "add eggs") score below it, and any other words are the answer.
 */
const MIN_ANSWER_SCORE = 0;

/** Intents a restaurant order could be mistaken for; a question about the cart ("did i order pizza") is not one. */
function mayBeARestaurantOrder(intent: string): boolean {
  return !intent.startsWith('AMAZON.') && intent !== 'ReadCartIntent';
}

function phrasesOf(reader: SlotReader | undefined): ReadonlySet<string> {
  return reader === undefined || reader.kind === 'number' || reader.kind === 'four-digit' ? new Set() : reader.phrases;
}

/** Understands typed or transcribed sentences the way the skill's interaction model describes them. */
export function createNlu(model: InteractionModel): { understand(text: string, context?: Context): Understanding } {
  const patterns = compilePatterns(model);
  const readers = slotReaders(model, patterns);
  const matcher = new Matcher(patterns, readers);
  const answerMatchers = new Map([...compileSlotSamples(model)].map(([key, samples]) => [key, new Matcher(samples, readers, false)]));
  const productReader = readers.get(PRODUCT_TYPE);
  const listNames = phrasesOf(readers.get(LIST_TYPE));
  const units = phrasesOf(readers.get(UNIT_TYPE));
  const itemKnowledge = { pairs: namePairs(phrasesOf(productReader)), isUnit: (word: string) => units.has(word) };
  const invocationName = words(model.interactionModel.languageModel.invocationName);
  const fallback = (oneShot: boolean): Understanding => ({ kind: 'intent', intent: FALLBACK_INTENT, slots: {}, oneShot });

  /** The request on its own, with the score of the sample it matched (none when it fell back). */
  const parse = (request: readonly string[], oneShot: boolean): { understanding: Understanding; score?: number } => {
    // A list the shopper never named is more likely the end of the product: "add bagels from the bakery".
    const match = matcher.best(
      request,
      MIN_SCORE,
      (candidate) => !namesAStrangePlace(candidate, request, listNames) && !skipsATakingOffVerb(candidate, request),
    );
    if (match === undefined) return { understanding: fallback(oneShot) };
    if (match.matchedContent === 0 && match.pattern.contentWords.length > 0) return { understanding: fallback(oneShot) };
    if (!isAboutShopping(match, request, productReader)) return { understanding: fallback(oneShot) };
    if (mayBeARestaurantOrder(match.pattern.intent) && isATakeawayOrder(request, invocationName)) return { understanding: fallback(oneShot) };
    const slots = itemSlots(match, request, itemKnowledge);
    return { understanding: { kind: 'intent', intent: match.pattern.intent, slots, oneShot }, score: match.score };
  };

  /** The request as the answer to the slot being asked for, if the slot's own samples fit it. */
  const answer = (request: readonly string[], eliciting: Eliciting): { understanding: Understanding; score: number } | undefined => {
    const match = answerMatchers.get(slotKey(eliciting.intent, eliciting.slot))?.best(request, MIN_ANSWER_SCORE);
    if (match?.slots.get(eliciting.slot)?.value === undefined) return undefined;
    const slots = { ...eliciting.slots, ...itemSlots(match, request, itemKnowledge) };
    return { understanding: { kind: 'intent', intent: eliciting.intent, slots, oneShot: false }, score: match.score };
  };

  return {
    /**
     * With a slot being asked for, the sentence is first heard as its answer, as Alexa does: unless
     * it is something else said at least as plainly ("stop", "yes", "add eggs"), which it then is.
     */
    understand(text: string, context: Context = {}): Understanding {
      const invocation = readInvocation(meaningfulWords(text), invocationName);
      if (invocation.kind === 'launch') return { kind: 'launch' };
      const oneShot = invocation.kind === 'one-shot';
      const request = oneShot ? meaningfulWords(invocation.request.join(' ')) : invocation.request;
      const heard = parse(request, oneShot);
      // A one-shot opens a new session, where nothing has been asked.
      const answered = oneShot || context.eliciting === undefined ? undefined : answer(request, context.eliciting);
      if (answered !== undefined && (heard.score === undefined || answered.score >= heard.score - 1e-9)) return answered.understanding;
      return heard.understanding;
    },
  };
}
