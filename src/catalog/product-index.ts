import { DeletionIndex } from './fuzzy.ts';
import { cleanText, numbersToDigits, stem, STOPWORDS } from './normalise.ts';
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
  /** Index of the category text among the catalog's categories, -1 when the product has none. */
  readonly categoryId: number;
  readonly weight: number;
}

/** Words that end a name without being what it is ("… 18 Pack", "… Size 3", "… 12 oz"). */
const NOT_A_HEAD = new Set([
  'pack', 'count', 'ct', 'size', 'oz', 'ounce', 'lb', 'pound', 'fl', 'ml', 'liter', 'gallon', 'bag', 'box', 'bottle', 'can',
  'jar', 'value', 'family', 'original', 'classic', 'organic', 'natural', 'edition', 'variety', 'style', 'flavor', 'flavored',
  'mini', 'big', 'large', 'small', 'fresh', 'free', 'blend', 'roll', 'sheet', 'capsule', 'tablet', 'plain', 'unsweetened',
  'sweetened', 'salted', 'unsalted', 'regular', 'light', 'lite', 'fat', 'lowfat', 'nonfat', 'percent', 'reduced', 'low',
]);

/** Cuts text into stemmed name tokens ("Honey Nut Cheerios" → honey, nut, cheerio), stopwords left out. */
export function nameWords(text: string): string[] {
  const cleaned = cleanText(text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
  if (cleaned === '') return [];
  return numbersToDigits(cleaned.split(' ')).filter((w) => !STOPWORDS.has(w)).map(stem);
}

/** Hyphenated words said as one ("Q-Tips" → qtips, "Kit-Kat" → kitkat), when the name has any. */
function joinedForm(text: string): string | null {
  const joined = text.replace(/(\w)-(\w)/g, '$1$2');
  return joined === text ? null : joined;
}

/**
 * The noun a name is about: its last real noun before any "for …", "with …" or ", flavour"
 * ("Bath Salts for Sore Muscles" → salt, "Almondmilk Creamer, Vanilla" → creamer).
 */
function headWord(text: string): string {
  const before = text.split(/\s(?:for|with|in)\s|,/i)[0] ?? text;
  const words = nameWords(before.trim() === '' ? text : before);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    if (!NOT_A_HEAD.has(word) && !/^\d/.test(word)) return word;
  }
  return words[words.length - 1] ?? '';
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
  /** log(names / names using the word): rare words identify products. */
  idf: Float64Array = new Float64Array(0);
  readonly byPhonetic = new Map<string, number[]>();
  readonly phoneticKeysOf: string[][] = [];
  readonly misspellings = new DeletionIndex();
  readonly phoneticNeighbours = new DeletionIndex();
  readonly phoneticKeyList: string[] = [];
  /** For each head noun, how many names have it in each category: bananas are fruit, rarely crackers. */
  private readonly headCategories = new Map<number, Map<number, number>>();
  /** Names of each product, so a product's synonyms can be scored with it. */
  readonly namesOfProduct: number[][] = [];

  private constructor(products: readonly Product[]) {
    this.products = products;
  }

  static build(catalog: Catalog): ProductIndex {
    const index = new ProductIndex(catalog.products);
    const building: number[][] = [];
    const categoryIds = new Map<string, number>();
    catalog.products.forEach((product, productIndex) => {
      const brand = product.brand === undefined ? [] : nameWords(product.brand).map((w) => index.wordId(w));
      const category = product.category === undefined ? [] : nameWords(product.category.replace(/>/g, ' ')).map((w) => index.wordId(w));
      const categoryText = product.category?.toLowerCase();
      let categoryId = -1;
      if (categoryText !== undefined) {
        categoryId = categoryIds.get(categoryText) ?? categoryIds.size;
        categoryIds.set(categoryText, categoryId);
      }
      const own: number[] = [];
      const joined = joinedForm(product.name);
      const alternatives = [product.name, ...(joined === null ? [] : [joined]), ...(product.synonyms ?? [])];
      alternatives.forEach((text, alternative) => {
        const words = nameWords(text);
        if (words.length === 0) return;
        const tokens = words.map((w) => index.wordId(w));
        const nameId = index.names.length;
        const head = index.wordId(headWord(text));
        own.push(nameId);
        if (alternative === 0 && categoryId >= 0) {
          const counts = index.headCategories.get(head) ?? new Map<number, number>();
          counts.set(categoryId, (counts.get(categoryId) ?? 0) + 1);
          index.headCategories.set(head, counts);
        }
        index.names.push({
          product: productIndex,
          tokens,
          head,
          brand,
          category,
          categoryId,
          weight: alternative === 0 ? 1 : 0.97,
        });
        for (const token of new Set(tokens)) (building[token] ??= []).push(nameId);
        for (const token of brand) if (!tokens.includes(token)) (building[token] ??= []).push(nameId);
      });
      index.namesOfProduct.push(own);
    });
    index.postings = index.words.map((_, id) => Int32Array.from(building[id] ?? []));
    const total = Math.max(1, index.names.length);
    index.idf = Float64Array.from(index.postings, (list) => Math.log(1 + total / (1 + list.length)));
    return index;
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
      if (list === undefined) {
        this.byPhonetic.set(key, [id]);
        this.phoneticNeighbours.add(key, this.phoneticKeyList.length);
        this.phoneticKeyList.push(key);
      } else {
        list.push(id);
      }
    }
    if (word.length >= 4 && /^[a-z]+$/.test(word)) this.misspellings.add(word, id);
    return id;
  }

  /** Share of the names about `head` that sit in this category (1 when the head lives only there). */
  typicality(head: number, categoryId: number): number {
    const counts = this.headCategories.get(head);
    if (counts === undefined || categoryId < 0) return 0;
    let total = 0;
    let best = 0;
    for (const count of counts.values()) {
      total += count;
      best = Math.max(best, count);
    }
    return (counts.get(categoryId) ?? 0) / best;
  }

  /** How rare a word is in product names (0 for words no name uses). */
  rarity(id: number): number {
    return this.idf[id] ?? 0;
  }
}
