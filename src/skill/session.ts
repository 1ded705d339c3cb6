import { z } from 'zod';
import { CheckoutQuoteSchema } from '../checkout/checkout.ts';
import { ChoiceSchema, ChooseSchema, ConfirmPackSchema, ConfirmQuantitySchema, ItemQuestionSchema, type ItemQuestion } from '../shopper/questions.ts';
import { LineSchema } from '../shopper/state.ts';

/** The questions about the request's other items, still to ask, in the order they were said. */
const Next = { next: z.array(ItemQuestionSchema).optional() };

/** A question voicecart asked and is waiting on: the next "yes", "no" or "one" answers it. */
export const PendingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('clear'), target: z.string() }),
  ChooseSchema.extend(Next),
  z.object({
    kind: z.literal('chooseToRemove'),
    target: z.string(),
    phrase: z.string(),
    options: z.array(ChoiceSchema).min(2),
    /** "One of the milks": how much to take off the line chosen, rather than all of it. */
    amount: z.object({ quantity: z.number().positive(), unit: z.string().nullable() }).optional(),
  }),
  ConfirmQuantitySchema.extend(Next),
  ConfirmPackSchema.extend(Next),
  /** "Remove" with no product said: the line just added is offered, never taken off unasked. */
  z.object({ kind: z.literal('removeLast'), target: z.string(), productId: z.string(), name: z.string() }),
  /** "Cancel my order": the order read back, cancelled on yes. */
  z.object({ kind: z.literal('cancelOrder'), orderId: z.string() }),
  z.object({ kind: z.literal('moveList'), list: z.string() }),
  z.object({ kind: z.literal('deleteShortcut'), name: z.string() }),
  /** "Put it back" just after a request that changed nothing: the change it would take back is named first. */
  z.object({ kind: z.literal('confirmUndo'), seq: z.number().int().positive(), change: z.string() }),
  z.object({ kind: z.literal('reorder'), label: z.string(), lines: z.array(LineSchema), offset: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('checkout'), quote: CheckoutQuoteSchema, offset: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('voiceCode'), quote: CheckoutQuoteSchema }),
]);
export type Pending = z.infer<typeof PendingSchema>;

/** A pending question about an item of a request, and those still to come after it, in order; none for other questions. */
export function itemQuestionsOf(pending: Pending | undefined): ItemQuestion[] {
  if (pending === undefined) return [];
  switch (pending.kind) {
    case 'choose':
    case 'confirmQuantity':
    case 'confirmPack': {
      const { next, ...question } = pending;
      return 'offer' in question && question.offer === true ? (next ?? []) : [question, ...(next ?? [])];
    }
    default:
      return [];
  }
}

/**
 * A slot the last answer asked for with Dialog.ElicitSlot. Alexa remembers the dialog itself; the
 * local NLU has only this to hear a bare "the paper towels" as the answer, and help, repeat or a
 * mumble ask the same question again with it.
 */
export const ElicitingSchema = z.object({
  intent: z.string().min(1),
  slot: z.string().min(1),
  /** The intent's slots already filled, kept with the answer as Alexa keeps them in the updated intent. */
  slots: z.record(z.string(), z.string()),
  question: z.string(),
  reprompt: z.string(),
});
export type Eliciting = z.infer<typeof ElicitingSchema>;

