import { intentHandler } from '../handler.ts';
import { askToCancelOrder } from '../flows/orders.ts';

/** "Cancel my order": the order placed is named and a "yes" cancels it, while the store can still stop it. */
export const CancelOrderIntent = intentHandler(['CancelOrderIntent'], (turn) => askToCancelOrder(turn));
