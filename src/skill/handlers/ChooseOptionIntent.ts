import type { Response } from 'ask-sdk-model';
import { linesOf } from '../../cart/changes.ts';
import { MAX_QUANTITY, quantityProblem } from '../../cart/requests.ts';
import { targetFor, targetKey } from '../../lists/names.ts';
import { intentHandler } from '../handler.ts';
import { optionsDescribed } from '../../cart/choosing.ts';
import { addSaid } from '../flows/adding.ts';
import { chooseDescribed, kindOfLastAdd, takeOption } from '../flows/answering-a-choice.ts';
import { optionNumberDescribed, productNamedBy, thingNamedBy } from '../flows/choosing.ts';
import { correctAddedAmount, replaceLastAdd } from '../flows/correcting.ts';
import { confirmPending, questionAgain } from '../flows/confirming.ts';
import { joinSsml } from '../ssml.ts';
import { placeConfirmedOrder } from '../flows/checking-out.ts';
import { removeLine } from '../flows/removing.ts';
import { itemQuestionsOf, type Pending } from '../session.ts';
import { stem, words } from '../../catalog/normalise.ts';
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
  // "The old fashioned kind" while choosing an oatmeal none of the options is, "the ground one" of three coffees, two of them ground.
  if (pending?.kind === 'choose' && chosenNumber(turn) === undefined && described !== undefined) {
    const answered = await chooseDescribed(turn, pending, described);
    if (answered !== undefined) return answered;
  }
  // "The diet one" just after soda went in, while "which chips?" still waits: a kind of the soda, not of the chips.
  const lastAdd = turn.session.lastAdd;
  if (pending?.kind === 'choose' && chosenNumber(turn) === undefined && described !== undefined && lastAdd !== undefined) {
    const kind = await kindOfLastAdd(turn, lastAdd, described);
    if (kind !== undefined) return kind;
  }
  // "Eggs, the brown ones" while "which coffee?" waits names a thing of its own, none of the options
  // nor printed in their names: a request, added, the question asked again after it.
  if (pending?.kind === 'choose' && chosenNumber(turn) === undefined && described !== undefined) {
    const named = thingNamedBy(described, turn.services.resolver);
    const printed = (name: string): boolean => named !== undefined && words(name).map(stem).includes(named.noun);
    if (named !== undefined && !pending.options.some((option) => option.productId === named.product.id || printed(option.name))) {
      turn.heldQuestions = itemQuestionsOf(pending);
      delete turn.session.pending;
      return addSaid(turn, targetFor(pending.target), { product: described });
    }
  }
  // An answer that picks no one option ("the cheaper one" of two at one price) is not heard, and the
  // question is asked again; a kind the store does not sell ("honey nut" among honey almond cereals) is said so.
  if ((pending?.kind === 'choose' || pending?.kind === 'chooseToRemove') && chosenNumber(turn) === undefined) {
    const question = questionAgain(turn, pending);
    const { resolver } = turn.services;
    const unsold = described !== undefined && pending.kind === 'choose' && resolver.namesAThing(described) && resolver.resolve(described).product === null;
    return turn.ask(joinSsml([unsold ? say.notFound(described, turn.services.seller, []) : say.notCaught(), question]), question);
  }
  if (pending?.kind === 'chooseToRemove') return removeChosen(turn, pending);
  // "The crunchy one" just after peanut butter was added, with nothing offered: the kind of what was
  // just added, so that line becomes the crunchy peanut butter.
  if (pending === undefined && described !== undefined && lastAdd !== undefined) {
    const kind = await kindOfLastAdd(turn, lastAdd, described);
    if (kind !== undefined) return kind;
    const context = await turn.shopperContext();
    // "Greek yogurt, the plain one" after spinach names a thing of its own: it is added, the spinach kept.
    const named = productNamedBy(described, turn.services.resolver);
    // "The strawberry one" just after chocolate milk, no strawberry milk sold: one word in the
    // singular before "one" says which kind of the milk, never that strawberries are wanted.
    const [only, ...more] = words(described);
    const saysAKind = only !== undefined && more.length === 0 && stem(only) === only;
    const [added, another] = lastAdd.productIds;
    const line = added === undefined || another !== undefined ? undefined : linesOf(turn.state, targetFor(lastAdd.target)).find((candidate) => candidate.productId === added);
    if (named !== undefined && saysAKind && line !== undefined) return turn.answer(say.kindNotFound(described, line.name, turn.services.seller, lastAdd.target), { invite: true });
    if (named !== undefined && !lastAdd.productIds.includes(named.id)) return addSaid(turn, targetFor(lastAdd.target), { product: described });
    if (lastAdd.productIds.length > 1) {
      // "The mild one" just after asking about the salsa of several things added: no such kind, and the salsa stays.
      const inMind = turn.lineInMindNow();
      if (inMind !== undefined && !turn.services.resolver.namesAThing(described))
        return turn.answer(say.kindNotFound(described, inMind.line.name, turn.services.seller, targetKey(inMind.target)), { invite: true });
      return turn.answer(say.nothingToChoose(), { invite: true });
    }
    return replaceLastAdd(turn, `${described} ${lastAdd.phrase}`, context, described, true);
  }
  // "The tea, the decaf kind" with nothing asked, or only something offered instead of a thing not
  // sold, names a thing to add; the offer lapses.
  const offered = pending?.kind === 'confirmQuantity' && pending.offer === true;
  // A thing the store sells only a few of ("the almonds, the whole natural ones", "two gatorades,
  // the red one and the blue one") is named as surely by a product found for more than a kind.
  const { resolver } = turn.services;
  const namesAThing = described !== undefined && (resolver.namesAThing(described) || thingNamedBy(described, resolver) !== undefined || (!resolver.onlyDescribes(described) && resolver.resolveAll(described).some((item) => item.product !== null)));
  if ((pending === undefined || offered) && described !== undefined && namesAThing) {
    delete turn.session.pending;
    return addSaid(turn, turn.listInPlay(), { product: described });
  }
  // "Three" just after tomatoes went in, nothing asked: three of them ("one" alone says too little to change anything).
  const count = turn.numberSlot('choice');
  if (pending === undefined && described === undefined && count !== undefined && count > 1 && !turn.followsAnAddOfNothing) {
    // "2468" with nothing asked is no amount anybody buys: said so, nothing changed.
    if (quantityProblem(count) === 'tooMany') return turn.answer(say.quantityTooMany(MAX_QUANTITY));
    const corrected = await correctAddedAmount(turn, { quantity: count, unit: null }, false);
    if (corrected !== undefined) return corrected;
  }
  if (pending?.kind !== 'choose') return turn.answer(say.nothingToChoose(), { invite: true });
  return takeOption(turn, pending, chosenNumber(turn));
});

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
