import { z } from 'zod';
import { LineKeySchema, LineSchema } from './line.ts';
import { ItemQuestionSchema } from './questions.ts';

export { LineKeySchema, LineSchema, type Line, type LineKey } from './line.ts';

/**
 * How to take one change back, even from a later session: not a copy of the cart before it, but
 * the inverse of what changed, so an entry for "add bananas" stays a few bytes however full the
 * cart is.
 */
export const UndoEntrySchema = z.object({
  /** Place in the shopper's history: one more than the entry before. */
  seq: z.number().int().positive(),
  at: z.string().datetime(),
  /** "cart" or the name of a list. */
  target: z.string().min(1),
  /** What the change did, said back when it is undone: "added two pounds of bananas". */
  change: z.string(),
  /** False when the change created the list, so undoing it removes the list again. */
  existed: z.boolean(),
  /** The lines the change altered or took away, as they were and where they stood. */
  restore: z.array(z.object({ index: z.number().int().nonnegative(), line: LineSchema })),
  /** The lines the change brought in, taken away again by undo. */
  drop: z.array(LineKeySchema),
  /** The change was too big to remember (emptying a very long list): undo says so, rather than undoing an older one. */
  tooLarge: z.literal(true).optional(),
});
export type UndoEntry = z.infer<typeof UndoEntrySchema>;

/** An order the backend may or may not have placed: retried with the same key until it knows. */
export const PendingOrderSchema = z.object({
  idempotencyKey: z.string().min(1),
  lines: z.array(LineSchema),
  total: z.number().nonnegative(),
  at: z.string().datetime(),
});
export type PendingOrder = z.infer<typeof PendingOrderSchema>;

export const PaceSchema = z.enum(['normal', 'slow']);
export type Pace = z.infer<typeof PaceSchema>;

/** Questions still open when a visit ended, and when that was. */
export const UnansweredSchema = z.object({ at: z.string().datetime(), questions: z.array(ItemQuestionSchema).min(1) });

export const MissedChangeSchema = z.object({
  /** The seq of the latest change when the request changed nothing (0 when there was none). */
  after: z.number().int().nonnegative(),
  at: z.string().datetime(),
});
export type MissedChange = z.infer<typeof MissedChangeSchema>;

/** Everything voicecart keeps for one shopper between sessions. */
export const ShopperStateSchema = z.object({
  cart: z.array(LineSchema).default([]),
  lists: z.record(z.string(), z.array(LineSchema)).default({}),
  shortcuts: z.record(z.string(), z.array(LineSchema)).default({}),
  pace: PaceSchema.default('normal'),
  /** Phrase key → product id: the shopper's own choice after a correction or a disambiguation. */
  preferences: z.record(z.string(), z.string()).default({}),
  /** Most recent last (highest seq). */
  undo: z.array(UndoEntrySchema).default([]),
  pendingOrders: z.array(PendingOrderSchema).default([]),
  lastOrderId: z.string().optional(),
  /**
   * Questions about things the shopper asked for that were still open when a visit ended ("which
   * bread?" to a shopper who walked away): asked again at the next visit, so the bread is not lost.
   */
  unanswered: UnansweredSchema.optional(),
  /**
   * A one-shot request to change the cart that changed nothing ("ask … to take off the ice cream",
   * none there), with the latest change as it then was: an "undo" in the next one-shot is about
   * what the shopper thinks happened, so it asks before taking back that older change.
   */
  missedChange: MissedChangeSchema.optional(),
  /**
   * The named list the shopper said they were making ("this is for my weekly list"), and when: a
   * list built over several visits goes on being filled at the next one, never the cart instead.
   */
  listInProgress: z.object({ name: z.string().min(1), at: z.string().datetime() }).optional(),
});
export type ShopperState = z.infer<typeof ShopperStateSchema>;

export function emptyShopperState(): ShopperState {
  return ShopperStateSchema.parse({});
}
