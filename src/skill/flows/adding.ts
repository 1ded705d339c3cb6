import type { Response } from 'ask-sdk-model';
import { addLines, linesOf } from '../../cart/changes.ts';
import { isUnusualQuantity, lineFor, MAX_QUANTITY, quantityProblem, type PlannedItem } from '../../cart/requests.ts';
import { targetKey, type Target } from '../../lists/names.ts';
import type { Product } from '../../catalog/product.ts';
import type { Line } from '../../shopper/state.ts';
import { joinSsml, plainText, type Ssml } from '../ssml.ts';
import type { Turn } from '../turn.ts';

/** The names to offer in a choice: with the brand where two products share a name. */
function choiceNames(options: readonly Product[]): string[] {
  return options.map((product) => {
    const shared = options.some((other) => other.id !== product.id && other.name === product.name);
    return shared && product.brand !== undefined ? `${product.brand} ${product.name}` : product.name;
  });
}

/** Stores the lines and remembers them as this session's last add, so "no, I said pears" can replace them. */
export async function commitAdd(turn: Turn, target: Target, lines: readonly Line[], phrase: string): Promise<void> {
  const now = turn.now;
  const description = plainText(turn.say.change.added(lines, targetKey(target)).markup);
  await turn.update((state) => ({ state: addLines(state, target, lines, description, now), result: undefined }));
  const only = lines.length === 1 ? lines[0] : undefined;
  turn.session.lastAdd = {
    at: now.toISOString(),
    target: targetKey(target),
    productIds: lines.map((line) => line.productId),
    quantity: only?.quantity ?? null,
    unit: only?.unit ?? null,
    phrase,
  };
}

/**
 * Adds what was found, says what wasn't, and asks about the first product that needs a choice or a
 * second look at its quantity: the shopper hears everything in one answer.
 */
export async function addPlanned(turn: Turn, target: Target, items: readonly PlannedItem[]): Promise<Response> {
  const say = turn.say;
  // An amount said inside a list ("a hundred and five eggs and milk") gets the same checks as one said alone.
  const tooMany = items.filter((item) => item.kind !== 'none' && quantityProblem(item.quantity) === 'tooMany').map((item) => item.phrase);
  const found = items.filter(
    (item): item is Extract<PlannedItem, { kind: 'found' }> => item.kind === 'found' && quantityProblem(item.quantity) === null,
  );
  const ambiguous = items.find(
    (item): item is Extract<PlannedItem, { kind: 'ambiguous' }> => item.kind === 'ambiguous' && quantityProblem(item.quantity) === null,
  );
  // One question at a time: a product to choose is asked first, and an unusual amount beside it is taken as said.
  const unusual = ambiguous === undefined ? found.find((item) => isUnusualQuantity(item.quantity, item.unit)) : undefined;
  const adding = found.filter((item) => item !== unusual);
  const lines = adding.map((item) => lineFor(item.product, item.quantity, item.unit));
  const parts: Ssml[] = [];

  if (lines.length > 0) {
    await commitAdd(turn, target, lines, adding.map((item) => item.phrase).join(' and '));
    const only = lines.length === 1 && items.length === 1 ? adding[0] : undefined;
    // A one-shot ("ask Corner Grocer to add paper towels") is one sentence: the exact product, and how to take it back.
    if (turn.isOneShot && only !== undefined && lines[0] !== undefined && target.kind === 'cart') {
      return turn.answer(say.addedOneShot(lines[0], only.product, turn.services.invocationName));
    }
    parts.push(say.added(lines, targetKey(target)));
    // "One more milk": the shopper hears how many that makes, not just what was added.
    const total = only === undefined ? undefined : linesOf(turn.state, target).find((line) => line.productId === only.product.id && line.unit === lines[0]?.unit);
    if (total !== undefined && lines[0] !== undefined && total.quantity > lines[0].quantity) parts.push(say.nowHave(total));
  }
  for (const item of items) {
    if (item.kind === 'none') parts.push(say.notFound(item.phrase, turn.services.seller, item.alternatives.map((p) => p.name)));
  }
  if (tooMany.length > 0) parts.push(say.quantityTooManyOf(tooMany, MAX_QUANTITY));
  if (unusual !== undefined) {
    const line = lineFor(unusual.product, unusual.quantity, unusual.unit);
    turn.session.pending = { kind: 'confirmQuantity', target: targetKey(target), phrase: unusual.phrase, line };
    parts.push(say.confirmQuantity(line));
    return turn.answer(joinSsml(parts), { reprompt: say.confirmQuantityReprompt() });
  }
  if (ambiguous !== undefined) {
    const names = choiceNames(ambiguous.options);
    turn.session.pending = {
      kind: 'choose',
      target: targetKey(target),
      phrase: ambiguous.phrase,
      options: ambiguous.options.map((p, i) => ({ productId: p.id, name: names[i] ?? p.name })),
      quantity: ambiguous.quantity,
      unit: ambiguous.unit,
    };
    parts.push(say.choose(ambiguous.phrase, names));
    return turn.answer(joinSsml(parts), { reprompt: say.chooseReprompt(ambiguous.options.length) });
  }
  return turn.answer(joinSsml(parts));
}
