import type { Response } from 'ask-sdk-model';
import type { CheckoutQuote } from '../../checkout/checkout.ts';
import type { PlaceOutcome } from '../../checkout/checkout.ts';
import { removeProduct } from '../../cart/lines.ts';
import { joinSsml, type Ssml } from '../ssml.ts';
import { MOST_NAMED } from '../speech/voice.ts';
import { triesACode, voiceCodeSaid } from '../../nlu/numbers.ts';
import type { Turn } from '../turn.ts';

/**
 * The voice code, when the store asked for it, in whatever slot it was heard: "its two four six
 * eight" written without its apostrophe sounds like a product to add, yet only a code was asked for.
 */
export function codeHeardIn(slots: Readonly<Record<string, string | undefined>>): string | undefined {
  return Object.values(slots).map((value) => (value === undefined ? undefined : voiceCodeSaid(value))).find((code) => code !== undefined);
}

/**
 * Whether what was heard is an attempt at the code ("its four"), all of it: asked again, never taken
 * for a product. "Add four apples" says more than numbers, and is a request.
 */
export function codeTriedIn(slots: Readonly<Record<string, string | undefined>>): boolean {
  const heard = Object.values(slots).filter((value) => value !== undefined);
  return heard.length > 0 && heard.every((value) => triesACode(value));
}

/** How long placing an order may take before the shopper hears "one moment". */
const PROGRESS_AFTER_MS = 1000;

/**
 * Reads the quote waiting for a "yes": seller, what was left out, items a few at a time, delivery,
 * and the total. A reply names at most three products, so the first chunk is shorter by what was
 * left out, and an item that stands in for another counts as two.
 */
export function readCheckout(turn: Turn, preface?: Ssml, prefaceNames = 0): Response {
  const pending = turn.session.pending;
  if (pending?.kind !== 'checkout') return turn.answer(turn.say.nothingMore());
  const { quote } = pending.quote;
  const namesOf = (ids: readonly string[]): string[] => {
    const wanted = new Set(ids);
    return pending.quote.lines.filter((line) => wanted.has(line.productId)).map((line) => line.name);
  };
  const unavailable = namesOf(quote.unavailable);
  const unpriced = namesOf(quote.unpriced ?? []);
  const missing = pending.offset === 0 ? unavailable.length + unpriced.length : 0;
  const missingMax = Math.min(missing, MOST_NAMED - 1);
  let count = 0;
  let named = missingMax + prefaceNames;
  for (const item of quote.items.slice(pending.offset, pending.offset + turn.chunkSize)) {
    named += item.substitution === undefined ? 1 : 2;
    if (count > 0 && named > MOST_NAMED) break;
    count++;
  }
  const speech = turn.say.checkoutReadBack({
    seller: quote.seller,
    // The cart's line keeps the size, which says how the product is sold ("a dozen", "two packs of").
    items: quote.items.map((item) => ({ ...item, size: pending.quote.lines.find((line) => line.productId === item.productId)?.size })),
    offset: pending.offset,
    count,
    unavailable,
    unpriced,
    missingMax,
    delivery: quote.delivery.window,
    tax: quote.tax,
    fees: quote.fees,
    total: quote.total,
  });
  // Past the last item "more" reads nothing and moves on as far as a chunk would have.
  turn.session.pending = { ...pending, offset: pending.offset + (count === 0 ? turn.chunkSize : count) };
  turn.askedToOrder = true;
  return turn.answer(preface === undefined ? speech : joinSsml([preface, speech]), { reprompt: turn.say.checkoutReprompt(quote.total) });
}

/**
 * "Check out": quotes the cart at the store and reads it back; nothing is bought until "yes".
 * `prefaceNames` says how many products the preface named, so the reply still names no more than
 * a listener can hold.
 */
export async function startCheckout(turn: Turn, preface?: Ssml, prefaceNames = 0): Promise<Response> {
  const say = turn.say;
  const seller = turn.services.seller;
  const outcome = await turn.services.checkout.quote(turn.accessToken, turn.state.cart);
  switch (outcome.kind) {
    case 'quoted':
      turn.session.pending = { kind: 'checkout', quote: outcome.quote, offset: 0 };
      return readCheckout(turn, preface, prefaceNames);
    case 'not_linked':
      return linkAccount(turn);
    case 'empty':
      return turn.answer(say.empty('cart'));
    case 'nothing_available':
      return turn.answer(say.nothingAvailable(outcome.unavailable.map((line) => line.name), outcome.unpriced.map((line) => line.name)));
    case 'unavailable':
      return turn.answer(say.storeUnavailable(seller));
    case 'refused':
      return turn.answer(say.storeRefused(outcome.message));
  }
}

export function linkAccount(turn: Turn, purpose: 'checkout' | 'orders' = 'checkout'): Response {
  turn.input.responseBuilder.withLinkAccountCard();
  // A question about orders asked while shopping leaves the shopping going: the card waits in the app.
  return turn.answer(turn.say.linkAccount(turn.services.seller, purpose), purpose === 'orders' ? { invite: true } : { end: true });
}

