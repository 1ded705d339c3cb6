import type { Response } from 'ask-sdk-model';
import { applyChange, lineLastBroughtIn, linesOf } from '../../cart/changes.ts';
import { removeLineIn, removeProduct, takeOff } from '../../cart/lines.ts';
import { isContainer } from '../../catalog/packs.ts';
import { targetFor, targetKey, type Target } from '../../lists/names.ts';
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
  // "One pack of the paper towels" of two packs counted bare: a container said is one of what the line counts.
  const sameUnit = (unit: string | null): boolean => unit === null || unit === line.unit || (line.unit === null && isContainer(unit));
  const some = amount !== undefined && amount !== null && sameUnit(amount.unit) && amount.quantity < line.quantity;
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
 * taking it off unasked; undefined when no single line is in mind. `pointed`: the shopper said
 * "that" of it ("take that back off"), which in a visit with nothing in mind yet is what the
 * visit before added.
 */
export function askToTakeOffLineInMind(turn: Turn, pointed = false): Response | undefined {
  const say = turn.say;
  const meant = turn.lineInMindNow() ?? (pointed ? lineAddedBeforeThisVisit(turn) : undefined);
  if (meant === undefined) return undefined;
  const { target, line } = meant;
  turn.session.pending = { kind: 'removeLast', target: targetKey(target), productId: line.productId, name: line.name };
  const question = turn.lineJustTold === undefined ? say.confirmRemoveLast(line.name, targetKey(target)) : say.confirmRemoveTold(line.name, targetKey(target));
  return turn.ask(question, say.confirmRemoveLastReprompt(line.name));
}

/**
 * "Ask Corner Grocer to take that back off" just after a one-shot add: a visit that has added and
 * changed nothing yet has no line in mind of its own, so "that" is the one line the shopper's
 * latest change brought in, while it can still be undone.
 */
function lineAddedBeforeThisVisit(turn: Turn): { readonly target: Target; readonly line: Line } | undefined {
  if (turn.session.lastAdd !== undefined || turn.session.lastChanged !== undefined) return undefined;
  const added = lineLastBroughtIn(turn.state, turn.now);
  if (added === undefined) return undefined;
  const target = targetFor(added.target);
  const line = linesOf(turn.state, target).find((candidate) => candidate.productId === added.line.productId && candidate.unit === added.line.unit);
  return line === undefined ? undefined : { target, line };
}

/**
 * "No", "never mind", "take that back off" just after an add: whether to take it off is asked, and
 * after several things went in at once, which of them; undefined when none of it is there.
 */
export function askToTakeBackTheAdd(turn: Turn, pointed = false): Response | undefined {
  return askToTakeOffLineInMind(turn, pointed) ?? askWhichJustAddedToTakeOff(turn);
}

/** Which of several things just added to take off, asked by number; undefined when fewer than two are still there. */
function askWhichJustAddedToTakeOff(turn: Turn): Response | undefined {
  const lastAdd = turn.session.lastAdd;
  if (lastAdd === undefined) return undefined;
  const lines = linesOf(turn.state, targetFor(lastAdd.target)).filter((line) => lastAdd.productIds.includes(line.productId));
  const [first, second] = lines;
  if (first === undefined || second === undefined) return undefined;
  const options = lines.map((line) => ({ productId: line.productId, name: line.name }));
  turn.session.pending = { kind: 'chooseToRemove', target: lastAdd.target, phrase: 'one', options };
  return turn.ask(turn.say.chooseToRemove('one', options.map((option) => option.name)), turn.say.chooseReprompt(options.length));
}
