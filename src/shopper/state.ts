import { z } from 'zod';

/** One product on the cart, a list or a saved shortcut, as the shopper asked for it. */
export const LineSchema = z.object({
  productId: z.string().min(1),
  /** The product name as it is said back. */
  name: z.string().min(1),
  quantity: z.number().positive().finite(),
  /** The unit the shopper named ("pound", "box"), or null for a plain count. */
  unit: z.string().min(1).nullable(),
  size: z.string().optional(),
  price: z.number().nonnegative().optional(),
});
export type Line = z.infer<typeof LineSchema>;

/** What one change replaced, so "undo" can put it back, even from a later session. */
export const UndoEntrySchema = z.object({
  at: z.string().datetime(),
  /** "cart" or the name of a list. */
  target: z.string().min(1),
  before: z.array(LineSchema),
  /** False when the change created the list, so undoing it removes the list again. */
  existed: z.boolean().default(true),
  /** What the change did, said back when it is undone: "added two pounds of bananas". */
  change: z.string(),
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

/** Everything voicecart keeps for one shopper between sessions. */
export const ShopperStateSchema = z.object({
  cart: z.array(LineSchema).default([]),
  lists: z.record(z.string(), z.array(LineSchema)).default({}),
  shortcuts: z.record(z.string(), z.array(LineSchema)).default({}),
  pace: PaceSchema.default('normal'),
  /** Phrase key → product id: the shopper's own choice after a correction or a disambiguation. */
  preferences: z.record(z.string(), z.string()).default({}),
  /** Most recent last. */
  undo: z.array(UndoEntrySchema).default([]),
  pendingOrders: z.array(PendingOrderSchema).default([]),
  lastOrderId: z.string().optional(),
});
export type ShopperState = z.infer<typeof ShopperStateSchema>;

export function emptyShopperState(): ShopperState {
  return ShopperStateSchema.parse({});
}
