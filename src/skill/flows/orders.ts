import type { Response } from 'ask-sdk-model';
import type { OrderDetail } from '../../backend/contract.ts';
import { joinSsml, type Ssml } from '../ssml.ts';
import type { Turn } from '../turn.ts';
import { linkAccount, settlePendingOrders } from './checking-out.ts';

/**
 * Questions about orders already placed, answered from the store's own order list: where the order
 * is and when it arrives, what the last order had, and cancelling it while the store can. Nothing
 * here changes the cart: "what did I get last time" is a question, not a reorder.
 */

/** The last order, or what to say instead (no orders, not linked, the store unreachable). */
async function lastOrder(turn: Turn, preface: readonly Ssml[]): Promise<{ order: OrderDetail } | { response: Response }> {
  const say = turn.say;
  const outcome = await turn.services.checkout.status(turn.accessToken, turn.state.lastOrderId);
  switch (outcome.kind) {
    case 'found':
      return { order: outcome.order };
    case 'no_orders':
    case 'not_found':
      return { response: turn.answer(joinSsml([...preface, say.noOrders()])) };
    case 'not_linked':
      return { response: linkAccount(turn, 'orders') };
    case 'unavailable':
      return { response: turn.answer(say.storeUnavailable(turn.services.seller)) };
  }
}

/** "Where's my order?", "when will it arrive?": after settling any order still unconfirmed. */
export async function tellOrderStatus(turn: Turn): Promise<Response> {
  const settled = await settlePendingOrders(turn);
  const preface = settled === null ? [] : [settled];
  const found = await lastOrder(turn, preface);
  if ('response' in found) return found.response;
  return turn.answer(joinSsml([...preface, turn.say.orderStatus(found.order)]));
}

/** "What did I get last time?": the last order's items, named as the store names them, and where it is. */
export async function tellLastOrder(turn: Turn): Promise<Response> {
  const found = await lastOrder(turn, []);
  if ('response' in found) return found.response;
  const { order } = found;
  turn.session.toldLastOrder = true;
  return turn.answer(turn.say.lastOrder(order, orderedLines(turn, order)));
}

/** An order's items, named as the store names them, else as the catalog does. */
function orderedLines(turn: Turn, order: OrderDetail): { quantity: number; unit: string | null; name: string; size: string | undefined }[] {
  return order.items.map((item) => {
    const product = turn.services.catalog.byId.get(item.productId);
    return { quantity: item.quantity, unit: item.unit, name: item.name ?? product?.name ?? item.productId, size: product?.size };
  });
}

/** "Cancel my order": the order is named and a "yes" cancels it (see `cancelConfirmed`), while the store can. */
export async function askToCancelOrder(turn: Turn): Promise<Response> {
  const say = turn.say;
  const found = await lastOrder(turn, []);
  if ('response' in found) return found.response;
  const { order } = found;
  if (order.status === 'cancelled') return turn.answer(say.orderAlreadyCancelled());
  if (order.status !== 'placed') return turn.answer(say.cancelTooLate(order));
  turn.session.pending = { kind: 'cancelOrder', orderId: order.orderId };
  // Its items are named: a shopper with two orders coming hears which one a "yes" would cancel.
  return turn.ask(say.confirmCancelOrder(order, orderedLines(turn, order).map((line) => line.name)), say.confirmCancelOrderReprompt());
}

/** The shopper said yes to cancelling: the store cancels it, or says it is too late. */
export async function cancelConfirmed(turn: Turn, orderId: string): Promise<Response> {
  const say = turn.say;
  const outcome = await turn.services.checkout.cancel(turn.accessToken, orderId);
  switch (outcome.kind) {
    case 'cancelled':
      return turn.answer(say.orderCancelled(outcome.order));
    case 'too_late':
      return turn.answer(say.cancelTooLate(outcome.order));
    case 'no_orders':
    case 'not_found':
      return turn.answer(say.noOrders());
    case 'unknown':
      return turn.answer(say.cancelUnconfirmed(turn.services.seller));
    case 'not_linked':
      return linkAccount(turn, 'orders');
    case 'unavailable':
      return turn.answer(say.storeUnavailable(turn.services.seller));
  }
}
