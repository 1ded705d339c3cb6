import { intentHandler } from '../handler.ts';

/** "What are my shortcuts?" */
export const ListShortcutsIntent = intentHandler(['ListShortcutsIntent'], (turn) =>
  turn.answer(turn.say.shortcutsAre(Object.keys(turn.state.shortcuts))),
);
