import { linesOf } from '../../cart/changes.ts';
import { tokens, words } from '../../catalog/normalise.ts';
import type { ItemQuestion } from '../../shopper/questions.ts';
import { amountNamed, findLineFor, linesListedBy, linesMeantBy, linesOfKindSaid, nameCarries, turnedDownThenMeant } from '../../cart/matching.ts';
import { replacementFor } from '../../cart/swaps.ts';
import { swapLine } from '../flows/swapping.ts';
import { targetKey } from '../../lists/names.ts';
import { intentHandler } from '../handler.ts';
import { lineReferredTo } from '../flows/referring.ts';
import { keepOnlyOfBasket, leaveOutOfOffer } from '../flows/reordering.ts';
import { amountSaidAlone } from '../flows/adding.ts';
import { askToTakeBackTheAdd, askToTakeOffLineInMind, removeLine, removeLines } from '../flows/removing.ts';
import { distinctChoices } from '../speech/voice.ts';
import type { Turn } from '../turn.ts';
import type { Response } from 'ask-sdk-model';
import type { Line } from '../../shopper/state.ts';
import { joinSsml } from '../ssml.ts';
import { onlyPoints } from '../../nlu/text.ts';

/**
 * "Remove the milk", "take eggs off my picnic list". When the words fit several lines in full ("the
 * milk" with whole and 2% milk), the shopper chooses: taking off the wrong one unasked would lose an
 * item. An amount ("one of the milks", "take one milk off") takes that much off the line, not the
 * whole line. With no product said ("remove", "take something off", "actually, remove it"), nothing
 * comes off unasked: the product just added is offered with a yes-or-no question, or the shopper
 * is asked what to take off. "The third one" takes off the third item the shopper last heard read.
 * Several things named one by one ("the milk and the bananas") come off together, when each is clear.
 * A kind of thing with no line named so ("the cheese" beside Sharp Cheddar) offers the lines of that kind.
 */
export const RemoveItemIntent = intentHandler(['RemoveItemIntent'], async (turn) => {
  const say = turn.say;
  // "Take that back off" names nothing: the line in mind is offered, never a product called "that back".
  // "Take the celery back off", "take that back off": the "back" is no word of the thing.
  const named = turn.slot('product')?.replace(/\s+back$/i, '');
  const phrase = named === undefined || onlyPoints(named) ? undefined : named;
  const offered = turn.session.pending;
  // "Leave out the first one" while a basket is offered: the first item of the basket.
  const position = turn.numberSlot('position');
  if (offered?.kind === 'reorder' && phrase === undefined && position !== undefined) {
    const placed = offered.lines[position - 1];
    if (placed !== undefined) return leaveOutOfOffer(turn, offered, placed.name);
    const reprompt = say.reorderConfirmReprompt(offered.lines.length);
    return turn.ask(joinSsml([say.choiceOutOfRange(offered.lines.length), reprompt]), reprompt);
  }
  const referred = lineReferredTo(turn, 'remove');
  if (referred?.kind === 'ask') return referred.response;
  if (referred?.kind === 'line') return removeLine(turn, referred.target, referred.line);
  if (phrase === undefined) return askWhatToRemove(turn, named !== undefined);
  // "Take off one can" just after four cans of soup: that much of the line in mind, never a thing called "can".
  const amountAlone = amountSaidAlone(turn, phrase);
  if (amountAlone !== null) return takeOffAmount(turn, amountAlone);
  if (offered?.kind === 'reorder') return leaveOutOfOffer(turn, offered, phrase);
  // "No, just the seltzer" right after a basket went in keeps only that line: "just" says what stays.
  const [first, ...rest] = words(phrase);
  const kept = (first === 'just' || first === 'only') && rest.length > 0 ? await keepOnlyOfBasket(turn, rest.join(' ')) : undefined;
  if (kept !== undefined) return kept;
  const target = turn.listInPlay();
  const key = targetKey(target);
  const lines = linesOf(turn.state, target);
  const context = await turn.shopperContext();
  // "And not the white bread, whole wheat": the thing after the line named, on no line, is meant in
  // its place; taking the bread off alone would lose it. It is traded in when the store has it clear.
  const insteadOf = turnedDownThenMeant(phrase, lines);
  const traded = insteadOf === undefined ? undefined : findLineFor(insteadOf.turnedDown, lines, turn.services.catalog, context);
  if (insteadOf !== undefined && traded !== undefined) {
    const replacement = replacementFor(turn.services.resolver, insteadOf.meant, traded, turn.services.catalog.byId.get(traded.productId), context);
    // "Take off the white eggs, I only want the brown ones" with the brown ones there already: only the white come off.
    const there = replacement.kind === 'found' && lines.some((line) => line !== traded && line.productId === replacement.line.productId);
    if (there) return removeLine(turn, target, traded);
    if (replacement.kind === 'found') return swapLine(turn, target, traded, insteadOf.meant, context, replacement);
  }
  // "Take off the shallot and the leek": each thing listed, found beyond doubt, comes off; it is no
  // question of which one, though the words fit both.
  const listed = linesListedBy(phrase, lines, turn.services.catalog, context);
  if (listed.length > 0) return removeLines(turn, target, listed);
  const meant = linesMeantBy(phrase, lines, turn.services.catalog, context);
  const [line, ...others] = meant;
  if (line === undefined) {
    // "Never mind the salsa" while "which salsa?" waits: that item is let go, not looked for
    // among other lines of its kind, which nothing took off unasked anyway. "Remove the treats" of
    // "which treats for him?": every word said is a word of the question's phrase.
    const said = tokens(phrase);
    const asksAbout = (question: ItemQuestion): boolean => {
      const asked = new Set(tokens(question.phrase));
      return said.length > 0 && said.every((token) => asked.has(token));
    };
    const waiting = turn.heldQuestions.findIndex(asksAbout);
    if (waiting >= 0) {
      turn.heldQuestions.splice(waiting, 1);
      return turn.answer(say.letGo(phrase));
    }
    return askAboutTheKind(turn, phrase, linesOfKindSaid(phrase, lines, turn.services.catalog, turn.services.resolver), key);
  }
  // "The cereal" found as Cheerios, by sound or a synonym, with Corn Flakes there too: which one is asked.
  if (others.length === 0 && !nameCarries(phrase, line, turn.services.catalog.byId.get(line.productId)?.synonyms)) {
    const ofKind = linesOfKindSaid(phrase, lines, turn.services.catalog, turn.services.resolver);
    if (ofKind.length > 1 && ofKind.includes(line)) return askAboutTheKind(turn, phrase, ofKind, key);
  }
  const amount = amountNamed(phrase, lines, turn.services.catalog);
  // "The two pounds of pears" beside a line of pears kept by the each: just the line said.
  const sized = amount === null ? undefined : lines.find((l) => l.productId === line.productId && l.unit === amount.unit && l.quantity === amount.quantity);
  if (sized !== undefined && lines.some((l) => l.productId === line.productId && l !== sized)) return removeLines(turn, target, [sized], true);
  if (others.length > 0) {
    const options = distinctChoices(meant.map((l) => ({ id: l.productId, name: l.name, size: l.size }))).map(({ option, name }) => ({ productId: option.id, name }));
    if (options.length > 1) {
      turn.session.pending = { kind: 'chooseToRemove', target: key, phrase, options, ...(amount === null ? {} : { amount }) };
      return turn.ask(say.chooseToRemove(phrase, options.map((o) => o.name)), say.chooseReprompt(options.length));
    }
  }
  return removeLine(turn, target, line, amount);
});

