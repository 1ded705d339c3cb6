import { quantityProblem, MAX_QUANTITY } from '../../cart/requests.ts';
import { sameUnit } from '../../cart/lines.ts';
import { STOPWORDS, words } from '../../catalog/normalise.ts';
import { splitAmount } from '../../catalog/quantity.ts';
import { namesOnlyTheErrand, withdrawn } from '../../language/talk.ts';
import { splitOwnList, targetFor, targetKey } from '../../lists/names.ts';
import { basketAndMore, basketKind } from '../../reorder/baskets.ts';
import { offerBasket } from '../flows/reordering.ts';
import { intentHandler } from '../handler.ts';
import { addChosen, addSaid, amountForTheChoice, amountSaidAlone } from '../flows/adding.ts';
import { correctAddedAmount } from '../flows/correcting.ts';
import { describedAsARequest, namedKindOfLastAdd, otherKindOfLastAdd } from '../flows/answering-a-choice.ts';
import { justAddedSaidAgain } from '../flows/referring.ts';

/** "Add two pounds of bananas", "put milk eggs and bread on my picnic list". */
export const AddItemIntent = intentHandler(['AddItemIntent'], async (turn) => {
  const said = turn.slot('product');
  const listSaid = turn.slot('list');
  // "Two pounds of ground beef to mom's groceries": one of the shopper's own lists, named without the word "list".
  // The list slot may have caught only its last words ("on moms groceries" heard as the groceries).
  const ownList = said === undefined ? undefined : splitOwnList(turn.state.lists, listSaid === undefined ? said : `${said} ${listSaid}`);
  // "Also skim", "sourdough too": one more thing, never a kind of what was just added nor it said again.
  const [product, oneMore] = withoutAddingWord(ownList?.product ?? said);
  if (product === undefined) return turn.elicit('product', turn.say.askProduct('add'), turn.say.askProductReprompt('add'));
  // "Add coconut chips, never mind": taken back in the same breath, nothing goes in.
  const takenBack = withdrawn(words(product));
  if (takenBack !== undefined) return turn.answer(turn.say.letGo(takenBack.join(' ')));
  // "My usual and a bag of onions": the basket, offered with the onions, into the cart it goes to.
  const basketOffered = listSaid === undefined && basketAndMore(product) !== undefined ? await offerBasket(turn, product) : undefined;
  if (basketOffered !== undefined) return basketOffered;
  // "Some groceries for the weekend": the errand, not a product, and no amount of the next thing asked for.
  if (namesOnlyTheErrand(splitAmount(words(product)).product, (word) => STOPWORDS.has(word))) {
    return turn.elicit('product', turn.say.askProduct('add'), turn.say.askProductReprompt('add'), listSaid === undefined ? {} : { list: listSaid });
  }
  // "The french vanilla" while "which creamer?" waits, "boneless" just after chicken breasts went in;
  // an amount heard apart from the words ("two bags of" ice, "a dozen" egg) makes them a request of their own.
  const amountHeard = turn.slot('quantity') !== undefined || turn.slot('unit') !== undefined;
  const described = amountHeard || oneMore ? undefined : await describedAsARequest(turn, product);
  if (described !== undefined) return described;
  // "About a pound" names no thing: the amount is for the item being chosen, else for the one just
  // added; with neither, what it is of is asked, never a product named for the unit (pound cake).
  const amount = amountSaidAlone(turn, product);
  // "Add another loaf" just after a loaf went in: the very amount the line holds is asked for again,
  // so it is one more, never a change to what is there already.
  const inMind = amount === null ? undefined : turn.lineInMindNow();
  const justAdded = inMind !== undefined && turn.session.lastAdd?.productIds.includes(inMind.line.productId) === true;
  if (amount !== null && inMind !== undefined && justAdded && inMind.line.quantity === amount.quantity && sameUnit(inMind.line.unit, amount.unit)) {
    return addSaid(turn, inMind.target, { product: inMind.line.name, quantity: amount.quantity, ...(amount.unit === null ? {} : { unit: amount.unit }) });
  }
  if (amount !== null) {
    // Just after a request that added nothing ("asparagus", not sold), the amount is of that, not of what went in before it.
    const settled =
      (await amountForTheChoice(turn, amount.quantity, amount.unit)) ?? (turn.followsAnAddOfNothing ? undefined : await correctAddedAmount(turn, amount, false));
    return settled ?? turn.elicit('product', turn.say.askProduct('add'), turn.say.askProductReprompt('add'));
  }
  const quantity = turn.numberSlot('quantity');
  // "The grape jelly", "two pounds of chicken" or "large eggs" just after jelly, chicken breasts or large eggs went in: those, said again.
  const again = oneMore ? undefined : await justAddedSaidAgain(turn, product, { quantity, unit: turn.slot('unit') });
  if (again !== undefined) return again;
  const kind = quantity === undefined && turn.slot('unit') === undefined && !oneMore ? await namedKindOfLastAdd(turn, product) : undefined;
  if (kind !== undefined) return kind;
  // "The chocolate ones too" just after Cheerios: that kind of them, beside them.
  const otherKind = oneMore && turn.lapsed === undefined ? otherKindOfLastAdd(turn, product) : undefined;
  // Added as the product found, never by its name said again: a name may hold commas a list would be cut at.
  if (otherKind !== undefined) {
    const target = targetFor(turn.session.lastAdd?.target);
    return addChosen(turn, target, otherKind, { target: targetKey(target), phrase: product, quantity: quantity ?? null, unit: turn.slot('unit') ?? null }, undefined);
  }
  const problem = quantity === undefined ? null : quantityProblem(quantity);
  // Asked with Dialog.ElicitSlot, the product kept, so a bare "two" answers it.
  if (problem === 'zero') return turn.elicit('quantity', turn.say.quantityZero(), turn.say.quantityZeroReprompt());
  if (problem === 'tooMany') return turn.answer(turn.say.quantityTooMany(MAX_QUANTITY));
  // "Add the usual coffee" is the coffee this household buys (the resolver knows it), not a list
  // called "usual": the usual is a basket worked out from orders, never a list.
  const named = ownList?.list ?? listSaid;
  const list = named === undefined || basketKind(named) === 'usual' ? undefined : named;
  return addSaid(turn, turn.listSaid(list), { product, quantity, unit: turn.slot('unit') });
});

/** The product said without the word that makes it one more thing ("also", "too"), and whether one was said. */
function withoutAddingWord(said: string | undefined): [string | undefined, boolean] {
  if (said === undefined) return [undefined, false];
  const kept = words(said).filter((word) => word !== 'also' && word !== 'too');
  return kept.length === words(said).length || kept.length === 0 ? [said, false] : [kept.join(' '), true];
}
