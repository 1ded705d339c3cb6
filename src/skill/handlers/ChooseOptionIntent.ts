import type { Response } from 'ask-sdk-model';
import { phraseKey } from '../../catalog/personal.ts';
import { linesOf } from '../../cart/changes.ts';
import { targetFor } from '../../lists/names.ts';
import { intentHandler } from '../handler.ts';
import { optionsDescribed } from '../../cart/choosing.ts';
import { addChosen, addSaid, askItemQuestion } from '../flows/adding.ts';
import { kindOfWhatWasAdded, optionNumberDescribed, productNamedBy, productOfKindDescribed } from '../flows/choosing.ts';
import { replaceLastAdd } from '../flows/correcting.ts';
import { confirmPending, questionAgain } from '../flows/confirming.ts';
import { joinSsml } from '../ssml.ts';
import { placeConfirmedOrder } from '../flows/checking-out.ts';
import { removeLine } from '../flows/removing.ts';
import { itemQuestionsOf, type LastAdd, type Pending } from '../session.ts';
import { replacementFor } from '../../cart/swaps.ts';
import { swapLine } from '../flows/swapping.ts';
import type { Turn } from '../turn.ts';

/**
 * "One", "the second one", "the wheat one": answers "Which bread did you mean?", and remembers the
 * choice for next time, or "Which milk should I take off?".
 */
export const ChooseOptionIntent = intentHandler(['ChooseOptionIntent'], async (turn) => {
  const say = turn.say;
  const pending = turn.session.pending;
  // A bare "1234" is heard as a number like "one"; while the store waits for the voice code, it is the code.
  if (pending?.kind === 'voiceCode') {
    const code = turn.slot('choice') ?? '';
    // Part of a code heard ("thirty four" of "twelve thirty four") is asked again, not tried: a wrong try counts against the lock.
    if (!/^\d{4}$/.test(code)) return turn.ask(joinSsml([say.notCaught(), say.askVoiceCode()]), say.askVoiceCodeReprompt());
    delete turn.session.pending;
    return placeConfirmedOrder(turn, pending.quote, code);
  }
  const described = turn.slot('product');
  // "I'll take the gala ones" to "should I add it?" of Gala Apples: a yes, in the words of the product offered.
  if (pending?.kind === 'confirmQuantity' && chosenNumber(turn) === undefined && described !== undefined && optionsDescribed(described, [pending.line]).length === 1) {
    delete turn.session.pending;
    return confirmPending(turn, pending);
  }
  // "The old fashioned kind" while choosing an oatmeal none of the options is: the store's old fashioned oatmeal, if it has one.
  if (pending?.kind === 'choose' && chosenNumber(turn) === undefined && described !== undefined) {
    const offered = pending.options.map((option) => option.name);
    const product = productOfKindDescribed(described, pending.phrase, offered, turn.services.resolver);
    if (product !== undefined) {
      delete turn.session.pending;
      return addChosen(turn, targetFor(pending.target), product, pending, pending.next);
    }
  }
  // "The ground one" of three coffees, two of them ground: the choice is asked again among those two.
  if (pending?.kind === 'choose' && chosenNumber(turn) === undefined && described !== undefined) {
    const [choosing, ...rest] = itemQuestionsOf(pending);
    const fitting = optionsDescribed(described, pending.options.map((option) => ({ name: option.name })));
    if (choosing?.kind === 'choose' && fitting.length > 1 && fitting.length < pending.options.length) {
      const options = choosing.options.filter((_, at) => fitting.includes(at));
      return askItemQuestion(turn, { ...choosing, options }, rest, [], false);
    }
  }
  // An answer that picks no one option ("the cheaper one" of two at one price) is not heard, and the question is asked again.
  if ((pending?.kind === 'choose' || pending?.kind === 'chooseToRemove') && chosenNumber(turn) === undefined) {
    const question = questionAgain(turn, pending);
    return turn.ask(joinSsml([say.notCaught(), question]), question);
  }
  if (pending?.kind === 'chooseToRemove') return removeChosen(turn, pending);
  // "The crunchy one" just after peanut butter was added, with nothing offered: the kind of what was
  // just added, so that line becomes the crunchy peanut butter.
  const lastAdd = turn.session.lastAdd;
  if (pending === undefined && described !== undefined && lastAdd !== undefined) {
    // "The grape one" just after Concord Grape Jelly went in says what was added: nothing changes.
    const added = lastAdd.productIds.length === 1 ? linesOf(turn.state, targetFor(lastAdd.target)).find((line) => line.productId === lastAdd.productIds[0]) : undefined;
    if (added !== undefined && optionsDescribed(described, [added]).length === 1) return turn.answer(say.describedIsAdded(added), { invite: true });
    // "The lemon kind" just after sparkling water went in: a kind of what was just added, when the
    // store sells one, before any thing the words name on their own (lemons).
    const context = await turn.shopperContext();
    if (lastAdd.productIds.length > 1) {
      const swapped = await describeOneOfSeveral(turn, lastAdd, described);
      if (swapped !== undefined) return swapped;
    } else {
      const kind = kindOfWhatWasAdded(described, lastAdd.phrase, turn.services.resolver);
      if (kind !== undefined) return replaceLastAdd(turn, kind.name, context, described);
    }
    // "Greek yogurt, the plain one" after spinach names a thing of its own: it is added, the spinach kept.
    const named = productNamedBy(described, turn.services.resolver);
    if (named !== undefined && !lastAdd.productIds.includes(named.id)) return addSaid(turn, targetFor(lastAdd.target), { product: described });
    if (lastAdd.productIds.length > 1) return turn.answer(say.nothingToChoose(), { invite: true });
    return replaceLastAdd(turn, `${described} ${lastAdd.phrase}`, context, described);
  }
  if (pending?.kind !== 'choose') return turn.answer(say.nothingToChoose(), { invite: true });
  const choice = chosenNumber(turn);
  const option = choice === undefined ? undefined : pending.options[choice - 1];
  if (option === undefined) return turn.answer(say.choiceOutOfRange(pending.options.length), { reprompt: say.chooseReprompt(pending.options.length) });
  delete turn.session.pending;
  const product = turn.services.catalog.byId.get(option.productId) ?? { id: option.productId, name: option.name };
  const learned = phraseKey(pending.phrase);
  await turn.update((state) => ({ state: { ...state, preferences: { ...state.preferences, [learned]: product.id } }, result: undefined }));
  return addChosen(turn, targetFor(pending.target), product, pending, pending.next);
});

