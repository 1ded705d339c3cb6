import { undoLast } from '../../cart/changes.ts';
import type { UndoEntry } from '../../shopper/state.ts';
import type { Turn } from '../turn.ts';

/** Takes back the latest change still in the undo window; what was undone, or null when nothing was. */
export async function undoLatestChange(turn: Turn): Promise<UndoEntry | null> {
  const now = turn.now;
  const undone = await turn.update((state) => {
    const result = undoLast(state, now);
    return { state: result.state, result: result.undone };
  });
  // "No, I said pears" after an undo is a new request, not a correction of what was taken back.
  delete turn.session.lastAdd;
  return undone;
}
