import type { Response } from 'ask-sdk-model';
import { linesOf } from '../../cart/changes.ts';
import { itemAt, itemReferenceIn, type ItemReference } from '../../cart/references.ts';
import { targetFor, targetKey, type Target } from '../../lists/names.ts';
import type { Line } from '../../shopper/state.ts';
import { readingTarget } from './reading.ts';
import type { Turn } from '../turn.ts';

/** The line an ordinal points at, where it is, or the question to ask instead. */
export type Referred = { readonly kind: 'line'; readonly target: Target; readonly line: Line } | { readonly kind: 'ask'; readonly response: Response };

/**
 * "Take off the third one", "change the second one to two": the position counts the items the
 * shopper heard last, a read-back's latest few or, failing that, the items one request just added.
 * Alexa fills the `position` slot (AMAZON.ORDINAL) for these; a product slot that holds only a
 * position ("the last one") is read the same way. Null when no position was said and the product
 * slot names a product.
 */
export function lineReferredTo(turn: Turn, action: 'remove' | 'change'): Referred | null {
  const position = turn.numberSlot('position');
  const phrase = turn.slot('product');
  const reference =
    position !== undefined && Number.isInteger(position) && position > 0 ? { position } : phrase === undefined ? null : itemReferenceIn(phrase);
  if (reference === null) return null;
  const say = turn.say;
  const reading = turn.session.reading;
  const lastAdd = turn.session.lastAdd;
  const heard =
    reading?.heard !== undefined && reading.heard.length > 0
      ? { target: readingTarget(reading.target), ids: reading.heard }
      : lastAdd !== undefined && lastAdd.productIds.length > 1
        ? { target: targetFor(lastAdd.target), ids: lastAdd.productIds }
        : null;
  if (heard === null) {
    return { kind: 'ask', response: turn.elicit('product', say.noItemsHeard(reference, action), say.askProductReprompt(action), {}) };
  }
  const id = itemAt(heard.ids, reference);
  if (id === undefined) {
    return { kind: 'ask', response: turn.elicit('product', say.notThatManyHeard(reference, heard.ids.length), say.askProductReprompt(action), {}) };
  }
  const line = linesOf(turn.state, heard.target).find((l) => l.productId === id);
  // Taken off since it was read: said by name, so the shopper knows which one the count reached.
  if (line === undefined) return { kind: 'ask', response: turn.answer(say.notOnTarget(turn.services.catalog.byId.get(id)?.name ?? id, targetKey(heard.target))) };
  return { kind: 'line', target: heard.target, line };
}

/**
 * "What was the second thing?": the item at a position of what the shopper heard read last from
 * `target`, or, with nothing read, of the target's items in the order they went in.
 */
export function lineAtPosition(turn: Turn, target: Target, reference: ItemReference): Response {
  const say = turn.say;
  const lines = linesOf(turn.state, target);
  const reading = turn.session.reading;
  const heard = reading?.heard !== undefined && reading.heard.length > 0 && targetKey(readingTarget(reading.target)) === targetKey(target) ? reading.heard : undefined;
  const ids = heard ?? lines.map((line) => line.productId);
  const id = itemAt(ids, reference);
  const line = id === undefined ? undefined : lines.find((l) => l.productId === id);
  if (id === undefined) return turn.answer(say.notThatManyOn(reference, ids.length, targetKey(target)), { invite: true });
  // Taken off since it was read: said by name, so the shopper knows which one the count reached.
  if (line === undefined) return turn.answer(say.notOnTarget(turn.services.catalog.byId.get(id)?.name ?? id, targetKey(target)), { invite: true });
  turn.session.toldLine = { target: targetKey(target), productId: line.productId };
  return turn.answer(say.itemAtPosition(line, reference, heard !== undefined), { invite: true });
}
