import { intentHandler } from '../handler.ts';
import { askToCancelOrder } from '../flows/orders.ts';

/**
 * "Cancel my order": the order placed is named and a "yes" cancels it, while the store can still
 * stop it. Said while this order is being read back, or waits for its code, it is this order the
 * shopper calls off: nothing is placed, and no earlier order is touched.
 */
export const CancelOrderIntent = intentHandler(['CancelOrderIntent'], (turn) => {
  if (!turn.interruptedCheckout) return askToCancelOrder(turn);
  turn.abandonCheckout();
  return turn.answer(turn.say.orderNotPlaced(), { invite: true });
});
