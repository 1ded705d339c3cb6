import fc from 'fast-check';
import { INTENTS } from '../../src/intents/registry.ts';

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary', maxLength: 40 }));
const intentName = fc.oneof(fc.constantFrom(...INTENTS.map((intent) => intent.name)), anyText);
const slotName = fc.oneof(fc.constantFrom(...new Set(INTENTS.flatMap((intent) => intent.slots.map((slot) => slot.name)))), anyText);
const slotValue = fc.oneof(
  anyText,
  fc.constantFrom('?', '', 'bananas', 'two pounds of bananas', 'Ben & Jerry\'s', '<audio src="x"/>', '-1', '1e309', 'NaN', '1000000'),
  fc.integer().map(String),
  fc.double().map(String),
);
const locale = fc.oneof(fc.constantFrom('en-US', 'en-GB', 'de-DE', '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''), anyText);
const timestamp = fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), anyText, fc.integer().map(String));
const userId = fc.oneof(fc.constantFrom('amzn1.ask.account.fuzz-1', 'amzn1.ask.account.fuzz-2', 'amzn1.ask.account.fuzz-3'), anyText);
const line = fc.record({ productId: anyText, name: anyText, quantity: fc.oneof(fc.double(), fc.integer()), unit: fc.option(anyText) });

/** Session attributes: what voicecart writes, bent out of shape, and anything else. */
const attributes = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      pending: fc.oneof(
        fc.record({ kind: fc.constantFrom('clear', 'choose', 'confirmQuantity', 'moveList', 'reorder', 'checkout', 'voiceCode', 'deleteShortcut'), target: anyText }),
        fc.record({ kind: fc.constant('choose'), target: anyText, phrase: anyText, options: fc.array(fc.record({ productId: anyText, name: anyText })), quantity: fc.option(fc.double()), unit: fc.option(anyText) }),
        fc.record({ kind: fc.constant('reorder'), label: anyText, lines: fc.array(line, { maxLength: 4 }), offset: fc.integer() }),
        fc.jsonValue(),
      ),
      lastSpeech: fc.record({ speech: anyText, reprompt: fc.option(anyText, { nil: undefined }) }),
      eliciting: fc.record({ intent: intentName, slot: slotName, slots: fc.dictionary(anyText, anyText), question: anyText, reprompt: anyText }),
      reading: fc.record({ target: anyText, offset: fc.integer() }),
      lastAdd: fc.record({ at: timestamp, target: anyText, productIds: fc.array(anyText), quantity: fc.option(fc.double()), unit: fc.option(anyText), phrase: anyText }),
    },
    { requiredKeys: [] },
  ),
);

/** An envelope shaped like Alexa's, with every field a fuzzer's choice; mostly for `skillId`, so it gets past the door. */
const shapedEnvelope = (skillId: string): fc.Arbitrary<Record<string, unknown>> => fc
  .record({
    type: fc.oneof(fc.constantFrom('LaunchRequest', 'IntentRequest', 'SessionEndedRequest', 'CanFulfillIntentRequest', 'Alexa.Presentation.APL.UserEvent'), anyText),
    intent: intentName,
    slots: fc.dictionary(slotName, slotValue, { maxKeys: 5 }),
    locale,
    timestamp,
    userId,
    accessToken: fc.option(anyText, { nil: undefined }),
    newSession: fc.boolean(),
    withSession: fc.boolean(),
    attributes,
    applicationId: fc.oneof({ weight: 9, arbitrary: fc.constant(skillId) }, { weight: 1, arbitrary: anyText }),
    screen: fc.boolean(),
  })
  .map((f) => {
    const application = { applicationId: f.applicationId };
    const user = { userId: f.userId, ...(f.accessToken === undefined ? {} : { accessToken: f.accessToken }) };
    return {
      version: '1.0',
      ...(f.withSession ? { session: { new: f.newSession, sessionId: 'amzn1.echo-api.session.fuzz', application, user, attributes: f.attributes } } : {}),
      context: {
        System: {
          application,
          user,
          device: { deviceId: 'amzn1.ask.device.fuzz', supportedInterfaces: f.screen ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } } : {} },
          apiEndpoint: '',
        },
      },
      request: {
        type: f.type,
        requestId: 'amzn1.echo-api.request.fuzz',
        timestamp: f.timestamp,
        locale: f.locale,
        ...(f.type === 'IntentRequest'
          ? { intent: { name: f.intent, confirmationStatus: 'NONE', slots: Object.fromEntries(Object.entries(f.slots).map(([name, value]) => [name, { name, value }])) } }
          : {}),
        ...(f.type === 'SessionEndedRequest' ? { reason: 'USER_INITIATED' } : {}),
      },
    };
  });

/** Replaces what is at one path of a value with something else, as a broken client would. */
function replaceAt(value: unknown, path: readonly string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  if (typeof value !== 'object' || value === null) return value;
  const [head = '', ...rest] = path;
  const copy: Record<string, unknown> = Object.fromEntries(Object.entries(value));
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

const PATHS: readonly (readonly string[])[] = [
  ['request'],
  ['request', 'intent'],
  ['request', 'intent', 'slots'],
  ['request', 'locale'],
  ['request', 'type'],
  ['context'],
  ['context', 'System'],
  ['context', 'System', 'user'],
  ['context', 'System', 'device'],
  ['session'],
  ['session', 'attributes'],
  ['session', 'user'],
  ['version'],
];

/** One body for POST /alexa: mostly envelopes, some of them broken at one place, and some not envelopes at all. */
export const fuzzedBody = (skillId: string): fc.Arbitrary<string> => fc.oneof(
  { weight: 6, arbitrary: shapedEnvelope(skillId).map((envelope) => JSON.stringify(envelope)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(shapedEnvelope(skillId), fc.constantFrom(...PATHS), fc.jsonValue())
      .map(([envelope, path, replacement]) => JSON.stringify(replaceAt(envelope, path, replacement))),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: anyText },
);

/** Text a header can carry: printable ASCII, anything else is refused by the HTTP client before it is sent. */
const headerText = fc.stringMatching(/^[\x20-\x7e]{0,120}$/);

/** The signature headers a forger might send: certificate URLs and signatures of every shape. */
export const fuzzedSignatureHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    signaturecertchainurl: fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.constantFrom('https://s3.amazonaws.com/echo.api/echo-api-cert.pem', 'https://s3.amazonaws.com/echo.api/../x.pem', 'https://s3.amazonaws.com:8443/echo.api/x.pem'),
      headerText,
    ),
    'signature-256': fc.oneof(fc.base64String(), headerText),
  },
  { requiredKeys: [] },
);
