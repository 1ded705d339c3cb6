import { applyChange, hasList, linesOf } from '../../cart/changes.ts';
import { targetFor, targetKey } from '../../lists/names.ts';
import { intentHandler } from '../handler.ts';
import { addSaid } from '../flows/adding.ts';
import { offerBasket } from '../flows/reordering.ts';
import { basketKind } from '../../reorder/baskets.ts';
import { plainText, type Ssml } from '../ssml.ts';

/**
 * "Create a party list". The shopping list is the cart, which always exists; the usual is a basket
 * worked out from orders; and a "list" named as the thing just added ("another pear") is one more of it.
 */
export const CreateListIntent = intentHandler(['CreateListIntent'], async (turn) => {
  const say = turn.say;
  const spoken = turn.slot('list');
  if (spoken === undefined) return turn.elicit('list', say.askListName(), say.askListNameReprompt());
  const target = targetFor(spoken);
  if (target.kind === 'cart') {
    // "Start my shopping list" while another list is being filled: what is added now goes in the cart.
    const filling = turn.session.fillingList;
    delete turn.session.fillingList;
    return turn.answer(filling === undefined ? say.cartIsTheShoppingList(turn.state.cart.length) : say.backToTheCart(filling, turn.state.cart.length), { invite: filling !== undefined });
  }
  // "My usual things", "the same as last time": a basket worked out from orders, never a list.
  if (!hasList(turn.state, target.name) && basketKind(spoken) !== null) {
    const offered = await offerBasket(turn, spoken);
    if (offered !== undefined) return offered;
  }
  // "Another pear" just after pears went in is one more of them, not a new list called pear.
  const lastAdd = turn.session.lastAdd;
  if (!hasList(turn.state, target.name) && lastAdd?.productIds.length === 1 && turn.services.resolver.resolve(spoken).product?.id === lastAdd.productIds[0]) {
    return addSaid(turn, targetFor(lastAdd.target), { product: spoken });
  }
  // What the shopper adds next goes on the list, the first thing as a bare answer ("prunes"), in
  // this visit and the next ones opened with a welcome (src/lists/in-progress.ts).
  turn.session.fillingList = target.name;
  const askWhatGoesOn = (speech: Ssml) =>
    turn.elicitAgain({ intent: 'AddItemIntent', slot: 'product', slots: { list: target.name }, question: speech.markup, reprompt: say.askForList(target.name).markup });
  const existed = hasList(turn.state, target.name);
  const now = turn.now;
  const description = plainText(say.change.created(targetKey(target)).markup);
  await turn.update((state) => ({
    state: { ...(hasList(state, target.name) ? state : applyChange(state, target, [], description, now)), listInProgress: { name: target.name, at: now.toISOString() } },
    result: undefined,
  }));
  return askWhatGoesOn(existed ? say.listExists(target.name, linesOf(turn.state, target).length) : say.listCreated(target.name));
});
