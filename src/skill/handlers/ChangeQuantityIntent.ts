import { linesOf } from '../../cart/changes.ts';
import { phraseKey } from '../../catalog/personal.ts';
import { words } from '../../catalog/normalise.ts';
import { splitAmount } from '../../catalog/quantity.ts';
import { amountNamed, findLineFor, linesMeantBy } from '../../cart/matching.ts';
import { amountChangeSaid, amountMultipleSaid, changedAmount } from '../../cart/amount-changes.ts';
import { countsByTheDozen, soldBy } from '../../catalog/packs.ts';
import { EACH, lineFor, MAX_QUANTITY, planItems, quantityProblem, settleAmount, unitSaid } from '../../cart/requests.ts';
import { targetFor, targetKey, type Target } from '../../lists/names.ts';
import type { Line } from '../../shopper/state.ts';
import { intentHandler } from '../handler.ts';
import { addChosen, amountForTheChoice, amountSaidAlone, offerToAdd } from '../flows/adding.ts';
import { describedAsARequest } from '../flows/answering-a-choice.ts';
import { changeLine } from '../flows/changing.ts';
import { lineReferredTo } from '../flows/referring.ts';
import { removeLine } from '../flows/removing.ts';
import { changeInOffer, keepOnlyOfBasket } from '../flows/reordering.ts';
import { replaceLastAdd } from '../flows/correcting.ts';
import { swapLine } from '../flows/swapping.ts';
import type { Response } from 'ask-sdk-model';
import type { ShopperContext } from '../../catalog/resolver.ts';
import type { Turn } from '../turn.ts';

/**
 * "Change the milk to three", "change the eggs on my picnic list to two", "make that three": without
 * a product, the item just added. What is missing is asked for, the item first ("Which item should
 * I change?") and then the amount, each with Dialog.ElicitSlot so a bare "the eggs" or "three" answers it.
 * "Change the second one to two" counts the items last read. A unit said as one ("change the bananas to a bunch") is one of it.
 * A relative change ("cut the carrots by a pound", "two fewer apples") moves the amount from what
 * the line holds; down to nothing, the line comes off. A multiple ("double the bananas") is of what it holds.
 */
