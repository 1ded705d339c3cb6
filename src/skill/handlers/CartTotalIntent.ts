import { totalOf } from '../../cart/lines.ts';
import { intentHandler } from '../handler.ts';

/** "What's my total?" — an estimate from shelf prices; the exact total comes with the checkout quote. */
export const CartTotalIntent = intentHandler(['CartTotalIntent'], (turn) => {
  const { total, unpriced } = totalOf(turn.state.cart);
  return turn.answer(turn.say.total(total, unpriced, turn.state.cart.length));
});
