/**
 * How shoppers name their lists, as data per locale (en-US/lists.json): the names that mean the
 * voice cart, and words that name one list on different days. Checked here once.
 */
import { z } from 'zod';
import enUS from './en-US/lists.json' with { type: 'json' };

const Phrase = z.string().regex(/^[a-z]+( [a-z]+)*$/, 'lower-case words');

export const ListWordsSchema = z.object({
  $comment: z.string().optional(),
  cartNames: z.array(Phrase).min(1),
  sameNames: z.array(z.array(z.string().regex(/^[a-z]+$/, 'one lower-case word')).min(2)),
});
export type ListWords = z.infer<typeof ListWordsSchema>;

const byLocale: Record<string, unknown> = { 'en-US': enUS };
const parsed = new Map<string, ListWords>();

/** The list words of a locale (en-US where there is none of its own), checked on first use. */
export function listWordsFor(locale = 'en-US'): ListWords {
  const key = byLocale[locale] === undefined ? 'en-US' : locale;
  let words = parsed.get(key);
  if (words === undefined) {
    words = ListWordsSchema.parse(byLocale[key]);
    parsed.set(key, words);
  }
  return words;
}
