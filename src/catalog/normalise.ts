/**
 * Turns spoken or printed product words into comparable tokens: lower case, digits for number
 * words ("two percent" and "2%" both become `2 percent`), "&" as "and", no possessives, and a
 * plural-insensitive stem so "berries" meets "berry".
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const UNIT_VALUES = new Map(Object.entries(UNITS));
const TENS_VALUES = new Map(Object.entries(TENS));

/** Words a product name never needs to match: they carry no product meaning. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'and', 'with', 'in', 'for', 'to', 'my', 'our', 'some', 'any', 'on', 'or', 'from', 'by',
]);

const IRREGULAR_SINGULARS: ReadonlyMap<string, string> = new Map(Object.entries({
  teeth: 'tooth', feet: 'foot', leaves: 'leaf', loaves: 'loaf', knives: 'knife', halves: 'half',
  mice: 'mouse', geese: 'goose', children: 'child', men: 'man', women: 'woman',
}));

/** Lower-cases and spells out the symbols people say as words, leaving only letters, digits and spaces. */
export function cleanText(text: string): string {
  const lower = text.toLowerCase();
  // Most names and requests are plain words: skip the symbol handling below.
  if (/^[a-z]+( [a-z]+)*$/.test(lower)) return lower;
  if (/^[a-z ]*$/.test(lower)) return lower.replace(/ +/g, ' ').trim();
  return (/[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower)
    .replace(/&/g, ' and ')
    .replace(/%/g, ' percent ')
    .replace(/\+/g, ' plus ')
    .replace(/\b([dlo])['’](?=[a-z])/g, '$1 ')
    .replace(/['’](s|d|ll|re|ve)\b/g, (_, tail: string) => (tail === 's' ? '' : tail))
    .replace(/['’]/g, '')
    .replace(/(\d)\.(\d)/g, '$1point$2')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/(\d)point(\d)/g, '$1.$2')
    .replace(/([a-z])(\d)|(\d)([a-z])/g, (m, a?: string, b?: string, c?: string, d?: string) =>
      a !== undefined && b !== undefined ? `${a} ${b}` : `${c ?? ''} ${d ?? ''}`,
    )
    .trim();
}

/**
 * The words `cleanText` would give for a text of plain letters, digits and separators, split at
 * camel case ("SmartWater" → smart, water) and between letters and digits as it does, in one pass
 * without regular expressions (the index cleans every product name). Null when the text has an
 * apostrophe, a decimal point or a non-ASCII letter: those take `cleanText`.
 */
export function plainWords(text: string): string[] | null {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  let previousKind = 0;
  let lastSplit = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const kind = c >= 97 && c <= 122 ? LETTER : c >= 48 && c <= 57 ? DIGIT : 0;
    if (kind === 0) {
      if (c > 127 || c === 39 || c === 8217 || (c === 46 && previousKind === DIGIT && isDigitCode(lower.charCodeAt(i + 1)))) return null;
      if (start >= 0) out.push(lower.slice(start, i));
      const said = SAID_SYMBOLS.get(c);
      if (said !== undefined) out.push(said);
      start = -1;
      previousKind = 0;
      continue;
    }
    const camel = kind === LETTER && previousKind === LETTER && isUpperCode(text.charCodeAt(i)) && !isUpperCode(text.charCodeAt(i - 1));
    // Letters and digits are parted pairwise, left to right, as a global replace would: "a1b" → "a", "1b".
    const letterDigit = previousKind !== 0 && kind !== previousKind && lastSplit !== i - 1;
    if (start < 0) start = i;
    else if (camel || letterDigit) {
      out.push(lower.slice(start, i));
      start = i;
      if (letterDigit) lastSplit = i;
    }
    previousKind = kind;
  }
  if (start >= 0) out.push(lower.slice(start));
  return out;
}

const LETTER = 1;
const DIGIT = 2;
/** Symbols said as words: &, %, +. */
const SAID_SYMBOLS: ReadonlyMap<number, string> = new Map([[38, 'and'], [37, 'percent'], [43, 'plus']]);

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A number below twenty as it is said ("three"), or undefined. */
export function numberSaid(value: number): string | undefined {
  for (const [word, known] of UNIT_VALUES) if (known === value) return word;
  return undefined;
}

/** Whether a word is a number said in words ("seven", "ninety", "hundred"). */
export function isNumberWord(word: string): boolean {
  return UNIT_VALUES.has(word) || TENS_VALUES.has(word) || word === 'hundred';
}

/** Replaces runs of number words with digits: "ninety three seven" → "93 7", "one hundred" → "100". */
export function numbersToDigits(words: readonly string[]): string[] {
  const out: string[] = [];
  let value: number | null = null;
  let lastKind: 'unit' | 'tens' | 'hundred' | null = null;
  const flush = (): void => {
    if (value !== null) out.push(String(value));
    value = null;
    lastKind = null;
  };
  for (const [at, word] of words.entries()) {
    // "a hundred and five" is one number.
    const next = words[at + 1] ?? '';
    if (word === 'and' && lastKind === 'hundred' && (UNIT_VALUES.has(next) || TENS_VALUES.has(next))) continue;
    if (word === 'a' && next === 'hundred') {
      flush();
      value = 1;
      lastKind = 'unit';
      continue;
    }
    const unit = UNIT_VALUES.get(word);
    const tens = TENS_VALUES.get(word);
    if (unit !== undefined) {
      if (value !== null && lastKind === 'tens' && unit < 10) value += unit;
      else if (value !== null && lastKind === 'hundred') value += unit;
      else {
        flush();
        value = unit;
      }
      lastKind = 'unit';
    } else if (tens !== undefined) {
      if (value !== null && lastKind === 'hundred') value += tens;
      else {
        flush();
        value = tens;
      }
      lastKind = 'tens';
    } else if (word === 'hundred' && value !== null && lastKind === 'unit' && value < 10) {
      value *= 100;
      lastKind = 'hundred';
    } else {
      flush();
      out.push(word);
    }
  }
  flush();
  return out;
}

/** A plural-insensitive form: "berries"/"berry" → "berry", "tomatoes" → "tomato", "cookies"/"cookie" → "cooky". */
export function stem(word: string): string {
  let known = stems.get(word);
  if (known === undefined) {
    known = stemOnce(word);
    if (stems.size > 200_000) stems.clear();
    stems.set(word, known);
  }
  return known;
}

/** Stems already worked out: a catalog repeats the same few thousand words. */
const stems = new Map<string, string>();

function stemOnce(word: string): string {
  const irregular = IRREGULAR_SINGULARS.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length <= 3 || /\d/.test(word)) return word;
  let base = word;
  if (base.endsWith('ies') && base.length > 4) base = `${base.slice(0, -3)}y`;
  else if (base.endsWith('oes') && base.length > 4) base = base.slice(0, -2);
  else if (/(ch|sh|ss|x|z)es$/.test(base)) base = base.slice(0, -2);
  else if (base.endsWith('s') && !/(ss|us|is)$/.test(base)) base = base.slice(0, -1);
  if (base.endsWith('ie') && base.length > 3) base = `${base.slice(0, -2)}y`;
  return base;
}

/** Words of a text after cleaning and number conversion, stopwords kept (splitting needs "and"). */
export function words(text: string): string[] {
  const cleaned = cleanText(text);
  return cleaned === '' ? [] : numbersToDigits(joinInitials(cleaned.split(' ')));
}

/**
 * Two letters joined by "and" are one name, printed or said: "M&M's", "m and m's" and "M&Ms" all
 * become `mandm` (plural or not), so the letters are not read as two words "m" that match anything.
 */
export function joinInitials(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const left = words[i] ?? '';
    const right = words[i + 2] ?? '';
    if (left.length === 1 && /[a-z]/.test(left) && words[i + 1] === 'and' && /^[a-z]s?$/.test(right)) {
      out.push(`${left}and${right}`);
      i += 2;
    } else out.push(left);
  }
  return out;
}

/** The comparable tokens of a text: stems of its words, without stopwords. */
export function tokens(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w))
    .map(stem);
}
