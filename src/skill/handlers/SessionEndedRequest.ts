import { requestHandler } from '../handler.ts';
import { keepForNextVisit } from '../flows/unanswered.ts';
import { itemQuestionsOf } from '../session.ts';

/**
 * The shopper walked away, or Alexa closed the session. Every change was stored when it was made;
 * a question about something they asked for ("which bread?") is kept for their next visit. Other
 * questions (a checkout read-back) lapse with the session.
 */
export const SessionEndedRequest = requestHandler('SessionEndedRequest', async (turn) => {
  const request = turn.input.requestEnvelope.request;
  if (request.type === 'SessionEndedRequest' && request.reason === 'ERROR') {
    turn.services.logger.warn({ error: request.error }, 'session ended with an error');
  }
  await keepForNextVisit(turn, [...itemQuestionsOf(turn.session.pending), ...(turn.session.heldQuestions ?? [])]);
  return turn.input.responseBuilder.getResponse();
});
