import type { Response } from 'ask-sdk-model';
import { applyChange, lastChangeAt, linesOf, undoLast } from '../../cart/changes.ts';
import { addLine } from '../../cart/lines.ts';
import { planItems, lineFor } from '../../cart/requests.ts';
import { phraseKey } from '../../catalog/personal.ts';
import type { ShopperContext } from '../../catalog/resolver.ts';
import { targetFor } from '../../lists/names.ts';
import { plainText } from '../ssml.ts';
import type { Turn } from '../turn.ts';
import { addPlanned, addSaid } from './adding.ts';

/**
 * What was just added, replaced by the product `phrase` names, in the same amount, as one more
 * change "undo" takes back; the shopper's words for the first are remembered to mean the second.
 */
export async function replaceLastAdd(turn: Turn, phrase: string, context: ShopperContext, saidAlone?: string): Promise<Response> {
  const say = turn.say;
  const lastAdd = turn.session.lastAdd;
  const items = planItems(
    turn.services.resolver,
    { product: phrase, quantity: lastAdd?.quantity ?? undefined, unit: lastAdd?.unit ?? undefined },
    context,
  );
  // "Bread, the wheat kind" said just after milk names more than one thing once put together: what was said is a request of its own.
  if (items.length > 1 && saidAlone !== undefined) {
    return addSaid(turn, targetFor(lastAdd?.target), { product: saidAlone });
  }
  const only = items.length === 1 ? items[0] : undefined;
  // After several products in one breath, which one was misheard is anyone's guess: replacing them
  // all would drop what was heard right, so the product the shopper meant is simply added.
  const replaceable = lastAdd !== undefined && lastAdd.productIds.length === 1 && lastChangeAt(turn.state, lastAdd.at) !== undefined;
  if (lastAdd === undefined || !replaceable || only?.kind !== 'found') {
    return addPlanned(turn, targetFor(lastAdd?.target), items);
  }
  if (lastAdd.productIds[0] === only.product.id) return turn.answer(say.correctedToSame(only.product.name));
  const target = targetFor(lastAdd.target);
  const line = lineFor(only.product, only.quantity, only.unit);
  const from = lastAdd.productIds.map((id) => turn.services.catalog.byId.get(id)?.name ?? lastAdd.phrase).join(' and ');
  const description = plainText(say.change.corrected(from, line).markup);
  const now = turn.now;
  const misheard = phraseKey(lastAdd.phrase);
  const corrections = lastAdd.corrections ?? 0;
  await turn.update((state) => {
    if (lastChangeAt(state, lastAdd.at) === undefined) return { state, result: undefined };
    // The lines as they were before the add and any earlier corrections of it, with the right product...
    let reverted = state;
    for (let i = 0; i <= corrections; i++) reverted = undoLast(reverted, now).state;
    // ...as one more change on top of the wrong one, so "undo" puts back what was replaced, as it says.
    const corrected = applyChange(state, target, addLine(linesOf(reverted, target), line), description, now);
    return { state: { ...corrected, preferences: { ...corrected.preferences, [misheard]: line.productId } }, result: undefined };
  });
  delete turn.session.lastChanged;
  turn.session.lastAdd = {
    ...lastAdd,
    at: turn.state.undo.at(-1)?.at ?? now.toISOString(),
    productIds: [line.productId],
    phrase,
    corrections: corrections + 1,
  };
  return turn.answer(say.corrected(from, line));
}
