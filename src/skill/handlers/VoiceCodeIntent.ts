import { intentHandler } from '../handler.ts';
import { joinSsml } from '../ssml.ts';
import { codeHeardIn, placeConfirmedOrder } from '../flows/checking-out.ts';

/** The four-digit voice code the store asked for; passed to the store, never logged or said back. */
export const VoiceCodeIntent = intentHandler(['VoiceCodeIntent'], (turn) => {
  const say = turn.say;
  const pending = turn.session.pending;
  // The code said while the order is read back: the order still waits for its "yes".
  if (pending?.kind === 'checkout') return turn.ask(joinSsml([say.codeBeforeYes(), say.checkoutReprompt(pending.quote.quote.total)]));
  if (pending?.kind !== 'voiceCode') return turn.answer(say.notAskingForCode());
  // Part of a code heard ("its four") is asked again, not tried: a wrong try counts against the lock.
  const code = codeHeardIn(turn.slotValues());
  if (code === undefined) return turn.ask(joinSsml([say.notCaught(), say.askVoiceCode()]), say.askVoiceCodeReprompt());
  delete turn.session.pending;
  return placeConfirmedOrder(turn, pending.quote, code);
});
