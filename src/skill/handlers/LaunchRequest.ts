import { linesOf } from '../../cart/changes.ts';
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
  // A list being made over several visits ("my weekly list") is what this visit fills too.
  const making = turn.session.fillingList;
  const count = making === undefined ? turn.state.cart.length : linesOf(turn.state, { kind: 'list', name: making }).length;
  const welcome = making === undefined ? turn.say.welcome(turn.services.seller, count) : turn.say.welcomeBackToList(turn.services.seller, making, count);
  const reprompt = turn.say.openingReprompt(turn.state.pace, count === 0 || making !== undefined ? 'add' : 'do');
  return turn.answer(settled === null ? welcome : joinSsml([settled, welcome]), { reprompt });
});
