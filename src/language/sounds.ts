/**
 * How a locale's spelling is said, as data per locale (en-US/sounds.json): the rules that turn a
 * written word into a rough sound spelling, the r a speaker may leave unsaid, how borrowed words
 * are said, and which consonants differ only by voicing. Checked here once.
 */
import { z } from 'zod';
import { perLocale } from './locale.ts';
import enUS from './en-US/sounds.json' with { type: 'json' };

const Pattern = z.string().min(1).refine((source) => {
  try {
    new RegExp(source, 'g');
    return true;
  } catch {
    return false;
  }
}, 'is not a regular expression');

const Rule = z.tuple([Pattern, z.string()]).transform(([pattern, replacement]) => ({ pattern: new RegExp(pattern, 'g'), replacement }));
const Letter = z.string().regex(/^[a-z]$/, 'one lower-case letter');

export const SoundsSchema = z.object({
  spelling: z.array(Rule).min(1),
  unsaidR: Pattern.transform((source) => new RegExp(source, 'g')),
  loanwords: z.array(Rule),
  /** How a piece of an unknown word may be written by a recogniser, for generating requests heard that way. */
  respellings: z.array(Rule).min(1),
  voicing: z.record(Letter, Letter),
  glides: z.array(Letter),
});
export type Sounds = z.output<typeof SoundsSchema>;
export type SoundRule = Sounds['spelling'][number];

/** The sound rules of a locale (en-US where there is none of its own), checked on first use. */
export const soundsFor = perLocale(SoundsSchema, { 'en-US': enUS });
