import type { HandlerInput } from 'ask-sdk-core';
import type { Response, Slot } from 'ask-sdk-model';
import type { ShopperContext } from '../catalog/resolver.ts';
import type { PastOrder } from '../catalog/history.ts';
import type { Line, ShopperState } from '../shopper/state.ts';
import { linesOf } from '../cart/changes.ts';
import { updateShopper, type ShopperSnapshot } from '../shopper/store.ts';
import { listMeant, targetFor, targetInPlay, type Target } from '../lists/names.ts';
import { refreshScreen } from './display.ts';
import type { SkillServices } from './services.ts';
import type { ItemQuestion } from '../shopper/questions.ts';
import type { Eliciting, Pending, SessionData } from './session.ts';
import { speechFor, type Speech } from './speech/index.ts';
import { joinSsml, storedSpeech, type Ssml } from './ssml.ts';

/** One request as the handlers see it: who is shopping, what this session remembers, how to answer. */
export class Turn {
  private orders: Promise<readonly PastOrder[]> | undefined;
  /** What this turn's answer said, without its invitation to go on: a re-read order starts with it. */
  private said: Ssml | undefined;
  /**
   * The question this request was said instead of answering: "no, I said pears" to "the closest I
   * have are…" says the request before was misheard; "put all that in my cart" to "should I put
   * them in your cart?" is a yes.
   */
  lapsed: Pending | undefined;
  /** The slot this request answers when voicecart asked for it ("How many would you like?" → "three"): a bare amount is then of what was asked about. */
  slotAnswered: string | undefined;
  /**
   * An order read back for "yes" that this request did not answer, or one set aside before it: if
   * the request changes the cart, the order is read again with the change, since the "yes" has to
   * agree to what will be bought.
   */
  get interruptedCheckout(): boolean {
    return this.orderSetAside || this.lapsed?.kind === 'checkout' || this.lapsed?.kind === 'voiceCode';
  }
  /**
   * The order's read-back was set aside by an earlier request still being settled ("which bread?"),
   * or checkout was asked for before an item was settled: once settled, the order is read again.
   */
  orderSetAside = false;

  /** "Cancel my order" while the order is read back: it is not placed, and not read again. */
  abandonCheckout(): void {
    this.orderSetAside = false;
    if (this.lapsed?.kind === 'checkout' || this.lapsed?.kind === 'voiceCode') this.lapsed = undefined;
  }
  /**
   * Questions about items of an earlier request, still unanswered: set aside by this request, or by
   * an earlier one. A handler that asks one of them takes it off; the rest are asked after its answer.
   */
  heldQuestions: ItemQuestion[] = [];
  /** The request before this one asked to add, take off or change something, and nothing changed. */
  followsAChangeOfNothing = false;
  /** The turn before asked to add something not found, and asked nothing ("asparagus", none sold). */
  followsAnAddOfNothing = false;
  /** The turn before put something in and asked nothing ("no, not that one" may be about it). */
  followsAnAdd = false;
  /** The turn before read the last order ("add that again" is that order). */
  followsTheLastOrder = false;
  /** This turn's answer already ends by asking whether to place the order (the order read back). */
  askedToOrder = false;
  /** The line the previous answer named on its own, if it did ("what's the first item?"). */
  lineJustTold: { readonly target: string; readonly productId: string } | undefined;

  constructor(
    readonly input: HandlerInput,
    readonly services: SkillServices,
    readonly userId: string,
    readonly accessToken: string | undefined,
    readonly session: SessionData,
    /** The shopper's stored state as this turn last read or wrote it. */
    private snapshot: ShopperSnapshot,
    readonly say: Speech,
  ) {}

  /**
   * The one line "it" or "them" means now: the line the previous answer named on its own, else the
   * line last changed, else the one product last added; undefined when the last add was several.
   */
  lineInMind(): { readonly target: string; readonly productId: string } | undefined {
    const lastAdd = this.session.lastAdd;
    const [added, other] = lastAdd?.productIds ?? [];
    const justAdded = lastAdd === undefined || added === undefined || other !== undefined ? undefined : { target: lastAdd.target, productId: added };
    return this.lineJustTold ?? this.session.lastChanged ?? justAdded;
  }

