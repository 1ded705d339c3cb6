import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { stem, words } from '../catalog/normalise.ts';
import { INTENTS, intentsThatChangeTheCart, intentsWithEffect, type IntentName } from '../intents/registry.ts';
import { LIMITS, LimitReached } from '../shopper/limits.ts';
import { askItemQuestion } from './flows/adding.ts';
import { keepForNextVisit } from './flows/unanswered.ts';
import { startCheckout } from './flows/checking-out.ts';
import { questionAgain } from './flows/confirming.ts';
import type { ItemQuestion } from '../shopper/questions.ts';
import { itemQuestionsOf, type LastAdd, type Pending } from './session.ts';
import { Turn } from './turn.ts';

/**
 * Requests to change the cart or a list, after which a change that did not happen matters to
 * "undo": those that put things on, take them off or change them, and emptying a list.
 */
const CHANGE_REQUESTS: ReadonlySet<string> = new Set([...intentsThatChangeTheCart(INTENTS), 'ClearCartIntent' satisfies IntentName]);

/** Questions: asked while the order waits for "yes" or its code, they are answered and the order is asked about again. */
const QUESTIONS: ReadonlySet<string> = intentsWithEffect(INTENTS, 'answers');

const TURN = 'voicecart.turn';
const INTENT = 'voicecart.intent';

export function attachTurn(input: HandlerInput, turn: Turn): void {
  input.attributesManager.getRequestAttributes()[TURN] = turn;
}

/** The turn the request interceptor prepared; handlers never run without one. */
export function turnOf(input: HandlerInput): Turn {
  const turn: unknown = input.attributesManager.getRequestAttributes()[TURN];
  if (!(turn instanceof Turn)) throw new Error('no turn: the request interceptor did not run');
  return turn;
}

/** The intent Alexa (or the local NLU) resolved, as the request says. */
export function requestedIntent(input: HandlerInput): string | undefined {
  const request = input.requestEnvelope.request;
  return request.type === 'IntentRequest' ? request.intent.name : undefined;
}

/**
 * The intent the skill handles the request as: the one requested, unless the request interceptor
 * judged it not to be shopping, which is then the fallback.
 */
export function attachIntent(input: HandlerInput, name: string | undefined): void {
  input.attributesManager.getRequestAttributes()[INTENT] = name;
}

export function intentName(input: HandlerInput): string | undefined {
  const attributes = input.attributesManager.getRequestAttributes();
  const handledAs: unknown = attributes[INTENT];
  return INTENT in attributes ? (typeof handledAs === 'string' ? handledAs : undefined) : requestedIntent(input);
}

/** A handler for one or more intents; `when` narrows it further (a pending question, say). */
export function intentHandler(
  names: readonly IntentName[],
  handle: (turn: Turn) => Promise<Response> | Response,
  when: (turn: Turn) => boolean = () => true,
): RequestHandler {
  return customIntentHandler(names, handle, when);
}

/** A handler for intents a store (or a test) adds to the registry, whose names the skill does not know. */
export function customIntentHandler(
  names: readonly string[],
  handle: (turn: Turn) => Promise<Response> | Response,
  when: (turn: Turn) => boolean = () => true,
): RequestHandler {
  return {
    canHandle: (input) => {
      const name = intentName(input);
      return name !== undefined && names.includes(name) && when(turnOf(input));
    },
    handle: (input) => handleWithin(turnOf(input), handle),
  };
}

/** How long after a one-shot that changed nothing the next one-shot's "undo" still asks first. */
const MISSED_ONE_SHOT_MS = 10 * 60 * 1000;

/** The shopper's last one-shot, moments ago, asked for a change that did not happen, and nothing has changed since. */
function followsAMissedOneShot(turn: Turn, lastChange: number): boolean {
  const missed = turn.state.missedChange;
  return missed !== undefined && missed.after === lastChange && turn.now.getTime() - Date.parse(missed.at) <= MISSED_ONE_SHOT_MS;
}

async function rememberMissedChange(turn: Turn, lastChange: number): Promise<void> {
  const at = turn.now.toISOString();
  await turn.update((state) => ({ state: { ...state, missedChange: { after: lastChange, at } }, result: undefined }));
}

