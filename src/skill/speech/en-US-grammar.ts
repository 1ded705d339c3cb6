/**
 * English number agreement for product names said with a count: "two Baguettes", "one Gala Apple",
 * "two Sourdough Loaves", "two Bags of Organic Bananas"; nouns not counted stay as they are ("two
 * Whole Milk"). Only the noun a name is about changes, and only where the name plainly ends with it.
 */
import { irregularPlural, isCounted } from '../../catalog/packs.ts';

/** Where the part of a name that says what it is ends: "… with …", "… for …", "… in …". A comma or bracket is left alone. */
const QUALIFIER = /\s(?:with|for|in)\s/i;

function keepCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model.length > 1) return word.toUpperCase();
  return model.charAt(0) === model.charAt(0).toUpperCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

function pluralWord(word: string): string {
  const lower = word.toLowerCase();
  const irregular = irregularPlural(lower);
  if (irregular !== undefined) return keepCase(word, irregular);
  if (/[^aeiou]y$/.test(lower)) return `${word.slice(0, -1)}${keepCase(word.slice(-1), 'ies')}`;
  if (/(s|x|z|ch|sh)$/.test(lower)) return `${word}es`;
  return `${word}s`;
}

function singularWord(word: string): string {
  const lower = word.toLowerCase();
  for (const [singular, plural] of IRREGULAR_SINGULAR) if (plural === lower) return keepCase(word, singular);
  if (/[^aeiou]ies$/.test(lower)) return `${word.slice(0, -3)}y`;
  if (/(oes|ches|shes|xes|zes|sses)$/.test(lower)) return word.slice(0, -2);
  if (/[^su]s$/.test(lower) && !/(is|us|ss)$/.test(lower)) return word.slice(0, -1);
  return word;
}

const IRREGULAR_SINGULAR: readonly (readonly [string, string])[] = [
  ['loaf', 'loaves'], ['leaf', 'leaves'], ['knife', 'knives'], ['half', 'halves'], ['cookie', 'cookies'], ['brownie', 'brownies'],
  ['pie', 'pies'], ['child', 'children'], ['foot', 'feet'], ['tooth', 'teeth'], ['mouse', 'mice'], ['goose', 'geese'],
];

function isPlural(word: string): boolean {
  return singularWord(word) !== word;
}

/** The name with its noun changed by `change`, when the noun can be found: [before, noun, after]. */
function nounOf(name: string): [string, string, string] | null {
  if (/[,(]/.test(name)) return null;
  // "Bag of Organic Bananas": the pack is the noun.
  const packOf = /^(\w+)(\s+of\s+.+)$/i.exec(name);
  if (packOf !== null && packOf[1] !== undefined && packOf[2] !== undefined) return ['', packOf[1], packOf[2]];
  const cut = QUALIFIER.exec(name);
  const about = cut === null ? name : name.slice(0, cut.index);
  const after = cut === null ? '' : name.slice(cut.index);
  const match = /^(.*?)([A-Za-z]+)$/.exec(about);
  if (match === null || match[2] === undefined) return null;
  return [match[1] ?? '', match[2], after];
}

/** "Baguette" → "Baguettes", "Sourdough Loaf" → "Sourdough Loaves"; names already plural, or of things not counted, as they are. */
export function pluralName(name: string): string {
  const parts = nounOf(name);
  if (parts === null) return name;
  const [before, noun, after] = parts;
  if (isPlural(noun) || !isCounted(noun) || !isCounted(`${before}${noun}`)) return name;
  return `${before}${pluralWord(noun)}${after}`;
}

/** "Gala Apples" → "Gala Apple", for one of them; a name not plural stays as it is. */
export function singularName(name: string): string {
  const parts = nounOf(name);
  if (parts === null) return name;
  const [before, noun, after] = parts;
  return `${before}${singularWord(noun)}${after}`;
}

/** Whether a name's noun is `unit` ("Sourdough Loaf" and loaf, "Bag of Bananas" and bag), so the unit is not said twice. */
export function nameIsUnit(name: string, unit: string): boolean {
  const parts = nounOf(name);
  if (parts === null) return false;
  const noun = parts[1].toLowerCase();
  return noun === unit.toLowerCase() || singularWord(noun) === unit.toLowerCase();
}

/** "a" or "an" before a word. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(uni|use|one|eu)/i.test(word) ? 'an' : 'a';
}
