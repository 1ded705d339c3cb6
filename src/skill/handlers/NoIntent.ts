import { intentHandler } from '../handler.ts';
import { declinePending } from '../flows/confirming.ts';
import { targetKey } from '../../lists/names.ts';

/**
 * "No" declines the pending question. Just after something went in, with nothing asked, "no, not
 * that one" says the add was wrong, or only that nothing more is wanted: the shopper is asked
 * whether to take it back off, never left with a wrong add nor losing a right one. Otherwise it is
 * just the end of a thought.
 */
export const NoIntent = intentHandler(['AMAZON.NoIntent'], (turn) => {
  const say = turn.say;
  const pending = turn.session.pending;
  if (pending !== undefined) return declinePending(turn, pending);
  const added = turn.followsAnAdd ? turn.lineInMindNow() : undefined;
  if (added === undefined) return turn.answer(say.notNow(), { invite: true });
  const { target, line } = added;
  turn.session.pending = { kind: 'removeLast', target: targetKey(target), productId: line.productId, name: line.name };
  return turn.ask(say.confirmRemoveLast(line.name, targetKey(target)), say.confirmRemoveLastReprompt(line.name));
});