/** A change past what a shopper may keep was refused, nothing stored: the shopper hears the limit and how to make room. */
async function handleWithin(turn: Turn, handle: (turn: Turn) => Promise<Response> | Response): Promise<Response> {
  try {
    const cartBefore = turn.state.cart;
    turn.orderSetAside = turn.session.readBackSetAside === true;
    delete turn.session.readBackSetAside;
    turn.heldQuestions = [...turn.heldQuestions, ...(turn.session.heldQuestions ?? [])];
    const sameBreath = turn.session.sameBreath === true;
    delete turn.session.heldQuestions;
    delete turn.session.sameBreath;
    const lastChange = turn.state.undo.at(-1)?.seq;
    turn.followsAChangeOfNothing = turn.session.changedNothing === true || followsAMissedOneShot(turn, lastChange ?? 0);
    delete turn.session.changedNothing;
    turn.followsAnAddOfNothing = turn.session.addedNothing === true;
    delete turn.session.addedNothing;
    turn.followsTheLastOrder = turn.session.toldLastOrder === true;
    delete turn.session.toldLastOrder;
    turn.followsAnAdd = turn.session.justAdded === true;
    delete turn.session.justAdded;
    turn.lineJustTold = turn.session.toldLine;
    delete turn.session.toldLine;
    const addBefore = turn.session.lastAdd;
    const asked = turn.session.pending;
    const beingRead = asked ?? turn.lapsed;
    const readingTheOrder = beingRead?.kind === 'checkout' || beingRead?.kind === 'voiceCode' ? beingRead : undefined;
    let response = await handle(turn);
    // "No bagels" or "take off the bagels" while the order is read back, none in the cart: the order
    // is asked about again, as after a question; it was changed by nothing.
    const changedNothing = readingTheOrder !== undefined && CHANGE_REQUESTS.has(requestedIntent(turn.input) ?? '') && JSON.stringify(turn.state.cart) === JSON.stringify(cartBefore);
    const orderWaiting = QUESTIONS.has(intentName(turn.input) ?? '') || changedNothing ? readingTheOrder : undefined;
    if (orderWaiting !== undefined && response.shouldEndSession !== true) response = askOrderAgain(turn, orderWaiting) ?? response;
    if (response.shouldEndSession !== true) response = offerBasketAgain(turn) ?? response;
    // A request to change something that changed nothing, or asked a question instead ("which milk?"):
    // an "undo" said next is about what the shopper thinks happened (UndoIntent asks first). After
    // a one-shot, the next request comes in a new session, so the shopper's state remembers it.
    if (CHANGE_REQUESTS.has(requestedIntent(turn.input) ?? '') && turn.state.undo.at(-1)?.seq === lastChange) {
      turn.session.changedNothing = true;
      if (response.shouldEndSession === true) await rememberMissedChange(turn, lastChange ?? 0);
      // "Asparagus", not sold, with nothing asked, or only the nearest things offered: an amount said
      // next ("a bunch", "no, make that three") is of it, not of what went in before.
      const pending = turn.session.pending;
      const offeredInstead = pending === undefined || (pending.kind === 'choose' && pending.offer === true);
      if (requestedIntent(turn.input) === 'AddItemIntent' && offeredInstead && turn.session.eliciting === undefined) turn.session.addedNothing = true;
    }
    // "Add a dozen eggs" while "six eggs, should I add a dozen?" waits answers it: a held question
    // about what this turn has just added is not asked again.
    const added = turn.session.lastAdd === addBefore ? undefined : turn.session.lastAdd;
    if (added !== undefined && turn.session.pending === undefined && turn.session.eliciting === undefined) turn.session.justAdded = true;
    const held = added === undefined ? turn.heldQuestions : turn.heldQuestions.filter((question) => !isAbout(question, added.target, added.productIds) && !answeredByName(turn, question, added));
    if (added !== undefined && held.some((question) => question.kind === 'choose')) turn.session.lastAdd = { ...added, whileChoosing: true };
    if (held.length > 0 && response.shouldEndSession !== true) response = returnToHeld(turn, held, sameBreath) ?? response;
    // The visit ends with them unasked ("that's enough for today", a one-shot): the next visit asks them.
    else if (held.length > 0) await keepForNextVisit(turn, held);
    if (response.shouldEndSession === true || !turn.interruptedCheckout) return response;
    // A change made while the order was being read back, once settled, means the order is read again.
    const settled = turn.session.pending === undefined && turn.session.eliciting === undefined;
    if (!settled) {
      turn.session.readBackSetAside = true;
      return response;
    }
    const changed = JSON.stringify(turn.state.cart) !== JSON.stringify(cartBefore);
    return turn.orderSetAside || changed ? await startCheckout(turn, turn.spoken, 1) : response;
  } catch (error) {
    if (!(error instanceof LimitReached)) throw error;
    return turn.answer(turn.say.limitReached(error.limit, LIMITS[error.limit], error.target));
  }
}

