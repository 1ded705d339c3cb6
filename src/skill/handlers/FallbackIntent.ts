import { intentHandler } from '../handler.ts';
import { questionAgain } from '../flows/confirming.ts';
import { joinSsml } from '../ssml.ts';

/**
 * Anything voicecart doesn't understand: say what it can do, keep listening. With a question still
 * open (place the order?, what would you like to take off?), the question is asked again, so the
 * answer that follows answers something the shopper just heard.
 */
export const FallbackIntent = intentHandler(['AMAZON.FallbackIntent'], (turn) => {
  const eliciting = turn.session.eliciting;
  if (eliciting !== undefined) return turn.elicitAgain(eliciting, turn.say.notCaught());
  const pending = turn.session.pending;
  if (pending === undefined) return turn.ask(turn.say.fallback());
  const question = questionAgain(turn, pending);
  return turn.ask(joinSsml([turn.say.notCaught(), question]), question);
});
