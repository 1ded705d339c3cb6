import { intentHandler } from '../handler.ts';
import { declinePending } from '../flows/confirming.ts';
import { askToCancelOrder } from '../flows/orders.ts';
import { itemQuestionsOf } from '../session.ts';
import { askToTakeBackTheAdd } from '../flows/removing.ts';

/**
 * "Stop", "cancel", "go home". Cancel during a question only cancels the question (nothing is
 * bought or cleared), just after the last order was read it is about that order, and just after
 * something went in it may be about that (the shopper is asked); otherwise the
 * conversation ends with the cart saved, and questions about things asked for still open are kept
 * for the next visit.
 */
export const StopIntent = intentHandler(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'], (turn) => {
  const pending = turn.session.pending;
  const name = turn.input.requestEnvelope.request.type === 'IntentRequest' ? turn.input.requestEnvelope.request.intent.name : '';
  if (pending !== undefined && name === 'AMAZON.CancelIntent') return declinePending(turn, pending);
  // "Cancel it" just after the last order was read names that order: it is asked about, not the session ended.
  if (name === 'AMAZON.CancelIntent' && turn.followsTheLastOrder) return askToCancelOrder(turn);
  // "Never mind", "cancel that" just after something went in may take the add back: asked, never
  // left in unasked nor taken off unasked.
  const takeBack = name === 'AMAZON.CancelIntent' && turn.followsAnAdd ? askToTakeBackTheAdd(turn) : undefined;
  if (takeBack !== undefined) return takeBack;
  delete turn.session.pending;
  // "That's enough for today" with "which bread?" still open: held, the bread is asked about next visit.
  turn.heldQuestions = [...itemQuestionsOf(pending), ...turn.heldQuestions];
  return turn.answer(turn.say.goodbye(), { end: true });
});
