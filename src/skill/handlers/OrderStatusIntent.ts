import { intentHandler } from '../handler.ts';
import { tellOrderStatus } from '../flows/orders.ts';

/** "Where's my order?", "when will it arrive?" — from the store's own order status, after settling any order still unconfirmed. */
export const OrderStatusIntent = intentHandler(['OrderStatusIntent'], (turn) => tellOrderStatus(turn));
