import type { Response } from 'ask-sdk-model';
import { addLines, linesOf } from '../../cart/changes.ts';
import { lineIn } from '../../cart/lines.ts';
import { phraseForOptions } from '../../cart/choosing.ts';
import { findLineFor } from '../../cart/matching.ts';
import { EACH, isUnusualQuantity, lineFor, MAX_QUANTITY, planItems, quantityProblem, settleAmount, unitSaid, type PlannedItem } from '../../cart/requests.ts';
import { words } from '../../catalog/normalise.ts';
import { phraseKey } from '../../catalog/personal.ts';
import { splitAmount } from '../../catalog/quantity.ts';
import { POINTING_WORDS } from '../../nlu/text.ts';
import { targetFor, targetKey, type Target } from '../../lists/names.ts';
import type { Product } from '../../catalog/product.ts';
import type { Line } from '../../shopper/state.ts';
import type { ItemQuestion } from '../../shopper/questions.ts';
import { joinSsml, plainText, type Ssml } from '../ssml.ts';
import { distinctChoices, MOST_NAMED } from '../speech/voice.ts';
import type { Turn } from '../turn.ts';

/** Stores the lines and remembers them as this session's last add, so "no, I said pears" can replace them. */
export async function commitAdd(turn: Turn, target: Target, lines: readonly Line[], phrase: string): Promise<void> {
  const now = turn.now;
  const description = plainText(turn.say.change.added(lines, targetKey(target)).markup);
  await turn.update((state) => ({ state: addLines(state, target, lines, description, now), result: undefined }));
  const only = lines.length === 1 ? lines[0] : undefined;
  delete turn.session.lastChanged;
  turn.session.lastAdd = {
    at: now.toISOString(),
    target: targetKey(target),
    productIds: lines.map((line) => line.productId),
    // One with no unit is what "add pears" adds: no amount was said, and a correction says none either.
    quantity: only === undefined || (only.quantity === 1 && only.unit === null) ? null : only.quantity,
    // A count of something sold by weight is said again as a count: "no, I said pears" after "two apples" is two pears.
    unit: only?.unit === EACH ? null : (only?.unit ?? null),
    phrase,
  };
}

/** How many products a question names: the options of a choice, or the one product asked about. */
function namesIn(question: ItemQuestion | undefined): number {
  if (question === undefined) return 0;
  return question.kind === 'choose' ? question.options.length : 1;
}

/**
 * The question to ask about an item before it can be added, or the item as found: a choice whose
 * options all sound the same is no choice (the products are merged into the first).
 */
function questionFor(target: string, item: PlannedItem): ItemQuestion | PlannedItem {
  if (item.kind === 'ambiguous') {
    const options = distinctChoices(item.options);
    const [first, second] = options;
    if (first === undefined) return { kind: 'none', phrase: item.phrase, alternatives: [] };
    if (second === undefined) return questionFor(target, { ...settleAmount(first.option, item.phrase, item.quantity, item.unit), phrase: item.phrase });
    return {
      kind: 'choose',
      target,
      phrase: item.phrase,
      options: options.map(({ option, name }) => ({ productId: option.id, name })),
      quantity: item.quantity,
      unit: item.unit,
    };
  }
  if (item.kind === 'pack') {
    return { kind: 'confirmPack', target, phrase: item.phrase, line: lineFor(item.product, item.packs, null), items: item.items, ...(item.asked === undefined ? {} : { asked: item.asked }) };
  }
  if (item.kind === 'found' && quantityProblem(item.quantity) === null && isUnusualQuantity(item.quantity, item.unit)) {
    return { kind: 'confirmQuantity', target, phrase: item.phrase, line: lineFor(item.product, item.quantity, item.unit) };
  }
  return item;
}

function isQuestion(value: ItemQuestion | PlannedItem): value is ItemQuestion {
  return value.kind === 'choose' || value.kind === 'confirmQuantity' || value.kind === 'confirmPack';
}

/**
 * Asks one question about an item of a request, keeping the questions still to come: each is asked
 * in its turn, after this one is answered ("Which bread…?" … "And which cheese…?").
 */
