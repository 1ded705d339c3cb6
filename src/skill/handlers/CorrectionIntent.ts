import { onlyRefuses } from '../../language/talk.ts';
import { stem, tokens, words } from '../../catalog/normalise.ts';
import { nameNoun } from '../../catalog/packs.ts';
import type { Product } from '../../catalog/product.ts';
import type { Line } from '../../shopper/state.ts';
import { findLineFor, turnedDownThenMeant } from '../../cart/matching.ts';
import { lastChangeAt, linesOf } from '../../cart/changes.ts';
import type { ShopperContext } from '../../catalog/resolver.ts';
import type { LastAdd } from '../session.ts';
import type { Turn } from '../turn.ts';
import type { Response } from 'ask-sdk-model';
import { MAX_QUANTITY, quantityProblem } from '../../cart/requests.ts';
import { targetFor, targetKey } from '../../lists/names.ts';
import { intentHandler } from '../handler.ts';
import { addSaid, amountForTheChoice, amountSaidAlone, offerToAdd } from '../flows/adding.ts';
import { describedAsARequest } from '../flows/answering-a-choice.ts';
import { kindOnShelfOf, kindWords, productNamedBy, productOfKindDescribed } from '../flows/choosing.ts';
import { correctAddedAmount, replaceLastAdd } from '../flows/correcting.ts';
import { keepOnlyOfBasket, leaveOutOfOffer, lineOfBasketJustAdded } from '../flows/reordering.ts';
import { removeLine } from '../flows/removing.ts';
import { replacementsForJustAdded, swapLine } from '../flows/swapping.ts';
import { changeLine } from '../flows/changing.ts';
import { splitAmount } from '../../catalog/quantity.ts';

/**
 * "No, I said pears": replaces what was just added with the product the shopper meant, in the same
 * amount, and remembers that this shopper means pears when the recogniser hears what it heard.
 * Words that only describe ("no, the low fat one") correct the kind of what was just added, and an
 * amount alone ("no, I said two bunches") its amount.
 */
