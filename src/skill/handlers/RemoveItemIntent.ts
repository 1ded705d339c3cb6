import { applyChange, linesOf } from '../../cart/changes.ts';
import { removeProduct } from '../../cart/lines.ts';
import { findLineFor } from '../../cart/matching.ts';
import { targetFor, targetKey } from '../../lists/names.ts';
import { plainText } from '../ssml.ts';
import { intentHandler } from '../handler.ts';

/** "Remove the milk", "take eggs off my party list", and "actually, remove it" about the one product just added. */
export const RemoveItemIntent = intentHandler(['RemoveItemIntent'], async (turn) => {
  const say = turn.say;
  const phrase = turn.slot('product');
  const lastAdd = turn.session.lastAdd;
  const justAdded = phrase === undefined && lastAdd?.productIds.length === 1 ? lastAdd : undefined;
  const target = justAdded === undefined ? targetFor(turn.slot('list')) : targetFor(justAdded.target);
  const key = targetKey(target);
  const lines = linesOf(turn.state, target);
  const line =
    phrase !== undefined
      ? findLineFor(phrase, lines, turn.services.catalog, await turn.shopperContext())
      : lines.find((l) => l.productId === justAdded?.productIds[0]);
  if (line === undefined) {
    return phrase === undefined ? turn.ask(say.askProduct('remove'), say.askProductReprompt('remove')) : turn.answer(say.notOnTarget(phrase, key));
  }
  const speech = say.removed(line, key);
  const now = turn.now;
  await turn.update((state) => ({
    state: applyChange(state, target, removeProduct(linesOf(state, target), line.productId), plainText(say.change.removed(line.name, key).markup), now),
    result: undefined,
  }));
  if (justAdded !== undefined) delete turn.session.lastAdd;
  return turn.answer(speech);
});
