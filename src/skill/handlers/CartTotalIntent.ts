import { linesOf } from '../../cart/changes.ts';
import { totalOf } from '../../cart/lines.ts';
import { targetKey } from '../../lists/names.ts';
import { intentHandler } from '../handler.ts';

/**
 * "What's my total?", "what's the delivery fee?" — an estimate from shelf prices; while the order
 * waits for "yes" or its code, the store's own quote (and the order is asked about again).
 */
export const CartTotalIntent = intentHandler(['CartTotalIntent'], (turn) => {
  const pending = turn.session.pending;
  if (pending?.kind === 'checkout' || pending?.kind === 'voiceCode') return turn.answer(turn.say.checkoutCosts(pending.quote.quote));
  // "How much will all that be" while a list is being filled is asked of that list.
  const target = turn.listInPlay();
  const lines = linesOf(turn.state, target);
  const { total, unpriced } = totalOf(lines);
  return turn.answer(turn.say.total(total, unpriced, lines.length, targetKey(target)));
});
