import { DefaultApiClient, SkillBuilders, type ErrorHandler, type RequestHandler, type Skill } from 'ask-sdk-core';
import { INTENTS, type IntentName, type IntentRegistry } from '../intents/registry.ts';
import { ScopeJudge } from '../intents/scope.ts';
import { loadTurn, saveSession } from './interceptors.ts';
import type { SkillServices } from './services.ts';
import { speechForRequest } from './turn.ts';
import { AddItemIntent } from './handlers/AddItemIntent.ts';
import { CancelOrderIntent } from './handlers/CancelOrderIntent.ts';
import { CartTotalIntent } from './handlers/CartTotalIntent.ts';
import { ChangeQuantityIntent } from './handlers/ChangeQuantityIntent.ts';
import { CheckoutIntent } from './handlers/CheckoutIntent.ts';
import { ChooseOptionIntent } from './handlers/ChooseOptionIntent.ts';
import { ClearCartIntent } from './handlers/ClearCartIntent.ts';
import { CorrectionIntent } from './handlers/CorrectionIntent.ts';
import { SwapItemIntent } from './handlers/SwapItemIntent.ts';
import { CreateListIntent } from './handlers/CreateListIntent.ts';
import { DeleteShortcutIntent } from './handlers/DeleteShortcutIntent.ts';
import { FallbackIntent } from './handlers/FallbackIntent.ts';
import { HelpIntent } from './handlers/HelpIntent.ts';
import { HoldOnIntent } from './handlers/HoldOnIntent.ts';
import { LastAddedIntent } from './handlers/LastAddedIntent.ts';
import { LastOrderIntent } from './handlers/LastOrderIntent.ts';
import { LaunchRequest } from './handlers/LaunchRequest.ts';
import { ListShortcutsIntent } from './handlers/ListShortcutsIntent.ts';
import { MoreIntent } from './handlers/MoreIntent.ts';
import { PreviousIntent } from './handlers/PreviousIntent.ts';
import { NoIntent } from './handlers/NoIntent.ts';
import { OrderStatusIntent } from './handlers/OrderStatusIntent.ts';
import { ProductInfoIntent } from './handlers/ProductInfoIntent.ts';
import { ReadCartIntent } from './handlers/ReadCartIntent.ts';
import { RemoveItemIntent } from './handlers/RemoveItemIntent.ts';
import { RenameShortcutIntent } from './handlers/RenameShortcutIntent.ts';
import { ReorderIntent } from './handlers/ReorderIntent.ts';
import { ReturnItemIntent } from './handlers/ReturnItemIntent.ts';
import { RepeatIntent } from './handlers/RepeatIntent.ts';
import { SaveListIntent } from './handlers/SaveListIntent.ts';
import { SessionEndedRequest } from './handlers/SessionEndedRequest.ts';
import { SetPaceIntent } from './handlers/SetPaceIntent.ts';
import { StartOverIntent } from './handlers/StartOverIntent.ts';
import { StopIntent } from './handlers/StopIntent.ts';
import { ThanksIntent } from './handlers/ThanksIntent.ts';
import { GreetingIntent } from './handlers/GreetingIntent.ts';
import { UndoIntent } from './handlers/UndoIntent.ts';
import { KeepItemIntent } from './handlers/KeepItemIntent.ts';
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
 * The handler of each intent of the registry. A handler file is named for its intent; an intent
 * added to the registry without a handler here fails to compile.
 */
export const HANDLERS: Readonly<Record<IntentName, RequestHandler>> = {
  'AMAZON.YesIntent': YesIntent,
  'AMAZON.NoIntent': NoIntent,
  ChooseOptionIntent,
  VoiceCodeIntent,
  AddItemIntent,
  CorrectionIntent,
  SwapItemIntent,
  RemoveItemIntent,
  ChangeQuantityIntent,
  ReadCartIntent,
  LastAddedIntent,
  ProductInfoIntent,
  'AMAZON.MoreIntent': MoreIntent,
  'AMAZON.NextIntent': MoreIntent,
  'AMAZON.PreviousIntent': PreviousIntent,
  CartTotalIntent,
  ClearCartIntent,
  CreateListIntent,
  UndoIntent,
  KeepItemIntent,
  ReorderIntent,
  SaveListIntent,
  ListShortcutsIntent,
  RenameShortcutIntent,
  DeleteShortcutIntent,
  CheckoutIntent,
  OrderStatusIntent,
  LastOrderIntent,
  CancelOrderIntent,
  ReturnItemIntent,
  SetPaceIntent,
  'AMAZON.HelpIntent': HelpIntent,
  'AMAZON.RepeatIntent': RepeatIntent,
  HoldOnIntent,
  ThanksIntent,
  GreetingIntent,
  'AMAZON.StartOverIntent': StartOverIntent,
  'AMAZON.StopIntent': StopIntent,
  'AMAZON.CancelIntent': StopIntent,
  'AMAZON.NavigateHomeIntent': StopIntent,
  'AMAZON.FallbackIntent': FallbackIntent,
};

export interface SkillOptions {
  readonly skillId?: string | undefined;
  /** The intents, in precedence order; the skill's own unless a store (or a test) adds to them. */
  readonly registry?: IntentRegistry;
  /** Handlers for intents added to the registry, by intent name. */
  readonly handlers?: Readonly<Record<string, RequestHandler>>;
}

/**
 * The one place handlers are registered, and the one skill every door serves: Lambda, the express
 * server, `voicecart chat` and the tests.
 *
 * Precedence: ask-sdk asks each handler in order and the first that can handle the request wins.
 * Session end comes first (it must never be taken for anything else), then the launch, then each
 * intent's handler in the registry's order (src/intents/registry.ts says why that order).
 */
export function createSkill(services: SkillServices, options: SkillOptions = {}): Skill {
  const registry = options.registry ?? INTENTS;
  const handlers: Readonly<Record<string, RequestHandler>> = { ...HANDLERS, ...options.handlers };
  const ordered = [SessionEndedRequest, LaunchRequest];
  for (const definition of registry) {
    const handler = handlers[definition.name];
    if (handler === undefined) throw new Error(`${definition.name} has no handler`);
    if (!ordered.includes(handler)) ordered.push(handler);
  }
  const builder = SkillBuilders.custom();
  // With a skill id, requests meant for any other skill are refused before a handler runs.
  if (options.skillId !== undefined) builder.withSkillId(options.skillId);
  return builder
    .addRequestInterceptors(loadTurn(services, registry, new ScopeJudge(registry, services.catalog, services.seller)))
    .addResponseInterceptors(saveSession)
    .addRequestHandlers(...ordered)
    .addErrorHandlers(apologise(services))
    .withApiClient(new DefaultApiClient())
    .withCustomUserAgent('voicecart')
    .create();
}
