import type { Response } from 'ask-sdk-model';
import { applyChange, linesOf, undoLast } from '../../cart/changes.ts';
import { addLine } from '../../cart/lines.ts';
import { carriesEveryWord, findLineFor, itemsListedBy, linesMeantBy } from '../../cart/matching.ts';
import { words } from '../../catalog/normalise.ts';
import { splitAmount } from '../../catalog/quantity.ts';
import { soldBy } from '../../catalog/packs.ts';
import { turnedDownTogether } from '../../language/talk.ts';
import type { Pending } from '../session.ts';
import { joinSsml, type Ssml } from '../ssml.ts';
import { basketAndMore, basketKind, linesForProducts } from '../../reorder/baskets.ts';
import { lineFor, settleAmount } from '../../cart/requests.ts';
import { closestShortcut, shortcutKey } from '../../reorder/shortcuts.ts';
import { lastOrder, predictUsualBasket } from '../../reorder/usual.ts';
import type { Line } from '../../shopper/state.ts';
import { plainText } from '../ssml.ts';
import type { Turn } from '../turn.ts';

/** Reads the basket waiting for a "yes" a few items at a time; "more" continues, "yes" takes it all. */
export function readPendingReorder(turn: Turn, before?: Ssml): Response {
  const pending = turn.session.pending;
  if (pending?.kind !== 'reorder') return turn.answer(turn.say.nothingMore());
  const chunk = pending.lines.slice(pending.offset, pending.offset + turn.chunkSize);
  const remaining = Math.max(0, pending.lines.length - pending.offset - chunk.length);
  const speech = turn.say.reorderConfirm(pending.label, pending.lines.length, chunk, remaining, pending.offset === 0);
  turn.session.pending = { ...pending, offset: pending.offset + chunk.length };
  return turn.answer(before === undefined ? speech : joinSsml([before, speech]), { reprompt: turn.say.reorderConfirmReprompt(pending.lines.length) });
}

/** The basket the shopper named: the usual, the last order, or a saved shortcut. */
async function basketFor(turn: Turn, spoken: string): Promise<{ label: string; lines: Line[] } | 'noOrders' | undefined> {
  // An order the shopper saved under the very name ("save this as my usual") is theirs before any worked out from orders.
  const key = shortcutKey(spoken);
  const saved = turn.state.shortcuts[key];
  if (saved !== undefined) return { label: turn.say.basketLabel('shortcut', key), lines: saved };
  const kind = basketKind(spoken);
  if (kind !== null) {
    const orders = await turn.pastOrders();
    if (orders.length === 0) return 'noOrders';
    const ids = kind === 'usual' ? predictUsualBasket(orders) : lastOrder(orders);
    return { label: turn.say.basketLabel(kind, ''), lines: linesForProducts(turn.services.catalog, orders, ids) };
  }
  const shortcut = closestShortcut(turn.state, spoken);
  const lines = shortcut === undefined ? undefined : turn.state.shortcuts[shortcut];
  if (shortcut === undefined || lines === undefined) return undefined;
  return { label: turn.say.basketLabel('shortcut', shortcut), lines };
}

/**
 * "Reorder my usual", and "what's my usual?" too: the basket the shopper named, read back and put
 * into the cart only after a "yes". Undefined when what they said names no basket.
 */
export async function offerBasket(turn: Turn, spoken: string): Promise<Response | undefined> {
  const withMore = basketAndMore(spoken);
  const basket = await basketFor(turn, withMore?.basket ?? spoken);
  if (basket === undefined) return undefined;
  if (basket === 'noOrders' || basket.lines.length === 0) return turn.answer(turn.say.noPastOrders());
  // "My usual plus some onions": the things said with the basket are offered with it, each said
  // back by name; a thing the store has nothing for is said so, never dropped unsaid.
  const more = withMore === undefined ? [] : turn.services.resolver.resolveAll(withMore.more, await turn.shopperContext());
  const found = more.flatMap((item) => (item.product === null || basket.lines.some((line) => line.productId === item.product?.id) ? [] : [lineFor(item.product, item.quantity ?? 1, item.unit)]));
  const notFound = more.flatMap((item) => (item.product === null ? [item.query || item.heard] : []));
  const label = found.length === 0 ? basket.label : turn.say.basketWithMore(basket.label, found.map((line) => line.name));
  turn.session.pending = { kind: 'reorder', label, lines: [...basket.lines, ...found], offset: 0 };
  return readPendingReorder(turn, notFound.length === 0 ? undefined : turn.say.notFoundAll(notFound, turn.services.seller));
}

