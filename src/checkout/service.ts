/**
 * Checkout bound to one store backend, in the shape the skill's services carry. A shopper who hasn't
 * linked their store account has no access token; every operation then answers `not_linked`.
 */
import type { BackendClient } from '../backend/client.ts';
import type { Line, PendingOrder } from '../shopper/state.ts';
import { cancelOrder, orderStatus, placeOrder, quoteCart, reconcilePending } from './checkout.ts';
import type { CancelOutcome, CheckoutQuote, PlaceOutcome, QuoteOutcome, ReconcileOutcome, StatusOutcome } from './checkout.ts';

export interface CheckoutService {
  /** Prices the cart for the read-back. */
  quote(token: string | undefined, lines: readonly Line[]): Promise<QuoteOutcome>;
  /** Buys a quote the shopper said yes to; `voiceCode` as heard, when the store asked for it. */
  place(token: string | undefined, quote: CheckoutQuote, voiceCode?: string): Promise<PlaceOutcome>;
  /** Settles an order recorded as pending; call it at the start of the shopper's next session. */
  reconcile(token: string | undefined, pending: PendingOrder): Promise<ReconcileOutcome>;
  /**
   * The order's status, its items (named) and its delivery window, or the latest order's when no id
   * is given: "where's my order", "when will it arrive", "what did I get last time".
   */
  status(token: string | undefined, orderId?: string): Promise<StatusOutcome>;
  /** Cancels the order (the latest still open when no id is given) if it isn't picked yet. */
  cancel(token: string | undefined, orderId?: string): Promise<CancelOutcome>;
}

export function createCheckoutService(client: BackendClient, now: () => Date = () => new Date()): CheckoutService {
  const notLinked = { kind: 'not_linked' } as const;
  return {
    quote: async (token, lines) => (token === undefined ? notLinked : quoteCart(client, token, lines)),
    place: async (token, quote, voiceCode) =>
      token === undefined ? notLinked : placeOrder(client, token, quote, { now, ...(voiceCode === undefined ? {} : { voiceCode }) }),
    reconcile: async (token, pending) => (token === undefined ? notLinked : reconcilePending(client, token, pending, now)),
    status: async (token, orderId) => (token === undefined ? notLinked : orderStatus(client, token, orderId)),
    cancel: async (token, orderId) => (token === undefined ? notLinked : cancelOrder(client, token, orderId)),
  };
}
