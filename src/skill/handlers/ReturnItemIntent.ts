import { findLineFor } from '../../cart/matching.ts';
import { intentHandler } from '../handler.ts';
import { undoLatestChange } from '../flows/undoing.ts';
import type { Turn } from '../turn.ts';

/**
 * "I want to send back the eggs": a return is the store's to arrange, not something voicecart can
 * do, and never an add. The shopper hears who handles it and how; cart and lists stay as they are.
 * "Put the chicken back" just after taking the chicken off is no return: that removal is undone.
 */
export const ReturnItemIntent = intentHandler(['ReturnItemIntent'], async (turn) => {
  const phrase = turn.slot('product');
  if (phrase !== undefined && (await removedJustNow(turn, phrase))) {
    const undone = await undoLatestChange(turn);
    if (undone !== null) return turn.answer(turn.say.undone(undone.change));
  }
  return turn.answer(turn.say.returnsByStore(turn.services.seller, turn.slot('product')), { invite: true });
});

/** Whether the latest change took off a line the phrase names, and nothing else. */
async function removedJustNow(turn: Turn, phrase: string): Promise<boolean> {
  const latest = turn.state.undo.at(-1);
  if (latest === undefined || latest.drop.length > 0 || latest.restore.length !== 1) return false;
  const removed = latest.restore.map(({ line }) => line);
  return findLineFor(phrase, removed, turn.services.catalog, await turn.shopperContext()) !== undefined;
}
