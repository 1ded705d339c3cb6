import { intentHandler } from '../handler.ts';
import { readCheckout, startCheckout } from '../flows/checking-out.ts';
import { confirmPending } from '../flows/confirming.ts';
import { askItemQuestion } from '../flows/adding.ts';
import { itemQuestionsOf } from '../session.ts';

/**
 * "Check out": a quote from the store, read back with seller, items, delivery and total; "yes" buys.
 * Said once the whole read-back has been heard ("place the order", "go ahead and order"), it is the
 * yes; said before, the read-back goes on. Items still waiting on a question ("which bread?") are
 * settled first: an order is never read back while something the shopper asked for is unsettled.
 */
export const CheckoutIntent = intentHandler(['CheckoutIntent'], (turn) => {
  const say = turn.say;
  const pending = turn.session.pending;
  if (pending?.kind === 'checkout') return pending.offset < pending.quote.quote.items.length ? readCheckout(turn) : confirmPending(turn, pending);
  const [question, ...rest] = [...itemQuestionsOf(pending), ...turn.heldQuestions];
  turn.heldQuestions = [];
  if (question !== undefined) return askItemQuestion(turn, question, rest, [say.settleBeforeCheckout()], false);
  turn.session.pending = undefined;
  return startCheckout(turn);
});
