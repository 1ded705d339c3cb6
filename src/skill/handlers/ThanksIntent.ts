import { intentHandler } from '../handler.ts';
import { questionAgain } from '../flows/confirming.ts';
import { joinSsml } from '../ssml.ts';

/** "Thank you": a polite word, not a goodbye; the session and any open question go on. */
export const ThanksIntent = intentHandler(['ThanksIntent'], (turn) => {
  const say = turn.say;
  const eliciting = turn.session.eliciting;
  if (eliciting !== undefined) return turn.elicitAgain(eliciting, say.thanks());
  const pending = turn.session.pending;
  if (pending === undefined) return turn.answer(say.thanks(), { invite: true });
  const question = questionAgain(turn, pending);
  return turn.ask(joinSsml([say.thanks(), question]), question);
});
