import { requestHandler } from '../handler.ts';
import { favouritesDirective } from '../dynamic-entities.ts';
import { settlePendingOrders } from '../flows/checking-out.ts';
import { joinSsml } from '../ssml.ts';
import { askItemQuestion } from '../flows/adding.ts';
import type { ItemQuestion } from '../../shopper/questions.ts';
import type { Turn } from '../turn.ts';

/** After this long a question left open is stale: the shopper has likely shopped for it since. */
const UNANSWERED_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * "Alexa, open Corner Grocer": greets with what is waiting in the cart, and tunes recognition to
 * this household. A question left open when the last visit ended ("which bread?") is asked first.
 */
export const LaunchRequest = requestHandler('LaunchRequest', async (turn) => {
  const directive = favouritesDirective(turn.services.catalog, await turn.pastOrders());
  if (directive !== null) turn.input.responseBuilder.addDirective(directive);
  const settled = await settlePendingOrders(turn);
  const unanswered = await takeUnanswered(turn);
  const [question, ...rest] = unanswered;
  if (question !== undefined) {
    const welcome = turn.say.welcomeBackToQuestions(turn.services.seller, unanswered.map((q) => q.phrase));
    return askItemQuestion(turn, question, rest, settled === null ? [welcome] : [settled, welcome], false);
  }
  const welcome = turn.say.welcome(turn.services.seller, turn.state.cart.length);
  const reprompt = turn.say.openingReprompt(turn.state.pace, turn.state.cart.length === 0 ? 'add' : 'do');
  return turn.answer(settled === null ? welcome : joinSsml([settled, welcome]), { reprompt });
});

/** Questions still open when the shopper's last visit ended, taken from what is stored: recent ones are asked again. */
async function takeUnanswered(turn: Turn): Promise<ItemQuestion[]> {
  const kept = turn.state.unanswered;
  if (kept === undefined) return [];
  await turn.update((state) => {
    const { unanswered: _asked, ...rest } = state;
    return { state: rest, result: undefined };
  });
  return turn.now.getTime() - Date.parse(kept.at) <= UNANSWERED_KEPT_MS ? kept.questions : [];
}
