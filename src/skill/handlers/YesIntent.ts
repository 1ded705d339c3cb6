import { intentHandler } from '../handler.ts';
import { confirmPending } from '../flows/confirming.ts';

/** "Yes" only ever answers a question voicecart asked; on its own it changes nothing. */
export const YesIntent = intentHandler(['AMAZON.YesIntent'], (turn) => {
  const pending = turn.session.pending;
  return pending === undefined ? turn.answer(turn.say.nothingAsked(), { invite: true }) : confirmPending(turn, pending);
});
