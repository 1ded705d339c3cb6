import { LIST_TYPE, PRODUCT_TYPE, UNIT_TYPE } from '../interaction-model/samples.ts';
import type { InteractionModel } from '../interaction-model/schema.ts';
import { readInvocation } from './invocation.ts';
import { itemSlots, namePairs } from './items.ts';
import { Matcher } from './matcher.ts';
import { compilePatterns } from './patterns.ts';
import { isAboutShopping, namesAStrangePlace } from './shopping.ts';
import { slotReaders, type SlotReader } from './slots.ts';
import { isATakeawayOrder } from './takeaway.ts';
import { meaningfulWords, words } from './text.ts';

export type Understanding =
  | { kind: 'launch' }
  | { kind: 'intent'; intent: string; slots: Record<string, string>; oneShot: boolean };

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

/** Below this a best match is a guess, and saying "sorry?" beats doing the wrong thing. */
const MIN_SCORE = 0.5;

/** Intents a restaurant order could be mistaken for; a question about the cart ("did i order pizza") is not one. */
function mayBeARestaurantOrder(intent: string): boolean {
  return !intent.startsWith('AMAZON.') && intent !== 'ReadCartIntent';
}

function phrasesOf(reader: SlotReader | undefined): ReadonlySet<string> {
  return reader === undefined || reader.kind === 'number' || reader.kind === 'four-digit' ? new Set() : reader.phrases;
}

/** Understands typed or transcribed sentences the way the skill's interaction model describes them. */
export function createNlu(model: InteractionModel): { understand(text: string): Understanding } {
  const patterns = compilePatterns(model);
  const readers = slotReaders(model, patterns);
  const matcher = new Matcher(patterns, readers);
  const productReader = readers.get(PRODUCT_TYPE);
  const listNames = phrasesOf(readers.get(LIST_TYPE));
  const units = phrasesOf(readers.get(UNIT_TYPE));
  const itemKnowledge = { pairs: namePairs(phrasesOf(productReader)), isUnit: (word: string) => units.has(word) };
  const invocationName = words(model.interactionModel.languageModel.invocationName);
  const fallback = (oneShot: boolean): Understanding => ({ kind: 'intent', intent: FALLBACK_INTENT, slots: {}, oneShot });

  return {
    understand(text: string): Understanding {
      const invocation = readInvocation(meaningfulWords(text), invocationName);
      if (invocation.kind === 'launch') return { kind: 'launch' };
      const oneShot = invocation.kind === 'one-shot';
      const request = oneShot ? meaningfulWords(invocation.request.join(' ')) : invocation.request;
      // A list the shopper never named is more likely the end of the product: "add bagels from the bakery".
      const match = matcher.best(request, MIN_SCORE, (candidate) => !namesAStrangePlace(candidate, request, listNames));
      if (match === undefined) return fallback(oneShot);
      if (match.matchedContent === 0 && match.pattern.contentWords.length > 0) return fallback(oneShot);
      if (!isAboutShopping(match, request, productReader)) return fallback(oneShot);
      if (mayBeARestaurantOrder(match.pattern.intent) && isATakeawayOrder(request, invocationName)) return fallback(oneShot);
      const slots = itemSlots(match, request, itemKnowledge);
      return { kind: 'intent', intent: match.pattern.intent, slots, oneShot };
    },
  };
}
