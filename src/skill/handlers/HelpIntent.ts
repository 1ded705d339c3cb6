import { intentHandler } from '../handler.ts';
import { questionAgain } from '../flows/confirming.ts';
import { joinSsml } from '../ssml.ts';

/**
 * Help with examples from the shopper's own cart, so the examples are things they really buy. With
 * a question still open, help is how to answer it: general help there would leave a later "yes"
 * agreeing to a question the shopper no longer has in mind.
 */
export const HelpIntent = intentHandler(['AMAZON.HelpIntent'], (turn) => {
  const eliciting = turn.session.eliciting;
  if (eliciting !== undefined) return turn.elicitAgain(eliciting, turn.say.helpDuringQuestion());
  const pending = turn.session.pending;
  if (pending !== undefined) {
    const question = questionAgain(turn, pending);
    return turn.ask(joinSsml([turn.say.helpDuringQuestion(), question]), question);
  }
  const names = turn.state.cart.map((line) => line.name.toLowerCase());
  return turn.ask(turn.say.help(names), turn.say.openingReprompt(turn.state.pace, 'do'));
});
