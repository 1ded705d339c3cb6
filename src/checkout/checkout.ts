/**
 * Checkout as the skill's handlers need it: quote the cart, place the confirmed quote (with the voice
 * code when the store asks for one), settle an order whose fate was unknown, and say where an order is.
 * Each answer is a small tagged union the handler turns into speech; nothing here knows about Alexa.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { QuoteSchema, VoiceCodeSchema } from '../backend/contract.ts';
import type { OrderDetail, PlacedOrder, RequestedItem } from '../backend/contract.ts';
import type { BackendClient, BackendFailure } from '../backend/client.ts';
import { LineSchema } from '../shopper/state.ts';
import type { Line, PendingOrder } from '../shopper/state.ts';

/** A quote and the cart lines it priced: what the read-back says and what "yes" will buy. */
export const CheckoutQuoteSchema = z.object({ quote: QuoteSchema, lines: z.array(LineSchema).min(1) });
export type CheckoutQuote = z.infer<typeof CheckoutQuoteSchema>;

/** The token was missing, expired or revoked: the shopper must link (again) in the Alexa app. */
export interface NotLinked {
  readonly kind: 'not_linked';
}
/** The store couldn't be reached, and nothing was bought. */
export interface StoreUnavailable {
  readonly kind: 'unavailable';
}
export interface Refusal {
  readonly kind: 'refused';
  readonly code: string;
  readonly message: string;
}

export type QuoteOutcome =
  /** `unpriced`: lines the store sells but can't price yet, left out of the quote and of the order. */
  | { readonly kind: 'quoted'; readonly quote: CheckoutQuote; readonly unavailable: readonly Line[]; readonly unpriced: readonly Line[] }
  | { readonly kind: 'empty' }
  | { readonly kind: 'nothing_available'; readonly unavailable: readonly Line[]; readonly unpriced: readonly Line[] }
  | NotLinked
  | StoreUnavailable
  | Refusal;

export type PlaceOutcome =
  | { readonly kind: 'placed'; readonly order: PlacedOrder }
  | { readonly kind: 'needs_voice_code' }
  | { readonly kind: 'wrong_voice_code'; readonly attemptsLeft: number }
  | { readonly kind: 'locked' }
  /** The quote ran out (or the store lost it): quote again and read the new total back. */
  | { readonly kind: 'expired' }
  /** Unknown whether the order went through: record `pending` and tell the shopper it will be confirmed. */
  | { readonly kind: 'pending'; readonly pending: PendingOrder }
  | NotLinked
  | StoreUnavailable
  | Refusal;

export type ReconcileOutcome =
  | { readonly kind: 'placed'; readonly order: PlacedOrder }
  /** The store refused it on replay (a voice code is needed, the products ran out…): nothing was bought. */
  | { readonly kind: 'not_placed'; readonly code: string; readonly message: string }
  /** Still no answer: keep the pending order and try again later. */
  | { readonly kind: 'unknown' }
  /** Too old to replay safely (the store forgets keys after a day): stop retrying; the store's order list tells. */
  | { readonly kind: 'gave_up' }
  | NotLinked;

export type StatusOutcome =
  | { readonly kind: 'found'; readonly order: OrderDetail }
  | { readonly kind: 'no_orders' }
  | { readonly kind: 'not_found' }
  | NotLinked
  | StoreUnavailable;

export type CancelOutcome =
  /** Cancelled now, or already: nothing of it will be delivered. */
  | { readonly kind: 'cancelled'; readonly order: OrderDetail }
  /** Picked, on its way or delivered: the store can't stop it; `order` says where it is, when known. */
  | { readonly kind: 'too_late'; readonly order: OrderDetail | undefined; readonly message: string }
  | { readonly kind: 'no_orders' }
  | { readonly kind: 'not_found' }
  /** The store may or may not have cancelled it: ask again (cancelling twice is harmless). */
  | { readonly kind: 'unknown' }
  | NotLinked
  | StoreUnavailable;

