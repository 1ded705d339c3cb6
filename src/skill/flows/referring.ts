import type { Response } from 'ask-sdk-model';
import { lastChangeAt, linesOf } from '../../cart/changes.ts';
import { tokens, words } from '../../catalog/normalise.ts';
import { splitAmount } from '../../catalog/quantity.ts';
import { againstItsSize } from '../../catalog/packs.ts';
import { unitSaid } from '../../cart/requests.ts';
import { changeLine } from './changing.ts';
import { itemAt, itemReferenceIn, type ItemReference } from '../../cart/references.ts';
import { targetFor, targetKey, type Target } from '../../lists/names.ts';
import type { Line } from '../../shopper/state.ts';
import { readingTarget } from './reading.ts';
import type { LastAdd } from '../session.ts';
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
  const lines = linesOf(turn.state, heard.target);
  // "The second one" after "more" read only the last item: the count runs over all that was read.
  const readSoFar = reading?.heard !== undefined && reading.heard.length > 0 ? lines.slice(0, reading.offset).map((l) => l.productId) : heard.ids;
  const id = itemAt(heard.ids, reference) ?? itemAt(readSoFar, reference);
  if (id === undefined) {
    return { kind: 'ask', response: turn.elicit('product', say.notThatManyHeard(reference, readSoFar.length), say.askProductReprompt(action), {}) };
  }
  const line = lines.find((l) => l.productId === id);
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

/**
 * The words of the one thing just added, and more, that find that same product ("large eggs" just
 * after the large eggs went in): that thing, not one more of it.
 */
async function saidBetter(turn: Turn, lastAdd: LastAdd, said: string, productWords: readonly string[]): Promise<Response | undefined> {
  const [added, other] = lastAdd.productIds;
  const before = tokens(lastAdd.phrase);
  const now = tokens(productWords.join(' '));
  if (added === undefined || other !== undefined || productWords.includes('and')) return undefined;
  if (before.length === 0 || now.length <= before.length || !before.every((token) => now.includes(token))) return undefined;
  const found = turn.services.resolver.resolve(said, await turn.shopperContext());
  const line = linesOf(turn.state, targetFor(lastAdd.target)).find((candidate) => candidate.productId === added);
  if (found.product?.id !== added || found.ambiguous || line === undefined) return undefined;
  return turn.answer(turn.say.describedIsAdded(line), { invite: true });
}

/**
 * What was just added, said again in other words: "the grape jelly" just after jelly went in as
 * Concord Grape Jelly says which it is, and nothing doubles; "about two pounds of chicken" just
 * after chicken breasts went in says how much of those breasts, whatever other chicken the words
 * could name; "large eggs" just after the large eggs went in, more words finding the same product,
 * is that product said better. Undefined when the words are what was said before ("rice" again is
 * more rice, "a pound of bananas" more bananas), or name nothing just added.
 */
export async function justAddedSaidAgain(turn: Turn, said: string, amount: { quantity?: number | undefined; unit?: string | undefined }): Promise<Response | undefined> {
  const lastAdd = turn.session.lastAdd;
  if (lastAdd === undefined || lastChangeAt(turn.state, lastAdd.at) === undefined) return undefined;
  const spoken = splitAmount(words(said));
  const named = tokens(spoken.product.join(' '));
  if (named.length === 0) return undefined;
  const target = targetFor(lastAdd.target);
  const carrying = linesOf(turn.state, target).filter((line) => lastAdd.productIds.includes(line.productId) && named.every((token) => tokens(line.name).includes(token)));
  const amountSaid = amount.quantity !== undefined || amount.unit !== undefined || spoken.quantity !== null;
  const [line, ...others] = carrying;
  if (line === undefined) return amountSaid || spoken.unit !== null ? undefined : saidBetter(turn, lastAdd, said, spoken.product);
  if (others.length > 0) return undefined;
  const before = new Set(tokens(lastAdd.phrase));
  const { resolver } = turn.services;
  const found = resolver.resolve(said, await turn.shopperContext()).product?.id;
  // Said without an amount, it is that line if the words find it, or if they are one word that only
  // says which kind ("sparkling" just after a sparkling water, "strawberry" after a strawberry jam):
  // "conditioner" just after a two-in-one shampoo went in is a conditioner, where the store has one
  // apart and the household buys it.
  const [word, ...more] = words(said);
  const saysItsKind = word !== undefined && more.length === 0 && (resolver.onlyDescribes(word) || resolver.isACountedThing(word));
  if (!amountSaid) return named.every((token) => before.has(token)) || (found !== line.productId && !saysItsKind) ? undefined : turn.answer(turn.say.describedIsAdded(line), { invite: true });
  // "A pound of coffee" just after a creamer for coffee went in is coffee, not more creamer; "a bag
  // of ice" just after ice pops is no bag of ice pops, sold or not.
  if (found === line.productId || !resolver.isAKindOf(line.productId, said)) return undefined;
  const unit = amount.unit === undefined ? spoken.unit : (unitSaid(amount.unit)?.unit ?? amount.unit.toLowerCase());
  const quantity = amount.quantity ?? spoken.quantity ?? 1;
  // "A quart of milk" just after a half gallon went in is a size that line does not come in, and "a
  // gallon of whole milk" one the gallon jug found comes in as said: either is another add.
  const foundProduct = found === undefined ? undefined : turn.services.catalog.byId.get(found);
  const lineSized = unit === null ? null : againstItsSize(line, quantity, unit);
  const foundSized = unit === null || foundProduct === undefined ? null : againstItsSize(foundProduct, quantity, unit);
  if (lineSized?.kind === 'otherSize' || (lineSized?.kind === 'packs' && foundSized?.kind === 'asSaid')) return undefined;
  return changeLine(turn, target, line, quantity, unit);
}