export const CorrectionIntent = intentHandler(['CorrectionIntent'], async (turn) => {
  const say = turn.say;
  // "Actually, no lettuce" may come with its "no" in the product: the lettuce is turned down, as in
  // "not the grapes", never the thing meant; "pears, not bears" may come whole in it, the thing
  // turned down after its "not".
  const product = turn.slot('product');
  const refused = product === undefined ? null : /^(?:no|not)\s+(\S.*)$/i.exec(product);
  const [said, turnedDownInProduct] = refused === null ? thingAndTurnedDown(product) : [undefined, refused[1]];
  // "No no, not the white": a product slot holding only "no" names nothing to put in.
  const phraseSaid = said === undefined || onlyRefuses(words(said)) ? undefined : said;
  // "No, just the bananas" right after a basket went in: that line of it, not the whole basket;
  // "no butter" then turns the butter down and keeps the rest, as "not the milk, the oat milk" does.
  // A thing named with nothing turned down beside it.
  const alone = turn.slot('rejected') === undefined ? phraseSaid : undefined;
  const [first, ...rest] = alone === undefined ? [] : words(alone);
  const keepsOnly = (first === 'just' || first === 'only') && rest.length > 0;
  const basketKept = keepsOnly ? await keepOnlyOfBasket(turn, rest.join(' ')) : undefined;
  if (basketKept !== undefined) return basketKept;
  const ofBasket = alone === undefined || keepsOnly ? undefined : await lineOfBasketJustAdded(turn, alone);
  if (ofBasket !== undefined) return removeLine(turn, { kind: 'cart' }, ofBasket);
  // "No bananas though" while the usual is offered: a thing of the basket is left out of it, never
  // the correction of an add before it; "no butter" while the order is read back takes the butter off.
  const confirming = turn.session.pending ?? turn.lapsed;
  // "No bananas" said of a basket offered or an order read back, "no" and all, is the same thing named alone.
  const refusedAlone = refused === null || turn.slot('rejected') !== undefined ? undefined : refused[1];
  const leftOut = alone ?? refusedAlone;
  if (leftOut !== undefined && confirming?.kind === 'reorder') return leaveOutOfOffer(turn, confirming, leftOut);
  // Nothing goes in while the order is read back: "no bagels" with none in it changes nothing, and the order is asked about again.
  const ofTheOrder = phraseSaid ?? refusedAlone;
  if (ofTheOrder !== undefined && (confirming?.kind === 'checkout' || confirming?.kind === 'voiceCode')) {
    const inTheOrder = findLineFor(ofTheOrder, turn.state.cart, turn.services.catalog, await turn.shopperContext());
    return inTheOrder === undefined ? turn.answer(say.notOnTarget(ofTheOrder, 'cart')) : removeLine(turn, { kind: 'cart' }, inTheOrder);
  }
  // "No, I said two bunches": only an amount, so the product stays and the add was of that much.
  const amount = amountSaidAlone(turn, phraseSaid);
  if (amount !== null && quantityProblem(amount.quantity) === 'tooMany') return turn.answer(say.quantityTooMany(MAX_QUANTITY));
  if (amount !== null && quantityProblem(amount.quantity) === null) {
    const corrected = (await amountForTheChoice(turn, amount.quantity, amount.unit)) ?? (await correctAddedAmount(turn, amount));
    if (corrected !== undefined) return corrected;
  }
  // "I meant two almond milks, not three": an amount turned down, said of a line there, is that
  // line's amount, whenever it went in; never the last add traded, nor more almond milk added.
  // "No, make it English breakfast" may come with its "no" as the thing turned down: nothing is named.
  const turnedDownSaid = turn.slot('rejected') ?? turnedDownInProduct;
  const turnedDownWhole = turnedDownSaid === undefined || onlyRefuses(words(turnedDownSaid)) ? undefined : turnedDownSaid;
  // "Not beef, turkey" may come whole as the thing turned down: the words after those that name a
  // line are the thing meant, never lost with the line they follow.
  const split = phraseSaid === undefined && turnedDownWhole !== undefined ? turnedDownThenMeant(turnedDownWhole, linesOf(turn.state, targetFor(turn.session.lastAdd?.target))) : undefined;
  const rejected = split?.turnedDown ?? turnedDownWhole;
  const phrase = phraseSaid ?? split?.meant;
  const counted = phrase === undefined ? undefined : splitAmount(words(phrase));
  const amountTurnedDown = rejected !== undefined && isAnAmount(rejected);
  if (amountTurnedDown && counted !== undefined && counted.quantity !== null && counted.product.length > 0 && quantityProblem(counted.quantity) === null) {
    const target = targetFor(turn.session.lastAdd?.target);
    const line = findLineFor(counted.product.join(' '), linesOf(turn.state, target), turn.services.catalog, await turn.shopperContext());
    if (line !== undefined) return changeLine(turn, target, line, counted.quantity, counted.unit ?? line.unit);
  }
  // "Oops, not the grapes", nothing said in their place: the grapes come off, undoably.
  if (phrase === undefined && rejected !== undefined) {
    const target = targetFor(turn.session.lastAdd?.target);
    const line = findLineFor(rejected, linesOf(turn.state, target), turn.services.catalog, await turn.shopperContext());
    return line === undefined ? turn.answer(say.notOnTarget(rejected, targetKey(target))) : removeLine(turn, target, line);
  }
  if (phrase === undefined) return turn.ask(say.nothingToCorrect());
  const lastAdd = turn.session.lastAdd;
  const context = await turn.shopperContext();
  // "No butter" with nothing just added to put right, nor anything asked: whether it is wanted at
  // all is asked, never taken for granted.
  const nothingToPutRight = turn.lapsed === undefined && rejected === undefined && (lastAdd === undefined || lastChangeAt(turn.state, lastAdd.at) === undefined);
  if (nothingToPutRight) return offerToAdd(turn, targetFor(lastAdd?.target), { phrase, asked: true });
  // "No, the decaf" while "which coffee?" waits answers it, as "the decaf" would; "no, I meant brown
  // eggs" of the white eggs that went in beside the question corrects them, and the question waits.
  const choosing = turn.lapsed;
  if (choosing?.kind === 'choose') {
    const traded = lastAdd === undefined ? undefined : await tradeLineJustAdded(turn, lastAdd, phrase, context);
    if (traded !== undefined) return traded;
    const answered = await describedAsARequest(turn, phrase);
    if (answered !== undefined) return answered;
    // "No, I said pears" to "which bears did you mean?": the question was about a mishearing, so it
    // goes, and what was said is added in its place; nothing added before it is touched.
    // The amount asked about goes with it ("two pounds of bears", then "no, I said pears").
    const [, ...rest] = turn.heldQuestions;
    turn.heldQuestions = rest;
    const amount = splitAmount(words(phrase)).quantity === null ? { quantity: choosing.quantity ?? undefined, unit: choosing.unit ?? undefined } : {};
    return addSaid(turn, targetFor(choosing.target), { product: phrase, ...amount });
  }
  // "No, I said three pears" to "the closest I have are…": the request before was misheard, not
  // what was added before it, so the offer goes and what was said is added.
  const offer = turn.lapsed;
  if (offer !== undefined && 'offer' in offer && offer.offer === true) return addSaid(turn, targetFor(offer.target), { product: phrase });
  // "No, not white, the whole wheat" just after white bread: "white" is what was wrong with the bread
  // just added, and the whole wheat is the kind of bread meant; it is traded for it, not put beside it.
  const addedOnly = lastAdd?.productIds.length === 1 ? turn.services.catalog.byId.get(lastAdd.productIds[0] ?? '') : undefined;
  const kept = rejected === undefined || lastAdd === undefined || addedOnly === undefined ? undefined : keptOfLastAdd(rejected, lastAdd.phrase, addedOnly.name);
  // "No, I meant the grape one" of strawberry preserves (a kind in one word, or said after what was
  // turned down): the grape thing of the preserves' shelf, the jelly, when only one there is; the
  // grapes the word names alone are another aisle's.
  const ofItsShelf = addedOnly === undefined || (kept === undefined && words(kindWords(phrase)).length > 1) ? undefined : kindOnShelfOf(phrase, addedOnly, turn.services.resolver);
  if (ofItsShelf !== undefined) return replaceLastAdd(turn, ofItsShelf.name, context);
  // "No, I meant the strawberry one" of Strawberry Preserves: the kind said is the one added.
  const addedLine = addedOnly === undefined || kept !== undefined || !saysAKindOf(phrase, addedOnly) ? undefined : linesOf(turn.state, targetFor(lastAdd?.target)).find((line) => line.productId === addedOnly.id);
  if (addedLine !== undefined) return turn.answer(say.describedIsAdded(addedLine), { invite: true });
  if (kept !== undefined) return replaceLastAdd(turn, words(phrase).some((word) => kept.includes(word)) ? phrase : `${kindWords(phrase)} ${kept.join(' ')}`, context);
  // "No, I said pears, not bananas" names the line that was wrong: when that is not what was just
  // added, or one of several things just added, it is that line that is traded, in its own amount.
  const severalAdded = lastAdd !== undefined && lastAdd.productIds.length > 1;
  if (rejected !== undefined) {
    const target = targetFor(lastAdd?.target);
    const line = findLineFor(rejected, linesOf(turn.state, target), turn.services.catalog, context);
    if (line !== undefined && (severalAdded || lastAdd?.productIds.includes(line.productId) !== true)) return swapLine(turn, target, line, phrase, context);
    // "I said honey, not money" when honey is what went in: it was heard right, and nothing changes.
    const found = turn.services.resolver.resolve(phrase, context);
    const meant = found.ambiguous ? undefined : found.product;
    const added = meant == null || lastAdd?.productIds.includes(meant.id) !== true ? undefined : linesOf(turn.state, target).find((candidate) => candidate.productId === meant.id);
    if (line === undefined && added !== undefined) return turn.answer(say.describedIsAdded(added), { invite: true });
    // "No, I wanted the two percent milk, not whole" turns after the whole milk went in: what was
    // turned down only described the one line of that thing, which is traded.
    const described = line === undefined && meant != null && lastAdd !== undefined ? await putEarlierLineRight(turn, meant, lastAdd, phrase, context) : undefined;
    if (described !== undefined) return described;
    // "No, I meant apple juice, not prunes" when no prunes went in: nothing to take back, only the product meant to add.
    if (line === undefined) return addSaid(turn, target, { product: phrase });
  }
  const oneOfSeveral = severalAdded ? await tradeLineJustAdded(turn, lastAdd, phrase, context) : undefined;
  if (oneOfSeveral !== undefined) return oneOfSeveral;
  // "No, not that one, the low fat": words that only describe say which kind of what was just added,
  // even where a few names are about them ("the green kind" of apples, though the store sells greens).
  // A description the store has no such kind for ("the green ones" where only red grapes are sold)
  // is said so: the words alone would find some other green thing.
  const { resolver } = turn.services;
  const named = productNamedBy(phrase, resolver);
  const describes = named === undefined || (resolver.onlyDescribes(phrase) && resolver.resolve(phrase).ambiguous);
  if (lastAdd !== undefined && describes) {
    const kind = productOfKindDescribed(phrase, lastAdd.phrase, [], resolver);
    const noSuchKind = named === undefined && resolver.onlyDescribes(kindWords(phrase));
    if (kind !== undefined || noSuchKind) return replaceLastAdd(turn, `${kindWords(phrase)} ${lastAdd.phrase}`, context, phrase);
  }
  // "No, I said two percent milk" when bread went in after the whole milk: the one line of that
  // thing is what was misheard, whenever it went in; the bread added since was heard right.
  // "No, I said six lemons" a turn after bacon went in since the four lemons: those lemons, in the amount said.
  const earlier = named === undefined || lastAdd === undefined ? undefined : await putEarlierLineRight(turn, named, lastAdd, phrase, context);
  if (earlier !== undefined) return earlier;
  // "Not that one, the chocolate one" of almond milk: the chocolate almond milk on its shelf, never
  // a candy called Chocolate that the word finds alone on another.
  if (addedOnly !== undefined && named?.category !== addedOnly.category) {
    // Said with the thing's noun ("chocolate oat milk"), not all the words that went in: "vanilla" was what was wrong.
    const ofItsKind = `${kindWords(phrase)} ${nameNoun(addedOnly.name).join(' ')}`;
    const found = resolver.resolve(ofItsKind, context).product;
    // It must be of that kind: "no butter" of wheat bread finds a wheat bread that says no butter.
    const ofTheKind = found != null && tokens(kindWords(phrase)).every((token) => tokens(found.name).includes(token));
    if (found != null && ofTheKind && found.category === addedOnly.category && found.id !== addedOnly.id) return replaceLastAdd(turn, ofItsKind, context);
  }
  return replaceLastAdd(turn, phrase, context);
});

