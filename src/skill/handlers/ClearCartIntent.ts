import { hasList, linesOf } from '../../cart/changes.ts';
import { targetKey } from '../../lists/names.ts';
import { intentHandler } from '../handler.ts';
import { askToForgetShortcut } from '../flows/reordering.ts';

/**
 * "Empty my cart", "delete my picnic list": always asks first; the answer goes to Yes or No. A name
 * that is no list but a saved order's is that order to forget.
 */
export const ClearCartIntent = intentHandler(['ClearCartIntent'], (turn) => {
  const say = turn.say;
  const target = turn.listInPlay();
  const key = targetKey(target);
  // "Delete my sunday order" with no list so named but a saved order that is: the saved order is what was meant.
  if (target.kind === 'list' && !hasList(turn.state, target.name)) return askToForgetShortcut(turn, target.name) ?? turn.answer(say.noSuchList(target.name));
  const count = linesOf(turn.state, target).length;
  if (count === 0 && target.kind === 'cart') return turn.answer(say.empty(key));
  turn.session.pending = { kind: 'clear', target: key };
  return turn.answer(say.confirmClear(key, count), { reprompt: say.confirmClearReprompt(key) });
});
