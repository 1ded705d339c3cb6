import { intentHandler } from '../handler.ts';
import { readFrom, readingTarget } from '../flows/reading.ts';
import { readPendingReorder } from '../flows/reordering.ts';
import { readCheckout } from '../flows/checking-out.ts';

/** "More" / "next": the next few items of the read-back in progress, a basket awaiting "yes" first. */
export const MoreIntent = intentHandler(['AMAZON.MoreIntent', 'AMAZON.NextIntent'], (turn) => {
  if (turn.session.pending?.kind === 'reorder') return readPendingReorder(turn);
  if (turn.session.pending?.kind === 'checkout') return readCheckout(turn);
  const reading = turn.session.reading;
  if (reading === undefined) return turn.answer(turn.say.nothingBeingRead());
  return readFrom(turn, readingTarget(reading.target), reading.offset);
});