/**
 * "Take off the cheese" with only Sharp Cheddar there: the lines of that kind (`ofKind`) are offered,
 * one with a yes-or-no question and several to choose from, never taken off unasked.
 */
function askAboutTheKind(turn: Turn, phrase: string, ofKind: readonly Line[], key: string): Response {
  const say = turn.say;
  const [only, ...more] = ofKind;
  if (only === undefined) return turn.answer(say.notOnTarget(phrase, key));
  if (more.length === 0) {
    turn.session.pending = { kind: 'removeLast', target: key, productId: only.productId, name: only.name };
    return turn.ask(say.confirmRemoveOfKind(phrase, only.name, key), say.confirmRemoveLastReprompt(only.name));
  }
  const options = distinctChoices(ofKind.map((l) => ({ id: l.productId, name: l.name, size: l.size }))).map(({ option, name }) => ({ productId: option.id, name }));
  turn.session.pending = { kind: 'chooseToRemove', target: key, phrase, options };
  return turn.ask(say.chooseToRemove(phrase, options.map((o) => o.name)), say.chooseReprompt(options.length));
}

/** An amount taken off the line in mind, when that line is counted in what was said; otherwise what to take off is asked. */
async function takeOffAmount(turn: Turn, amount: { quantity: number; unit: string | null }): Promise<Response> {
  const meant = turn.lineInMindNow();
  if (meant === undefined || (amount.unit !== null && amount.unit !== meant.line.unit)) return turn.elicit('product', turn.say.askProduct('remove'), turn.say.askProductReprompt('remove'));
  // "Take one off" of the one there: the whole line would go on a bare count, so the shopper is asked first.
  if (amount.unit === null && amount.quantity >= meant.line.quantity) return askWhatToRemove(turn);
  return removeLine(turn, meant.target, meant.line, amount);
}

function askWhatToRemove(turn: Turn, pointed = false): Response {
  // "Take it off" just after hearing one item named is about that item, not the last one added.
  return (pointed ? askToTakeBackTheAdd(turn, true) : askToTakeOffLineInMind(turn)) ?? turn.elicit('product', turn.say.askProduct('remove'), turn.say.askProductReprompt('remove'));
}
