import { intentHandler } from '../handler.ts';
import { declinePending } from '../flows/confirming.ts';

/**
 * "Stop", "cancel", "go home". Cancel during a question only cancels the question (nothing is
 * bought or cleared); otherwise the conversation ends with the cart saved.
 */
export const StopIntent = intentHandler(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'], (turn) => {
  const pending = turn.session.pending;
  const name = turn.input.requestEnvelope.request.type === 'IntentRequest' ? turn.input.requestEnvelope.request.intent.name : '';
  if (pending !== undefined && name === 'AMAZON.CancelIntent') return declinePending(turn, pending);
  delete turn.session.pending;
  return turn.answer(turn.say.goodbye(), { end: true });
});