/**
 * "Spaghetti and a jar of red sauce", then "no, I meant the marinara": of several things just
 * added, the one line the product meant is a kind of, on its own shelf, is traded for it; the
 * others were heard right. Undefined when no one line is that clear.
 */
async function tradeLineJustAdded(turn: Turn, lastAdd: LastAdd, phrase: string, context: ShopperContext): Promise<Response | undefined> {
  if (lastChangeAt(turn.state, lastAdd.at) === undefined) return undefined;
  const { byId } = turn.services.catalog;
  const target = targetFor(lastAdd.target);
  const trades = replacementsForJustAdded(turn, lastAdd, phrase, context).filter(
    ({ line, replacement }) => replacement.kind === 'same' || (replacement.kind === 'found' && byId.get(replacement.line.productId)?.category === byId.get(line.productId)?.category),
  );
  // "Apples, oranges and pears", then "no, the green apples": of several it fits, the line the words name.
  const said = new Set(tokens(phrase));
  const named = trades.length > 1 ? trades.filter(({ line }) => tokens(line.name).some((token) => said.has(token))) : trades;
  const [only, other] = named;
  if (only === undefined || other !== undefined) return undefined;
  // "Milk and eggs", then "no, I meant the whole milk" when Whole Milk went in: it was heard right;
  // "no, make that three pounds of bananas" of the bananas just added puts its amount right.
  if (only.replacement.kind === 'same') {
    const amount = splitAmount(words(phrase));
    if (amount.quantity !== null && quantityProblem(amount.quantity) === null) return changeLine(turn, target, only.line, amount.quantity, amount.unit ?? only.line.unit);
    return turn.answer(turn.say.describedIsAdded(only.line), { invite: true });
  }
  return swapLine(turn, target, only.line, phrase, context, only.replacement);
}

