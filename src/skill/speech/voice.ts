/**
 * Rules for what is heard rather than read, as small pure functions: a reply names at most three
 * products; products offered in one choice are told apart or merged; catalog text is cleaned of what
 * a voice reads badly (quotes, inch marks, backslashes, symbols). `speakable` is applied in one place,
 * the `ssml` template every reply is built with; the rest are used by the locale's phrasing.
 */
import { packsFor } from '../../language/packs.ts';

/** The most products one reply names: a listener keeps about three in mind. */
export const MOST_NAMED = 3;

/** The first few of a list to name (at most `max`), and how many are left unnamed. */
export function firstFew<T>(items: readonly T[], max = MOST_NAMED): { named: T[]; more: number } {
  if (items.length <= max) return { named: [...items], more: 0 };
  return { named: items.slice(0, max), more: items.length - max };
}

const FRACTIONS: Readonly<Record<string, string>> = { '1/2': 'half', '1/3': 'a third', '1/4': 'quarter', '3/4': 'three quarter', '2/3': 'two thirds' };

/**
 * Text from a catalog (or anywhere) as a voice should read it: `12"` is 12 inch, `9"x13"` is 9 inch
 * by 13 inch, `6'` is 6 foot, backslashes and stray quotes go, trademark signs and other symbols
 * go, `1/2` is half and `80/20` is 80 20, `+` is plus. Words, numbers, `&`, `%`, `$` and apostrophes stay,
 * and so does the space around the text, which the sentence it goes into may need.
 */
export function speakable(text: string): string {
  if (/^[A-Za-z0-9\s.,!?'&%$:;-]*$/.test(text) && !/\d'/.test(text)) return text;
  // One pass can uncover what another would clean ("a™/b" leaves "a/b"), so clean until nothing changes.
  let cleaned = text;
  for (let pass = 0; pass < 4; pass++) {
    const again = cleanOnce(cleaned);
    if (again === cleaned) break;
    cleaned = again;
  }
  return `${/^\s/.test(text) ? ' ' : ''}${cleaned}${/\s$/.test(text) ? ' ' : ''}`;
}

function cleanOnce(text: string): string {
  return text
    .replace(/\\+(?=["'“”])/g, '')
    .replace(/\\+/g, ' ')
    .replace(/[“”″]/g, '"')
    .replace(/[‘’′]/g, "'")
    .replace(/(\d)\s*(?:"|'')/g, '$1 inch ')
    .replace(/(\d)'(?![a-z])/gi, '$1 foot ')
    .replace(/(\d) (inch|foot) ?[x×] ?(\d)/gi, '$1 $2 by $3')
    .replace(/"/g, '')
    .replace(/[\p{So}\p{Sk}\p{Co}\p{Cs}]/gu, '')
    .replace(/\b(\d)\/(\d)\b/g, (whole, a: string, b: string) => FRACTIONS[`${a}/${b}`] ?? `${a} ${b}`)
    .replace(/(?<=\w)\/(?=\w)/g, ' ')
    .replace(/\+/g, ' plus ')
    .replace(/@/g, ' at ')
    .replace(/[*#|_~^`<>{}[\]=]/g, ' ')
    .replace(/(\S)\s+([,.!?;:])/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A printed size as said: "0.5 gal" is "half gallon", "64 fl oz" is "64 fluid ounce", "12 ct" is "12 count". */
export function spokenSize(size: string): string {
  const units = packsFor().spokenUnits;
  return size
    .split(',')
    .map((part) => {
      const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z][a-z .]*?)\.?\s*$/i.exec(part);
      if (match === null) return speakable(part);
      const amount = match[1] === '0.5' ? 'half' : match[1] === '0.25' ? 'quarter' : (match[1] ?? '');
      const unit = match[2]?.toLowerCase() ?? '';
      return `${amount} ${units[unit] ?? unit}`;
    })
    .join(', ')
    .trim();
}

export interface Choosable {
  readonly id: string;
  readonly name: string;
  readonly brand?: string | undefined;
  readonly size?: string | undefined;
}

/** How a product is said in a choice, lowercased, to find the ones that would sound the same. */
function heardAs(text: string): string {
  return speakable(text).toLowerCase().replace(/[^a-z0-9%&]+/g, ' ').trim();
}

/**
 * The options of a choice, each said so it can be told from the others: products that would be said
 * alike get their brand, then their size ("Barista Oat Drink, half gallon"); products that still
 * sound the same — the same thing listed twice — are merged into the first. Never "two, Barista
 * Oat Drink, and three, Barista Oat Drink".
 */
export function distinctChoices<P extends Choosable>(options: readonly P[]): { option: P; name: string }[] {
  let named = options.map((option) => ({ option, name: option.name }));
  // Each step looks at the names as the step before left them, so two that clash are both told apart.
  const tellApart = (by: (option: P) => string | undefined, put: (name: string, detail: string) => string): void => {
    const before = named.map((entry) => heardAs(entry.name));
    const details = named.map((entry) => by(entry.option));
    named = named.map((entry, i) => {
      const detail = details[i];
      // Only a detail that differs from a clashing option's tells them apart.
      const helps = before.some((other, j) => j !== i && other === before[i] && details[j] !== detail);
      return helps && detail !== undefined ? { option: entry.option, name: put(entry.name, detail) } : entry;
    });
  };
  tellApart((option) => (option.brand !== undefined && !heardAs(option.name).startsWith(heardAs(option.brand)) ? option.brand : undefined), (name, brand) => `${brand} ${name}`);
  tellApart((option) => option.size, (name, size) => `${name}, ${spokenSize(size)}`);
  const kept: { option: P; name: string }[] = [];
  for (const entry of named) if (!kept.some((other) => heardAs(other.name) === heardAs(entry.name))) kept.push(entry);
  return kept;
}
