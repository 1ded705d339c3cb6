import { PRODUCT_TYPE } from '../interaction-model/samples.ts';
import type { InteractionModel } from '../interaction-model/schema.ts';
import { readInvocation } from './invocation.ts';
import { Matcher, type Match } from './matcher.ts';
import { isAnActivity, mentionsAnotherKindOfList, namesSomethingNotSold } from './off-topic.ts';
import { compilePatterns } from './patterns.ts';
import { knowsAWordOf, slotReaders, type SlotReader } from './slots.ts';
import { meaningfulWords, words } from './text.ts';

export type Understanding =
  | { kind: 'launch' }
  | { kind: 'intent'; intent: string; slots: Record<string, string>; oneShot: boolean };

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

/** Below this a best match is a guess, and saying "sorry?" beats doing the wrong thing. */
const MIN_SCORE = 0.5;

/** Intents about the shopper's lists: a request about some other kind of list is not for them. */
const LIST_INTENTS: ReadonlySet<string> = new Set([
  'AddItemIntent', 'RemoveItemIntent', 'ClearCartIntent', 'CreateListIntent', 'ReadCartIntent', 'ChangeQuantityIntent',
]);
/** Intents that change the cart, which must be sure the thing named is something a store sells. */
const GOODS_INTENTS: ReadonlySet<string> = new Set(['AddItemIntent', 'RemoveItemIntent', 'CreateListIntent']);

/** Words that put a request on the shopper's list or cart. */
const SHOPPING_CONTEXT: ReadonlySet<string> = new Set(['list', 'cart', 'basket', 'groceries', 'grocery', 'shopping', 'item', 'items']);

function isAboutShopping(match: Match, request: readonly string[], productReader: SlotReader | undefined): boolean {
  const intent = match.pattern.intent;
  if (LIST_INTENTS.has(intent) && mentionsAnotherKindOfList(request)) return false;
  if (!GOODS_INTENTS.has(intent)) return true;
  const named = [...match.slots.values()].filter((slot) => slot.value !== undefined);
  if (named.some((slot) => namesSomethingNotSold(slot.tokens))) return false;
  const product = match.slots.get('product');
  if (product?.value === undefined) return !namesSomethingNotSold(request);
  if (isAnActivity(product.value.split(' '))) return false;
  // "i need a taxi": with no list in sight, only a thing the store knows makes it a shopping request.
  const onAList = match.slots.has('list') || request.some((word) => SHOPPING_CONTEXT.has(word));
  return onAList || productReader === undefined || knowsAWordOf(productReader, product.tokens);
}

/** Understands typed or transcribed sentences the way the skill's interaction model describes them. */
export function createNlu(model: InteractionModel): { understand(text: string): Understanding } {
  const patterns = compilePatterns(model);
  const readers = slotReaders(model, patterns);
  const matcher = new Matcher(patterns, readers);
  const productReader = readers.get(PRODUCT_TYPE);
  const invocationName = words(model.interactionModel.languageModel.invocationName);
  const fallback = (oneShot: boolean): Understanding => ({ kind: 'intent', intent: FALLBACK_INTENT, slots: {}, oneShot });

  return {
    understand(text: string): Understanding {
      const invocation = readInvocation(meaningfulWords(text), invocationName);
      if (invocation.kind === 'launch') return { kind: 'launch' };
      const oneShot = invocation.kind === 'one-shot';
      const request = oneShot ? meaningfulWords(invocation.request.join(' ')) : invocation.request;
      const match = matcher.best(request, MIN_SCORE);
      if (match === undefined) return fallback(oneShot);
      if (match.matchedContent === 0 && match.pattern.contentWords.length > 0) return fallback(oneShot);
      if (!isAboutShopping(match, request, productReader)) return fallback(oneShot);
      const slots: Record<string, string> = {};
      for (const [name, slot] of match.slots) if (slot.value !== undefined) slots[name] = slot.value;
      return { kind: 'intent', intent: match.pattern.intent, slots, oneShot };
    },
  };
}
