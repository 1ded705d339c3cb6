import { intentHandler } from '../handler.ts';
import { startCheckout } from '../flows/checking-out.ts';

/** "Check out": a quote from the store, read back with seller, items, delivery and total; "yes" buys. */
export const CheckoutIntent = intentHandler(['CheckoutIntent'], (turn) => startCheckout(turn));
