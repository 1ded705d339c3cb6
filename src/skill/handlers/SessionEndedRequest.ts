import { requestHandler } from '../handler.ts';
import { itemQuestionsOf } from '../session.ts';

/** Most questions kept for the next visit: a few things left unsettled, never a backlog. */
const MOST_KEPT = 5;

/**
 * The shopper walked away, or Alexa closed the session. Every change was stored when it was made;
 * a question about something they asked for ("which bread?") is kept for their next visit, so
 * the bread is not lost. Other questions (a checkout read-back) lapse with the session.
 */
export const SessionEndedRequest = requestHandler('SessionEndedRequest', async (turn) => {
  const request = turn.input.requestEnvelope.request;
  if (request.type === 'SessionEndedRequest' && request.reason === 'ERROR') {
    turn.services.logger.warn({ error: request.error }, 'session ended with an error');
  }
  const open = [...itemQuestionsOf(turn.session.pending), ...(turn.session.heldQuestions ?? [])].filter((question) => !('offer' in question && question.offer === true));
  if (open.length > 0) {
    const at = turn.now.toISOString();
    await turn.update((state) => {
      const questions = [...(state.unanswered?.questions ?? []), ...open].slice(-MOST_KEPT);
      return { state: { ...state, unanswered: { at, questions } }, result: undefined };
    });
  }
  return turn.input.responseBuilder.getResponse();
});
