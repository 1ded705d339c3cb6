import { tookAway } from '../../cart/changes.ts';
import { intentHandler } from '../handler.ts';
import { undoLatestChange } from '../flows/undoing.ts';

/**
 * "Actually, keep it", "no, leave it on": just after taking something off, the shopper wants it
 * back; just after adding it, or after a request that changed nothing, wants things left as they
 * are. Only a change that took things away is taken back: keeping is never a removal.
 */
export const KeepItemIntent = intentHandler(['KeepItemIntent'], async (turn) => {
  const latest = turn.state.undo.at(-1);
  if (latest === undefined || turn.followsAChangeOfNothing || !tookAway(turn.state, latest)) return turn.answer(turn.say.keptAsItIs());
  const undone = await undoLatestChange(turn);
  if (undone === null) return turn.answer(turn.say.keptAsItIs());
  return turn.answer(undone.tooLarge === true ? turn.say.undoTooLarge(undone.change) : turn.say.undone(undone.change));
});
