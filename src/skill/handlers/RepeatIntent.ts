import { intentHandler } from '../handler.ts';
import { storedSpeech } from '../ssml.ts';

/**
 * "Repeat that": the last answer again, word for word, from this session's memory (the words only:
 * the attributes come back with the request, so they are escaped again, never trusted as markup). A question
 * for one slot is asked again as such, so the bare answer after the repeat still answers it. At
 * the start of a session there is nothing of this visit to repeat: what was last done is recalled.
 */
export const RepeatIntent = intentHandler(['AMAZON.RepeatIntent'], (turn) => {
  const eliciting = turn.session.eliciting;
  if (eliciting !== undefined) return turn.elicitAgain(eliciting);
  const last = turn.session.lastSpeech;
  // "Where were we?" just after the welcome, or with nothing said yet, asks about the last visit.
  const lastChange = turn.state.undo.at(-1);
  const startOfSession = last === undefined || last.speech === turn.say.welcome(turn.services.seller, turn.state.cart.length).markup;
  if (startOfSession && lastChange !== undefined) return turn.answer(turn.say.whereWeLeftOff(lastChange.change, turn.state.cart.length));
  if (last === undefined) return turn.answer(turn.say.nothingToRepeat(), { invite: true });
  return turn.answer(storedSpeech(last.speech), last.reprompt === undefined ? {} : { reprompt: storedSpeech(last.reprompt) });
});
