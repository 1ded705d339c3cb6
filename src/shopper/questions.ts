import { z } from 'zod';
import { LineSchema } from './line.ts';

export const ChoiceSchema = z.object({ productId: z.string(), name: z.string() });

export const ChooseSchema = z.object({
  kind: z.literal('choose'),
  target: z.string(),
  phrase: z.string(),
  options: z.array(ChoiceSchema).min(2),
  /** The amount as said, null when none was: settled against how the product chosen is sold. */
  quantity: z.number().nullable(),
  unit: z.string().nullable(),
  /** Offered in place of something not found: a request made instead lets it go, unasked again. */
  offer: z.literal(true).optional(),
});
export const ConfirmQuantitySchema = z.object({
  kind: z.literal('confirmQuantity'),
  target: z.string(),
  phrase: z.string(),
  line: LineSchema,
  offer: z.literal(true).optional(),
});
/** "Six eggs" against cartons of twelve: `line` is the whole packs offered instead of the `items` said. */
export const ConfirmPackSchema = z.object({
  kind: z.literal('confirmPack'),
  target: z.string(),
  phrase: z.string(),
  line: LineSchema,
  items: z.number().positive(),
  /** A measure said that the product does not come in ("a quart" of a gallon jug), asked about as its own size. */
  asked: z.object({ quantity: z.number().positive(), unit: z.string().min(1) }).optional(),
});

/** A question about one item of a request, asked in its turn: "Which bread…? … And which cheese?". */
export const ItemQuestionSchema = z.discriminatedUnion('kind', [ChooseSchema, ConfirmQuantitySchema, ConfirmPackSchema]);
export type ItemQuestion = z.infer<typeof ItemQuestionSchema>;