/**
 * Tells the shopper "one moment" through Alexa's progressive response API when the store is slow,
 * so the wait is not silence. Outside Alexa (tests, chat) there is no such API and nothing is sent.
 */
function progressAfter<T>(turn: Turn, work: Promise<T>): Promise<T> {
  const system = turn.input.requestEnvelope.context?.System;
  const client = turn.input.serviceClientFactory;
  if (system?.apiEndpoint === undefined || system.apiEndpoint === '' || client === undefined) return work;
  const requestId = turn.input.requestEnvelope.request.requestId;
  const timer = setTimeout(() => {
    client
      .getDirectiveServiceClient()
      .enqueue({ header: { requestId }, directive: { type: 'VoicePlayer.Speak', speech: `<speak>${turn.say.placingOrder().markup}</speak>` } })
      .catch((error: unknown) => turn.services.logger.warn({ err: String(error) }, 'progressive response failed'));
  }, PROGRESS_AFTER_MS);
  return work.finally(() => clearTimeout(timer));
}

/** The shopper said yes (and, where asked, their voice code): place the order exactly once. */
export async function placeConfirmedOrder(turn: Turn, quote: CheckoutQuote, voiceCode: string | undefined): Promise<Response> {
  const outcome = await progressAfter(turn, turn.services.checkout.place(turn.accessToken, quote, voiceCode));
  return answerPlacement(turn, quote, outcome);
}

async function answerPlacement(turn: Turn, quote: CheckoutQuote, outcome: PlaceOutcome): Promise<Response> {
  const say = turn.say;
  const seller = turn.services.seller;
  switch (outcome.kind) {
    case 'placed': {
      const { order } = outcome;
      // Only what was bought leaves the cart: what the store couldn't sell or price stays for next time.
      const ordered = new Set(quote.quote.items.map((item) => item.substitution?.forProductId ?? item.productId));
      await turn.update((state) => ({
        state: { ...state, cart: [...ordered].reduce((cart, id) => removeProduct(cart, id), state.cart), lastOrderId: order.orderId },
        result: undefined,
      }));
      const card = say.orderCard(seller, quote.quote.items.map((item) => `${item.quantity} × ${item.name}: $${item.lineTotal.toFixed(2)}`), order.total, order.deliveryWindow, order.orderId);
      turn.input.responseBuilder.withSimpleCard(card.title, card.text);
      return turn.answer(say.orderPlaced(order.summary, order.deliveryWindow), { end: true });
    }
    case 'needs_voice_code':
      turn.session.pending = { kind: 'voiceCode', quote };
      return turn.answer(say.askVoiceCode(), { reprompt: say.askVoiceCodeReprompt() });
    case 'wrong_voice_code':
      if (outcome.attemptsLeft <= 0) return turn.answer(say.voicePurchasingLocked(seller), { end: true });
      turn.session.pending = { kind: 'voiceCode', quote };
      return turn.answer(say.wrongVoiceCode(outcome.attemptsLeft), { reprompt: say.askVoiceCodeReprompt() });
    case 'locked':
      return turn.answer(say.voicePurchasingLocked(seller), { end: true });
    case 'expired':
      return startCheckout(turn, say.quoteExpired());
    case 'pending': {
      const pending = outcome.pending;
      await turn.update((state) => ({ state: { ...state, pendingOrders: [...state.pendingOrders, pending] }, result: undefined }));
      return turn.answer(say.orderPending(seller), { end: true });
    }
    case 'not_linked':
      return linkAccount(turn);
    case 'unavailable':
      return turn.answer(say.storeUnavailable(seller));
    case 'refused':
      return turn.answer(say.storeRefused(outcome.message));
  }
}

/**
 * Orders whose outcome was unknown are settled when the shopper comes back: replayed under their
 * own idempotency key, so the store answers with the order it placed, or places it once now.
 */
export async function settlePendingOrders(turn: Turn): Promise<Ssml | null> {
  const pendingOrders = turn.state.pendingOrders;
  if (pendingOrders.length === 0 || turn.accessToken === undefined) return null;
  const said: Ssml[] = [];
  const settled = new Set<string>();
  for (const pending of pendingOrders) {
    const outcome = await turn.services.checkout.reconcile(turn.accessToken, pending);
    if (outcome.kind === 'unknown' || outcome.kind === 'not_linked') continue;
    settled.add(pending.idempotencyKey);
    if (outcome.kind === 'placed') said.push(turn.say.pendingSettled(outcome.order.summary));
    if (outcome.kind === 'not_placed') said.push(turn.say.pendingFailed(outcome.message));
  }
  if (settled.size > 0) {
    await turn.update((state) => ({
      state: { ...state, pendingOrders: state.pendingOrders.filter((p) => !settled.has(p.idempotencyKey)) },
      result: undefined,
    }));
  }
  return said.length === 0 ? null : joinSsml(said);
}
