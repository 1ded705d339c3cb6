import { intentHandler } from '../handler.ts';
import { declinePending } from '../flows/confirming.ts';
import { askToTakeBackTheAdd } from '../flows/removing.ts';

/**
 * "No" declines the pending question. Just after something went in, with nothing asked, "no, not
 * that one" says the add was wrong, or only that nothing more is wanted: the shopper is asked
 * whether to take it back off (which one, after several), never left with a wrong add nor losing a
 * right one. Otherwise it is
 * just the end of a thought.
 */
export const NoIntent = intentHandler(['AMAZON.NoIntent'], (turn) => {
  const pending = turn.session.pending;
  if (pending !== undefined) return declinePending(turn, pending);
  return (turn.followsAnAdd ? askToTakeBackTheAdd(turn) : undefined) ?? turn.answer(turn.say.notNow(), { invite: true });
});
