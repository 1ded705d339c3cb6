import { requestHandler } from '../handler.ts';

/**
 * The shopper walked away, or Alexa closed the session. Every change was stored when it was made,
 * so nothing is lost; any question left open (a checkout read-back) simply lapses with the session.
 */
export const SessionEndedRequest = requestHandler('SessionEndedRequest', (turn) => {
  const request = turn.input.requestEnvelope.request;
  if (request.type === 'SessionEndedRequest' && request.reason === 'ERROR') {
    turn.services.logger.warn({ error: request.error }, 'session ended with an error');
  }
  return turn.input.responseBuilder.getResponse();
});
