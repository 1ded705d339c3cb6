import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { z } from 'zod';
import { FALLBACK_INTENT, NO_INTENT, VOICE_CODE_INTENT, intentsWithEffect, type IntentRegistry } from '../intents/registry.ts';
import { onlyTurnsDown } from '../language/talk.ts';
import { words as spokenWords } from '../nlu/text.ts';
import type { ScopeJudge } from '../intents/scope.ts';
import { attachIntent, attachTurn, requestedIntent, turnOf } from './handler.ts';
import type { SkillServices } from './services.ts';
import { stem, words } from '../catalog/normalise.ts';
import { nameNoun } from '../catalog/packs.ts';
import { optionNumberDescribed, thingNamedBy } from './flows/choosing.ts';
import { codeTriedIn } from './flows/checking-out.ts';
import { itemQuestionsOf, parseSession, type Pending } from './session.ts';
import { Turn, slotsHeard, speechForRequest } from './turn.ts';
import { listBeingMade } from '../lists/in-progress.ts';

/** The parts of Alexa's envelope voicecart relies on, checked rather than assumed. */
const IdentitySchema = z.object({
  user: z.object({ userId: z.string().min(1), accessToken: z.string().min(1).optional() }),
});

/**
 * "Wheat" to "Which bread: one, White Bread, or two, Honey Wheat Bread?" is heard as a product to
 * add, yet it answers the choice: taken as a new add, the choice (and the items waiting behind it)
 * would lapse. The question asked is what a shopper's next words most likely answer, as with
 * Alexa's own dialogs; an amount said with them makes them a request of its own.
 */
function describesAnOption(requested: string | undefined, slots: Record<string, string | undefined>, pending: Pending | undefined, services: SkillServices): boolean {
  if (requested !== 'AddItemIntent' && requested !== 'CorrectionIntent') return false;
  if (slots.quantity !== undefined || slots.unit !== undefined || slots.list !== undefined) return false;
  if (optionNumberDescribed(pending, slots.product, services.catalog) === undefined) return triesToDescribe(slots.product, pending, services);
  return !namesAnotherThing(slots.product ?? '', pending, services);
}

/** Most words a shopper answering a choice uses to describe what they want ("honey nut", "low sodium kind"). */
const MOST_DESCRIBING_WORDS = 3;

/**
 * "Honey nut" while choosing a cereal, none of the options honey nut: a few words, no "and", that
 * together name no product are a try at answering, asked again, not pieces of a new request to
 * add (Pure Clover Honey and Grape-Nuts). A try at answering borrows a word of an option's name;
 * "add filters" while choosing a coffee shares none, and is a new request the store may not fill.
 */
function triesToDescribe(said: string | undefined, pending: Pending | undefined, services: SkillServices): boolean {
  // The nearest products offered for something not found are no question of which kind: any new request goes ahead.
  if (said === undefined || pending?.kind !== 'choose' || pending.offer === true) return false;
  const heard = words(said);
  const optionWords = new Set(pending.options.flatMap((option) => words(option.name).map(stem)));
  return heard.length <= MOST_DESCRIBING_WORDS && !heard.includes('and') && heard.some((word) => optionWords.has(stem(word)))
    && services.resolver.resolve(said).product === null;
}

/**
 * "Greek yogurt, the plain one" while choosing among spinach is a thing of its own the shopper went
 * on to ask for: the words name, by its noun, a product none of the options is and none of their
 * names prints. "Strawberry" while choosing among yogurts, one of them Strawberry Greek Yogurt, picks it.
 */
function namesAnotherThing(said: string, pending: Pending | undefined, services: SkillServices): boolean {
  const named = thingNamedBy(said, services.resolver);
  if (named === undefined || (pending?.kind !== 'choose' && pending?.kind !== 'chooseToRemove')) return false;
  // "Bananas", said in the plural, are the fruit, no kind of Banana Bread: only an option about them keeps them.
  const last = words(said).at(-1) ?? '';
  const plural = stem(last) !== last;
  const printed = (name: string): boolean => (plural ? nameNoun(name).slice(-1) : words(name).map(stem)).includes(named.noun);
  return !pending.options.some((option) => option.productId === named.product.id || printed(option.name));
}

