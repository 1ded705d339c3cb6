import { intentHandler } from '../handler.ts';
import { questionAgain } from '../flows/confirming.ts';
import { joinSsml } from '../ssml.ts';

/**
 * "Hold on", "wait", "not yet": the shopper needs a moment. Nothing is done and nothing declined:
 * a question still open (place the order?) stays open and is asked again, so "yes" still answers it.
 */
export const HoldOnIntent = intentHandler(['HoldOnIntent'], (turn) => {
  const say = turn.say;
  const eliciting = turn.session.eliciting;
  if (eliciting !== undefined) return turn.elicitAgain(eliciting, say.takeYourTime());
  const pending = turn.session.pending;
  if (pending === undefined) return turn.answer(say.takeYourTime(), { invite: true });
  const question = questionAgain(turn, pending);
  return turn.ask(joinSsml([say.takeYourTime(), question]), question);
});
