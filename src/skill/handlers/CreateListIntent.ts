import { applyChange, hasList, linesOf } from '../../cart/changes.ts';
import { targetFor, targetKey } from '../../lists/names.ts';
import { intentHandler } from '../handler.ts';
import { plainText } from '../ssml.ts';

/** "Create a party list". The shopping list is the cart, which always exists. */
export const CreateListIntent = intentHandler(['CreateListIntent'], async (turn) => {
  const say = turn.say;
  const spoken = turn.slot('list');
  if (spoken === undefined) return turn.elicit('list', say.askListName(), say.askListNameReprompt());
  const target = targetFor(spoken);
  if (target.kind === 'cart') return turn.answer(say.cartIsTheShoppingList(turn.state.cart.length));
  if (hasList(turn.state, target.name)) return turn.answer(say.listExists(target.name, linesOf(turn.state, target).length));
  const now = turn.now;
  const description = plainText(say.change.created(targetKey(target)).markup);
  await turn.update((state) => ({
    state: hasList(state, target.name) ? state : applyChange(state, target, [], description, now),
    result: undefined,
  }));
  return turn.answer(say.listCreated(target.name));
});