/** Replays stop well inside the store's 24-hour idempotency window, so a late replay can never order twice. */
export const RECONCILE_WINDOW_MS = 20 * 60 * 60 * 1000;

/**
 * The idempotency key for placing a quote. A "yes" that arrives twice, or a retry after a voice code,
 * carries the same quote and so the same key; a new checkout has a new quote and so a new key. The
 * store scopes keys per customer and quote ids are random, so the quote id alone is enough.
 */
export function orderKeyFor(quoteId: string): string {
  return `vc1-${createHash('sha256').update(`voicecart order\u0000${quoteId}`).digest('hex').slice(0, 40)}`;
}

/** What the backend is asked for: each cart line as product, amount and unit. */
export function itemsOf(lines: readonly Line[]): RequestedItem[] {
  return lines.map((line) => ({ productId: line.productId, quantity: line.quantity, unit: line.unit }));
}

/** What to keep when the outcome is unknown: enough to replay the very same request later. */
export function pendingOrderFor(quote: CheckoutQuote, idempotencyKey: string, at: Date): PendingOrder {
  return { idempotencyKey, lines: quote.lines, total: quote.quote.total, at: at.toISOString() };
}

/** Spoken codes arrive as "1 2 3 4" or "12 34"; anything that isn't four digits then is asked for again. */
export function normaliseVoiceCode(heard: string): string | undefined {
  const digits = heard.replace(/[\s-]/g, '');
  return VoiceCodeSchema.safeParse(digits).success ? digits : undefined;
}

function commonFailure(failure: BackendFailure): NotLinked | StoreUnavailable | Refusal {
  if (failure.kind !== 'refused') return { kind: 'unavailable' };
  if (failure.status === 401) return { kind: 'not_linked' };
  return { kind: 'refused', code: failure.code, message: failure.message };
}

export async function quoteCart(client: BackendClient, token: string, lines: readonly Line[]): Promise<QuoteOutcome> {
  if (lines.length === 0) return { kind: 'empty' };
  const result = await client.quote(token, { items: itemsOf(lines) });
  if (result.kind !== 'ok') return commonFailure(result);
  const unavailableIds = new Set(result.value.unavailable);
  const unpricedIds = new Set(result.value.unpriced ?? []);
  const unavailable = lines.filter((line) => unavailableIds.has(line.productId));
  const unpriced = lines.filter((line) => unpricedIds.has(line.productId));
  if (result.value.items.length === 0) return { kind: 'nothing_available', unavailable, unpriced };
  return { kind: 'quoted', quote: { quote: result.value, lines: [...lines] }, unavailable, unpriced };
}

export async function placeOrder(
  client: BackendClient,
  token: string,
  quote: CheckoutQuote,
  options: { readonly voiceCode?: string; readonly idempotencyKey?: string; readonly now?: () => Date } = {},
): Promise<PlaceOutcome> {
  const key = options.idempotencyKey ?? orderKeyFor(quote.quote.quoteId);
  const now = options.now ?? (() => new Date());
  let voiceCode: string | undefined;
  if (options.voiceCode !== undefined) {
    voiceCode = normaliseVoiceCode(options.voiceCode);
    if (voiceCode === undefined) return { kind: 'needs_voice_code' };
  }
  const body = { quoteId: quote.quote.quoteId, items: itemsOf(quote.lines), ...(voiceCode === undefined ? {} : { voiceCode }) };
  const result = await client.placeOrder(token, body, key);
  switch (result.kind) {
    case 'ok':
      return { kind: 'placed', order: result.value };
    case 'unknown':
      return { kind: 'pending', pending: pendingOrderFor(quote, key, now()) };
    case 'unavailable':
      return { kind: 'unavailable' };
    case 'refused':
      switch (result.code) {
        case 'voice_code_required':
          return { kind: 'needs_voice_code' };
        case 'voice_code_wrong':
          return { kind: 'wrong_voice_code', attemptsLeft: result.attemptsLeft ?? 0 };
        case 'voice_purchasing_locked':
          return { kind: 'locked' };
        case 'quote_expired':
        case 'quote_not_found':
        case 'quote_mismatch':
          return { kind: 'expired' };
        default:
          return commonFailure(result);
      }
  }
}

