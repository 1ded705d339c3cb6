import { closestShortcut } from '../../reorder/shortcuts.ts';
import { intentHandler } from '../handler.ts';

/**
 * "Delete my party shortcut", "forget my weekly order". A saved order cannot be undone once gone,
 * and a misheard name ("weakly") finds the closest one, so the shopper says yes first.
 */
export const DeleteShortcutIntent = intentHandler(['DeleteShortcutIntent'], async (turn) => {
  const say = turn.say;
  const spoken = turn.slot('list');
  const name = spoken === undefined ? undefined : closestShortcut(turn.state, spoken);
  if (spoken === undefined || name === undefined) return turn.answer(say.noSuchShortcut(spoken ?? '', Object.keys(turn.state.shortcuts)));
  turn.session.pending = { kind: 'deleteShortcut', name };
  return turn.ask(say.confirmDeleteShortcut(name, turn.state.shortcuts[name]?.length ?? 0), say.confirmDeleteShortcutReprompt(name));
});