export const ChangeQuantityIntent = intentHandler(['ChangeQuantityIntent'], async (turn) => {
  const say = turn.say;
  const spokenUnit = turn.slot('unit');
  const unitHeard = spokenUnit === undefined ? null : unitSaid(spokenUnit);
  const quantity = turn.numberSlot('quantity') ?? (unitHeard?.single === true ? 1 : undefined);
  const problem = quantity === undefined ? null : quantityProblem(quantity);
  if (problem === 'zero') return turn.elicit('quantity', say.quantityZero(), say.quantityZeroReprompt());
  if (problem === 'tooMany') return turn.answer(say.quantityTooMany(MAX_QUANTITY));

  const phrase = turn.slot('product');
  const times = amountMultipleSaid(turn.slot('times'));
  const relative = turn.slot('change') !== undefined || times !== undefined;
  // "Make it two bananas" while the usual is offered: the bananas of the offer, which stands.
  const offered = turn.session.pending ?? turn.lapsed;
  if (offered?.kind === 'reorder' && phrase !== undefined && quantity !== undefined) return changeInOffer(turn, offered, { phrase, quantity, unit: unitHeard?.unit ?? null, unitSaid: spokenUnit });
  // "Make it four" while choosing which yogurt: the amount is for the item being chosen; so is
  // "make that half a gallon", its amount heard where a product would be.
  // So is "the salmon should be two pounds" while "which salmon?" waits: the thing named is the one being chosen.
  const [choosing] = turn.heldQuestions;
  const namesTheChoice = phrase !== undefined && choosing?.kind === 'choose' && phraseKey(choosing.phrase) === phraseKey(phrase);
  const amount = turn.slot('position') === undefined && !relative ? amountSaidAlone(turn, namesTheChoice ? undefined : phrase) : null;
  const chosen = amount === null ? undefined : await amountForTheChoice(turn, amount.quantity, amount.unit);
  if (chosen !== undefined) return chosen;
  // With no choice waiting, an amount heard where a product would be ("make that half a pound too") names no item: the one in mind is meant.
  if (amount !== null && phrase !== undefined && !namesTheChoice && quantity === undefined) {
    const inMind = turn.lineInMindNow();
    if (inMind === undefined) return turn.elicit('product', say.askProduct('change'), say.askProductReprompt('change'));
    if (quantityProblem(amount.quantity) === 'tooMany') return turn.answer(say.quantityTooMany(MAX_QUANTITY));
    return changeLine(turn, inMind.target, inMind.line, amount.quantity, amount.unit ?? inMind.line.unit);
  }
  // "Change the eggs to brown eggs": a thing said where the amount would be trades the line for it.
  const traded = phrase !== undefined && quantity === undefined && spokenUnit === undefined && !relative ? await tradedByChange(turn, phrase) : undefined;
  if (traded !== undefined) return traded;
  // "No, just the bananas" right after a basket went in: that line of it, not the whole basket.
  // "Actually, make it skim" just after milk went in: no amount, only which kind.
  if (phrase !== undefined && quantity === undefined && spokenUnit === undefined && !relative) {
    const kept = (await keepOnlyOfBasket(turn, phrase)) ?? (await describedAsARequest(turn, phrase));
    if (kept !== undefined) return kept;
  }
  // "The second one, three cans" while "which soup?" waits and nothing was read out: the option at
  // that place, in that amount.
  const position = turn.numberSlot('position');
  const option = position === undefined || choosing?.kind !== 'choose' || turn.session.reading !== undefined ? undefined : choosing.options[position - 1];
  const optionProduct = option === undefined ? undefined : turn.services.catalog.byId.get(option.productId);
  if (choosing?.kind === 'choose' && optionProduct !== undefined) {
    const rest = turn.heldQuestions.slice(1);
    turn.heldQuestions = [];
    const amount = { quantity: quantity ?? choosing.quantity, unit: unitHeard?.unit ?? choosing.unit };
    return addChosen(turn, targetFor(choosing.target), optionProduct, { target: choosing.target, phrase: choosing.phrase, ...amount }, rest);
  }
  const referred = lineReferredTo(turn, 'change');
  if (referred?.kind === 'ask') return referred.response;
  // "A bunch" just after "asparagus" was not found is of the asparagus, never of the salmon before it: what it is of is asked.
  if (phrase === undefined && referred === null && turn.followsAnAddOfNothing) return turn.elicit('product', say.askProduct('change'), say.askProductReprompt('change'));
  // "Just two", with nothing named: the line just asked about ("how many bagels did I put in?"), else the one last changed, else the one last added.
  const inMind = phrase === undefined ? turn.lineInMindNow() : undefined;
  const target = referred?.target ?? inMind?.target ?? turn.listInPlay();
  const lines = linesOf(turn.state, target);
  let line: Line | undefined = referred?.line ?? inMind?.line;
  if (line === undefined && phrase !== undefined && referred === null) {
    const context = await turn.shopperContext();
    // "Make the milk two" with whole and skim milk there: which is asked, the amount kept for the answer.
    const meant = linesMeantBy(phrase, lines, turn.services.catalog, context);
    if (meant.length > 1) return turn.elicit('product', say.chooseToChange(phrase, meant.map((l) => l.name)), say.askProductReprompt('change'));
    line = findLineFor(phrase, lines, turn.services.catalog, context);
  }
  const change = amountChangeSaid(turn.slot('change'));
  if (line === undefined) {
    if (phrase === undefined) return turn.elicit('product', say.askProduct('change'), say.askProductReprompt('change'));
    // "Make it thighs" just after chicken breasts went in, no amount said: another kind of the thing
    // just added, off its shelf, takes its place, as a correction would.
    const context = await turn.shopperContext();
    if (quantity === undefined && spokenUnit === undefined && !relative && referred === null && anotherKindOfLastAdd(turn, phrase, context)) {
      return replaceLastAdd(turn, phrase, context, undefined, true);
    }
    return change === 'less' || times !== undefined ? turn.answer(say.notOnTarget(phrase, targetKey(target))) : offerToAdd(turn, target, { phrase, quantity, unit: spokenUnit });
  }
  if (times !== undefined) {
    const multiplied = line.quantity * times;
    if (quantityProblem(multiplied) === 'tooMany') return turn.answer(say.quantityTooMany(MAX_QUANTITY));
    return changeLine(turn, target, line, multiplied, line.unit);
  }
  if (change !== undefined) {
    // "Cut the bananas by a pound" of a line kept in bunches: the amount it should be is asked instead of guessed.
    if (unitHeard !== null && unitHeard.unit !== line.unit) return turn.elicit('quantity', say.askQuantity(line), say.askQuantityReprompt());
    const left = changedAmount(line.quantity, change, quantity ?? 1);
    if (left <= 0) return removeLine(turn, target, line);
    if (quantityProblem(left) === 'tooMany') return turn.answer(say.quantityTooMany(MAX_QUANTITY));
    return changeLine(turn, target, line, left, line.unit);
  }
  // "Make it the eighteen pack": a size of the thing, said with "pack" as one, never eighteen packs of it.
  if (quantity !== undefined && quantity > 2 && spokenUnit?.toLowerCase() === 'pack') {
    // A size the store does not sell is no count of packs either: how many is asked.
    return (await packOfSize(turn, target, line, quantity)) ?? turn.elicit('quantity', say.askQuantity(line), say.askQuantityReprompt());
  }
  // "I only need one melon" may reach here with the amount inside the product words.
  const inPhrase = quantity === undefined && phrase !== undefined ? amountNamed(phrase, lines, turn.services.catalog) : null;
  if (inPhrase !== null) return changeLine(turn, target, line, inPhrase.quantity, inPhrase.unit ?? line.unit);
  if (quantity === undefined) return turn.elicit('quantity', say.askQuantity(line), say.askQuantityReprompt());
  // "Make the eggs eighteen" of a line kept by the dozen: eighteen eggs, not eighteen dozen; "three"
  // of a carton of twelve is three cartons.
  const product = turn.services.catalog.byId.get(line.productId);
  const sold = product === undefined ? undefined : soldBy(product);
  // "Six eggs", the thing named with its count, are six eggs, never six cartons: only two or fewer,
  // or any amount answering "how many would you like?" of the line, counts cartons.
  const countsCartons = sold?.kind === 'pack' && quantity < sold.count && (quantity <= 2 || phrase === undefined || turn.slotAnswered === 'quantity');
  // "Make the eggs eighteen" of a carton of twelve: eighteen eggs, in the store's carton of eighteen
  // or in cartons enough, never eighteen cartons; a count no carton makes is asked about.
  if (spokenUnit === undefined && line.unit === null && sold?.kind === 'pack' && (quantity >= sold.count || !countsCartons)) {
    return (await itemsCounted(turn, target, line, quantity)) ?? turn.elicit('quantity', say.askPacks(line, quantity), say.askQuantityReprompt());
  }
  if (spokenUnit === undefined && countsByTheDozen(line.unit) && !countsCartons) {
    const settled = product === undefined ? undefined : settleAmount(product, line.name, quantity, null);
    if (settled?.kind === 'found' && settled.product.id === line.productId) return changeLine(turn, target, line, settled.quantity, settled.unit);
    return turn.elicit('quantity', say.askPacks(line, quantity), say.askQuantityReprompt());
  }
  // "Make the bananas three" of bananas put in by the pound, no amount said: three bananas, counted
  // and weighed when picked as "three bananas" would be added, never three pounds said as three.
  const counted = spokenUnit === undefined && line.unit === null && sold?.kind === 'weight';
  const unit = counted ? EACH : spokenUnit === undefined ? line.unit : (unitHeard?.unit ?? spokenUnit.toLowerCase());
  return changeLine(turn, target, line, quantity, unit);
});

