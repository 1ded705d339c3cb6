import { intentHandler } from '../handler.ts';
import { readFrom, readingTarget } from '../flows/reading.ts';

/**
 * "Go back", "what were the ones before": during a read-back, the few items before those just
 * read, so a listener who lost the thread hears them again without starting the whole list over.
 */
export const PreviousIntent = intentHandler(['AMAZON.PreviousIntent'], (turn) => {
  const reading = turn.session.reading;
  if (reading === undefined) return turn.answer(turn.say.nothingBeingRead());
  const heard = reading.heard?.length ?? turn.chunkSize;
  return readFrom(turn, readingTarget(reading.target), Math.max(0, reading.offset - heard - turn.chunkSize));
});