export function askItemQuestion(turn: Turn, question: ItemQuestion, next: readonly ItemQuestion[], before: readonly Ssml[], continuing: boolean): Response {
  const say = turn.say;
  turn.session.pending = next.length === 0 ? question : { ...question, next: [...next] };
  switch (question.kind) {
    case 'choose': {
      const names = question.options.map((option) => option.name);
      return turn.answer(joinSsml([...before, say.choose(phraseForOptions(question.phrase, names), names, continuing)]), {
        reprompt: say.chooseReprompt(question.options.length),
      });
    }
    case 'confirmQuantity':
      return turn.answer(joinSsml([...before, say.confirmQuantity(question.line, continuing)]), { reprompt: say.confirmQuantityReprompt() });
    case 'confirmPack':
      return turn.answer(joinSsml([...before, question.asked === undefined ? say.confirmPack(question.line, question.items, continuing) : say.confirmSize(question.line, question.asked, continuing)]), {
        reprompt: say.confirmPackReprompt(question.line),
      });
  }
}

/**
 * After a question about one item is answered: what was done, then the next item's question if
 * any is left. `done` names `named` products; when the next question would take the reply past
 * three products, `brief` (in the shopper's words) is said instead.
 */
export function continueItems(turn: Turn, next: readonly ItemQuestion[] | undefined, done: { full: Ssml; brief: Ssml; named: number }): Response {
  const [question, ...rest] = next ?? [];
  if (question === undefined) return turn.answer(done.full);
  const said = done.named + namesIn(question) > MOST_NAMED ? done.brief : done.full;
  return askItemQuestion(turn, question, rest, [said], true);
}

/** Adds one line an answer settled ("one", "yes"), and asks about the request's next item. */
export async function addAnswered(turn: Turn, target: Target, line: Line, phrase: string, next: readonly ItemQuestion[] | undefined): Promise<Response> {
  await commitAdd(turn, target, [line], phrase);
  const key = targetKey(target);
  return continueItems(turn, next, { full: turn.say.added([line], key), brief: turn.say.addedAsSaid([phrase], key), named: 1 });
}

/** The product chosen from a choice or an offer, with the amount said settled against how it is sold ("six eggs" of a dozen-carton asks). */
export async function addChosen(
  turn: Turn,
  target: Target,
  product: Product,
  pending: Pick<Extract<ItemQuestion, { kind: 'choose' }>, 'target' | 'phrase' | 'quantity' | 'unit'>,
  next: readonly ItemQuestion[] | undefined,
): Promise<Response> {
  const settled = settleAmount(product, pending.phrase, pending.quantity, pending.unit);
  if (settled.kind === 'pack') {
    const asked = settled.asked === undefined ? {} : { asked: settled.asked };
    const question: ItemQuestion = { kind: 'confirmPack', target: pending.target, phrase: pending.phrase, line: lineFor(product, settled.packs, null), items: settled.items, ...asked };
    return askItemQuestion(turn, question, next ?? [], [], false);
  }
  // An amount nobody buys ("eighty" heard in "the eighty twenty") is asked about once chosen, as when found at once.
  if (quantityProblem(settled.quantity) === null && isUnusualQuantity(settled.quantity, settled.unit)) {
    const question: ItemQuestion = { kind: 'confirmQuantity', target: pending.target, phrase: pending.phrase, line: lineFor(settled.product, settled.quantity, settled.unit) };
    return askItemQuestion(turn, question, next ?? [], [], false);
  }
  return addAnswered(turn, target, lineFor(settled.product, settled.quantity, settled.unit), pending.phrase, next);
}

/** Adds what the shopper said ("two pounds of bananas, and milk"), item by item, as `addPlanned` does. */
export async function addSaid(turn: Turn, target: Target, spoken: Parameters<typeof planItems>[1]): Promise<Response> {
  return addPlanned(turn, target, planItems(turn.services.resolver, spoken, await turn.shopperContext()));
}

/**
 * Adds what was found, says what wasn't, and asks about the items that need a choice or a second
 * look at their amount, one at a time: none is dropped without being mentioned. A reply names at
 * most three products: when a choice follows, what was added is said in the shopper's words.
 */
