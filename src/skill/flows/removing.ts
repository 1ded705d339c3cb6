import type { Response } from 'ask-sdk-model';
import { applyChange, linesOf } from '../../cart/changes.ts';
import { removeProduct } from '../../cart/lines.ts';
import { targetKey, type Target } from '../../lists/names.ts';
import type { Line } from '../../shopper/state.ts';
import { plainText } from '../ssml.ts';
import type { Turn } from '../turn.ts';

/** Takes one product's line off the cart or a list, undoably, and says so. */
export async function removeLine(turn: Turn, target: Target, line: Line): Promise<Response> {
  const say = turn.say;
  const key = targetKey(target);
  const now = turn.now;
  await turn.update((state) => ({
    state: applyChange(state, target, removeProduct(linesOf(state, target), line.productId), plainText(say.change.removed(line.name, key).markup), now),
    result: undefined,
  }));
  return turn.answer(say.removed(line, key));
}