/**
 * "The green ones" just after bananas, apples and grapes went in: the one line the description
 * makes another product of its kind is swapped for it; when it fits several ("green" apples and
 * grapes), the shopper is asked which, as the swap it is; undefined when it fits none.
 */
async function describeOneOfSeveral(turn: Turn, lastAdd: LastAdd, described: string): Promise<Response | undefined> {
  const target = targetFor(lastAdd.target);
  const context = await turn.shopperContext();
  const { catalog, resolver } = turn.services;
  const fitting = linesOf(turn.state, target).flatMap((line) => {
    if (!lastAdd.productIds.includes(line.productId)) return [];
    const replacement = replacementFor(resolver, described, line, catalog.byId.get(line.productId), context);
    return replacement.kind === 'found' ? [{ line, replacement }] : [];
  });
  const [only] = fitting;
  if (only === undefined) return undefined;
  if (fitting.length === 1) return swapLine(turn, target, only.line, described, context, only.replacement);
  const which = turn.say.whichToDescribe(described, fitting.map(({ line }) => line.name)).markup;
  return turn.elicitAgain({ intent: 'SwapItemIntent', slot: 'product', slots: { replacement: described }, question: which, reprompt: which });
}

/** The option's number, said as a number ("two"), as a place ("the second one") or by description ("the wheat one"). */
function chosenNumber(turn: Turn): number | undefined {
  return turn.numberSlot('choice') ?? turn.numberSlot('position') ?? optionNumberDescribed(turn.session.pending, turn.slot('product'), turn.services.catalog);
}

/** "Two" to "Which milk should I take off?": that line goes, if it is still there. */
async function removeChosen(turn: Turn, pending: Extract<Pending, { kind: 'chooseToRemove' }>): Promise<Response> {
  const say = turn.say;
  const choice = chosenNumber(turn);
  const option = choice === undefined ? undefined : pending.options[choice - 1];
  if (option === undefined) return turn.answer(say.choiceOutOfRange(pending.options.length), { reprompt: say.chooseReprompt(pending.options.length) });
  delete turn.session.pending;
  const target = targetFor(pending.target);
  const line = linesOf(turn.state, target).find((l) => l.productId === option.productId);
  if (line === undefined) return turn.answer(say.notOnTarget(option.name, pending.target));
  return removeLine(turn, target, line, pending.amount);
}
