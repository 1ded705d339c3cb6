import { closestShortcut, renameShortcut, shortcutKey } from '../../reorder/shortcuts.ts';
import { intentHandler } from '../handler.ts';

/** "Rename my weekly order to sunday order". */
export const RenameShortcutIntent = intentHandler(['RenameShortcutIntent'], async (turn) => {
  const say = turn.say;
  const spoken = turn.slot('list');
  const newName = turn.slot('newName');
  if (spoken === undefined || newName === undefined || shortcutKey(newName) === '') return turn.answer(say.shortcutsAre(Object.keys(turn.state.shortcuts)));
  const from = closestShortcut(turn.state, spoken);
  if (from === undefined) return turn.answer(say.noSuchShortcut(spoken, Object.keys(turn.state.shortcuts)));
  const to = shortcutKey(newName);
  await turn.update((state) => ({ state: renameShortcut(state, from, to), result: undefined }));
  return turn.answer(say.shortcutRenamed(from, to));
});
