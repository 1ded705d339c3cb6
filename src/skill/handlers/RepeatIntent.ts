import { intentHandler } from '../handler.ts';
import { Ssml } from '../ssml.ts';

/**
 * "Repeat that": the last answer again, word for word (it was escaped when first said). A question
 * for one slot is asked again as such, so the bare answer after the repeat still answers it.
 */
export const RepeatIntent = intentHandler(['AMAZON.RepeatIntent'], (turn) => {
  const eliciting = turn.session.eliciting;
  if (eliciting !== undefined) return turn.elicitAgain(eliciting);
  const last = turn.session.lastSpeech;
  if (last === undefined) return turn.answer(turn.say.nothingToRepeat(), { invite: true });
  return turn.answer(new Ssml(last.speech), last.reprompt === undefined ? {} : { reprompt: new Ssml(last.reprompt) });
});
