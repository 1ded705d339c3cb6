import { requestHandler } from '../handler.ts';
import { favouritesDirective } from '../dynamic-entities.ts';
import { settlePendingOrders } from '../flows/checking-out.ts';
import { joinSsml } from '../ssml.ts';
import { askItemQuestion } from '../flows/adding.ts';
import { takeKeptQuestions } from '../flows/unanswered.ts';

/**
 * "Alexa, open Corner Grocer": greets with what is waiting in the cart, and tunes recognition to
 * this household. A question left open when the last visit ended ("which bread?") is asked first.
 */
export const LaunchRequest = requestHandler('LaunchRequest', async (turn) => {
  const directive = favouritesDirective(turn.services.catalog, await turn.pastOrders());
  if (directive !== null) turn.input.responseBuilder.addDirective(directive);
  const settled = await settlePendingOrders(turn);
  const unanswered = await takeKeptQuestions(turn);
  const [question, ...rest] = unanswered;
  if (question !== undefined) {
    const welcome = turn.say.welcomeBackToQuestions(turn.services.seller, unanswered.map((q) => q.phrase));
    return askItemQuestion(turn, question, rest, settled === null ? [welcome] : [settled, welcome], false);
  }
  const welcome = turn.say.welcome(turn.services.seller, turn.state.cart.length);
  const reprompt = turn.say.openingReprompt(turn.state.pace, turn.state.cart.length === 0 ? 'add' : 'do');
  return turn.answer(settled === null ? welcome : joinSsml([settled, welcome]), { reprompt });
});
