import { applyChange, linesOf } from '../../cart/changes.ts';
import { removeProduct } from '../../cart/lines.ts';
import { findLineFor } from '../../cart/matching.ts';
import { targetFor, targetKey } from '../../lists/names.ts';
import { plainText } from '../ssml.ts';
import { intentHandler } from '../handler.ts';

/** "Remove the milk", "take eggs off my party list". */
export const RemoveItemIntent = intentHandler(['RemoveItemIntent'], async (turn) => {
  const say = turn.say;
  const phrase = turn.slot('product');
  if (phrase === undefined) return turn.answer(say.askProduct('remove'), { reprompt: say.askProductReprompt('remove') });
  const target = targetFor(turn.slot('list'));
  const key = targetKey(target);
  const line = findLineFor(phrase, linesOf(turn.state, target), turn.services.catalog, await turn.shopperContext());
  if (line === undefined) return turn.answer(say.notOnTarget(phrase, key));
  const speech = say.removed(line, key);
  const now = turn.now;
  await turn.update((state) => ({
    state: applyChange(state, target, removeProduct(linesOf(state, target), line.productId), plainText(say.change.removed(line.name, key).markup), now),
    result: undefined,
  }));
  return turn.answer(speech);
});