/** What this session remembers between turns; Alexa hands it back with every request. */
export const SessionDataSchema = z.object({
  pending: PendingSchema.optional(),
  eliciting: ElicitingSchema.optional(),
  /**
   * The session began as a one-shot ("ask Corner Grocer to reorder my usual") that asked a
   * question: the answer finishes the one-shot, so it ends the session as the one-shot would have.
   */
  oneShot: z.literal(true).optional(),
  /**
   * The cart or list an Echo Show is showing, and what it shows: a document stays on screen until
   * another replaces it, so a change to those lines has to be shown again.
   */
  showing: z.object({ target: z.string(), shown: z.string() }).optional(),
  /**
   * Where a read-back stopped, for "more", and the products of the few items last read, in the
   * order said, for "take off the second one".
   */
  reading: z
    .object({ target: z.string(), offset: z.number().int().nonnegative(), heard: z.array(z.string()).optional() })
    .optional(),
  /**
   * The order's read-back was set aside for a change that is still asking something ("which
   * bread?"): once it is settled, the order is read again with the change before any "yes" counts.
   */
  readBackSetAside: z.literal(true).optional(),
  /**
   * Questions about items the shopper asked for, set aside by a request made before answering
   * them ("what's my total?" while choosing a bread): asked again once nothing else is being asked.
   */
  heldQuestions: z.array(ItemQuestionSchema).min(1).optional(),
  /**
   * This request is the second of two said in one breath ("… and tell me the total"), split by a
   * text door: a question the first has just asked is only recalled, not asked again in full.
   */
  sameBreath: z.literal(true).optional(),
  /**
   * The last request asked to add, take off or change something and nothing changed ("take off
   * the cheese" with no cheese there): an "undo" or "put it back" after it means what the shopper
   * believes happened, not the older change it would take back.
   */
  changedNothing: z.literal(true).optional(),
  /** The last request asked to add something not found, and asked nothing: an amount said next is of that thing. */
  addedNothing: z.literal(true).optional(),
  /** The last request put something in, and its answer asked nothing: a bare "no" next may say it was wrong. */
  justAdded: z.literal(true).optional(),
  /** The last answer read the last order: "add that again" just after it means that order. */
  toldLastOrder: z.literal(true).optional(),
  /** The one line the last answer named ("the first item was the black tea"): "take it off" next means it. */
  toldLine: z.object({ target: z.string(), productId: z.string() }).optional(),
  /** The last thing said, for "repeat". */
  lastSpeech: z.object({ speech: z.string(), reprompt: z.string().optional() }).optional(),
  /**
   * The line whose amount was changed since the last add ("make the string cheese three"): a bare
   * "just two" after it is about that line, not the one added before.
   */
  lastChanged: z.object({ target: z.string(), productId: z.string() }).optional(),
  /**
   * A basket just put in the cart ("reorder my usual", yes), by the change that did it: "no, just
   * the bananas" right after it keeps that one line of it and takes the rest back out.
   */
  lastBasket: z.object({ seq: z.number().int().positive(), label: z.string(), lines: z.array(LineSchema) }).optional(),
  /**
   * The named list this session is filling, since the shopper said so ("I'm shopping for my dad
   * today", "start a list for the weekend"): an add that names no list goes on it, and is said back
   * with its name. The cart is never named by a slot, so this lasts until the session ends.
   */
  fillingList: z.string().optional(),
  /** The named list read last this session: "add buttermilk to it", "take the prunes off her list" point at it when no list is being filled. */
  listRead: z.string().optional(),
  /** The change this session made last, for "no, I said pears". */
  lastAdd: z
    .object({
      at: z.string(),
      target: z.string(),
      productIds: z.array(z.string()),
      quantity: z.number().nullable(),
      unit: z.string().nullable(),
      phrase: z.string(),
      /** How many corrections ("no, I said pears") sit on top of the add in the undo history. */
      corrections: z.number().int().nonnegative().optional(),
      /** Made while "which bread?" waited: "make that two dozen" next is about this add, not the bread. */
      whileChoosing: z.literal(true).optional(),
    })
    .optional(),
});
export type SessionData = z.infer<typeof SessionDataSchema>;
/** What was added last, for a correction or an undo to refer to. */
export type LastAdd = NonNullable<SessionData['lastAdd']>;

/** Reads session attributes; anything unreadable starts the session afresh instead of failing the turn. */
export function parseSession(raw: unknown): SessionData {
  const parsed = SessionDataSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}