/**
 * A correction of the line of the thing it names that went in before what was just added: that
 * line in the amount said ("no, I said six lemons"), said to be there when no amount is, or traded
 * for the product named ("no, I said two percent milk" of the whole milk). Undefined when no one
 * such line is there.
 */
async function putEarlierLineRight(turn: Turn, named: Product, lastAdd: LastAdd, phrase: string, context: ShopperContext): Promise<Response | undefined> {
  const line = earlierLineOfTheThing(turn, named, lastAdd);
  if (line === undefined) return undefined;
  const target = targetFor(lastAdd.target);
  if (line.productId !== named.id) return swapLine(turn, target, line, phrase, context);
  const amount = splitAmount(words(phrase));
  if (amount.quantity === null || quantityProblem(amount.quantity) !== null) return turn.answer(turn.say.isOnTarget(line, targetKey(target)));
  return changeLine(turn, target, line, amount.quantity, amount.unit ?? line.unit);
}

/**
 * The line of the thing a correction names (its noun, its shelf), when what was just added is no
 * such thing: the very product named when it is there, else the one line of the thing; undefined
 * when none is there, or more than one.
 */
function earlierLineOfTheThing(turn: Turn, named: Product, lastAdd: LastAdd): Line | undefined {
  const { byId } = turn.services.catalog;
  const noun = nameNoun(named.name).at(-1);
  const isTheThing = (product: Product | undefined): boolean => product !== undefined && product.category === named.category && nameNoun(product.name).at(-1) === noun;
  if (lastAdd.productIds.some((id) => isTheThing(byId.get(id)))) return undefined;
  // The very product named, there already, is that line, whatever else of the thing is there.
  const lines = linesOf(turn.state, targetFor(lastAdd.target)).filter((line) => isTheThing(byId.get(line.productId)));
  const same = lines.find((line) => line.productId === named.id);
  return same ?? (lines.length === 1 ? lines[0] : undefined);
}

