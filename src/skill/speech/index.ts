import { enUS } from './en-US.ts';

/** Every locale's prompts have the shape of the en-US module. */
export type Speech = typeof enUS;

const byLocale: Record<string, Speech> = { 'en-US': enUS };

export function speechFor(locale: string): Speech {
  return byLocale[locale] ?? enUS;
}
