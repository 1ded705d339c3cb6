import { intentHandler } from '../handler.ts';
import { undoLatestChange } from '../flows/undoing.ts';

/**
 * "Undo", "take that back": the last change, again and again, even from a new session for a while.
 * Just after a request to add, take off or change something that changed nothing, the shopper may
 * think it happened ("put it back"): the change that would be taken back is named and asked first.
 */
export const UndoIntent = intentHandler(['UndoIntent'], async (turn) => {
  const latest = turn.state.undo.at(-1);
  if (turn.followsAChangeOfNothing && latest !== undefined) {
    turn.session.pending = { kind: 'confirmUndo', seq: latest.seq, change: latest.change };
    return turn.ask(turn.say.confirmUndo(latest.change), turn.say.confirmUndoReprompt(latest.change));
  }
  const undone = await undoLatestChange(turn);
  if (undone === null) return turn.answer(turn.say.nothingToUndo());
  return turn.answer(undone.tooLarge === true ? turn.say.undoTooLarge(undone.change) : turn.say.undone(undone.change));
});