/**
 * The words of what was just added that a correction keeps, when the words it turns down only
 * described it ("white" of "white bread", or of "bread" that went in as Classic White Bread, keeps
 * "bread"); undefined when they name its thing, or are none of its words ("not bread, rolls").
 */
function keptOfLastAdd(rejected: string, addedPhrase: string, addedName: string): string[] | undefined {
  const added = words(addedPhrase);
  const named = new Set([...added, ...words(addedName)]);
  const turnedDown = words(rejected).filter((word) => word !== 'the' && word !== 'a');
  const thing = added.at(-1);
  if (thing === undefined || turnedDown.length === 0 || turnedDown.includes(thing) || !turnedDown.every((word) => named.has(word))) return undefined;
  return added.filter((word) => !turnedDown.includes(word));
}

/**
 * Whether words said as a kind ("the strawberry one") are all words a product's name has already,
 * none of them its noun nor said as a thing of its own ("strawberries", plural, is the fruit).
 */
function saysAKindOf(phrase: string, product: Product): boolean {
  const said = words(kindWords(phrase));
  const named = new Set(tokens(product.name));
  const noun = nameNoun(product.name).at(-1);
  return said.length > 0 && said.every((word) => stem(word) === word && named.has(word) && word !== noun);
}

/** "Pears not bears": the thing said and the thing turned down after its "not"; words with no such "not" are all the thing. */
function thingAndTurnedDown(said: string | undefined): [string | undefined, string | undefined] {
  const match = said === undefined ? null : /^(.*\S)\s+not\s+(\S.*)$/i.exec(said);
  return match === null ? [said, undefined] : [match[1], match[2]];
}

/** Whether words say only an amount ("three", "two pounds"), no thing. */
function isAnAmount(said: string): boolean {
  const amount = splitAmount(words(said));
  return amount.quantity !== null && amount.product.length === 0;
}
