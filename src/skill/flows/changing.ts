import type { Response } from 'ask-sdk-model';
import { againstItsSize } from '../../catalog/packs.ts';
import { applyChange, linesOf } from '../../cart/changes.ts';
import { setQuantity } from '../../cart/lines.ts';
import { targetKey, type Target } from '../../lists/names.ts';
import type { Line } from '../../shopper/state.ts';
import { plainText } from '../ssml.ts';
import type { Turn } from '../turn.ts';

/** Sets one line's amount (and unit), undoably, and says what it is now. */
export async function changeLine(turn: Turn, target: Target, line: Line, asked: number, askedUnit: string | null): Promise<Response> {
  const say = turn.say;
  // "Make it a quart" of a gallon jug is no size it comes in; "make it a gallon" of a half gallon is two of them.
  const sized = askedUnit === null ? null : againstItsSize(line, asked, askedUnit);
  if (sized?.kind === 'otherSize' && askedUnit !== null) return turn.answer(say.amountNotInPacks(asked, line, { quantity: asked, unit: askedUnit }));
  const [quantity, unit] = sized?.kind === 'packs' ? [sized.packs, null] : [asked, askedUnit];
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
