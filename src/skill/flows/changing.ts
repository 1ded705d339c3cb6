import type { Response } from 'ask-sdk-model';
import { applyChange, linesOf } from '../../cart/changes.ts';
import { setQuantity } from '../../cart/lines.ts';
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
