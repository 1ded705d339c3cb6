/**
 * How shoppers name their lists, as data per locale (en-US/lists.json): the names that mean the
 * voice cart, and words that name one list on different days. Checked here once.
 */
import { z } from 'zod';
import { perLocale } from './locale.ts';
import enUS from './en-US/lists.json' with { type: 'json' };

const Phrase = z.string().regex(/^[a-z]+( [a-z]+)*$/, 'lower-case words');

export const ListWordsSchema = z.object({
  $comment: z.string().optional(),
  cartNames: z.array(Phrase).min(1),
  pointing: z.array(Phrase),
  when: z.array(Phrase),
  sameNames: z.array(z.array(z.string().regex(/^[a-z]+$/, 'one lower-case word')).min(2)),
});
export type ListWords = z.infer<typeof ListWordsSchema>;

/** The list words of a locale (en-US where there is none of its own), checked on first use. */
export const listWordsFor = perLocale(ListWordsSchema, { 'en-US': enUS });
