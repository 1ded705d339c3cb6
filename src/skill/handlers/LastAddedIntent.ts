import { linesOf } from '../../cart/changes.ts';
import { targetFor, targetKey } from '../../lists/names.ts';
import { intentHandler } from '../handler.ts';

/**
 * "What did I add last?", "what was the last thing I put in": answered from the shopper's own
 * history of changes (kept across sessions), and never taken as a change. The lines the latest
 * addition brought in are named as they stand now; one taken off since is said to be gone.
 */
export const LastAddedIntent = intentHandler(['LastAddedIntent'], (turn) => {
  const say = turn.say;
  const listSaid = turn.slot('list');
  const wanted = listSaid === undefined ? undefined : targetKey(targetFor(listSaid));
  const entry = [...turn.state.undo].reverse().find((e) => e.drop.length > 0 && (wanted === undefined || e.target === wanted));
  if (entry === undefined) return turn.answer(say.nothingAddedYet(wanted ?? 'cart'), { invite: true });
  const lines = linesOf(turn.state, targetFor(entry.target));
  const still = entry.drop.flatMap((key) => lines.find((line) => line.productId === key.productId && line.unit === key.unit) ?? []);
  return turn.answer(still.length > 0 ? say.lastAdded(still, entry.target) : say.lastAddedGone(entry.change), { invite: true });
});
