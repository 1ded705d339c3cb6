import { closestShortcut, deleteShortcut } from '../../reorder/shortcuts.ts';
import { intentHandler } from '../handler.ts';

/** "Delete my party shortcut", "forget my weekly order". */
export const DeleteShortcutIntent = intentHandler(['DeleteShortcutIntent'], async (turn) => {
  const say = turn.say;
  const spoken = turn.slot('list');
  const name = spoken === undefined ? undefined : closestShortcut(turn.state, spoken);
  if (spoken === undefined || name === undefined) return turn.answer(say.noSuchShortcut(spoken ?? '', Object.keys(turn.state.shortcuts)));
  await turn.update((state) => ({ state: deleteShortcut(state, name), result: undefined }));
  return turn.answer(say.shortcutDeleted(name));
});
