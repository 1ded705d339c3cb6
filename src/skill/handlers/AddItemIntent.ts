import { planItems, quantityProblem, MAX_QUANTITY } from '../../cart/requests.ts';
import { targetFor } from '../../lists/names.ts';
import { basketKind } from '../../reorder/baskets.ts';
import { intentHandler } from '../handler.ts';
import { addPlanned } from '../flows/adding.ts';

/** "Add two pounds of bananas", "put milk eggs and bread on my picnic list". */
export const AddItemIntent = intentHandler(['AddItemIntent'], async (turn) => {
  const product = turn.slot('product');
  if (product === undefined) return turn.elicit('product', turn.say.askProduct('add'), turn.say.askProductReprompt('add'));
  const quantity = turn.numberSlot('quantity');
  const problem = quantity === undefined ? null : quantityProblem(quantity);
  // Asked with Dialog.ElicitSlot, the product kept, so a bare "two" answers it.
  if (problem === 'zero') return turn.elicit('quantity', turn.say.quantityZero(), turn.say.quantityZeroReprompt());
  if (problem === 'tooMany') return turn.answer(turn.say.quantityTooMany(MAX_QUANTITY));
  const items = planItems(turn.services.resolver, { product, quantity, unit: turn.slot('unit') }, await turn.shopperContext());
  // "Add the usual coffee" is the coffee this household buys (the resolver knows it), not a list
  // called "usual": the usual is a basket worked out from orders, never a list.
  const list = turn.slot('list');
  return addPlanned(turn, targetFor(list === undefined || basketKind(list) === 'usual' ? undefined : list), items);
});
