import type { Response } from 'ask-sdk-model';
import { applyChange, linesOf } from '../../cart/changes.ts';
import { setQuantity } from '../../cart/lines.ts';
import { settleAmount, unitSaid } from '../../cart/requests.ts';
import { countsByTheDozen, soldBy } from '../../catalog/packs.ts';
import { targetKey, type Target } from '../../lists/names.ts';
import type { Line } from '../../shopper/state.ts';
import { plainText } from '../ssml.ts';
import type { Turn } from '../turn.ts';

/** Sets one line's amount (and unit), undoably, and says what it is now. */
export async function changeLine(turn: Turn, target: Target, line: Line, quantity: number, unit: string | null): Promise<Response> {
  const say = turn.say;
  const changed: Line = { ...line, quantity, unit };
  const now = turn.now;
  const description = plainText(say.change.quantity(changed).markup);
  await turn.update((state) => ({
    state: applyChange(state, target, setQuantity(linesOf(state, target), line.productId, quantity, unit), description, now),
    result: undefined,
  }));
  turn.session.lastChanged = { target: targetKey(target), productId: line.productId };
  return turn.answer(say.changed(changed));
}

/**
 * A line set to the amount the shopper said ("make the milk three", "no, I said two bunches"). "Make
 * the eggs eighteen" of a line kept by the dozen is eighteen eggs, not eighteen dozen; "three" of a
 * carton of twelve is three cartons; an amount that fits neither is asked for.
 */
export async function setAmountSaid(turn: Turn, target: Target, line: Line, quantity: number, spokenUnit: string | undefined): Promise<Response> {
  const say = turn.say;
  const product = turn.services.catalog.byId.get(line.productId);
  const sold = product === undefined ? undefined : soldBy(product);
  const countsCartons = sold?.kind === 'pack' && quantity < sold.count;
  if (spokenUnit === undefined && countsByTheDozen(line.unit) && !countsCartons) {
    const settled = product === undefined ? undefined : settleAmount(product, line.name, quantity, null);
    if (settled?.kind === 'found' && settled.product.id === line.productId) return changeLine(turn, target, line, settled.quantity, settled.unit);
    return turn.elicit('quantity', say.askQuantity(line), say.askQuantityReprompt());
  }
  const unit = spokenUnit === undefined ? line.unit : (unitSaid(spokenUnit)?.unit ?? spokenUnit.toLowerCase());
  return changeLine(turn, target, line, quantity, unit);
}
