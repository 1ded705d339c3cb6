import { applyChange, linesOf } from '../../cart/changes.ts';
import { setQuantity } from '../../cart/lines.ts';
import { findLineFor } from '../../cart/matching.ts';
import { MAX_QUANTITY, quantityProblem } from '../../cart/requests.ts';
import { targetFor, targetKey } from '../../lists/names.ts';
import type { Line } from '../../shopper/state.ts';
import { intentHandler } from '../handler.ts';
import { plainText } from '../ssml.ts';

/** "Change the milk to three", "change the eggs on my party list to two", "make that three": without a product, the item just added. */
export const ChangeQuantityIntent = intentHandler(['ChangeQuantityIntent'], async (turn) => {
  const say = turn.say;
  const quantity = turn.numberSlot('quantity');
  if (quantity === undefined) return turn.ask(say.quantityZero());
  const problem = quantityProblem(quantity);
  if (problem === 'zero') return turn.ask(say.quantityZero());
  if (problem === 'tooMany') return turn.answer(say.quantityTooMany(MAX_QUANTITY));

  const phrase = turn.slot('product');
  const lastAdd = turn.session.lastAdd;
  const target = phrase === undefined && lastAdd !== undefined ? targetFor(lastAdd.target) : targetFor(turn.slot('list'));
  const lines = linesOf(turn.state, target);
  let line: Line | undefined;
  if (phrase !== undefined) line = findLineFor(phrase, lines, turn.services.catalog, await turn.shopperContext());
  else if (lastAdd !== undefined && lastAdd.productIds.length === 1) line = lines.find((l) => l.productId === lastAdd.productIds[0]);
  if (line === undefined) return phrase === undefined ? turn.ask(say.nothingJustAdded()) : turn.answer(say.notOnTarget(phrase, targetKey(target)));

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
