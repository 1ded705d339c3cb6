import { hasList } from '../../cart/changes.ts';
import { targetFor } from '../../lists/names.ts';
import { intentHandler } from '../handler.ts';
import { readFrom } from '../flows/reading.ts';

/** "What's in my cart?", "read my party list". */
export const ReadCartIntent = intentHandler(['ReadCartIntent'], (turn) => {
  const target = targetFor(turn.slot('list'));
  if (target.kind === 'list' && !hasList(turn.state, target.name)) return turn.answer(turn.say.noSuchList(target.name));
  return readFrom(turn, target, 0);
});
