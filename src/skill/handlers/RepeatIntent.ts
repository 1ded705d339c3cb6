import { intentHandler } from '../handler.ts';
import { Ssml } from '../ssml.ts';

/** "Repeat that": the last answer again, word for word (it was escaped when first said). */
export const RepeatIntent = intentHandler(['AMAZON.RepeatIntent'], (turn) => {
  const last = turn.session.lastSpeech;
  if (last === undefined) return turn.answer(turn.say.nothingToRepeat());
  return turn.answer(new Ssml(last.speech), last.reprompt === undefined ? {} : { reprompt: new Ssml(last.reprompt) });
});
