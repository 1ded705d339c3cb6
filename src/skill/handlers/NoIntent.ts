import { intentHandler } from '../handler.ts';
import { declinePending } from '../flows/confirming.ts';

/** "No" declines the pending question; without one it is just the end of a thought. */
export const NoIntent = intentHandler(['AMAZON.NoIntent'], (turn) => {
  const pending = turn.session.pending;
  return pending === undefined ? turn.answer(turn.say.notNow(), { invite: true }) : declinePending(turn, pending);
});
