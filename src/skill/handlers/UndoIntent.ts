import { intentHandler } from '../handler.ts';
import { undoLatestChange } from '../flows/undoing.ts';

/** "Undo", "take that back": the last change, again and again, even from a new session for a while. */
export const UndoIntent = intentHandler(['UndoIntent'], async (turn) => {
  const undone = await undoLatestChange(turn);
  if (undone === null) return turn.answer(turn.say.nothingToUndo());
  return turn.answer(undone.tooLarge === true ? turn.say.undoTooLarge(undone.change) : turn.say.undone(undone.change));
});
