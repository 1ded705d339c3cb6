import { applyChange, linesOf } from '../../cart/changes.ts';
import { setQuantity } from '../../cart/lines.ts';
import { findLineFor } from '../../cart/matching.ts';
import { MAX_QUANTITY, quantityProblem } from '../../cart/requests.ts';
import { targetFor, targetKey } from '../../lists/names.ts';
import type { Line } from '../../shopper/state.ts';
import { intentHandler } from '../handler.ts';
import { plainText } from '../ssml.ts';

/**
 * "Change the milk to three", "change the eggs on my party list to two", "make that three": without
 * a product, the item just added. What is missing is asked for, the item first ("Which item should
 * I change?") and then the amount, each with Dialog.ElicitSlot so a bare "the eggs" or "three" answers it.
 */
export const ChangeQuantityIntent = intentHandler(['ChangeQuantityIntent'], async (turn) => {
  const say = turn.say;
  const quantity = turn.numberSlot('quantity');
  const problem = quantity === undefined ? null : quantityProblem(quantity);
  if (problem === 'zero') return turn.ask(say.quantityZero());
  if (problem === 'tooMany') return turn.answer(say.quantityTooMany(MAX_QUANTITY));

  const phrase = turn.slot('product');
  const lastAdd = turn.session.lastAdd;
  const target = phrase === undefined && lastAdd !== undefined ? targetFor(lastAdd.target) : targetFor(turn.slot('list'));
  const lines = linesOf(turn.state, target);
  let line: Line | undefined;
  if (phrase !== undefined) line = findLineFor(phrase, lines, turn.services.catalog, await turn.shopperContext());
  else if (lastAdd !== undefined && lastAdd.productIds.length === 1) line = lines.find((l) => l.productId === lastAdd.productIds[0]);
  if (line === undefined) {
    return phrase === undefined
      ? turn.elicit('product', say.askProduct('change'), say.askProductReprompt('change'))
      : turn.answer(say.notOnTarget(phrase, targetKey(target)));
  }
  if (quantity === undefined) return turn.elicit('quantity', say.askQuantity(line), say.askQuantityReprompt());

  const unit = turn.slot('unit')?.toLowerCase() ?? line.unit;
  const changed: Line = { ...line, quantity, unit };
  const now = turn.now;
  const description = plainText(say.change.quantity(changed).markup);
  await turn.update((state) => ({
    state: applyChange(state, target, setQuantity(linesOf(state, target), line.productId, quantity, unit), description, now),
    result: undefined,
  }));
  return turn.answer(say.changed(changed));
});
