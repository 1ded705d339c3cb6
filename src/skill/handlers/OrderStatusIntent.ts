import { intentHandler } from '../handler.ts';
import { linkAccount, settlePendingOrders } from '../flows/checking-out.ts';
import { joinSsml } from '../ssml.ts';

/** "Where's my order?" — from the store's own order status, after settling any order still unconfirmed. */
export const OrderStatusIntent = intentHandler(['OrderStatusIntent'], async (turn) => {
  const say = turn.say;
  const settled = await settlePendingOrders(turn);
  const outcome = await turn.services.checkout.status(turn.accessToken, turn.state.lastOrderId);
  const preface = settled === null ? [] : [settled];
  switch (outcome.kind) {
    case 'found':
      return turn.answer(joinSsml([...preface, say.orderStatus(outcome.order)]));
    case 'no_orders':
    case 'not_found':
      return turn.answer(joinSsml([...preface, say.noOrders()]));
    case 'not_linked':
      return linkAccount(turn, 'orders');
    case 'unavailable':
      return turn.answer(say.storeUnavailable(turn.services.seller));
  }
});
