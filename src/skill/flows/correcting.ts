import type { Response } from 'ask-sdk-model';
import { applyChange, lastChangeAt, linesOf, undoLast } from '../../cart/changes.ts';
import { addLine } from '../../cart/lines.ts';
import { optionsDescribed } from '../../cart/choosing.ts';
import { planItems, lineFor, settleAmount } from '../../cart/requests.ts';
import { words } from '../../catalog/normalise.ts';
import { phraseKey } from '../../catalog/personal.ts';
import { isMeasure, splitAmount } from '../../catalog/quantity.ts';
import type { ShopperContext } from '../../catalog/resolver.ts';
import { targetFor } from '../../lists/names.ts';
import { plainText } from '../ssml.ts';
import type { Line } from '../../shopper/state.ts';
import type { LastAdd } from '../session.ts';
import type { Turn } from '../turn.ts';
import { addPlanned, addSaid } from './adding.ts';
import { undoLatestChange } from './undoing.ts';

/**
 * What was just added, replaced by the product `phrase` names, in the same amount, as one more
 * change "undo" takes back; the shopper's words for the first are remembered to mean the second.
 * `saidAlone`: the words of a kind said on their own ("the low fat one"); `changeOfMind`: said as
 * a choice ("crunchy") rather than as a correction ("no, the low fat one"), so nothing is apologised for.
 */
