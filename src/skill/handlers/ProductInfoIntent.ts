import { linesOf } from '../../cart/changes.ts';
import { findLineFor } from '../../cart/matching.ts';
import { lineFor } from '../../cart/requests.ts';
import { atPriceEnd, priceOrderSaid } from '../../cart/choosing.ts';
import { onlyPoints } from '../../nlu/text.ts';
import { joinSsml } from '../ssml.ts';
import { intentHandler } from '../handler.ts';

/**
 * "Do you sell oat milk?", "how much are the bagels?": what the store has by that name, with its
 * price, and whether it is in the cart already; "what's the cheapest bread?", the one at that end of the range. A question, so nothing changes until the shopper
 * says yes to adding what was found.
 */
export const ProductInfoIntent = intentHandler(['ProductInfoIntent'], async (turn) => {
  const say = turn.say;
  const phrase = turn.slot('product');
  const { seller, catalog } = turn.services;
  // "How much are they?" just after the apples went in asks about those apples.
  if (phrase === undefined || onlyPoints(phrase)) {
    const line = turn.lineInMindNow()?.line;
    const product = line === undefined ? undefined : catalog.byId.get(line.productId);
    if (line === undefined || product === undefined) return turn.elicit('product', say.askProductInfo(), say.askProductInfoReprompt());
    return turn.answer(say.storeHas([product], seller, line), { invite: true });
  }
  const context = await turn.shopperContext();
  // "What's the cheapest milk?" asks across the kind, not about the milk likeliest meant.
  const order = priceOrderSaid(turn.slot('price'));
  if (order !== undefined) {
    const named = turn.services.resolver.namingAll(phrase);
    const end = atPriceEnd(named, phrase, order, turn.services.resolver.resolve(phrase, context).product ?? undefined);
    if (end !== undefined) return turn.answer(say.atPriceEnd(end, order, phrase, seller), { invite: true });
    if (named.length > 0) return turn.answer(say.noPricesFor(phrase), { invite: true });
  }
  // "How much is the milk?" with milk in the cart asks about that milk, not the store's likeliest.
  const cartLines = linesOf(turn.state, { kind: 'cart' });
  const meant = findLineFor(phrase, cartLines, catalog, context);
  const product = meant === undefined ? undefined : catalog.byId.get(meant.productId);
  // The line asked about is the one "it" means next ("the mild one", "make it two").
  if (meant !== undefined && product !== undefined) {
    turn.session.toldLine = { target: 'cart', productId: meant.productId };
    return turn.answer(say.storeHas([product], seller, meant), { invite: true });
  }
  const resolution = turn.services.resolver.resolve(phrase, context);
  if (resolution.product === null) return turn.answer(say.notFound(phrase, seller, resolution.alternatives.map((product) => product.name)), { invite: true });
  const found = resolution.ambiguous ? [resolution.product, ...resolution.alternatives] : [resolution.product];
  const inCart = cartLines.find((line) => found.some((product) => product.id === line.productId));
  if (inCart !== undefined) turn.session.toldLine = { target: 'cart', productId: inCart.productId };
  if (inCart !== undefined || resolution.ambiguous) return turn.answer(say.storeHas(found, seller, inCart), { invite: true });
  // A shopper who asks whether the store has a thing often wants it next: "yes" or "add it" adds it.
  turn.session.pending = { kind: 'confirmQuantity', target: 'cart', phrase, line: lineFor(resolution.product, 1, null), offer: true };
  return turn.ask(joinSsml([say.storeHas(found, seller, inCart), say.offerToAdd()]), say.confirmQuantityReprompt());
});
