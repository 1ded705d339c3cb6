import { cleanText, isNumberWord, joinInitials, numbersToDigits, plainWords, stem, STOPWORDS } from './normalise.ts';
import { PACKAGING_WORDS } from './lexicon.ts';
import { phoneticKeys } from './phonetic.ts';
import type { Catalog, Product } from './product.ts';

/**
 * One way to name a product: its name, or one of its synonyms. Token lists hold vocabulary ids.
 * The head is the noun the name is about ("Banana Bread" → bread), which matters more than modifiers.
 */
export interface NameEntry {
  readonly product: number;
  readonly tokens: readonly number[];
  readonly head: number;
  /** Words of the brand and of the category ("department > aisle"), weaker evidence than the name. */
  readonly brand: readonly number[];
  readonly category: readonly number[];
  /** Words of the category's last part, the aisle ("cereal" of "breakfast > cereal"): what the product is, unlike the department. */
  readonly aisle: readonly number[];
  /** Index of the category text among the catalog's categories, -1 when the product has none. */
  readonly categoryId: number;
  /** The product's own name, not a synonym or another spelling of it. */
  readonly original: boolean;
  readonly weight: number;
}

/** How many names must use a word on its own before it is trusted as part of a run-together word. */
const MIN_PART_USES = 3;
/**
 * Share of a word's names that say it in the plural for the catalog to count the thing: apples
 * and tomatoes are plural in a tenth or more of their names, milk and cheese in under one in a hundred.
 */
const COUNT_NOUN_SHARE = 0.03;

/**
 * Words that end a name without being what it is ("… 18 Pack", "… Size 3", "… 12 oz"), the pack
 * words a request's noun passes over ("oatmeal pouches" is oatmeal) among them, so that a
 * name and a request agree on their noun.
 */
const NOT_A_HEAD = new Set([
  ...PACKAGING_WORDS,
  'pack', 'count', 'ct', 'size', 'oz', 'ounce', 'lb', 'pound', 'fl', 'ml', 'liter', 'gallon', 'bag', 'box', 'bottle', 'can',
  'jar', 'value', 'family', 'original', 'classic', 'organic', 'natural', 'edition', 'variety', 'style', 'flavor', 'flavored',
  'mini', 'big', 'large', 'small', 'fresh', 'free', 'blend', 'roll', 'sheet', 'capsule', 'tablet', 'plain', 'unsweetened',
  'sweetened', 'salted', 'unsalted', 'regular', 'light', 'lite', 'fat', 'lowfat', 'nonfat', 'percent', 'reduced', 'low',
]);

/** Cuts text into stemmed name tokens ("Honey Roasted Peanuts" → honey, roast, peanut), stopwords left out. */
function nameWords(text: string): string[] {
  const spoken = spokenWords(text);
  // Number words are rare in names: only convert when one is there.
  const words = spoken.some(isNumberWord) ? numbersToDigits(spoken) : spoken;
  const out: string[] = [];
  for (const word of words) if (!STOPWORDS.has(word)) out.push(stem(word));
  return out;
}

/** The words of a name as said, stopwords kept ("Ben & Jerry's" → ben, and, jerry). */
function spokenWords(text: string): string[] {
  const spoken = plainWords(text) ?? cleanWords(/[a-z][A-Z]/.test(text) ? text.replace(/([a-z])([A-Z])/g, '$1 $2') : text);
  return spoken.includes('and') ? joinInitials(spoken) : spoken;
}

function cleanWords(text: string): string[] {
  const cleaned = cleanText(text);
  return cleaned === '' ? [] : cleaned.split(' ');
}

/** Hyphenated words said as one ("Q-Tips" → qtips, "Kit-Kat" → kitkat), when the name has any. */
function joinedForm(text: string): string | null {
  if (!text.includes('-')) return null;
  const joined = text.replace(/(\w)-(\w)/g, '$1$2');
  return joined === text ? null : joined;
}

