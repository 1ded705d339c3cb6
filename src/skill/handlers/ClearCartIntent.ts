import { hasList, linesOf } from '../../cart/changes.ts';
import { targetFor, targetKey } from '../../lists/names.ts';
import { intentHandler } from '../handler.ts';

/** "Empty my cart", "delete my picnic list": always asks first; the answer goes to Yes or No. */
export const ClearCartIntent = intentHandler(['ClearCartIntent'], (turn) => {
  const say = turn.say;
  const target = targetFor(turn.slot('list'));
  const key = targetKey(target);
  if (target.kind === 'list' && !hasList(turn.state, target.name)) return turn.answer(say.noSuchList(target.name));
  const count = linesOf(turn.state, target).length;
  if (count === 0 && target.kind === 'cart') return turn.answer(say.empty(key));
  turn.session.pending = { kind: 'clear', target: key };
  return turn.answer(say.confirmClear(key, count), { reprompt: say.confirmClearReprompt(key) });
});