/**
 * Loads the shopper's stored state and this session's memory before any handler runs, and
 * decides what the request is handled as: a request that is not shopping ("add the dentist to my
 * calendar") is the fallback, whichever door it came through, and changes nothing.
 *
 * An intent that answers the question voicecart asked (see the registry) leaves the question
 * standing; any other moves on, and the question lapses: a shopper who says "what's in my cart"
 * instead of "yes" has not agreed to anything. A question about an item the shopper asked for
 * ("which bread?") is only set aside, and asked again once the request is done (src/skill/handler.ts). Help, a repeat or a mumble leave a slot question
 * standing too.
 */
export function loadTurn(services: SkillServices, registry: IntentRegistry, scope: ScopeJudge): RequestInterceptor {
  const answers = new Set(registry.filter((definition) => definition.answersAQuestion).map((definition) => definition.name));
  const takingOff = intentsWithEffect(registry, 'removes');
  const questions = intentsWithEffect(registry, 'answers');
  const keepEliciting = new Set(registry.filter((definition) => definition.keepsSlotQuestion).map((definition) => definition.name));
  return {
    async process(input: HandlerInput) {
      const identity = IdentitySchema.parse(input.requestEnvelope.context?.System ?? input.requestEnvelope.session);
      const { user } = identity;
      const session = parseSession(input.attributesManager.getSessionAttributes());
      const requested = requestedIntent(input);
      const slots = slotsHeard(input);
      const name = describesAnOption(requested, slots, session.pending, services)
        ? 'ChooseOptionIntent'
        : session.pending?.kind === 'voiceCode' && codeTriedIn(slots)
          ? VOICE_CODE_INTENT
        : requested === 'AddItemIntent' && slots.product !== undefined && onlyTurnsDown(spokenWords(slots.product))
          ? NO_INTENT
        : requested !== undefined && scope.judge(requested, slots) === 'not-shopping'
          ? FALLBACK_INTENT
          : requested;
      attachIntent(input, name);
      // "What's the delivery fee?", "when will it come?" or "read me the cart" while the order waits
      // for "yes" or its code asks about the order being confirmed: it is answered and the question
      // stands, asked again after the answer (src/skill/handler.ts).
      const orderWaiting = session.pending?.kind === 'checkout' || session.pending?.kind === 'voiceCode';
      const aboutTheOrder = orderWaiting && name !== undefined && questions.has(name);
      const snapshot = await services.store.load(user.userId);
      // "Leave out the ground beef" while a basket is offered takes it out of the offer, which stands.
      // "What's in it?" with the cart empty can only ask about the basket offered: it is read again, and stands too.
      const offering = session.pending?.kind === 'reorder';
      const readsTheOffer = name === 'ReadCartIntent' && snapshot.state.cart.length === 0 && Object.values(slots).every((value) => value === undefined);
      const aboutTheOffer = offering && name !== undefined && (takingOff.has(name) || readsTheOffer);
      const lapsed = name !== undefined && !answers.has(name) && !aboutTheOrder && !aboutTheOffer ? session.pending : undefined;
      if (lapsed !== undefined) delete session.pending;
      const slotAnswered = session.eliciting !== undefined && session.eliciting.intent === name ? session.eliciting.slot : undefined;
      if (name === undefined || !keepEliciting.has(name)) delete session.eliciting;
      // Once nothing else is being asked, a question set aside is the one an answer ("the vanilla one") answers.
      const [heldFirst, ...heldRest] = session.heldQuestions ?? [];
      if (heldFirst !== undefined && name !== undefined && answers.has(name) && session.pending === undefined && session.eliciting === undefined) {
        session.pending = heldRest.length === 0 ? heldFirst : { ...heldFirst, next: heldRest };
        delete session.heldQuestions;
      }
      const turn = new Turn(input, services, user.userId, user.accessToken, session, snapshot, speechForRequest(input));
      // Opening the skill again while making a list over several visits goes on filling it (the welcome says so).
      if (input.requestEnvelope.request.type === 'LaunchRequest' && session.fillingList === undefined) session.fillingList = listBeingMade(snapshot.state, services.now());
      turn.lapsed = lapsed;
      turn.slotAnswered = slotAnswered;
      // Any request made instead of answering "which bread?" is done first; the bread is then asked
      // about again (or at the next visit, if this one ends), never dropped.
      turn.heldQuestions = itemQuestionsOf(lapsed);
      attachTurn(input, turn);
    },
  };
}

/** Hands this session's memory back to Alexa with the response. */
export const saveSession: ResponseInterceptor = {
  async process(input: HandlerInput) {
    if (input.requestEnvelope.session === undefined) return;
    input.attributesManager.setSessionAttributes({ ...turnOf(input).session });
  },
};
