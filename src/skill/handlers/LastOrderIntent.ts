import { intentHandler } from '../handler.ts';
import { tellLastOrder } from '../flows/orders.ts';
import { offerBasket } from '../flows/reordering.ts';

/**
 * "What did I get last time?": the last order's items as the store names them; the cart is left as
 * it is. Without a linked account the store's orders can't be asked, but the history voicecart
 * keeps for the household still answers: its last basket is read and offered, as a reorder is.
 */
export const LastOrderIntent = intentHandler(['LastOrderIntent'], async (turn) => {
  if (turn.accessToken === undefined && (await turn.pastOrders()).length > 0) {
    const offered = await offerBasket(turn, 'last order');
    if (offered !== undefined) return offered;
  }
  return tellLastOrder(turn);
});
