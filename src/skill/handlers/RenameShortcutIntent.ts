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
    if (!renamed) return turn.answer(say.listNameTaken(to));
    // The list being filled or just read is the same list under its new name.
    if (turn.session.fillingList === list) turn.session.fillingList = to;
    if (turn.session.listRead === list) turn.session.listRead = to;
    const reading = turn.session.reading;
    if (reading?.target === list) turn.session.reading = { ...reading, target: to };
    return turn.answer(say.listRenamed(list, to));
  }
  const to = shortcutKey(newName);
  await turn.update((state) => ({ state: renameShortcut(state, from, to), result: undefined }));
  return turn.answer(say.shortcutRenamed(from, to));
});
