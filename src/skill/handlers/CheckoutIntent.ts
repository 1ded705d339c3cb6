import { intentHandler } from '../handler.ts';
import { startCheckout } from '../flows/checking-out.ts';
import { confirmPending } from '../flows/confirming.ts';

/**
 * "Check out": a quote from the store, read back with seller, items, delivery and total; "yes" buys.
 * Said while that read-back waits ("place the order", "go ahead and order"), it is the yes.
 */
export const CheckoutIntent = intentHandler(['CheckoutIntent'], (turn) => {
  const pending = turn.session.pending;
  if (pending?.kind === 'checkout') return confirmPending(turn, pending);
  turn.session.pending = undefined;
  return startCheckout(turn);
});