/**
 * Settles an order whose outcome was unknown by sending the very same request again under the same key:
 * if the store placed it, it answers with that order and places nothing new; if the first request never
 * arrived, the order the shopper said yes to is placed now, at the store's current prices.
 */
export async function reconcilePending(
  client: BackendClient,
  token: string,
  pending: PendingOrder,
  now: () => Date = () => new Date(),
): Promise<ReconcileOutcome> {
  if (now().getTime() - Date.parse(pending.at) > RECONCILE_WINDOW_MS) return { kind: 'gave_up' };
  // The pending record has no quote id, and the store leaves it out of a key's fingerprint, so this matches.
  const result = await client.placeOrder(token, { items: itemsOf(pending.lines) }, pending.idempotencyKey);
  switch (result.kind) {
    case 'ok':
      return { kind: 'placed', order: result.value };
    case 'unknown':
    case 'unavailable':
      return { kind: 'unknown' };
    case 'refused':
      return result.status === 401 ? { kind: 'not_linked' } : { kind: 'not_placed', code: result.code, message: result.message };
  }
}

/** Where an order is; without an id, the customer's latest order. */
export async function orderStatus(client: BackendClient, token: string, orderId?: string): Promise<StatusOutcome> {
  if (orderId !== undefined) {
    const result = await client.orderStatus(token, orderId);
    if (result.kind === 'ok') return { kind: 'found', order: result.value };
    if (result.kind === 'refused' && result.status === 404) return { kind: 'not_found' };
    return statusFailure(result);
  }
  const result = await client.orders(token);
  if (result.kind !== 'ok') return statusFailure(result);
  const latest = result.value.orders.at(-1);
  return latest === undefined ? { kind: 'no_orders' } : { kind: 'found', order: latest };
}

function statusFailure(failure: BackendFailure): NotLinked | StoreUnavailable {
  return failure.kind === 'refused' && failure.status === 401 ? { kind: 'not_linked' } : { kind: 'unavailable' };
}

/**
 * The order a "cancel my order" means: the one given, else the customer's latest order still open
 * (placed or being packed), else their latest at all, whose status then says why it can't be cancelled.
 */
async function orderToCancel(
  client: BackendClient,
  token: string,
  orderId: string | undefined,
): Promise<{ order: OrderDetail } | Exclude<StatusOutcome, { kind: 'found' }>> {
  if (orderId !== undefined) {
    const found = await orderStatus(client, token, orderId);
    return found.kind === 'found' ? { order: found.order } : found;
  }
  const result = await client.orders(token);
  if (result.kind !== 'ok') return statusFailure(result);
  const orders = result.value.orders;
  const open = orders.filter((order) => order.status === 'placed' || order.status === 'packing').at(-1);
  const latest = open ?? orders.at(-1);
  return latest === undefined ? { kind: 'no_orders' } : { order: latest };
}

/** Cancels an order while the store can still stop it (see `orderToCancel` for which order). */
export async function cancelOrder(client: BackendClient, token: string, orderId?: string): Promise<CancelOutcome> {
  const target = await orderToCancel(client, token, orderId);
  if (!('order' in target)) return target;
  const { order } = target;
  if (order.status === 'cancelled') return { kind: 'cancelled', order };
  const result = await client.cancelOrder(token, order.orderId);
  switch (result.kind) {
    case 'ok':
      return { kind: 'cancelled', order: result.value };
    case 'unknown':
      return { kind: 'unknown' };
    case 'unavailable':
      return { kind: 'unavailable' };
    case 'refused':
      if (result.status === 401) return { kind: 'not_linked' };
      if (result.status === 404) return { kind: 'not_found' };
      if (result.code === 'order_not_cancellable') {
        const now = await client.orderStatus(token, order.orderId);
        return { kind: 'too_late', order: now.kind === 'ok' ? now.value : order, message: result.message };
      }
      return { kind: 'too_late', order, message: result.message };
  }
}