/**
 * "Forget my weekly order": a saved order cannot be brought back once gone, and a misheard name
 * ("weakly") finds the closest one, so the shopper says yes first. Undefined when no saved order is near the name.
 */
export function askToForgetShortcut(turn: Turn, spoken: string): Response | undefined {
  const name = closestShortcut(turn.state, spoken);
  if (name === undefined) return undefined;
  turn.session.pending = { kind: 'deleteShortcut', name };
  return turn.ask(turn.say.confirmDeleteShortcut(name, turn.state.shortcuts[name]?.length ?? 0), turn.say.confirmDeleteShortcutReprompt(name));
}

/**
 * "No, just the bananas" right after a basket went in the cart: the basket comes back out, but for
 * the line named, which stays as the basket had it; "undo" then puts the basket back. Undefined
 * when the last change is not a basket put in the cart this session, or no line of it is named so.
 */
export async function keepOnlyOfBasket(turn: Turn, phrase: string): Promise<Response | undefined> {
  const basket = turn.session.lastBasket;
  if (basket === undefined || turn.state.undo.at(-1)?.seq !== basket.seq) return undefined;
  const kept = findLineFor(phrase, basket.lines, turn.services.catalog, await turn.shopperContext());
  if (kept === undefined) return undefined;
  const now = turn.now;
  const description = plainText(turn.say.change.keptOfBasket(kept, basket.label).markup);
  // One change on top of the basket's, so "undo" next brings the basket back as it went in.
  await turn.update((state) => {
    const withoutBasket = linesOf(undoLast(state, now).state, { kind: 'cart' });
    return { state: applyChange(state, { kind: 'cart' }, addLine(withoutBasket, kept), description, now), result: undefined };
  });
  delete turn.session.lastBasket;
  return turn.answer(turn.say.keptOfBasket(kept, basket.label));
}

/** The line of the cart the phrase names among a basket just put in the cart ("no butter" right after the usual went in); undefined when none was. */
export async function lineOfBasketJustAdded(turn: Turn, phrase: string): Promise<Line | undefined> {
  const basket = turn.session.lastBasket;
  if (basket === undefined || turn.state.undo.at(-1)?.seq !== basket.seq) return undefined;
  const named = findLineFor(phrase, basket.lines, turn.services.catalog, await turn.shopperContext());
  return named === undefined ? undefined : turn.state.cart.find((line) => line.productId === named.productId);
}

/**
 * "Make it two bananas" while a basket is offered: that line of the offer, in that amount, and the
 * offer stands for its "yes". A thing not in it ("make it two avocados") goes in with it; one the
 * store does not sell is said so, and the offer still stands.
 */
export async function changeInOffer(
  turn: Turn,
  offered: Extract<Pending, { kind: 'reorder' }>,
  request: { readonly phrase: string; readonly quantity: number; readonly unit: string | null; readonly unitSaid: string | undefined },
): Promise<Response> {
  const say = turn.say;
  const { phrase, quantity, unit, unitSaid } = request;
  // "The milk a half" and "gallon" of "make the milk a half gallon": an amount heard in the thing's words is the amount.
  const inWords = splitAmount(words(unitSaid === undefined ? phrase : `${phrase} ${unitSaid}`));
  const context = await turn.shopperContext();
  const line = findLineFor(phrase, offered.lines, turn.services.catalog, context) ?? findLineFor(inWords.product.join(' '), offered.lines, turn.services.catalog, context);
  turn.session.pending = offered;
  // "Make it two avocados" of a basket with none: two avocados are wanted, and go in with it, said by name.
  const added = line === undefined ? await addToOffer(turn, offered, inWords.product.join(' ') || phrase, { quantity: inWords.quantity ?? quantity, unit: inWords.unit ?? unit }) : undefined;
  if (added !== undefined) return added;
  if (line === undefined) return turn.ask(joinSsml([say.notInOffer(phrase, offered.label), say.reorderConfirmReprompt(offered.lines.length)]), say.reorderConfirmReprompt(offered.lines.length));
  const amount = inWords.quantity === null ? { quantity, unit: unit ?? line.unit } : { quantity: inWords.quantity, unit: inWords.unit ?? unit ?? line.unit };
  // Sold as the store sells it: "six eggs" of a carton is half a dozen, "a half gallon" of milk sold by the gallon its half-gallon size.
  // Two or fewer of a carton are cartons, as "two" of a dozen eggs is two dozen.
  const product = turn.services.catalog.byId.get(line.productId);
  const sold = product === undefined ? undefined : soldBy(product);
  const cartons = amount.unit === null && sold?.kind === 'pack' && amount.quantity <= 2;
  const settled = product === undefined || cartons ? undefined : settleAmount(product, phrase, amount.quantity, amount.unit, turn.services.resolver.resolve(phrase, context).alternatives);
  const changed = cartons || product === undefined ? { ...line, ...amount } : settled?.kind === 'found' ? lineFor(settled.product, settled.quantity, settled.unit) : undefined;
  // "Six eggs" of a carton of twelve no carton makes: said so, and the offer stands as it was.
  if (changed === undefined) return turn.ask(joinSsml([say.cannotMakeIt(line, amount.quantity), say.reorderConfirmReprompt(offered.lines.length)]), say.reorderConfirmReprompt(offered.lines.length));
  const lines = offered.lines.map((candidate) => (candidate === line ? changed : candidate));
  turn.session.pending = { ...offered, lines, offset: 0 };
  return turn.ask(say.changedInOffer(changed, lines.length), say.reorderConfirmReprompt(lines.length));
}

