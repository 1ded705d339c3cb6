import { listKey, renamedList, storedListName } from '../../lists/names.ts';
import { closestShortcut, renameShortcut, shortcutKey } from '../../reorder/shortcuts.ts';
import { intentHandler } from '../handler.ts';

/**
 * "Rename my weekly order to sunday order", and "rename dad's list to grandpa": a saved order by
 * that name first, else a list.
 */
export const RenameShortcutIntent = intentHandler(['RenameShortcutIntent'], async (turn) => {
  const say = turn.say;
  const spoken = turn.slot('list');
  const newName = turn.slot('newName');
  if (spoken === undefined || newName === undefined || shortcutKey(newName) === '') return turn.answer(say.shortcutsAre(Object.keys(turn.state.shortcuts)));
  const from = closestShortcut(turn.state, spoken);
  if (from === undefined) {
    const list = storedListName(turn.state.lists, listKey(spoken));
    if (list === undefined) return turn.answer(say.noSuchShortcut(spoken, Object.keys(turn.state.shortcuts)));
    const to = listKey(newName);
    const renamed = await turn.update((state) => {
      const lists = renamedList(state.lists, list, to);
      return lists === undefined ? { state, result: false } : { state: { ...state, lists }, result: true };
    });
    return turn.answer(renamed ? say.listRenamed(list, to) : say.listNameTaken(to));
  }
  const to = shortcutKey(newName);
  await turn.update((state) => ({ state: renameShortcut(state, from, to), result: undefined }));
  return turn.answer(say.shortcutRenamed(from, to));
});