  /** The line in mind (see lineInMind) as it stands now on its cart or list; undefined when there is none or it has gone. */
  lineInMindNow(): { readonly target: Target; readonly line: Line } | undefined {
    const meant = this.lineInMind();
    if (meant === undefined) return undefined;
    const target = targetFor(meant.target);
    const line = linesOf(this.state, target).find((candidate) => candidate.productId === meant.productId);
    return line === undefined ? undefined : { target, line };
  }

  get state(): ShopperState {
    return this.snapshot.state;
  }

  get now(): Date {
    return this.services.now();
  }

  /** A slot's value as heard, or undefined when the shopper didn't fill it. */
  slot(name: string): string | undefined {
    return slotsHeard(this.input)[name];
  }

  /** Every slot of the request, by name, as heard. */
  slotValues(): Record<string, string | undefined> {
    return slotsHeard(this.input);
  }

  /** The cart or list the request's `list` slot is about, the list this session is filling when it names none (see targetInPlay). */
  listInPlay(): Target {
    return this.listSaid(this.slot('list'));
  }

  /** The cart or list a spoken list name is about, a shorter name of a stored list that list (see listMeant). */
  listSaid(spoken: string | undefined): Target {
    return listMeant(this.state.lists, targetInPlay(spoken, this.session.fillingList, this.session.fillingList ?? this.session.listRead));
  }

  /** A number slot: undefined when empty or not a number Alexa understood. */
  numberSlot(name: string): number | undefined {
    const value = this.slot(name);
    if (value === undefined) return undefined;
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  }

  get spoken(): Ssml | undefined {
    return this.said;
  }

  /** Applies a change to the shopper's stored state (retried on conflicting writes) before answering. */
  async update<R>(change: (state: ShopperState) => { state: ShopperState; result: R }): Promise<R> {
    // The state read at the start of the turn is tried first: one read per turn unless another device wrote meanwhile.
    const { snapshot, result } = await updateShopper(this.services.store, this.userId, change, this.snapshot);
    this.snapshot = snapshot;
    return result;
  }

  pastOrders(): Promise<readonly PastOrder[]> {
    this.orders ??= this.services.history.ordersFor(this.userId, this.accessToken).catch((error: unknown) => {
      // Resolution still works without history; it is just less personal this turn.
      this.services.logger.warn({ err: String(error) }, 'order history unavailable');
      return [];
    });
    return this.orders;
  }

  async shopperContext(): Promise<ShopperContext> {
    return { history: await this.pastOrders(), preferences: new Map(Object.entries(this.state.preferences)) };
  }

  get chunkSize(): number {
    return this.state.pace === 'slow' ? 2 : 3;
  }

  supportsApl(): boolean {
    const device = this.input.requestEnvelope.context?.System?.device;
    return device?.supportedInterfaces?.['Alexa.Presentation.APL'] !== undefined;
  }

  /** "Alexa, ask Corner Grocer to add paper towels": a session opened by an intent, done in one answer. */
  get isOneShot(): boolean {
    const envelope = this.input.requestEnvelope;
    return envelope.session?.new === true && envelope.request.type === 'IntentRequest';
  }

  /**
   * Speaks and remembers what was said for "repeat". The session stays open for an answer unless
   * `end` says otherwise; a one-shot ends by default unless a question is pending. `invite` asks
   * what to do next when the session stays open. `aside` (a greeting, thanks, "take your time") is
   * said without becoming what "repeat" says again.
   */
  answer(speech: Ssml, options: { reprompt?: Ssml; end?: boolean; invite?: boolean; aside?: boolean } = {}): Response {
    const builder = this.input.responseBuilder;
    const oneShot = this.isOneShot || this.session.oneShot === true;
    const end = options.end ?? (oneShot && this.session.pending === undefined);
    this.said = speech;
    // "What would you like to do?" only when the shopper can answer it: never as a one-shot's last word.
    if (options.invite === true && !end) speech = joinSsml([speech, this.say.whatNext()]);
    const paced = this.paced(speech);
    builder.speak(paced);
    // A question in a one-shot is remembered only while it is open: help or a mumble there keeps the
    // question, and whatever answers it ends the session.
    if (!end && this.isOneShot && this.session.pending !== undefined) this.session.oneShot = true;
    if (end || this.session.pending === undefined) delete this.session.oneShot;
    refreshScreen(this);
    if (end) {
      builder.withShouldEndSession(true);
    } else {
      const reprompt = options.reprompt ?? this.say.reprompt(this.state.pace);
      builder.reprompt(this.paced(reprompt));
      // A word aside ("take your time", "hello") is not what "repeat" or "I'm back" wants said again.
      if (options.aside !== true) this.session.lastSpeech = { speech: speech.markup, reprompt: reprompt.markup };
    }
    return builder.getResponse();
  }

