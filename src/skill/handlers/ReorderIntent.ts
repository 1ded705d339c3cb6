import { hasList, linesOf } from '../../cart/changes.ts';
import { lineFor, settleAmount } from '../../cart/requests.ts';
import { STOPWORDS, words } from '../../catalog/normalise.ts';
import { namesOnlyTheErrand, talkFor } from '../../language/talk.ts';
import { splitAmount, stripTalk } from '../../catalog/quantity.ts';
import { listMeant, targetFor } from '../../lists/names.ts';
import { basketAndMore, basketKind, boughtProductNamed, lastAmount, withoutUsual } from '../../reorder/baskets.ts';
import { intentHandler } from '../handler.ts';
import { commitAdd } from '../flows/adding.ts';
import { confirmPending } from '../flows/confirming.ts';
import { offerBasket } from '../flows/reordering.ts';
import type { Turn } from '../turn.ts';
import type { Response } from 'ask-sdk-model';

/** Who buys a thing, said before the habit ("the coffee we always get"): the language's habit subjects. */
const BUYERS: ReadonlySet<string> = new Set(talkFor().habits.subjects);

/** "Reorder coffee": the exact product (and amount) this household bought, straight into the cart. */
async function reorderProduct(turn: Turn, spoken: string): Promise<Response> {
  const say = turn.say;
  // "My usual plus some onions": the basket, offered with the onions.
  const withMore = basketAndMore(spoken) === undefined ? undefined : await offerBasket(turn, spoken);
  if (withMore !== undefined) return withMore;
  // "The yogurt I always get", "my usual coffee": the household's habit is said, the thing is the rest.
  // "The milk we" of "the milk we always get", heard short: who buys it is no part of the thing either.
  const said = stripTalk(words(withoutUsual(spoken)));
  while (said.length > 1 && BUYERS.has(said.at(-1) ?? '')) said.pop();
  // "What I usually get", "the stuff we always buy", "my usual": the habit said with no thing named is the whole usual basket.
  const onlyTheHabit = basketKind(spoken) !== null && words(spoken).every((word) => STOPWORDS.has(word) || basketKind(word) !== null);
  if (onlyTheHabit || namesOnlyTheErrand(said, (word) => STOPWORDS.has(word))) {
    const basket = await offerBasket(turn, basketKind(spoken) === 'last' ? 'last order' : 'usual');
    if (basket !== undefined) return basket;
  }
  // "Two of the tonic water I always get": the amount said, else the amount bought last time.
  const counted = splitAmount(said);
  const phrase = counted.product.join(' ') || said.join(' ') || spoken;
  const context = await turn.shopperContext();
  const orders = context.history ?? [];
  const product = boughtProductNamed(phrase, orders, turn.services.catalog, turn.services.resolver, context);
  if (product === undefined) return turn.answer(say.neverBought(phrase));
  const amount = lastAmount(orders, product.id);
  const settled = counted.quantity === null ? undefined : settleAmount(product, phrase, counted.quantity, counted.unit);
  const line =
    settled?.kind === 'found'
      ? lineFor(settled.product, settled.quantity, settled.unit)
      : lineFor(product, counted.quantity ?? amount?.quantity ?? 1, counted.quantity === null ? (amount?.unit ?? null) : counted.unit);
  await commitAdd(turn, { kind: 'cart' }, [line], phrase);
  if (turn.isOneShot) return turn.answer(say.addedOneShot(line, product, turn.services.invocationName));
  return turn.answer(say.added([line], 'cart'));
}

/**
 * "Reorder my usual", "order my weekly order", "order my picnic list", "reorder paper towels".
 * A whole basket is read back and goes into the cart only after a "yes"; nothing is bought here:
 * buying is the checkout's, with its own read-back and confirmation.
 */
export const ReorderIntent = intentHandler(['ReorderIntent'], async (turn) => {
  const say = turn.say;
  const product = turn.slot('product');
  // "Put those in my cart again": the cart is where a basket goes, never the basket.
  const said = turn.slot('list');
  const named = said !== undefined && targetFor(said).kind === 'cart' ? undefined : said;
  if (named === undefined) {
    if (product !== undefined) return reorderProduct(turn, product);
    // "Put all of that in my cart" to "should I put them in your cart?": the basket or list offered, accepted.
    if (turn.lapsed?.kind === 'reorder' || turn.lapsed?.kind === 'moveList') return confirmPending(turn, turn.lapsed);
    // "Add that again" just after the last order was read: that order, offered as a reorder is.
    const offered = turn.followsTheLastOrder ? await offerBasket(turn, 'last order') : undefined;
    if (offered !== undefined) return offered;
  }
  // "Move it to my cart" just after a list was read, or while one is being filled: that list. With
  // no such list holding anything, "same as last time" and "order it again" are the last order.
  const inPlay = [turn.session.listRead, turn.session.fillingList].find((list) => list !== undefined && hasList(turn.state, list) && linesOf(turn.state, targetFor(list)).length > 0);
  const spoken = named ?? inPlay ?? 'last order';

  const offered = await offerBasket(turn, spoken);
  if (offered !== undefined) return offered;
  const list = listMeant(turn.state.lists, targetFor(spoken));
  if (list.kind === 'list' && hasList(turn.state, list.name) && linesOf(turn.state, list).length > 0) {
    turn.session.pending = { kind: 'moveList', list: list.name };
    const count = linesOf(turn.state, list).length;
    return turn.answer(say.confirmMoveList(list.name, count), { reprompt: say.reorderConfirmReprompt(count) });
  }
  return turn.answer(say.noSuchShortcut(spoken, Object.keys(turn.state.shortcuts)));
});
