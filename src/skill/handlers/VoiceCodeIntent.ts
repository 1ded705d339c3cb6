import { intentHandler } from '../handler.ts';
import { joinSsml } from '../ssml.ts';
import { placeConfirmedOrder } from '../flows/checking-out.ts';

/** The four-digit voice code the store asked for; passed to the store, never logged or said back. */
export const VoiceCodeIntent = intentHandler(['VoiceCodeIntent'], (turn) => {
  const pending = turn.session.pending;
  // The code said while the order is read back: the order still waits for its "yes".
  if (pending?.kind === 'checkout') return turn.ask(joinSsml([turn.say.codeBeforeYes(), turn.say.checkoutReprompt(pending.quote.quote.total)]));
  if (pending?.kind !== 'voiceCode') return turn.answer(turn.say.notAskingForCode());
  delete turn.session.pending;
  return placeConfirmedOrder(turn, pending.quote, turn.slot('code') ?? '');
});
