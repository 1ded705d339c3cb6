import type { Response } from 'ask-sdk-model';
import { applyChange, linesOf } from '../../cart/changes.ts';
import { removeProduct, takeOff } from '../../cart/lines.ts';
import { targetKey, type Target } from '../../lists/names.ts';
import type { Line } from '../../shopper/state.ts';
import { plainText } from '../ssml.ts';
import type { Turn } from '../turn.ts';

/**
 * Takes one product's line off the cart or a list, undoably, and says so. With an amount less than
 * the line holds ("remove one of the milks" from three), only that much comes off.
 */
export async function removeLine(turn: Turn, target: Target, line: Line, amount?: { quantity: number; unit: string | null } | null): Promise<Response> {
  const say = turn.say;
  const key = targetKey(target);
  const now = turn.now;
  const some = amount !== undefined && amount !== null && (amount.unit === null || amount.unit === line.unit) && amount.quantity < line.quantity;
  if (some) {
    const taken: Line = { ...line, quantity: amount.quantity };
    const left: Line = { ...line, quantity: line.quantity - amount.quantity };
    await turn.update((state) => ({
      state: applyChange(state, target, takeOff(linesOf(state, target), line.productId, amount.quantity), plainText(say.change.tookOff(taken, key).markup), now),
      result: undefined,
    }));
    return turn.answer(say.tookOff(left, key));
  }
  await turn.update((state) => ({
    state: applyChange(state, target, removeProduct(linesOf(state, target), line.productId), plainText(say.change.removed(line.name, key).markup), now),
    result: undefined,
  }));
  return turn.answer(say.removed(line, key));
}
