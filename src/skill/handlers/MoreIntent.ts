import { intentHandler } from '../handler.ts';
import { readFrom, readingTarget } from '../flows/reading.ts';
import { readPendingReorder } from '../flows/reordering.ts';

/** "More" / "next": the next few items of the read-back in progress, a basket awaiting "yes" first. */
export const MoreIntent = intentHandler(['AMAZON.MoreIntent', 'AMAZON.NextIntent'], (turn) => {
  if (turn.session.pending?.kind === 'reorder') return readPendingReorder(turn);
  const reading = turn.session.reading;
  if (reading === undefined) return turn.answer(turn.say.nothingBeingRead());
  return readFrom(turn, readingTarget(reading.target), reading.offset);
});
