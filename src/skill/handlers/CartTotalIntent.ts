import { totalOf } from '../../cart/lines.ts';
import { intentHandler } from '../handler.ts';

/**
 * "What's my total?", "what's the delivery fee?" — an estimate from shelf prices; while a checkout
 * read-back waits for "yes", the store's own quote, and the question is asked again.
 */
export const CartTotalIntent = intentHandler(['CartTotalIntent'], (turn) => {
  const pending = turn.session.pending;
  if (pending?.kind === 'checkout') {
    const { quote } = pending.quote;
    return turn.answer(turn.say.checkoutCosts(quote), { reprompt: turn.say.checkoutReprompt(quote.total) });
  }
  const { total, unpriced } = totalOf(turn.state.cart);
  return turn.answer(turn.say.total(total, unpriced, turn.state.cart.length));
});
