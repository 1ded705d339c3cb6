import { fileURLToPath } from 'node:url';

export const DEFAULT_LOCALE = 'en-US';

/** The folder of a locale's sample files (models/<locale>/): their own module, so knowing where they are loads no YAML parser. */
export function modelsDirectory(locale: string = DEFAULT_LOCALE): string {
  return fileURLToPath(new URL(`../../models/${locale}/`, import.meta.url));
}
