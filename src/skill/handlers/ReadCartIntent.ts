import { hasList, linesOf } from '../../cart/changes.ts';
import { findLineFor } from '../../cart/matching.ts';
import { STOPWORDS, words } from '../../catalog/normalise.ts';
import { CASUAL_WORDS } from '../../catalog/lexicon.ts';
import { namesOnlyTheErrand } from '../../language/talk.ts';
import { splitOwnList, targetKey, type Target } from '../../lists/names.ts';
import { intentHandler } from '../handler.ts';
import { offerToAdd } from '../flows/adding.ts';
import { readFrom } from '../flows/reading.ts';
import { readCheckout } from '../flows/checking-out.ts';
import { offerBasket, readPendingReorder } from '../flows/reordering.ts';
import { keepPace, paceSaid } from '../flows/pacing.ts';
import { lineAtPosition } from '../flows/referring.ts';

/**
 * "What's in my cart?", "read my picnic list", "what's my usual?", "did I add milk?" about one
 * product, and "what was the second thing?" about one place in it; "read it to me slowly" at that pace.
 */
export const ReadCartIntent = intentHandler(['ReadCartIntent'], async (turn) => {
  const say = turn.say;
  // "Read it back to me slowly": the pace is kept from now on, and this reading is the first at it.
  const pace = turn.slot('pace');
  if (pace !== undefined) await keepPace(turn, paceSaid(pace));
  // "What's in it?" while a basket waits for a yes: the basket, read from its first item; "what's in my cart" names the cart.
  const offered = turn.session.pending;
  if (offered?.kind === 'reorder' && turn.slot('list') === undefined) {
    turn.session.pending = { ...offered, offset: 0 };
    return readPendingReorder(turn);
  }
  // "Read me my cart" while the order waits for "yes": the order, read again from its first item.
  const named = turn.slot('list');
  const saysOnlyTheCart = (named === undefined || turn.listSaid(named).kind === 'cart') && turn.slot('product') === undefined && turn.slot('position') === undefined;
  if (offered?.kind === 'checkout' && saysOnlyTheCart) {
    turn.session.pending = { ...offered, offset: 0 };
    return readCheckout(turn);
  }
  // "What's in my cart" names no list (the cart is no slot): it is the cart, unless the cart is
  // empty while the shopper fills a list this session ("what do I have so far"): then that list.
  const target: Target = turn.slot('list') === undefined && turn.state.cart.length > 0 ? { kind: 'cart' } : turn.listInPlay();
  if (target.kind === 'list' && !hasList(turn.state, target.name)) {
    // "What's my usual?", "what's in my weekly order?": no list of that name, but a basket to offer.
    const offered = await offerBasket(turn, turn.slot('list') ?? '');
    return offered ?? turn.answer(say.noSuchList(target.name));
  }
  // What is said next may point at the list just heard ("add buttermilk to it").
  if (target.kind === 'list') turn.session.listRead = target.name;
  const position = turn.numberSlot('position');
  if (position !== undefined && Number.isInteger(position) && position > 0) return lineAtPosition(turn, target, { position });
  // "Milk on there", "milk on her list": the place said after the thing is the list in play, not part of its name.
  const said = turn.slot('product');
  const phrase = said === undefined ? undefined : (splitOwnList(turn.state.lists, said)?.product ?? said);
  // "Is there anything in my cart?" names things in general: the answer is what is there.
  // "Is that everything on my list?" asks for the list, not for a thing called everything.
  if (phrase === undefined || namesOnlyTheErrand(words(phrase), (word) => STOPWORDS.has(word) || CASUAL_WORDS.has(word))) return readFrom(turn, target, 0);
  const line = findLineFor(phrase, linesOf(turn.state, target), turn.services.catalog, await turn.shopperContext());
  if (line === undefined) return offerToAdd(turn, target, { phrase, asked: true });
  turn.session.toldLine = { target: targetKey(target), productId: line.productId };
  return turn.answer(say.isOnTarget(line, targetKey(target)));
});
