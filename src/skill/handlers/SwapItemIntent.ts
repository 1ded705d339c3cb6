import { linesOf } from '../../cart/changes.ts';
import { findLineFor } from '../../cart/matching.ts';
import { targetKey } from '../../lists/names.ts';
import { intentHandler } from '../handler.ts';
import { swapLine } from '../flows/swapping.ts';

/**
 * "Swap the skim milk for whole", "trade the bananas for apples": one line's product for another
 * (see swapLine). Nothing changes unless both the line and one replacement are clear.
 */
export const SwapItemIntent = intentHandler(['SwapItemIntent'], async (turn) => {
  const say = turn.say;
  const phrase = turn.slot('product');
  if (phrase === undefined) return turn.elicit('product', say.askSwapOut(), say.askSwapOutReprompt());
  const target = turn.listInPlay();
  const key = targetKey(target);
  const context = await turn.shopperContext();
  const catalog = turn.services.catalog;
  const line = findLineFor(phrase, linesOf(turn.state, target), catalog, context);
  if (line === undefined) return turn.answer(say.notOnTarget(phrase, key));
  const wanted = turn.slot('replacement');
  if (wanted === undefined) return turn.elicit('replacement', say.askSwapIn(line.name), say.askSwapInReprompt(line.name), { product: line.name });
  return swapLine(turn, target, line, wanted, context);
});
