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

/** A line, by what makes it one: the product and the unit it is counted in. */
export const LineKeySchema = z.object({ productId: z.string().min(1), unit: z.string().min(1).nullable() });
export type LineKey = z.infer<typeof LineKeySchema>;
