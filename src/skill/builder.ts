import { DefaultApiClient, SkillBuilders, type ErrorHandler, type Skill } from 'ask-sdk-core';
import { loadTurn, saveSession } from './interceptors.ts';
import type { SkillServices } from './services.ts';
import { speechForRequest } from './turn.ts';
import { AddItemIntent } from './handlers/AddItemIntent.ts';
import { CartTotalIntent } from './handlers/CartTotalIntent.ts';
import { ChangeQuantityIntent } from './handlers/ChangeQuantityIntent.ts';
import { CheckoutIntent } from './handlers/CheckoutIntent.ts';
import { ChooseOptionIntent } from './handlers/ChooseOptionIntent.ts';
import { ClearCartIntent } from './handlers/ClearCartIntent.ts';
import { CorrectionIntent } from './handlers/CorrectionIntent.ts';
import { CreateListIntent } from './handlers/CreateListIntent.ts';
import { DeleteShortcutIntent } from './handlers/DeleteShortcutIntent.ts';
import { FallbackIntent } from './handlers/FallbackIntent.ts';
import { HelpIntent } from './handlers/HelpIntent.ts';
import { LaunchRequest } from './handlers/LaunchRequest.ts';
import { ListShortcutsIntent } from './handlers/ListShortcutsIntent.ts';
import { MoreIntent } from './handlers/MoreIntent.ts';
import { NoIntent } from './handlers/NoIntent.ts';
import { OrderStatusIntent } from './handlers/OrderStatusIntent.ts';
import { ReadCartIntent } from './handlers/ReadCartIntent.ts';
import { RemoveItemIntent } from './handlers/RemoveItemIntent.ts';
import { RenameShortcutIntent } from './handlers/RenameShortcutIntent.ts';
import { ReorderIntent } from './handlers/ReorderIntent.ts';
import { RepeatIntent } from './handlers/RepeatIntent.ts';
import { SaveListIntent } from './handlers/SaveListIntent.ts';
import { SessionEndedRequest } from './handlers/SessionEndedRequest.ts';
import { SetPaceIntent } from './handlers/SetPaceIntent.ts';
import { StartOverIntent } from './handlers/StartOverIntent.ts';
import { StopIntent } from './handlers/StopIntent.ts';
import { UndoIntent } from './handlers/UndoIntent.ts';
import { VoiceCodeIntent } from './handlers/VoiceCodeIntent.ts';
import { YesIntent } from './handlers/YesIntent.ts';

/** Whatever goes wrong, the shopper hears a sentence, and the cart (stored change by change) is safe. */
function apologise(services: SkillServices): ErrorHandler {
  return {
    canHandle: () => true,
    handle: (input, error) => {
      services.logger.error({ err: error.message, request: input.requestEnvelope.request.type }, 'handler failed');
      const say = speechForRequest(input);
      return input.responseBuilder.speak(say.trouble().markup).reprompt(say.reprompt('normal').markup).getResponse();
    },
  };
}

/**
 * The one place handlers are registered, and the one skill every door serves: Lambda, the express
 * server, `voicecart chat` and the tests.
 *
 * Precedence: ask-sdk asks each handler in this order and the first that can handle the request
 * wins. Each handler claims its own intents only, so the order matters just where two could
 * claim one request: session end first (it must never be taken for anything else); the answers
 * to a pending question (yes, no, a choice, a voice code) before the general intents; the cart
 * moves next, then reorders and checkout; help, repeat and the built-in navigation; and Fallback
 * last, since it catches what nothing else understood.
 */
export function createSkill(services: SkillServices, options: { skillId?: string | undefined } = {}): Skill {
  const builder = SkillBuilders.custom();
  // With a skill id, requests meant for any other skill are refused before a handler runs.
  if (options.skillId !== undefined) builder.withSkillId(options.skillId);
  return builder
    .addRequestInterceptors(loadTurn(services))
    .addResponseInterceptors(saveSession)
    .addRequestHandlers(
      SessionEndedRequest,
      LaunchRequest,
      YesIntent,
      NoIntent,
      ChooseOptionIntent,
      VoiceCodeIntent,
      AddItemIntent,
      CorrectionIntent,
      RemoveItemIntent,
      ChangeQuantityIntent,
      ReadCartIntent,
      MoreIntent,
      CartTotalIntent,
      ClearCartIntent,
      CreateListIntent,
      UndoIntent,
      ReorderIntent,
      SaveListIntent,
      ListShortcutsIntent,
      RenameShortcutIntent,
      DeleteShortcutIntent,
      CheckoutIntent,
      OrderStatusIntent,
      SetPaceIntent,
      HelpIntent,
      RepeatIntent,
      StartOverIntent,
      StopIntent,
      FallbackIntent,
    )
    .addErrorHandlers(apologise(services))
    .withApiClient(new DefaultApiClient())
    .withCustomUserAgent('voicecart')
    .create();
}
