import { intentHandler } from '../handler.ts';
import { readCheckout, startCheckout } from '../flows/checking-out.ts';
import { joinSsml } from '../ssml.ts';
import { askItemQuestion } from '../flows/adding.ts';
import { itemQuestionsOf } from '../session.ts';

/**
 * "Check out": a quote from the store, read back with seller, items, delivery and total; "yes" buys.
 * Said again during the read-back, it never buys: "check out" and "place the order" are one intent
 * to Alexa, and a shopper repeating the request has not said yes. The read-back goes on, or, once
 * heard whole, the shopper is told a yes places it. Items still waiting on a question ("which
 * bread?") are settled first: an order is never read back while something asked for is unsettled.
 */
export const CheckoutIntent = intentHandler(['CheckoutIntent'], (turn) => {
  const say = turn.say;
  const pending = turn.session.pending;
  if (pending?.kind === 'checkout') {
    if (pending.offset < pending.quote.quote.items.length) return readCheckout(turn);
    const question = say.checkoutReprompt(pending.quote.quote.total);
    return turn.answer(joinSsml([say.yesPlacesTheOrder(), question]), { reprompt: question });
  }
  const [question, ...rest] = [...itemQuestionsOf(pending), ...turn.heldQuestions];
  turn.heldQuestions = [];
  if (question !== undefined) {
    // Once the items are settled, the checkout asked for goes on without being asked again.
    turn.session.readBackSetAside = true;
    return askItemQuestion(turn, question, rest, [say.settleBeforeCheckout()], false);
  }
  turn.session.pending = undefined;
  return startCheckout(turn);
});
