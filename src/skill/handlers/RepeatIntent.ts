import { intentHandler } from '../handler.ts';
import { storedSpeech } from '../ssml.ts';

/**
 * "Repeat that": the last answer again, word for word, from this session's memory (the words only:
 * the attributes come back with the request, so they are escaped again, never trusted as markup). A question
 * for one slot is asked again as such, so the bare answer after the repeat still answers it.
 */
export const RepeatIntent = intentHandler(['AMAZON.RepeatIntent'], (turn) => {
  const eliciting = turn.session.eliciting;
  if (eliciting !== undefined) return turn.elicitAgain(eliciting);
  const last = turn.session.lastSpeech;
  if (last === undefined) return turn.answer(turn.say.nothingToRepeat(), { invite: true });
  return turn.answer(storedSpeech(last.speech), last.reprompt === undefined ? {} : { reprompt: storedSpeech(last.reprompt) });
});
