import type { Response } from 'ask-sdk-model';
import { applyChange, linesOf } from '../../cart/changes.ts';
import { swapProduct } from '../../cart/lines.ts';
import { replacementFor, type Replacement } from '../../cart/swaps.ts';
import type { ShopperContext } from '../../catalog/resolver.ts';
import type { Line } from '../../shopper/state.ts';
import { targetFor, targetKey, type Target } from '../../lists/names.ts';
import type { LastAdd } from '../session.ts';
import { plainText } from '../ssml.ts';
import { distinctChoices } from '../speech/voice.ts';
import type { Turn } from '../turn.ts';

/**
 * One line's product traded for the product `wanted` names, in the same amount, where it stood, as
 * one change "undo" takes back. The replacement is found in the store's catalog, read with the
 * line's kind when said only by what tells it apart. Nothing changes unless one replacement is clear.
 */
export async function swapLine(
  turn: Turn,
  target: Target,
  line: Line,
  wanted: string,
  context: ShopperContext,
  replacement: Replacement = replacementFor(turn.services.resolver, wanted, line, turn.services.catalog.byId.get(line.productId), context),
): Promise<Response> {
  const say = turn.say;
  const key = targetKey(target);
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
      // "No, I said pears" after a swap is a new request, not a correction of an earlier add; "make that two" is about the line swapped in.
      delete turn.session.lastAdd;
      turn.session.lastChanged = { target: key, productId: replacement.line.productId };
      return turn.answer(say.swapped(line.name, replacement.line, key));
    }
  }
}

/** Each line of the things just added (`lastAdd`), still where they went, with what `wanted` would put in its place. */
export function replacementsForJustAdded(turn: Turn, lastAdd: LastAdd, wanted: string, context: ShopperContext): { line: Line; replacement: Replacement }[] {
  const { catalog, resolver } = turn.services;
  return linesOf(turn.state, targetFor(lastAdd.target))
    .filter((line) => lastAdd.productIds.includes(line.productId))
    .map((line) => ({ line, replacement: replacementFor(resolver, wanted, line, catalog.byId.get(line.productId), context) }));
}
