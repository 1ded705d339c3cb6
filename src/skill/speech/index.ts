import { enUS } from './en-US.ts';

/** Every locale's prompts have the shape of the en-US module. */
export type Speech = typeof enUS;

/** A Map, not an object: a locale is the caller's text, and "__proto__" or "toString" must find nothing. */
const byLocale: ReadonlyMap<string, Speech> = new Map([['en-US', enUS]]);

export function speechFor(locale: string): Speech {
  return byLocale.get(locale) ?? enUS;
}
