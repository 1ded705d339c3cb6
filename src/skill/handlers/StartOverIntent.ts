import { intentHandler } from '../handler.ts';
import { readFrom, readingTarget } from '../flows/reading.ts';

/** "Start over": during a read-back, from the first item again; otherwise a clean slate for the conversation. */
export const StartOverIntent = intentHandler(['AMAZON.StartOverIntent'], (turn) => {
  const reading = turn.session.reading;
  if (reading !== undefined) return readFrom(turn, readingTarget(reading.target), 0);
  delete turn.session.pending;
  delete turn.session.lastAdd;
  return turn.answer(turn.say.startOver(), { invite: true });
});
