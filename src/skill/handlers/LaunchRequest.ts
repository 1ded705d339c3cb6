import { requestHandler } from '../handler.ts';
import { favouritesDirective } from '../dynamic-entities.ts';

/** "Alexa, open Corner Grocer": greets with what is waiting in the cart, and tunes recognition to this household. */
export const LaunchRequest = requestHandler('LaunchRequest', async (turn) => {
  const directive = favouritesDirective(turn.services.catalog, await turn.pastOrders());
  if (directive !== null) turn.input.responseBuilder.addDirective(directive);
  return turn.answer(turn.say.welcome(turn.services.seller, turn.state.cart.length));
});
