import { linesOf } from '../../cart/changes.ts';
import { findLineFor } from '../../cart/matching.ts';
import { MAX_QUANTITY, quantityProblem, unitSaid } from '../../cart/requests.ts';
import { targetFor, targetKey } from '../../lists/names.ts';
import type { Line } from '../../shopper/state.ts';
import { intentHandler } from '../handler.ts';
import { changeLine } from '../flows/changing.ts';

/**
 * "Change the milk to three", "change the eggs on my party list to two", "make that three": without
 * a product, the item just added. What is missing is asked for, the item first ("Which item should
 * I change?") and then the amount, each with Dialog.ElicitSlot so a bare "the eggs" or "three" answers it.
 * A unit said as one ("change the bananas to a bunch") is one of it.
 */
export const ChangeQuantityIntent = intentHandler(['ChangeQuantityIntent'], async (turn) => {
  const say = turn.say;
  const spokenUnit = turn.slot('unit');
  const unitHeard = spokenUnit === undefined ? null : unitSaid(spokenUnit);
  const quantity = turn.numberSlot('quantity') ?? (unitHeard?.single === true ? 1 : undefined);
  const problem = quantity === undefined ? null : quantityProblem(quantity);
  if (problem === 'zero') return turn.elicit('quantity', say.quantityZero(), say.quantityZeroReprompt());
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
  const unit = spokenUnit === undefined ? line.unit : (unitHeard?.unit ?? spokenUnit.toLowerCase());
  return changeLine(turn, target, line, quantity, unit);
});
