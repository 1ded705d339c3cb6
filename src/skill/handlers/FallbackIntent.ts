import { intentHandler } from '../handler.ts';
import { questionAgain } from '../flows/confirming.ts';
import { joinSsml } from '../ssml.ts';

/**
 * Anything voicecart doesn't understand, and any request that is not shopping (the weather, a
 * call, "add the dentist to my calendar", whichever door it came through): one short sentence of
 * what it is for, nothing changed, and the session kept open, a one-shot's too, for what the
 * shopper meant to ask. With a question still open (place the order?, what would you like to take
 * off?), the question is asked again, so the answer that follows answers something the shopper
 * just heard.
 */
export const FallbackIntent = intentHandler(['AMAZON.FallbackIntent'], (turn) => {
  const eliciting = turn.session.eliciting;
  if (eliciting !== undefined) return turn.elicitAgain(eliciting, turn.say.notCaught());
  const pending = turn.session.pending;
  if (pending === undefined) return turn.ask(turn.say.onlyShopping(turn.services.seller), turn.say.onlyShoppingReprompt());
  const question = questionAgain(turn, pending);
  return turn.ask(joinSsml([turn.say.notCaught(), question]), question);
});
