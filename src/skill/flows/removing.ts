import type { Response } from 'ask-sdk-model';
import { applyChange, linesOf } from '../../cart/changes.ts';
import { removeLineIn, removeProduct, takeOff } from '../../cart/lines.ts';
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
  return removeLines(turn, target, [line]);
}

/**
 * Takes whole lines off the cart or a list as one change ("take off the milk and the bananas"),
 * undone together: every line of each product, or with `onlyThese` just the lines given.
 */
export async function removeLines(turn: Turn, target: Target, lines: readonly Line[], onlyThese = false): Promise<Response> {
  const say = turn.say;
  const key = targetKey(target);
  const description = plainText(say.change.removed(lines.map((line) => line.name), key).markup);
  await turn.update((state) => ({
    state: applyChange(state, target, lines.reduce<Line[]>((kept, line) => (onlyThese ? removeLineIn(kept, line) : removeProduct(kept, line.productId)), [...linesOf(state, target)]), description, turn.now),
    result: undefined,
  }));
  return turn.answer(say.removed(lines, key));
}

/**
 * Asks whether to take off the line "it" means now (the one just named, changed or added), never
 * taking it off unasked; undefined when no single line is in mind.
 */
export function askToTakeOffLineInMind(turn: Turn): Response | undefined {
  const say = turn.say;
  const meant = turn.lineInMindNow();
  if (meant === undefined) return undefined;
  const { target, line } = meant;
  turn.session.pending = { kind: 'removeLast', target: targetKey(target), productId: line.productId, name: line.name };
  const question = turn.lineJustTold === undefined ? say.confirmRemoveLast(line.name, targetKey(target)) : say.confirmRemoveTold(line.name, targetKey(target));
  return turn.ask(question, say.confirmRemoveLastReprompt(line.name));
}
