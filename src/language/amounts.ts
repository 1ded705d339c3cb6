/**
 * How shoppers say amounts, as data per locale (en-US/amounts.json): units and containers with
 * their spoken forms, vague amounts, parts of a unit, and the words a recogniser writes for
 * numbers. Checked here once, so the amount reader can rely on its shape.
 */
import { z } from 'zod';
import { perLocale } from './locale.ts';
import enUS from './en-US/amounts.json' with { type: 'json' };

const Word = z.string().min(1);
const Words = z.array(Word).min(1);

export const AmountsSchema = z
  .object({
    $comment: z.string().optional(),
    /** Each unit by its singular, with its plurals, abbreviations and other spoken forms. */
    units: z.record(Word, z.array(Word)),
    /** Units said straight before the product, without "of": "a dozen eggs", "two pounds chuck roast". */
    unitsWithoutOf: Words,
    /** Units that measure, so a number and one of them before a pack is the pack's size ("a 5 pound bag"). */
    measures: Words,
    /** Sizes said before a unit ("a large box of"), describing the pack rather than the product. */
    packAdjectives: Words,
    /** Amounts said without a number, by their word after "a": "a couple of", "a few". */
    vagueAmounts: z.record(Word, z.number().positive()),
    /** Words that only soften the amount said after them: "about a pound", "roughly two dozen". */
    hedges: Words,
    /** Parts of a unit: "a quarter pound", "three quarters of a kilo". */
    fractions: z.record(Word, z.number().positive().max(1)),
    /** Words a recogniser writes for a number said before a unit: "too cans", "won quart". */
    numberHomophones: z.record(Word, z.number().int().positive()),
    /** Words after which a number homophone before a plural noun is its count ("add for apples"), not a preposition ("add to my list"). */
    homophoneCountsAfter: Words,
    /** Words a number after them names rather than counts: "diapers size two", "formula stage three". */
    namedByNumber: Words,
  })
  .superRefine((amounts, context) => {
    const known = new Set(Object.keys(amounts.units));
    for (const field of ['unitsWithoutOf', 'measures'] as const) {
      for (const unit of amounts[field]) {
        if (!known.has(unit)) context.addIssue({ code: 'custom', path: [field], message: `"${unit}" is not one of the units` });
      }
    }
  });
export type Amounts = z.infer<typeof AmountsSchema>;

/** The amount knowledge of a locale (en-US where there is none of its own), checked on first use. */
export const amountsFor = perLocale(AmountsSchema, { 'en-US': enUS });
