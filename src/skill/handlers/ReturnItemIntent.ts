import { intentHandler } from '../handler.ts';

/**
 * "I want to send back the eggs": a return is the store's to arrange, not something voicecart can
 * do, and never an add. The shopper hears who handles it and how; cart and lists stay as they are.
 */
export const ReturnItemIntent = intentHandler(['ReturnItemIntent'], (turn) =>
  turn.answer(turn.say.returnsByStore(turn.services.seller, turn.slot('product')), { invite: true }),
);
