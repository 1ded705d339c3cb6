import { undoLast } from '../../cart/changes.ts';
import { intentHandler } from '../handler.ts';

/** "Undo", "take that back": the last change, again and again, even from a new session for a while. */
export const UndoIntent = intentHandler(['UndoIntent'], async (turn) => {
  const now = turn.now;
  const undone = await turn.update((state) => {
    const result = undoLast(state, now);
    return { state: result.state, result: result.undone };
  });
  delete turn.session.lastAdd;
  if (undone === null) return turn.answer(turn.say.nothingToUndo());
  return turn.answer(undone.tooLarge === true ? turn.say.undoTooLarge(undone.change) : turn.say.undone(undone.change));
});