export async function replaceLastAdd(turn: Turn, phrase: string, context: ShopperContext, saidAlone?: string, changeOfMind = false): Promise<Response> {
  const say = turn.say;
  const lastAdd = turn.session.lastAdd;
  // "No, I said two pears" says its own amount; "no, I said pears" keeps the one the add had.
  const saysAmount = splitAmount(words(phrase)).quantity !== null;
  // A pack of the thing added goes with it only to a thing of its shelf: "no, pears" of a loaf of
  // bread is pears, not a loaf of them, nor one pear for its "a".
  const shelfAdded = turn.services.catalog.byId.get(lastAdd?.productIds[0] ?? '')?.category;
  const unit = lastAdd?.unit ?? undefined;
  const packed = unit !== undefined && !isMeasure(unit);
  const elsewhere = packed && planItems(turn.services.resolver, { product: phrase }, context).some((item) => item.kind === 'found' && item.product.category !== shelfAdded);
  const quantity = lastAdd?.quantity ?? undefined;
  const asAdded = elsewhere ? { quantity: quantity === 1 ? undefined : quantity } : { quantity, unit };
  const spoken = saysAmount ? { product: phrase } : { product: phrase, ...asAdded };
  const cut = planItems(turn.services.resolver, spoken, context);
  // A correction names the one thing meant: "hot dog rolls" cut into hot dogs and rolls, no "and"
  // said, is read whole when the whole names a product.
  const whole = cut.length > 1 && !words(phrase).includes('and') ? planItems(turn.services.resolver, spoken, context, true) : [];
  const items = whole[0]?.kind === 'found' ? whole : cut;
  // "Bread, the wheat kind" said just after milk names more than one thing once put together: what
  // was said is a request of its own; unless, found alone, it is on the shelf of what was just added
  // ("no, the shredded mozzarella" of cheddar): then it is what the correction puts in its place.
  if (items.length > 1 && saidAlone !== undefined) {
    const [alone, more] = planItems(turn.services.resolver, { product: saidAlone }, context);
    const shelf = turn.services.catalog.byId.get(lastAdd?.productIds.length === 1 ? (lastAdd.productIds[0] ?? '') : '')?.category;
    if (alone?.kind === 'found' && more === undefined && shelf !== undefined && alone.product.category === shelf) return replaceLastAdd(turn, saidAlone, context, undefined, changeOfMind);
    return addSaid(turn, targetFor(lastAdd?.target), { product: saidAlone });
  }
  const only = items.length === 1 ? items[0] : undefined;
  // After several products in one breath, which one was misheard is anyone's guess: replacing them
  // all would drop what was heard right, so the product the shopper meant is simply added.
  const replaceable = lastAdd !== undefined && lastAdd.productIds.length === 1 && lastChangeAt(turn.state, lastAdd.at) !== undefined;
  // "No, not the white, the wheat" where two wheat breads fit: the white comes off before the
  // question, so that whichever is chosen stands in its place rather than beside it. A kind only
  // described ("the big ones") takes nothing off before it is chosen.
  const turnedDown = saidAlone === undefined && !changeOfMind;
  if (turnedDown && replaceable && only?.kind === 'ambiguous' && (await undoLatestChange(turn)) !== null) {
    delete turn.session.lastAdd;
    return addPlanned(turn, targetFor(lastAdd.target), items);
  }
  if (lastAdd === undefined || !replaceable || only?.kind !== 'found') {
    return addPlanned(turn, targetFor(lastAdd?.target), items);
  }
  if (lastAdd.productIds[0] === only.product.id) {
    // "No, I said three pears" after two pears: the product was right, the amount was not.
    const amount = splitAmount(words(phrase));
    if (amount.quantity !== null && (amount.quantity !== (lastAdd.quantity ?? 1) || (amount.unit !== null && amount.unit !== lastAdd.unit))) {
      const corrected = await correctAddedAmount(turn, { quantity: amount.quantity, unit: amount.unit });
      if (corrected !== undefined) return corrected;
    }
    // "The big ones" of what was just added describes it when its name says so; when it does not
    // ("the unscented one" of a litter never called that), the store has no such kind, and it stays.
    const added = linesOf(turn.state, targetFor(lastAdd.target)).find((line) => line.productId === only.product.id);
    if (saidAlone !== undefined && added !== undefined) {
      const saysSo = optionsDescribed(saidAlone, [added]).length === 1;
      return turn.answer(saysSo ? say.describedIsAdded(added) : say.swapNotFound(`${saidAlone} ${lastAdd.phrase}`, added.name, turn.services.seller, lastAdd.target), { invite: true });
    }
    // "Actually, no lettuce" and "no, I said lettuce" are both heard as a correction to the lettuce just
    // added: one wants it off, the other kept, so the shopper is asked.
    turn.session.pending = { kind: 'removeLast', target: lastAdd.target, productId: only.product.id, name: only.product.name };
    return turn.ask(say.correctedToSame(only.product.name), say.confirmRemoveLastReprompt(only.product.name));
  }
  const from = lastAdd.productIds.map((id) => turn.services.catalog.byId.get(id)?.name ?? lastAdd.phrase).join(' and ');
  // "No, I said the black tea" just after green tea went in beside the black tea added before: the
  // green comes off and the black stays as it was, never doubled.
  const there = saysAmount ? undefined : linesOf(turn.state, targetFor(lastAdd.target)).find((line) => line.productId === only.product.id);
  if (there !== undefined && (await undoLatestChange(turn)) !== null) return turn.answer(say.correctedToOneThere(from, there, lastAdd.target));
  const line = lineFor(only.product, only.quantity, only.unit);
  const change = changeOfMind ? say.change.swapped(from, line, lastAdd.target) : say.change.corrected(from, line);
  // Only words that could have meant the product are taken to mean it from now on: "pairs" heard
  // for pears is learned; "eggs" then "make it the chocolate milk" is a change of mind, not what eggs means.
  const misheard = !changeOfMind && couldHaveMeant(turn, lastAdd.phrase, only.product.id, context);
  await putInPlaceOfLastAdd(turn, lastAdd, line, plainText(change.markup), { ...lastAdd, phrase, misheard });
  return turn.answer(changeOfMind ? say.swapped(from, line, lastAdd.target) : say.corrected(from, line));
}

/** Whether the words first heard find the product among the nearest they could name. */
function couldHaveMeant(turn: Turn, heard: string, productId: string, context: ShopperContext): boolean {
  const found = turn.services.resolver.resolve(heard, context);
  return [found.product, ...found.alternatives].some((product) => product?.id === productId);
}

