import { intentHandler } from '../handler.ts';
import { tellOrderStatus } from '../flows/orders.ts';

/**
 * "Where's my order?", "when will it arrive?" — from the store's own order status, after settling
 * any order still unconfirmed; while an order waits for "yes" or its code, when that one would come.
 */
export const OrderStatusIntent = intentHandler(['OrderStatusIntent'], (turn) => {
  const pending = turn.session.pending;
  if (pending?.kind === 'checkout' || pending?.kind === 'voiceCode') return turn.answer(turn.say.deliveryIfOrdered(pending.quote.quote.delivery.window));
  return tellOrderStatus(turn);
});