  /**
   * What this turn's handler said, then a question still waiting asked again after it ("…. Should I
   * place the order?"): the question is the reprompt's when none is given.
   */
  askAgainAfter(question: Ssml, reprompt: Ssml = question): Response {
    return this.answer(joinSsml([...(this.said === undefined ? [] : [this.said]), question]), { reprompt });
  }

  /**
   * Asks the shopper something and waits for the answer: the session stays open even in a one-shot,
   * since a question that ends the session leaves the shopper nothing to answer it with.
   */
  ask(speech: Ssml, reprompt?: Ssml): Response {
    return this.answer(speech, { end: false, ...(reprompt === undefined ? {} : { reprompt }) });
  }

  /**
   * Asks for one slot of this request's intent with Dialog.ElicitSlot, so that Alexa hears a bare
   * answer ("the paper towels") as that slot of that intent, with the slots already said kept.
   * `slots` gives the filled slots instead of those of the request.
   */
  elicit(slot: string, speech: Ssml, reprompt: Ssml, slots?: Readonly<Record<string, string>>): Response {
    const request = this.input.requestEnvelope.request;
    if (request.type !== 'IntentRequest') throw new Error('only an intent can elicit a slot');
    const filled = slots ?? Object.fromEntries(Object.keys(request.intent.slots ?? {}).flatMap((name) => {
      const value = this.slot(name);
      return value === undefined ? [] : [[name, value] as const];
    }));
    const kept = Object.fromEntries(Object.entries(filled).filter(([name]) => name !== slot));
    return this.elicitAgain({ intent: request.intent.name, slot, slots: kept, question: speech.markup, reprompt: reprompt.markup });
  }

  /** Asks for the slot of `eliciting` (again), optionally with something said first ("Sorry, I didn't catch that."). */
  elicitAgain(eliciting: Eliciting, before?: Ssml): Response {
    const slots: Record<string, Slot> = Object.fromEntries(
      Object.entries(eliciting.slots).map(([name, value]) => [name, { name, value, confirmationStatus: 'NONE' }]),
    );
    slots[eliciting.slot] = { name: eliciting.slot, confirmationStatus: 'NONE' };
    this.input.responseBuilder.addElicitSlotDirective(eliciting.slot, { name: eliciting.intent, confirmationStatus: 'NONE', slots });
    delete this.session.pending;
    const question = storedSpeech(eliciting.question);
    const oneShot = this.isOneShot || this.session.oneShot === true;
    // ask() keeps the session open: Alexa refuses ElicitSlot with a response that ends the session.
    const response = this.ask(before === undefined ? question : joinSsml([before, question]), storedSpeech(eliciting.reprompt));
    this.session.eliciting = eliciting;
    if (oneShot) this.session.oneShot = true;
    return response;
  }

  /** Seniors asked for a slower voice: prosody slows every word, not just some prompts. */
  private paced(speech: Ssml): string {
    return this.state.pace === 'slow' ? `<prosody rate="85%">${speech.markup}</prosody>` : speech.markup;
  }
}

/** The request's slots as heard, by name: undefined where the shopper filled nothing (Alexa's "?" included). */
export function slotsHeard(input: HandlerInput): Record<string, string | undefined> {
  const request = input.requestEnvelope.request;
  if (request.type !== 'IntentRequest') return {};
  return Object.fromEntries(
    Object.entries(request.intent.slots ?? {}).map(([name, slot]) => {
      const value = slot.value?.trim();
      return [name, value === undefined || value === '' || value === '?' ? undefined : value];
    }),
  );
}

export function speechForRequest(input: HandlerInput): Speech {
  return speechFor(input.requestEnvelope.request.locale ?? 'en-US');
}