/**
 * "No, I said three bunches", just after two bunches of bananas went in: the add was of three, so
 * what the line held before it stays and three go on top. Undefined when nothing of the add is left
 * to correct; when the store sells none in that amount, the shopper hears how it is sold. An amount
 * said on its own just after ("three", "a head") corrects nothing said wrong: it is set, no apology.
 */
export async function correctAddedAmount(turn: Turn, amount: { quantity: number; unit: string | null }, apologise = true): Promise<Response | undefined> {
  const say = turn.say;
  const lastAdd = turn.session.lastAdd;
  const productId = lastAdd?.productIds.length === 1 ? lastAdd.productIds[0] : undefined;
  const product = productId === undefined ? undefined : turn.services.catalog.byId.get(productId);
  if (lastAdd === undefined || product === undefined || lastChangeAt(turn.state, lastAdd.at) === undefined) return undefined;
  // "No, I said four" after two bunches is four bunches: a bare number keeps the add's unit.
  const said = { quantity: amount.quantity, unit: amount.unit ?? lastAdd.unit };
  let settled = settleAmount(product, lastAdd.phrase, said.quantity, said.unit);
  // "No, I meant eighteen" of a carton of twelve: the store's 18-pack, as "eighteen eggs" would have found.
  if (settled.kind === 'pack') {
    const planned = planItems(turn.services.resolver, { product: lastAdd.phrase, quantity: said.quantity, unit: said.unit ?? undefined }, await turn.shopperContext());
    const only = planned.length === 1 ? planned[0] : undefined;
    if (only?.kind === 'found') settled = only;
  }
  // Told how it is sold, not asked with a slot question: CorrectionIntent has no dialog model on Alexa.
  if (settled.kind !== 'found') {
    const added = linesOf(turn.state, targetFor(lastAdd.target)).find((l) => l.productId === product.id);
    return added === undefined ? undefined : turn.answer(say.amountNotInPacks(said.quantity, added, settled.asked));
  }
  const line = lineFor(settled.product, settled.quantity, settled.unit);
  await putInPlaceOfLastAdd(turn, lastAdd, line, plainText(say.change.amountCorrected(line).markup), { ...lastAdd, ...said, misheard: false });
  const total = linesOf(turn.state, targetFor(lastAdd.target)).find((l) => l.productId === line.productId);
  return turn.answer(say.amountCorrected(line, total !== undefined && total.quantity > line.quantity ? total : undefined, apologise));
}

/**
 * What was just added, and any corrections of it, taken back and `line` added in their place, as
 * one more change "undo" takes back. When the product was misheard, the shopper's words for the
 * first are remembered to mean the second; an amount put right teaches nothing about the words.
 */
async function putInPlaceOfLastAdd(
  turn: Turn,
  lastAdd: LastAdd,
  line: Line,
  description: string,
  said: Pick<LastAdd, 'phrase' | 'quantity' | 'unit'> & { readonly misheard: boolean },
): Promise<void> {
  const target = targetFor(lastAdd.target);
  const now = turn.now;
  const misheard = said.misheard ? phraseKey(lastAdd.phrase) : undefined;
  const corrections = lastAdd.corrections ?? 0;
  await turn.update((state) => {
    if (lastChangeAt(state, lastAdd.at) === undefined) return { state, result: undefined };
    // The lines as they were before the add and any earlier corrections of it, with the right product...
    let reverted = state;
    for (let i = 0; i <= corrections; i++) reverted = undoLast(reverted, now).state;
    // ...as one more change on top of the wrong one, so "undo" puts back what was replaced, as it says.
    const corrected = applyChange(state, target, addLine(linesOf(reverted, target), line), description, now);
    if (misheard === undefined) return { state: corrected, result: undefined };
    return { state: { ...corrected, preferences: { ...corrected.preferences, [misheard]: line.productId } }, result: undefined };
  });
  delete turn.session.lastChanged;
  turn.session.lastAdd = {
    ...lastAdd,
    at: turn.state.undo.at(-1)?.at ?? now.toISOString(),
    phrase: said.phrase,
    quantity: said.quantity,
    unit: said.unit,
    productIds: [line.productId],
    corrections: corrections + 1,
  };
}
