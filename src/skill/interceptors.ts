import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { z } from 'zod';
import { attachTurn, intentName, turnOf } from './handler.ts';
import type { SkillServices } from './services.ts';
import { parseSession } from './session.ts';
import { Turn, speechForRequest } from './turn.ts';

/** The parts of Alexa's envelope voicecart relies on, checked rather than assumed. */
const IdentitySchema = z.object({
  user: z.object({ userId: z.string().min(1), accessToken: z.string().min(1).optional() }),
});

/**
 * Intents that answer the question voicecart asked. Any other intent moves on, and the question
 * lapses: a shopper who says "what's in my cart" instead of "yes" has not agreed to anything.
 */
const ANSWERS = new Set([
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
  'AMAZON.CancelIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.HelpIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.MoreIntent',
  'AMAZON.NextIntent',
  'ChooseOptionIntent',
  'VoiceCodeIntent',
]);

/**
 * Intents that leave a slot question standing: asking for help, a repeat, or a mumble. Anything
 * else, the answer included, moves on from it.
 */
const KEEP_ELICITING = new Set(['AMAZON.RepeatIntent', 'AMAZON.HelpIntent', 'AMAZON.FallbackIntent']);

/** Loads the shopper's stored state and this session's memory before any handler runs. */
export function loadTurn(services: SkillServices): RequestInterceptor {
  return {
    async process(input: HandlerInput) {
      const identity = IdentitySchema.parse(input.requestEnvelope.context?.System ?? input.requestEnvelope.session);
      const { user } = identity;
      const session = parseSession(input.attributesManager.getSessionAttributes());
      const name = intentName(input);
      // "What's the delivery fee?" while a read-back waits for "yes" asks about the order being
      // confirmed; it is answered from the quote and the question stands.
      const aboutTheOrder = name === 'CartTotalIntent' && session.pending?.kind === 'checkout';
      if (name !== undefined && !ANSWERS.has(name) && !aboutTheOrder) delete session.pending;
      if (name === undefined || !KEEP_ELICITING.has(name)) delete session.eliciting;
      const snapshot = await services.store.load(user.userId);
      attachTurn(input, new Turn(input, services, user.userId, user.accessToken, session, snapshot, speechForRequest(input)));
    },
  };
}

/** Hands this session's memory back to Alexa with the response. */
export const saveSession: ResponseInterceptor = {
  async process(input: HandlerInput) {
    if (input.requestEnvelope.session === undefined) return;
    input.attributesManager.setSessionAttributes({ ...turnOf(input).session });
  },
};
