/**
 * How groceries are sold and counted, as data per locale (en-US/packs.json): the size words of a
 * catalog ("per lb", "12 ct", "6 rolls", "each", "bunch"), the pack words of product names ("18
 * Pack", "Half Dozen"), the packs a product comes in when its catalog says nothing (eggs by the
 * dozen), typical weights of what is sold by the pound (to estimate "two apples"), and the nouns
 * that are not counted. Checked here once, so the rest of the code can rely on its shape.
 */
import { z } from 'zod';
import { perLocale } from './locale.ts';
import enUS from './en-US/packs.json' with { type: 'json' };

const Words = z.array(z.string().min(1)).min(1);
/** Pounds, keyed by noun, with `$default` for a noun not listed. */
const PoundsByNoun = z.record(z.string().min(1), z.number().positive()).refine((map) => map.$default !== undefined, 'needs a $default');

const PackSchema = z.object({
  count: z.number().int().min(2),
  container: z.string().min(1),
  /** Counted by the dozen: "a dozen eggs", "half a dozen bagels". */
  byTheDozen: z.boolean().optional(),
});

export const PacksSchema = z.object({
  $comment: z.string().optional(),
  /** Size texts that say a product is priced by weight, by the weight it is priced per. */
  perWeight: z.object({ pound: Words, kilo: Words }),
  /** A weight unit as printed or said, in pounds. */
  weightsInPounds: z.record(z.string().min(1), z.number().positive()),
  /** A volume unit as printed or said, in US fluid ounces; a size's "oz" may be either, as juice is sold. */
  volumesInFluidOunces: z.record(z.string().min(1), z.number().positive()),
  /** Units of a fixed-size container ("16 oz", "1 gal"): such a product is one item, however big. */
  measures: Words,
  each: Words,
  bunch: Words,
  /** Words after a number that count items without naming them ("12 ct", "6 pk"). */
  countWords: Words,
  /** The pack itself, by its one name, and the words that say it. */
  containers: z.record(z.string().min(1), Words),
  dozens: z.record(z.string().min(1), z.number().int().positive()),
  /** Packs named for how many they hold ("a six pack"): that many of the thing, whatever pack the store sells it in. */
  countingPacks: z.record(z.string().min(1), z.number().int().positive()),
  /** The pack a product comes in when its catalog gives no size, by the (singular) noun it is. */
  usualPacks: z.record(z.string().min(1), PackSchema),
  /** A typical weight of one, in pounds, of what is sold by the pound. */
  weighedEach: PoundsByNoun,
  /** A typical weight of a unit ("a bunch of bananas") of what is sold by the pound, in pounds. */
  weighedUnits: z.record(z.string().min(1), PoundsByNoun),
  /** Nouns not counted in speech: "two Whole Milk", not "two Whole Milks". */
  uncounted: Words,
  /** Plurals no rule makes. */
  plurals: z.record(z.string().min(1), z.string().min(1)),
  /** Size abbreviations as they are said: "0.5 gal" is a half gallon, "12 ct" twelve count. */
  spokenUnits: z.record(z.string().min(1), z.string().min(1)),
});
export type Packs = z.infer<typeof PacksSchema>;
export type UsualPack = z.infer<typeof PackSchema>;

/** The pack knowledge of a locale (en-US where there is none of its own), checked on first use. */
export const packsFor = perLocale(PacksSchema, { 'en-US': enUS });
