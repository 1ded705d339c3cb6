import { saveShortcut, shortcutKey } from '../../reorder/shortcuts.ts';
import { intentHandler } from '../handler.ts';

/** "Save this as my weekly order": the cart as it is now becomes a shortcut to order again. */
export const SaveListIntent = intentHandler(['SaveListIntent'], async (turn) => {
  const say = turn.say;
  const spoken = turn.slot('list');
  if (spoken === undefined || shortcutKey(spoken) === '') return turn.ask(say.askShortcutName());
  const cart = turn.state.cart;
  if (cart.length === 0) return turn.answer(say.nothingToSave());
  const name = shortcutKey(spoken);
  await turn.update((state) => ({ state: saveShortcut(state, name, state.cart), result: undefined }));
  return turn.answer(say.shortcutSaved(name, cart.length));
});
