import { intentHandler } from '../handler.ts';

/** Help with examples from the shopper's own cart, so the examples are things they really buy. */
export const HelpIntent = intentHandler(['AMAZON.HelpIntent'], (turn) => {
  const names = turn.state.cart.map((line) => line.name.toLowerCase());
  return turn.answer(turn.say.help(names));
});
