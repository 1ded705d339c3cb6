import { randomUUID } from 'node:crypto';
import type { IntentRequest, LaunchRequest, RequestEnvelope, SessionEndedRequest } from 'ask-sdk-model';

/** Who is talking, on what device: the parts of an Alexa envelope that vary between shoppers. */
export interface Caller {
  userId: string;
  /** Present once the shopper has linked their store account. */
  accessToken?: string | undefined;
  deviceId?: string;
  /** Devices with a screen (Echo Show) support APL. */
  screen?: boolean;
  locale?: string;
  applicationId?: string;
}

export interface SessionInfo {
  sessionId: string;
  new: boolean;
  attributes: Record<string, unknown>;
}

export function newSession(): SessionInfo {
  return { sessionId: `amzn1.echo-api.session.${randomUUID()}`, new: true, attributes: {} };
}

type Request = LaunchRequest | IntentRequest | SessionEndedRequest;

/** A request envelope shaped exactly as Alexa sends it, for the text doors and the tests. */
function envelope(caller: Caller, session: SessionInfo | null, request: Request): RequestEnvelope {
  const application = { applicationId: caller.applicationId ?? 'amzn1.ask.skill.voicecart-local' };
  const user = { userId: caller.userId, ...(caller.accessToken === undefined ? {} : { accessToken: caller.accessToken }) };
  const device = {
    deviceId: caller.deviceId ?? 'amzn1.ask.device.voicecart-local',
    supportedInterfaces: caller.screen === true ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } } : {},
  };
  return {
    version: '1.0',
    ...(session === null
      ? {}
      : { session: { new: session.new, sessionId: session.sessionId, application, user, attributes: session.attributes } }),
    context: { System: { application, user, device, apiEndpoint: '', apiAccessToken: '' } },
    request,
  };
}

function common(now: Date, locale: string | undefined): { requestId: string; timestamp: string; locale: string } {
  return { requestId: `amzn1.echo-api.request.${randomUUID()}`, timestamp: now.toISOString(), locale: locale ?? 'en-US' };
}

export function launchRequest(caller: Caller, session: SessionInfo, now: Date): RequestEnvelope {
  return envelope(caller, session, { type: 'LaunchRequest', ...common(now, caller.locale) });
}

export function intentRequest(caller: Caller, session: SessionInfo, intent: string, slots: Record<string, string>, now: Date): RequestEnvelope {
  return envelope(caller, session, {
    type: 'IntentRequest',
    ...common(now, caller.locale),
    dialogState: 'COMPLETED',
    intent: {
      name: intent,
      confirmationStatus: 'NONE',
      slots: Object.fromEntries(Object.entries(slots).map(([name, value]) => [name, { name, value, confirmationStatus: 'NONE' }])),
    },
  });
}

export function sessionEndedRequest(
  caller: Caller,
  session: SessionInfo,
  reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR',
  now: Date,
): RequestEnvelope {
  return envelope(caller, session, { type: 'SessionEndedRequest', ...common(now, caller.locale), reason });
}