export async function addPlanned(turn: Turn, target: Target, planned: readonly PlannedItem[]): Promise<Response> {
  const say = turn.say;
  const key = targetKey(target);
  const { items, addedBefore } = withoutWhatWasSaidBefore(turn, key, planned);
  // An amount said inside a list ("a hundred and five eggs and milk") gets the same checks as one said alone.
  const amountOf = (item: PlannedItem): number | null =>
    item.kind === 'found' || item.kind === 'ambiguous' ? item.quantity : item.kind === 'pack' ? item.items : null;
  const tooMany = items.filter((item) => quantityProblem(amountOf(item) ?? 1) === 'tooMany').map((item) => item.phrase);
  const settled = items.filter((item) => quantityProblem(amountOf(item) ?? 1) === null).map((item) => questionFor(key, item));
  const questions = settled.filter(isQuestion);
  const found = settled.filter((item): item is Extract<PlannedItem, { kind: 'found' }> => item.kind === 'found');
  const missing = settled.filter((item): item is Extract<PlannedItem, { kind: 'none' }> => item.kind === 'none');
  const lines = found.map((item) => lineFor(item.product, item.quantity, item.unit));
  const [first, ...rest] = questions;
  const parts: Ssml[] = [];
  let named = namesIn(first);

  if (lines.length > 0) {
    await commitAdd(turn, target, lines, found.map((item) => item.phrase).join(' and '));
    const only = lines.length === 1 && items.length === 1 ? found[0] : undefined;
    // A one-shot ("ask Corner Grocer to add paper towels") is one sentence: the exact product, and how to take it back.
    if (turn.isOneShot && only !== undefined && lines[0] !== undefined && target.kind === 'cart') {
      return turn.answer(say.addedOneShot(lines[0], only.product, turn.services.invocationName));
    }
    if (first !== undefined && named + lines.length > MOST_NAMED) {
      parts.push(say.addedAsSaid(found.map((item) => item.phrase), key));
    } else {
      parts.push(say.added(lines, key));
      named += Math.min(lines.length, MOST_NAMED);
      // "One more milk": the shopper hears how many that makes, not just what was added.
      const total = only === undefined || lines[0] === undefined ? undefined : lineIn(linesOf(turn.state, target), lines[0]);
      if (total !== undefined && lines[0] !== undefined && total.quantity > lines[0].quantity) parts.push(say.nowHave(total));
    }
  }
  if (addedBefore.length > 0) parts.push(say.addedBefore(addedBefore, key));
  const [lost, ...moreLost] = missing;
  if (lost !== undefined && moreLost.length === 0 && named + Math.min(2, lost.alternatives.length) <= MOST_NAMED) {
    parts.push(say.notFound(lost.phrase, turn.services.seller, lost.alternatives.map((p) => p.name)));
  } else if (lost !== undefined) {
    parts.push(say.notFoundAll(missing.map((item) => item.phrase), turn.services.seller));
  }
  if (tooMany.length > 0) parts.push(say.quantityTooManyOf(tooMany, MAX_QUANTITY));
  // One thing not found, and nothing else said: the nearest products named are offered, so "the first one" takes it.
  const offered = lost?.alternatives.slice(0, 2) ?? [];
  if (first === undefined && lost !== undefined && items.length === 1 && !turn.isOneShot && offered.length > 0) {
    const [only, second] = offered;
    if (only !== undefined && second === undefined) {
      // "Two pounds of pears" not found as said: the nearest product is offered in the amount asked for.
      turn.session.pending = { kind: 'confirmQuantity', target: key, phrase: lost.phrase, line: lineFor(only, lost.quantity ?? 1, lost.unit ?? null), offer: true };
      return turn.ask(joinSsml([...parts, say.offerClosest(1)]), say.confirmQuantityReprompt());
    }
    const options = offered.map((product) => ({ productId: product.id, name: product.name }));
    turn.session.pending = { kind: 'choose', target: key, phrase: lost.phrase, options, quantity: lost.quantity ?? null, unit: lost.unit ?? null, offer: true };
    return turn.ask(joinSsml([...parts, say.offerClosest(options.length)]), say.chooseReprompt(options.length));
  }
  if (first === undefined) return turn.answer(joinSsml(parts));
  if (rest.length > 0) parts.push(say.askingAbout(questions.map((question) => question.phrase)));
  return askItemQuestion(turn, first, rest, parts, false);
}

/**
 * "Rice and beans" said again while "which beans?" waits: the shopper repeats the request rather
 * than answer, so the question asked now replaces the one held, and what the request added last
 * time (the rice, this session's last add) is not added twice. Said without a held item, a request
 * is a request: "add milk" twice is two milks.
 */
function withoutWhatWasSaidBefore(turn: Turn, target: string, items: readonly PlannedItem[]): { items: PlannedItem[]; addedBefore: string[] } {
  const saidAgain = new Set(items.map((item) => phraseKey(item.phrase)));
  const repeated = turn.heldQuestions.some((question) => question.target === target && saidAgain.has(phraseKey(question.phrase)));
  if (!repeated) return { items: [...items], addedBefore: [] };
  turn.heldQuestions = turn.heldQuestions.filter((question) => question.target !== target || !saidAgain.has(phraseKey(question.phrase)));
  const last = turn.session.lastAdd;
  const before = (item: PlannedItem): boolean => item.kind === 'found' && last?.target === target && last.productIds.includes(item.product.id);
  return { items: items.filter((item) => !before(item)), addedBefore: items.filter(before).map((item) => item.phrase) };
}

