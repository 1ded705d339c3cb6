import { intentHandler } from '../handler.ts';
import { askToForgetShortcut } from '../flows/reordering.ts';

/** "Delete my party shortcut", "forget my weekly order": asked first, as a saved order cannot come back. */
export const DeleteShortcutIntent = intentHandler(['DeleteShortcutIntent'], async (turn) => {
  const spoken = turn.slot('list');
  return (spoken === undefined ? undefined : askToForgetShortcut(turn, spoken)) ?? turn.answer(turn.say.noSuchShortcut(spoken ?? '', Object.keys(turn.state.shortcuts)));
});
