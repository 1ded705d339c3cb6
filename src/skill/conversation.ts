import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { intentRequest, launchRequest, newSession, sessionEndedRequest, type Caller, type SessionInfo } from './envelopes.ts';
import { parseSession } from './session.ts';
import { plainText } from './ssml.ts';

import type { Context, Understanding } from '../nlu/nlu.ts';

export interface Exchange {
  heard: string;
  intent: string;
  slots: Record<string, string>;
  say: string;
  reprompt: string | null;
  ended: boolean;
  response: ResponseEnvelope;
  /** The second request of a line that said two ("… and tell me the total"), done after the first. */
  then?: { intent: string; slots: Record<string, string> };
}

/**
 * A conversation with the real skill through real request envelopes, holding the session the way
 * Alexa does: attributes go out with each request and come back with each response; a response
 * that ends the session ends it here too.
 */
export class Conversation {
  private session: SessionInfo | null = null;

  constructor(
    private readonly skill: Skill,
    readonly caller: Caller,
    private readonly now: () => Date,
    private readonly understand?: (text: string, context?: Context) => Understanding,
  ) {}

  get inSession(): boolean {
    return this.session !== null;
  }

  /** "Alexa, open Corner Grocer". */
  async launch(heard = '/launch'): Promise<Exchange> {
    this.session = newSession();
    return this.send(heard, 'LaunchRequest', {}, launchRequest(this.caller, this.session, this.now()));
  }

  /**
   * An intent within the open session; with `oneShot` ("ask Corner Grocer to …") or when no
   * session is open, in a new session that the intent itself opens.
   */
  async intent(name: string, slots: Record<string, string> = {}, options: { oneShot?: boolean; heard?: string } = {}): Promise<Exchange> {
    if (options.oneShot === true || this.session === null) this.session = newSession();
    const heard = options.heard ?? name;
    return this.send(heard, name, slots, intentRequest(this.caller, this.session, name, slots, this.now()));
  }

  /**
   * A typed or spoken line, through the local NLU, which hears it as Alexa would in this session:
   * as the answer to the slot the last response asked for, when it fits.
   */
  async say(text: string): Promise<Exchange> {
    if (this.understand === undefined) throw new Error('this conversation has no NLU');
    const eliciting = this.session === null ? undefined : parseSession(this.session.attributes).eliciting;
    const understood = this.understand(text, { eliciting });
    if (understood.kind === 'launch') return this.launch(text);
    const first = await this.intent(understood.intent, understood.slots, { oneShot: understood.oneShot, heard: text });
    const { then } = understood;
    if (then === undefined) return first;
    // The skill is told the request comes in the same breath, so a question just asked is not asked again in full.
    if (this.session !== null) this.session = { ...this.session, attributes: { ...this.session.attributes, sameBreath: true } };
    const second = await this.intent(then.intent, then.slots, { heard: text });
    return { ...second, intent: first.intent, slots: first.slots, say: [first.say, second.say].filter((said) => said !== '').join(' '), then: { intent: second.intent, slots: second.slots } };
  }

  /** The shopper walked away: Alexa ends the session. */
  async end(heard = '/end'): Promise<Exchange> {
    const session = this.session ?? newSession();
    this.session = null;
    return this.send(heard, 'SessionEndedRequest', {}, sessionEndedRequest(this.caller, session, 'USER_INITIATED', this.now()), true);
  }

  private async send(heard: string, intent: string, slots: Record<string, string>, request: RequestEnvelope, ending = false): Promise<Exchange> {
    const response = await this.skill.invoke(request);
    const speech = response.response.outputSpeech;
    const reprompt = response.response.reprompt?.outputSpeech;
    const ended = ending || response.response.shouldEndSession !== false;
    if (this.session !== null) {
      this.session = ended ? null : { sessionId: this.session.sessionId, new: false, attributes: response.sessionAttributes ?? {} };
    }
    return {
      heard,
      intent,
      slots,
      say: speech?.type === 'SSML' ? plainText(speech.ssml) : speech?.type === 'PlainText' ? speech.text : '',
      reprompt: reprompt?.type === 'SSML' ? plainText(reprompt.ssml) : reprompt?.type === 'PlainText' ? reprompt.text : null,
      ended,
      response,
    };
  }
}