/**
 * "Make it four", "no, I said two pounds" while the shopper is choosing which one: the amount is for
 * the item being chosen, and the choice is asked again with it. "Three of them" to "should I add
 * it?" of one product offered is that many of it. Undefined when nothing is being chosen or offered,
 * or when something was added since the choice was asked: "make that two dozen" is then about that.
 */
export async function amountForTheChoice(turn: Turn, quantity: number, unit: string | null): Promise<Response | undefined> {
  const [choosing, ...rest] = turn.heldQuestions;
  if (choosing?.kind === 'choose' && turn.session.lastAdd?.whileChoosing === true) return undefined;
  if (choosing?.kind === 'choose') {
    turn.heldQuestions = [];
    return askItemQuestion(turn, { ...choosing, quantity, unit: unit ?? choosing.unit }, rest, [turn.say.amountNoted(quantity, unit)], false);
  }
  const offered = turn.lapsed;
  if (offered?.kind !== 'confirmQuantity' || offered.offer !== true) return undefined;
  const product = turn.services.catalog.byId.get(offered.line.productId);
  if (product === undefined) return undefined;
  return addChosen(turn, targetFor(offered.target), product, { target: offered.target, phrase: offered.phrase, quantity, unit }, offered.next);
}

/**
 * "I just need one melon" or "do I have melon?" (`asked`) with no melon there yet: the shopper may
 * want one, so adding it is offered with a yes-or-no question rather than the request being lost or
 * anything added unasked; several of the kind sold, which one is offered as a choice. Said plainly
 * when the words name nothing the store sells.
 */
export async function offerToAdd(
  turn: Turn,
  target: Target,
  request: { readonly phrase: string; readonly quantity?: number | undefined; readonly unit?: string | undefined; readonly asked?: boolean },
): Promise<Response> {
  const say = turn.say;
  const key = targetKey(target);
  const { phrase, quantity, unit } = request;
  const context = await turn.shopperContext();
  // "No, I said pears" a day after the pears went in: they are there, and saying otherwise would add a second line.
  const there = findLineFor(phrase, linesOf(turn.state, target), turn.services.catalog, context);
  if (there !== undefined) return turn.answer(say.isOnTarget(there, key));
  const [only, ...others] = planItems(turn.services.resolver, { product: phrase, quantity, unit }, context);
  const offer = request.asked === true ? { offer: true as const } : {};
  // Several of the kind sold ("do I have bread?"): which one is offered, as a choice.
  const question = only === undefined || others.length > 0 ? undefined : questionFor(key, only);
  if (question?.kind === 'choose') {
    turn.session.pending = { ...question, ...offer };
    const names = question.options.map((option) => option.name);
    return turn.ask(say.notThereChooseInstead(phrase, names, key), say.chooseReprompt(names.length));
  }
  if (only?.kind !== 'found' || others.length > 0) return turn.answer(say.notOnTarget(phrase, key));
  const line = lineFor(only.product, only.quantity, only.unit);
  // Offered after a question ("do I have melon?"), it was never asked for: moving on lets it go.
  turn.session.pending = { kind: 'confirmQuantity', target: key, phrase, line, ...offer };
  return turn.ask(say.notThereAddInstead(phrase, line, key), say.confirmQuantityReprompt());
}

/**
 * The amount a request says alone: in its own slots ("no, I said three"), or as all of the product
 * words ("two bunches", "make that half a gallon"), as a correction or a change while choosing says it.
 */
export function amountSaidAlone(turn: Turn, phrase: string | undefined): { quantity: number; unit: string | null } | null {
  const spokenUnit = turn.slot('unit');
  const unit = spokenUnit === undefined ? null : unitSaid(spokenUnit);
  // "I said a pound": a unit said as one is one of it.
  const quantity = turn.numberSlot('quantity') ?? (unit !== null ? 1 : undefined);
  if (quantity !== undefined && phrase === undefined) return { quantity, unit: unit?.unit ?? null };
  if (phrase === undefined) return null;
  // "Two bunches", "a pound of them": an amount, and nothing but words pointing back at the thing.
  const said = splitAmount(words(phrase));
  if (said.quantity !== null) return said.product.every((word) => POINTING_WORDS.has(word)) ? { quantity: said.quantity, unit: said.unit } : null;
  // "I said gallon", its "a" lost: a unit named alone, and only in the singular, is one of it ("bags" may be a thing).
  const [only, ...more] = said.product.filter((word) => !POINTING_WORDS.has(word));
  const alone = only === undefined || more.length > 0 ? null : unitSaid(only);
  return alone?.single === true ? { quantity: 1, unit: alone.unit } : null;
}