/**
 * A thing said to go with a basket offered ("make it two avocados", "wait, I still need the chips"):
 * in the offer, said by name, and the offer stands; there already, it is said to be. Undefined when
 * the words find no one product.
 */
export async function addToOffer(
  turn: Turn,
  offered: Extract<Pending, { kind: 'reorder' }>,
  phrase: string,
  amount: { readonly quantity: number | null; readonly unit: string | null },
): Promise<Response | undefined> {
  const say = turn.say;
  const found = turn.services.resolver.resolve(phrase, await turn.shopperContext());
  const product = found.product;
  if (product === null || found.ambiguous) return undefined;
  const there = offered.lines.find((line) => line.productId === product.id);
  const more = there ?? lineFor(product, amount.quantity ?? found.quantity ?? 1, amount.unit ?? found.unit);
  const lines = there === undefined ? [...offered.lines, more] : offered.lines;
  turn.session.pending = { ...offered, label: there === undefined ? say.basketWithMore(offered.label, [more.name]) : offered.label, lines, offset: 0 };
  return turn.ask(say.changedInOffer(more, lines.length), say.reorderConfirmReprompt(lines.length));
}

/** "Everything but the ground beef": that line comes out of the basket offered, and the rest is offered again. */
export async function leaveOutOfOffer(turn: Turn, offered: Extract<Pending, { kind: 'reorder' }>, phrase: string): Promise<Response> {
  const say = turn.say;
  const context = await turn.shopperContext();
  // "The pepperoni or the jalapeños", "limes this time, and skip the radishes": every thing named
  // comes out; "the milk this time" names the milk.
  const named = splitAmount(turnedDownTogether(words(phrase.replace(/\bor\b/g, 'and')))).product.join(' ');
  // "The couscous and the goat cheese" with no goat cheese in it: the couscous still comes out, and the cheese is said to be missing.
  const { listed, missing } = itemsListedBy(named, offered.lines, turn.services.catalog, context);
  // "The cat food" of a basket with three cat foods leaves out all three, each said.
  const leaving = listed.length > 0 ? listed : linesMeantBy(named, offered.lines, turn.services.catalog, context).filter((l) => carriesEveryWord(named, l, turn.services.catalog));
  const left = offered.lines.filter((l) => !leaving.includes(l));
  if (leaving.length === 0 || left.length === 0) {
    // Said instead of answering, the offer still stands: a "yes" after this is to it.
    turn.session.pending = offered;
    return turn.ask(joinSsml([say.notInOffer(phrase, offered.label), say.reorderConfirmReprompt(offered.lines.length)]), say.reorderConfirmReprompt(offered.lines.length));
  }
  turn.session.pending = { ...offered, lines: left, offset: 0 };
  const notThere = listed.length > 0 && missing.length > 0 ? [say.notInOffer(missing.join(' and '), offered.label)] : [];
  return turn.ask(joinSsml([...notThere, say.leftOutOfOffer(leaving.map((l) => l.name), left.length)]), say.reorderConfirmReprompt(left.length));
}
