import { intentHandler } from '../handler.ts';
import { questionAgain } from '../flows/confirming.ts';
import { joinSsml } from '../ssml.ts';

/**
 * Anything voicecart doesn't understand: say what it can do, keep listening. With a question still
 * open (place the order?), the question is asked again, so a "yes" that follows answers something
 * the shopper just heard.
 */
export const FallbackIntent = intentHandler(['AMAZON.FallbackIntent'], (turn) => {
  const pending = turn.session.pending;
  if (pending === undefined) return turn.ask(turn.say.fallback());
  const question = questionAgain(turn, pending);
  return turn.ask(joinSsml([turn.say.notCaught(), question]), question);
});
