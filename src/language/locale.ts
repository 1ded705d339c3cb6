import type { z } from 'zod';

/**
 * A locale's language data, checked against its schema the first time it is asked for; a locale
 * without data of its own is given en-US's.
 */
export function perLocale<S extends z.ZodType>(schema: S, byLocale: Readonly<Record<string, unknown>>): (locale?: string) => z.output<S> {
  const parsed = new Map<string, z.output<S>>();
  return (locale = 'en-US') => {
    const key = byLocale[locale] === undefined ? 'en-US' : locale;
    let data = parsed.get(key);
    if (data === undefined) {
      data = schema.parse(byLocale[key]);
      parsed.set(key, data);
    }
    return data;
  };
}