/** Requests that put something in: said while a basket is offered, they leave the offer standing. */
const ADDS: ReadonlySet<string> = intentsWithEffect(INTENTS, 'adds');

/**
 * "And two more bags of bananas" said while "should I put your last order in your cart?" waits:
 * the bananas go in and the basket is asked about once more, never dropped without a word.
 */
function offerBasketAgain(turn: Turn): Response | undefined {
  const offered = turn.lapsed;
  if (offered?.kind !== 'reorder' || !ADDS.has(intentName(turn.input) ?? '') || turn.session.pending !== undefined || turn.session.eliciting !== undefined) return undefined;
  turn.session.pending = offered;
  return turn.askAgainAfter(turn.say.reorderStillOffered(offered.label, offered.lines.length), turn.say.reorderConfirmReprompt(offered.lines.length));
}

/**
 * A question answered while the order waited for "yes" or its code: the order is asked about again
 * after the answer, so the "yes" that follows agrees to an order just heard. An answer that asks
 * something of its own ("no eggs in your cart; should I add some?") sets the order aside instead,
 * to be read again once that is settled.
 */
function askOrderAgain(turn: Turn, waiting: Extract<Pending, { kind: 'checkout' | 'voiceCode' }>): Response | undefined {
  const { pending, eliciting } = turn.session;
  if (pending === undefined && eliciting === undefined) turn.session.pending = waiting;
  else if (pending?.kind !== waiting.kind) {
    turn.session.readBackSetAside = true;
    return undefined;
  }
  if (turn.askedToOrder) return undefined;
  const say = turn.say;
  return waiting.kind === 'checkout' ? turn.askAgainAfter(say.orderStillWaiting(), say.checkoutReprompt(waiting.quote.quote.total)) : turn.askAgainAfter(say.askVoiceCodeReprompt());
}

/**
 * "Which cereal?" answered by naming one that was not offered ("the one with marshmallows", a
 * cereal found on the options' shelf): the one thing added right after the question is the cereal,
 * when its name or its aisle says the thing asked about (onions, shelved with the potatoes, are no potatoes).
 */
function answeredByName(turn: Turn, question: ItemQuestion, added: LastAdd): boolean {
  const asked = turn.lapsed;
  const [productId, other] = added.productIds;
  if (asked?.kind !== 'choose' || question.kind !== 'choose' || productId === undefined || other !== undefined) return false;
  if (question.phrase !== asked.phrase || question.target !== added.target) return false;
  const { byId } = turn.services.catalog;
  const product = byId.get(productId);
  const shelf = product?.category;
  const thing = words(question.phrase).map(stem).at(-1);
  const aisle = shelf?.split('>').at(-1) ?? '';
  const saysTheThing = thing !== undefined && words(`${product?.name ?? ''} ${aisle}`).some((word) => stem(word) === thing);
  return shelf !== undefined && saysTheThing && question.options.some((option) => byId.get(option.productId)?.category === shelf);
}

function isAbout(question: ItemQuestion, target: string, productIds: readonly string[]): boolean {
  const ids = question.kind === 'choose' ? question.options.map((option) => option.productId) : [question.line.productId];
  return question.target === target && ids.some((id) => productIds.includes(id));
}

/**
 * Items of an earlier request still waiting on a question come back once this turn has nothing
 * else to ask: the answer, then "And which bread did you mean…". While it does ask something,
 * they wait behind its question.
 */
function returnToHeld(turn: Turn, held: readonly ItemQuestion[], sameBreath: boolean): Response | undefined {
  const { pending } = turn.session;
  const [question, ...rest] = held;
  if (question === undefined) return undefined;
  if (pending === undefined && turn.session.eliciting === undefined) {
    const before = turn.spoken === undefined ? [] : [turn.spoken];
    if (!sameBreath) return askItemQuestion(turn, question, rest, before, true);
    const standing: Pending = rest.length === 0 ? question : { ...question, next: rest };
    turn.session.pending = standing;
    const recalled = questionAgain(turn, standing);
    return turn.askAgainAfter(recalled);
  }
  const asking = itemQuestionsOf(pending);
  const [first, ...next] = asking;
  if (first !== undefined) turn.session.pending = { ...first, next: [...next, ...held] };
  else turn.session.heldQuestions = [question, ...rest];
  return undefined;
}

export function requestHandler(type: string, handle: (turn: Turn) => Promise<Response> | Response): RequestHandler {
  return {
    canHandle: (input) => input.requestEnvelope.request.type === type,
    handle: (input) => handle(turnOf(input)),
  };
}
