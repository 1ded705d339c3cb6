import { linesOf, tookAway } from '../../cart/changes.ts';
import { findLineFor } from '../../cart/matching.ts';
import { intentHandler } from '../handler.ts';
import { addSaid } from '../flows/adding.ts';
import { declinePending } from '../flows/confirming.ts';
import { addToOffer } from '../flows/reordering.ts';
import { undoLatestChange } from '../flows/undoing.ts';
import type { Pending } from '../session.ts';

/** Questions that ask whether to take something away, so that keeping it is their "no". */
const KEEPING_ANSWERS_NO: ReadonlySet<Pending['kind']> = new Set(['cancelOrder', 'removeLast', 'chooseToRemove', 'clear', 'deleteShortcut']);

/**
 * "Actually, keep it", "no, leave the eggs in": just after taking something off, the shopper wants
 * it back; just after adding it, or after a request that changed nothing, wants things left as they
 * are. Only a change that took things away is taken back, and only when it took away what is named:
 * keeping is never a removal. A thing named that is neither just taken off nor there is still needed: it goes in.
 */
export const KeepItemIntent = intentHandler(['KeepItemIntent'], async (turn) => {
  // "No, keep it" to "should I cancel your order?" or "should I take the milk off?" answers no: the
  // order or the line stays, and no earlier change is taken back.
  const asked = turn.lapsed;
  if (asked !== undefined && KEEPING_ANSWERS_NO.has(asked.kind)) return declinePending(turn, asked);
  // "Wait, I still need the chips" while the usual is offered, the chips just left out: back in the offer, which stands.
  const phrase = turn.slot('product');
  const offered = turn.session.pending ?? asked;
  const inTheOffer = offered?.kind === 'reorder' && phrase !== undefined ? await addToOffer(turn, offered, phrase, { quantity: null, unit: null }) : undefined;
  if (inTheOffer !== undefined) return inTheOffer;
  const latest = turn.state.undo.at(-1);
  const tookSomethingAway = latest !== undefined && !turn.followsAChangeOfNothing && tookAway(turn.state, latest);
  if (phrase === undefined && !tookSomethingAway) return turn.answer(turn.say.keptAsItIs());
  if (phrase !== undefined) {
    const context = await turn.shopperContext();
    const catalog = turn.services.catalog;
    const taken = tookSomethingAway ? findLineFor(phrase, latest.restore.map(({ line }) => line), catalog, context) : undefined;
    if (taken === undefined) {
      // Not what just came off: kept as it is when it is there; else "I still need the onions" asks
      // for them, and they go in, said back, rather than being offered and lost at the next request.
      const target = turn.listInPlay();
      if (findLineFor(phrase, linesOf(turn.state, target), catalog, context) !== undefined) return turn.answer(turn.say.keptAsItIs());
      return addSaid(turn, target, { product: phrase });
    }
  }
  const undone = await undoLatestChange(turn);
  if (undone === null) return turn.answer(turn.say.keptAsItIs());
  return turn.answer(undone.tooLarge === true ? turn.say.undoTooLarge(undone.change) : turn.say.undone(undone.change));
});
