import { intentHandler } from '../handler.ts';
import { tellLastOrder } from '../flows/orders.ts';

/** "What did I get last time?": the last order's items as the store names them; the cart is left as it is. */
export const LastOrderIntent = intentHandler(['LastOrderIntent'], (turn) => tellLastOrder(turn));
