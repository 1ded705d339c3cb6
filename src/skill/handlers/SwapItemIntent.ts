import { applyChange, linesOf } from '../../cart/changes.ts';
import { swapProduct } from '../../cart/lines.ts';
import { findLineFor } from '../../cart/matching.ts';
import { replacementFor } from '../../cart/swaps.ts';
import { targetFor, targetKey } from '../../lists/names.ts';
import { intentHandler } from '../handler.ts';
import { plainText } from '../ssml.ts';
import { distinctChoices } from '../speech/voice.ts';

/**
 * "Swap the skim milk for whole", "trade the bananas for apples": one line's product for another,
 * in the same amount, where it stood, as one change "undo" takes back. The replacement is found
 * in the store's catalog, read with the line's kind when said only by what tells it apart. Nothing
 * changes unless both the line and one replacement are clear.
 */
export const SwapItemIntent = intentHandler(['SwapItemIntent'], async (turn) => {
  const say = turn.say;
  const phrase = turn.slot('product');
  if (phrase === undefined) return turn.elicit('product', say.askSwapOut(), say.askSwapOutReprompt());
  const target = targetFor(turn.slot('list'));
  const key = targetKey(target);
  const context = await turn.shopperContext();
  const catalog = turn.services.catalog;
  const line = findLineFor(phrase, linesOf(turn.state, target), catalog, context);
  if (line === undefined) return turn.answer(say.notOnTarget(phrase, key));
  const wanted = turn.slot('replacement');
  if (wanted === undefined) return turn.elicit('replacement', say.askSwapIn(line.name), say.askSwapInReprompt(line.name), { product: line.name });
  const replacement = replacementFor(turn.services.resolver, wanted, line, catalog.byId.get(line.productId), context);
  switch (replacement.kind) {
    case 'none':
      return turn.answer(say.swapNotFound(wanted, line.name, turn.services.seller, key));
    case 'same':
      return turn.answer(say.swapSame(line.name, key));
    case 'ambiguous': {
      const names = distinctChoices(replacement.options.map((p) => ({ id: p.id, name: p.name, size: p.size }))).map(({ name }) => name);
      return turn.answer(say.swapWhich(wanted, names, line.name));
    }
    case 'found': {
      const now = turn.now;
      const description = plainText(say.change.swapped(line.name, replacement.line, key).markup);
      await turn.update((state) => ({
        state: applyChange(state, target, swapProduct(linesOf(state, target), line.productId, replacement.line), description, now),
        result: undefined,
      }));
      // "No, I said pears" after a swap is a new request, not a correction of an earlier add.
      delete turn.session.lastAdd;
      return turn.answer(say.swapped(line.name, replacement.line, key));
    }
  }
});
