import { linesOf } from '../../cart/changes.ts';
import { amountNamed, linesMeantBy } from '../../cart/matching.ts';
import { targetFor, targetKey } from '../../lists/names.ts';
import { intentHandler } from '../handler.ts';
import { removeLine } from '../flows/removing.ts';

/**
 * "Remove the milk", "take eggs off my party list", and "actually, remove it" about the one product
 * just added. When the words fit several lines in full ("the milk" with whole and 2% milk), the
 * shopper chooses: taking off the wrong one unasked would lose an item. An amount ("one of the
 * milks", "take one milk off") takes that much off the line, not the whole line.
 */
export const RemoveItemIntent = intentHandler(['RemoveItemIntent'], async (turn) => {
  const say = turn.say;
  const phrase = turn.slot('product');
  const lastAdd = turn.session.lastAdd;
  const justAdded = phrase === undefined && lastAdd?.productIds.length === 1 ? lastAdd : undefined;
  const target = justAdded === undefined ? targetFor(turn.slot('list')) : targetFor(justAdded.target);
  const key = targetKey(target);
  const lines = linesOf(turn.state, target);
  const meant =
    phrase !== undefined
      ? linesMeantBy(phrase, lines, turn.services.catalog, await turn.shopperContext())
      : lines.filter((l) => l.productId === justAdded?.productIds[0]);
  const [line, ...others] = meant;
  if (line === undefined) {
    return phrase === undefined
      ? turn.elicit('product', say.askProduct('remove'), say.askProductReprompt('remove'))
      : turn.answer(say.notOnTarget(phrase, key));
  }
  const amount = phrase === undefined ? null : amountNamed(phrase, lines, turn.services.catalog);
  if (phrase !== undefined && others.length > 0) {
    const options = meant.map((l) => ({ productId: l.productId, name: l.name }));
    turn.session.pending = { kind: 'chooseToRemove', target: key, phrase, options, ...(amount === null ? {} : { amount }) };
    return turn.ask(say.chooseToRemove(phrase, options.map((o) => o.name)), say.chooseReprompt(options.length));
  }
  if (justAdded !== undefined) delete turn.session.lastAdd;
  return removeLine(turn, target, line, amount);
});
