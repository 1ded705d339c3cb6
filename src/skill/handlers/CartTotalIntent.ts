import { linesOf } from '../../cart/changes.ts';
import { totalOf } from '../../cart/lines.ts';
import { targetKey } from '../../lists/names.ts';
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
  // "How much will all that be" while a list is being filled is asked of that list.
  const target = turn.listInPlay();
  const lines = linesOf(turn.state, target);
  const { total, unpriced } = totalOf(lines);
  return turn.answer(turn.say.total(total, unpriced, lines.length, targetKey(target)));
});