/**
 * The noun a name is about: its last real noun before any "for …", "with …", ", flavour" or "(…)"
 * ("Bath Salts for Sore Muscles" → salt, "Almondmilk Creamer, Vanilla" → creamer, "Sweet Potato (Yam)" → potato).
 * A lone letter is a size or a grade ("S/M", "Grade A"), never the noun, nor is a word in -less ("Grapes, Seedless").
 */
function headToken(index: ProductIndex, text: string, tokens: readonly number[]): number {
  const cut = HEAD_ENDS.exec(text);
  const before = cut === null ? text : text.slice(0, cut.index);
  const candidates = cut === null || before.trim() === '' ? tokens : nameWords(before).map((word) => index.wordId(word));
  for (let i = candidates.length - 1; i >= 0; i--) {
    const token = candidates[i] ?? 0;
    const word = index.words[token] ?? '';
    if (!NOT_A_HEAD.has(word) && !isDigitCode(word.charCodeAt(0)) && word.length > 1 && !word.endsWith('less')) return token;
  }
  return candidates[candidates.length - 1] ?? index.wordId('');
}

/** Where the part of a name that says what it is ends: "… for …", "… with …", "… in …", ", …", "(…". */
const HEAD_ENDS = /\s(?:for|with|in)\s|[,(]/i;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A raw word that names nothing: a stopword, or a number word, which needs its neighbours to be read. */
const STOPWORD = -1;
const NUMBER_WORD = -2;

/**
 * The vocabulary ids of a name's spoken words, each raw word looked up once per build. Names with
 * number words ("Seven Grain") are read with their neighbours.
 */
function nameTokens(index: ProductIndex, spoken: readonly string[], tokenOfWord: Map<string, number>): number[] {
  const tokens: number[] = [];
  for (const word of spoken) {
    let id = tokenOfWord.get(word);
    if (id === undefined) {
      id = isNumberWord(word) ? NUMBER_WORD : STOPWORDS.has(word) ? STOPWORD : index.wordId(stem(word));
      tokenOfWord.set(word, id);
    }
    if (id === NUMBER_WORD) return numbersToDigits(spoken).filter((w) => !STOPWORDS.has(w)).map((w) => index.wordId(stem(w)));
    if (id !== STOPWORD) tokens.push(id);
  }
  return tokens;
}

/**
 * Gathers which names use which words as flat (word, name) pairs, then lays each word's names out
 * in one shared buffer: far cheaper than growing thousands of small arrays.
 */
class PostingsBuilder {
  private words: Int32Array = new Int32Array(1 << 16);
  private names: Int32Array = new Int32Array(1 << 16);
  private size = 0;
  /** Names per word so far, and the last name each word was recorded for (a name counts once). */
  private counts: Int32Array = new Int32Array(1 << 14);
  private lastName: Int32Array = new Int32Array(1 << 14).fill(-1);

  add(token: number, nameId: number): void {
    if (token >= this.counts.length) this.growWords(token);
    if (this.lastName[token] === nameId) return;
    this.lastName[token] = nameId;
    this.counts[token] = (this.counts[token] ?? 0) + 1;
    if (this.size === this.words.length) {
      this.words = grown(this.words, this.size * 2);
      this.names = grown(this.names, this.size * 2);
    }
    this.words[this.size] = token;
    this.names[this.size] = nameId;
    this.size++;
  }

  count(token: number): number {
    return this.counts[token] ?? 0;
  }

  /** Each word's names, in the order recorded, as views of one buffer. */
  build(wordCount: number): Int32Array[] {
    const starts = new Int32Array(wordCount + 1);
    for (let id = 0; id < wordCount; id++) starts[id + 1] = (starts[id] ?? 0) + this.count(id);
    const buffer = new Int32Array(this.size);
    const next = starts.slice(0, wordCount);
    for (let k = 0; k < this.size; k++) {
      const token = this.words[k] ?? 0;
      const at = next[token] ?? 0;
      buffer[at] = this.names[k] ?? 0;
      next[token] = at + 1;
    }
    const postings: Int32Array[] = [];
    for (let id = 0; id < wordCount; id++) postings.push(buffer.subarray(starts[id] ?? 0, starts[id + 1] ?? 0));
    return postings;
  }

  private growWords(token: number): void {
    const length = Math.max(token + 1, this.counts.length * 2);
    this.counts = grown(this.counts, length);
    const lastName = new Int32Array(length).fill(-1);
    lastName.set(this.lastName);
    this.lastName = lastName;
  }
}

function grown(array: Int32Array, length: number): Int32Array {
  const larger = new Int32Array(length);
  larger.set(array);
  return larger;
}

/**
 * The searchable form of a catalog: a vocabulary of stemmed words with their rarity (idf),
 * sound-alike keys and misspelling neighbours, and postings from each word to the names using it.
 */
export class ProductIndex {
  readonly products: readonly Product[];
  readonly names: NameEntry[] = [];
  readonly vocabulary = new Map<string, number>();
  readonly words: string[] = [];
  /** Name ids using each word, in name order. */
  postings: Int32Array[] = [];
  /** How many product names (not synonyms) start with each word. */
  private readonly leadShares = new Map<number, number>();
  /** Word count of each name, for quick estimates. */
  nameLengths: Uint8Array = new Uint8Array(0);
  /** log(names / names using the word): rare words identify products. */
  idf: Float64Array = new Float64Array(0);
  readonly byPhonetic = new Map<string, number[]>();
  readonly phoneticKeysOf: string[][] = [];
  /** Words by first letter and length: typing slips keep the first letter and change the length by little. */
  readonly byInitialAndLength = new Map<string, number[]>();
  /** For each head noun, how many names have it in each category: bananas are fruit, rarely crackers. */
  private readonly headCategories = new Map<number, Map<number, number>>();
  private aisleProducts: Map<number, number[]> | undefined;
  /** Names of each product, so a product's synonyms can be scored with it. */
  readonly namesOfProduct: number[][] = [];
  /** How many product names join each pair of words with "&" or "and" ("Arm & Hammer" → arm hammer). */
  private readonly andPairs = new Map<string, number>();
  /** How many product names say each word in a plural form ("Gala Apples"): the catalog's count nouns. */
  private readonly pluralUses = new Map<number, number>();

  private constructor(products: readonly Product[]) {
    this.products = products;
  }

  /** What `build` worked out, as plain data (arrays, typed arrays, Maps), for src/catalog/index-file.ts to save. */
  static stateOf(index: ProductIndex): Record<string, unknown> {
    return Object.fromEntries(Object.entries(index).filter(([field]) => field !== 'products'));
  }

  /**
   * An index from a state `stateOf` gave: every field is taken as saved, so whatever the class
   * comes to hold is saved and restored without src/catalog/index-file.ts knowing of it.
   */
  static restore(products: readonly Product[], state: Readonly<Record<string, unknown>>): ProductIndex {
    return Object.assign(new ProductIndex(products), state);
  }

  static build(catalog: Catalog): ProductIndex {
    const index = new ProductIndex(catalog.products);
    const building = new PostingsBuilder();
    const categoryIds = new Map<string, number>();
    const categoryWords = new Map<string, number[]>();
    const aisleWords = new Map<string, number[]>();
    const tokenOfWord = new Map<string, number>();
    catalog.products.forEach((product, productIndex) => {
      const brand = product.brand === undefined ? [] : nameWords(product.brand).map((w) => index.wordId(w));
      let category: number[] = [];
      let aisle: number[] = [];
      if (product.category !== undefined) {
        const known = categoryWords.get(product.category);
        category = known ?? nameWords(product.category.replace(/>/g, ' ')).map((w) => index.wordId(w));
        if (known === undefined) categoryWords.set(product.category, category);
        const knownAisle = aisleWords.get(product.category);
        aisle = knownAisle ?? nameWords(product.category.slice(product.category.lastIndexOf('>') + 1)).map((w) => index.wordId(w));
        if (knownAisle === undefined) aisleWords.set(product.category, aisle);
      }
      let categoryId = -1;
      if (product.category !== undefined) {
        categoryId = categoryIds.get(product.category) ?? categoryIds.size;
        categoryIds.set(product.category, categoryId);
      }
      const own: number[] = [];
      const joined = joinedForm(product.name);
      const alternatives = [product.name, ...(joined === null ? [] : [joined]), ...(product.synonyms ?? [])];
      alternatives.forEach((text, alternative) => {
        const spoken = spokenWords(text);
        if (alternative === 0) index.countAndPairs(spoken);
        const tokens = nameTokens(index, spoken, tokenOfWord);
        if (alternative === 0) index.countPlurals(spoken);
        if (tokens.length === 0) return;
        const nameId = index.names.length;
        const head = headToken(index, text, tokens);
        own.push(nameId);
        index.names.push({
          product: productIndex,
          tokens,
          head,
          brand,
          category,
          aisle,
          categoryId,
          original: alternative === 0,
          weight: alternative === 0 ? 1 : 0.97,
        });
        for (const token of tokens) building.add(token, nameId);
        for (const token of brand) building.add(token, nameId);
      });
      index.namesOfProduct.push(own);
    });
    index.addCompoundSpellings(building);
    index.postings = building.build(index.words.length);
    index.nameLengths = Uint8Array.from(index.names, (entry) => Math.min(255, Math.max(1, entry.tokens.length)));
    const total = Math.max(1, index.names.length);
    index.idf = Float64Array.from(index.postings, (list) => Math.log(1 + total / (1 + list.length)));
    return index;
  }

  /**
   * Names written with run-together words ("Smartwater", "Realstick") also get a spelling with the
   * words apart, so "smart water" and "meat sticks" find them. Only splits into two words that
   * other names use on their own count, and only of a coinage, used in fewer names than either
   * part: a word of its own ("pineapple", "grapefruit") is not its parts, and "apples" must
   * never find Pineapple.
   */
  private addCompoundSpellings(building: PostingsBuilder): void {
    const isCommon = (word: string): boolean => {
      const id = this.vocabulary.get(word);
      return id !== undefined && building.count(id) >= MIN_PART_USES;
    };
    const usesOf = (word: string): number => {
      const id = this.vocabulary.get(word);
      return id === undefined ? 0 : building.count(id);
    };
    const splits = new Map<number, [string, string]>();
    this.words.forEach((word, id) => {
      if (word.length < 7 || !/^[a-z]+$/.test(word)) return;
      // A three-letter first part is too often chance ("caraway" is not a car).
      for (let at = 4; at <= word.length - 3; at++) {
        const left = word.slice(0, at);
        const right = word.slice(at);
        if (isCommon(left) && isCommon(right) && building.count(id) < Math.min(usesOf(left), usesOf(right))) {
          splits.set(id, [left, right]);
          return;
        }
      }
    });
    const count = this.names.length;
    for (let nameId = 0; nameId < count; nameId++) {
      const entry = this.names[nameId];
      if (entry === undefined || !entry.tokens.some((token) => splits.has(token))) continue;
      const tokens = entry.tokens.flatMap((token) => {
        const split = splits.get(token);
        return split === undefined ? [token] : split.map((part) => this.wordId(part));
      });
      const aliasId = this.names.length;
      this.names.push({ ...entry, tokens, original: false, weight: entry.weight * 0.97 });
      this.namesOfProduct[entry.product]?.push(aliasId);
      for (const token of tokens) building.add(token, aliasId);
    }
  }

  private countAndPairs(spoken: readonly string[]): void {
    for (let i = 1; i + 1 < spoken.length; i++) {
      if (spoken[i] !== 'and') continue;
      const pair = `${stem(spoken[i - 1] ?? '')} ${stem(spoken[i + 1] ?? '')}`;
      this.andPairs.set(pair, (this.andPairs.get(pair) ?? 0) + 1);
    }
  }

  private countPlurals(spoken: readonly string[]): void {
    for (const word of spoken) {
      const singular = stem(word);
      const id = singular === word ? undefined : this.vocabulary.get(singular);
      if (id !== undefined) this.pluralUses.set(id, (this.pluralUses.get(id) ?? 0) + 1);
    }
  }

  /**
   * Whether the catalog counts the thing a word names: its names say "apples" and "tomatoes" often
   * enough, where "milk" or "cheese" is almost never plural.
   */
  isCountNoun(id: number): boolean {
    const uses = this.postings[id]?.length ?? 0;
    return uses > 0 && (this.pluralUses.get(id) ?? 0) >= COUNT_NOUN_SHARE * uses;
  }

  /** How many product names join the two words with "and" or "&" ("Half & Half"). */
  namesJoining(left: string, right: string): number {
    return this.andPairs.get(`${stem(left)} ${stem(right)}`) ?? 0;
  }

  /**
   * Whether "left and right" is one name rather than two things: one of the words is used in product
   * names mostly inside the pair ("arm and hammer", "m and m's"), unlike "salt and pepper".
   */
  boundByAnd(left: string, right: string): boolean {
    const together = this.namesJoining(left, right);
    if (together === 0) return false;
    const usedMostlyTogether = (word: string): boolean => {
      const id = this.vocabulary.get(stem(word));
      return id !== undefined && together >= 0.5 * (this.postings[id]?.length ?? 0);
    };
    return usedMostlyTogether(left) || usedMostlyTogether(right);
  }

  /** Registers a word and its sound and spelling neighbours; returns its id. */
  wordId(word: string): number {
    const known = this.vocabulary.get(word);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.vocabulary.set(word, id);
    this.words.push(word);
    const keys = phoneticKeys(word);
    this.phoneticKeysOf.push(keys);
    for (const key of keys) {
      const list = this.byPhonetic.get(key);
      if (list === undefined) this.byPhonetic.set(key, [id]);
      else list.push(id);
    }
    if (word.length >= 4 && /^[a-z]+$/.test(word)) {
      const bucket = `${word[0] ?? ''}${word.length}`;
      const list = this.byInitialAndLength.get(bucket);
      if (list === undefined) this.byInitialAndLength.set(bucket, [id]);
      else list.push(id);
    }
    return id;
  }

  /**
   * The products shelved in an aisle this word names, as the aisle's last word ("cereal" → every
   * product of "breakfast > cold cereal", not "muscles" → "muscles joints pain relief"), in catalog
   * order. Worked out on first use and remembered.
   */
  productsInAisle(word: number): readonly number[] {
    let aisles = this.aisleProducts;
    if (aisles === undefined) {
      aisles = new Map();
      for (const entry of this.names) {
        if (!entry.original) continue;
        const token = entry.aisle.at(-1);
        if (token === undefined) continue;
        const products = aisles.get(token) ?? [];
        if (products.at(-1) !== entry.product) products.push(entry.product);
        aisles.set(token, products);
      }
      this.aisleProducts = aisles;
    }
    return aisles.get(word) ?? [];
  }

  /**
   * How usual this category is for names about `head`, against the head's most usual category
   * (1 there): bananas are fruit, rarely crackers. Worked out on first use and remembered.
   */
  typicality(head: number, categoryId: number): number {
    if (categoryId < 0) return 0;
    let counts = this.headCategories.get(head);
    if (counts === undefined) {
      counts = new Map<number, number>();
      for (const name of this.postings[head] ?? []) {
        const entry = this.names[name];
        if (entry?.original === true && entry.head === head && entry.categoryId >= 0) {
          counts.set(entry.categoryId, (counts.get(entry.categoryId) ?? 0) + 1);
        }
      }
      this.headCategories.set(head, counts);
    }
    let best = 0;
    for (const count of counts.values()) best = Math.max(best, count);
    return best === 0 ? 0 : (counts.get(categoryId) ?? 0) / best;
  }

  /** Share of the product names using a word that start with it: high for brands. Remembered once worked out. */
  leadShare(id: number): number {
    const known = this.leadShares.get(id);
    if (known !== undefined) return known;
    let uses = 0;
    let leads = 0;
    for (const name of this.postings[id] ?? []) {
      const entry = this.names[name];
      if (entry?.original !== true) continue;
      uses++;
      if (entry.tokens[0] === id) leads++;
    }
    const share = uses === 0 ? 0 : leads / uses;
    this.leadShares.set(id, share);
    return share;
  }

  /** How rare a word is in product names (0 for words no name uses). */
  rarity(id: number): number {
    return this.idf[id] ?? 0;
  }
}