/** "Eggs to brown eggs": the line the words before "to" find, swapped for the thing after it; undefined when they are not that. */
async function tradedByChange(turn: Turn, phrase: string): Promise<Response | undefined> {
  const match = /^(.+?)\s+to\s+(.+)$/i.exec(phrase);
  const [, from, to] = match ?? [];
  if (from === undefined || to === undefined || splitAmount(words(to)).product.length === 0) return undefined;
  const target = turn.listInPlay();
  const context = await turn.shopperContext();
  const line = findLineFor(from, linesOf(turn.state, target), turn.services.catalog, context);
  return line === undefined ? undefined : swapLine(turn, target, line, to, context);
}

/**
 * The line's thing in a pack of `size`: the one there already, said so, or the store's product of
 * that count traded for it ("the eighteen pack" of a dozen eggs); undefined when the store sells none.
 */
async function packOfSize(turn: Turn, target: Target, line: Line, size: number): Promise<Response | undefined> {
  const product = turn.services.catalog.byId.get(line.productId);
  const sold = product === undefined ? undefined : soldBy(product);
  if (sold?.kind === 'pack' && sold.count === size) return turn.answer(turn.say.describedIsAdded(line), { invite: true });
  return itemsCounted(turn, target, line, size, true);
}

/**
 * `count` of the line's thing, as the store sells that many: more packs of it, or its product of
 * that count traded in; with `anotherProduct`, only the latter.
 */
async function itemsCounted(turn: Turn, target: Target, line: Line, count: number, anotherProduct = false): Promise<Response | undefined> {
  const context = await turn.shopperContext();
  const [found, more] = planItems(turn.services.resolver, { product: line.name, quantity: count }, context);
  if (found?.kind !== 'found' || more !== undefined) return undefined;
  if (found.product.id === line.productId) return anotherProduct ? undefined : changeLine(turn, target, line, found.quantity, found.unit);
  return swapLine(turn, target, line, found.product.name, context, { kind: 'found', line: lineFor(found.product, found.quantity, found.unit) });
}

/** Whether the words find, for sure, a product shelved with the one just added, and not that one. */
function anotherKindOfLastAdd(turn: Turn, phrase: string, context: ShopperContext): boolean {
  const lastAdd = turn.session.lastAdd;
  const [added, more] = lastAdd?.productIds ?? [];
  if (added === undefined || more !== undefined || turn.followsAnAddOfNothing) return false;
  const found = turn.services.resolver.resolve(phrase, context);
  const { byId } = turn.services.catalog;
  return found.product !== null && !found.ambiguous && found.product.id !== added && found.product.category === byId.get(added)?.category;
}
