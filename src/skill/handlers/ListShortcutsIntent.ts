import { listNames } from '../../lists/names.ts';
import { intentHandler } from '../handler.ts';

/**
 * "What are my shortcuts?", and "what lists do I have?", which asks about the named lists too: an
 * answer about saved orders alone would tell a shopper with a party list that they have nothing.
 */
export const ListShortcutsIntent = intentHandler(['ListShortcutsIntent'], (turn) => {
  const lists = listNames(turn.state.lists);
  const shortcuts = Object.keys(turn.state.shortcuts);
  return turn.answer(lists.length === 0 ? turn.say.shortcutsAre(shortcuts) : turn.say.listsAre(lists, shortcuts));
});
