import { cleanText, isNumberWord, joinInitials, numbersToDigits, plainWords, stem, STOPWORDS } from './normalise.ts';
import { PACKAGING_WORDS } from './lexicon.ts';
import { phoneticKeys } from './phonetic.ts';
import type { Catalog } from './product.ts';
import { flatLists, listAt, listCount, type FlatLists } from './sections.ts';

/**
 * One way to name a product: its name, or one of its synonyms, as a view made when asked for
 * (`ProductIndex.name`). Token lists hold vocabulary ids. The head is the noun the name is about
 * ("Banana Bread" → bread), which matters more than modifiers.
 */
export interface NameEntry {
  readonly product: number;
  readonly tokens: Int32Array;
  readonly head: number;
  /** Words of the brand and of the category ("department > aisle"), weaker evidence than the name. */
  readonly brand: Int32Array;
  readonly category: Int32Array;
  /** Words of the category's last part, the aisle ("cereal" of "breakfast > cereal"): what the product is, unlike the department. */
  readonly aisle: Int32Array;
  /** Index of the category text among the catalog's categories, -1 when the product has none. */
  readonly categoryId: number;
  /** The product's own name, not a synonym or another spelling of it. */
  readonly original: boolean;
  readonly weight: number;
}

/** The names of a catalog as columns, one value per name, in name order. */
export interface NameColumns {
  readonly product: Int32Array;
  readonly tokens: FlatLists;
  readonly head: Int32Array;
  readonly categoryId: Int32Array;
  /** 1 for a product's own name, 0 for a synonym or another spelling. */
  readonly original: Uint8Array;
  readonly weight: Float64Array;
}

/** Lists of ids, each found by a text key. */
export interface KeyedLists {
  readonly keys: readonly string[];
  readonly lists: FlatLists;
}

function keyedLists(map: ReadonlyMap<string, readonly number[]>): KeyedLists {
  return { keys: [...map.keys()], lists: flatLists([...map.values()]) };
}

/**
 * What `build` works out, as plain data (typed arrays, strings and one Map): what an index file
 * saves, and all an index is made again from. Everything else an index holds is derived from it.
 */
export interface IndexState {
  /** The vocabulary: stemmed words, by id. */
  readonly words: readonly string[];
  /** Name ids using each word, in name order, by word. */
  readonly postings: FlatLists;
  readonly names: NameColumns;
  /** Brand words of each product, by product. */
  readonly brands: FlatLists;
  /** Words of each category, and of its aisle (its last part), by category id. */
  readonly categories: FlatLists;
  readonly aisles: FlatLists;
  /** Names of each product, so a product's synonyms can be scored with it. */
  readonly namesOfProduct: FlatLists;
  /** Words by sound-alike key (src/catalog/phonetic.ts). */
  readonly byPhonetic: KeyedLists;
  /** Words by first letter and length ("s7"): typing slips keep the first letter and change the length by little. */
  readonly byInitialAndLength: KeyedLists;
  /** How many product names join each pair of words with "&" or "and" ("Arm & Hammer" → arm hammer). */
  readonly andPairs: ReadonlyMap<string, number>;
  /** How many products' own names say each word in a plural form ("Gala Apples"), by word: the catalog's count nouns. */
  readonly pluralUses: Int32Array;
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
function headToken(index: VocabularyBuilder, text: string, tokens: readonly number[]): number {
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
function nameTokens(index: VocabularyBuilder, spoken: readonly string[], tokenOfWord: Map<string, number>): number[] {
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

  /** Each word's names, in the order recorded, laid end to end. */
  build(wordCount: number): FlatLists {
    const starts = new Uint32Array(wordCount + 1);
    for (let id = 0; id < wordCount; id++) starts[id + 1] = (starts[id] ?? 0) + this.count(id);
    const buffer = new Int32Array(this.size);
    const next = starts.slice(0, wordCount);
    for (let k = 0; k < this.size; k++) {
      const token = this.words[k] ?? 0;
      const at = next[token] ?? 0;
      buffer[at] = this.names[k] ?? 0;
      next[token] = at + 1;
    }
    return { data: buffer, starts };
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

/** The vocabulary as `build` gathers it: each new word gets the next id and its sound and spelling neighbours. */
class VocabularyBuilder {
  readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  readonly byPhonetic = new Map<string, number[]>();
  readonly byInitialAndLength = new Map<string, number[]>();

  /** Registers a word and its sound and spelling neighbours; returns its id. */
  wordId(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.ids.set(word, id);
    this.words.push(word);
    for (const key of phoneticKeys(word)) {
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
}

/** The names as `build` gathers them, one array per column, laid out as NameColumns at the end. */
interface NamesBuilding {
  readonly product: number[];
  readonly tokens: number[][];
  readonly head: number[];
  readonly categoryId: number[];
  readonly original: boolean[];
  readonly weight: number[];
}

const NO_WORDS = new Int32Array(0);

/**
 * The searchable form of a catalog: a vocabulary of stemmed words with their rarity (idf),
 * sound-alike keys and misspelling neighbours, and postings from each word to the names using it.
 * Names are held as columns (IndexState), and a name is made into an object only when asked for.
 */
/** A word that is the noun of at least this share of its names, or an aisle's word... */
const OWN_NOUN_SHARE = 0.25;
/** ...with at least this many products, names products of its own. */
const OWN_PRODUCTS = 3;

export class ProductIndex {
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly words: readonly string[];
  /** Word count of each name, for quick estimates. */
  readonly nameLengths: Uint8Array;
  /** log(names / names using the word): rare words identify products. */
  readonly idf: Float64Array;
  private readonly state: IndexState;
  /** Each category's words and its aisle's, by category id: a few hundred views, made once, that every name shares. */
  private readonly categoryWords: readonly Int32Array[];
  private readonly aisleWords: readonly Int32Array[];
  private readonly phoneticKeys: ReadonlyMap<string, number>;
  private readonly initialAndLengthKeys: ReadonlyMap<string, number>;
  /** How many product names (not synonyms) start with each word. */
  private readonly leadShares = new Map<number, number>();
  private brandWords: Set<number> | undefined;
  private readonly pairShares = new Map<string, number>();
  /** Whether one word is printed mostly right before another (see printedMostlyBefore), remembered once worked out. */
  private readonly mostlyBefore = new Map<string, boolean>();
  private categorySizes: Map<number, number> | undefined;
  /** For each head noun, how many names have it in each category: bananas are fruit, rarely crackers. */
  private readonly headCategories = new Map<number, Map<number, number>>();
  private aisleProducts: Map<number, number[]> | undefined;

  private constructor(state: IndexState) {
    this.state = state;
    this.words = state.words;
    this.vocabulary = new Map(state.words.map((word, id) => [word, id]));
    this.categoryWords = Array.from({ length: listCount(state.categories) }, (_, id) => listAt(state.categories, id));
    this.aisleWords = Array.from({ length: listCount(state.aisles) }, (_, id) => listAt(state.aisles, id));
    this.phoneticKeys = new Map(state.byPhonetic.keys.map((key, k) => [key, k]));
    this.initialAndLengthKeys = new Map(state.byInitialAndLength.keys.map((key, k) => [key, k]));
    const { starts } = state.names.tokens;
    this.nameLengths = new Uint8Array(starts.length - 1);
    for (let name = 0; name < this.nameLengths.length; name++) {
      this.nameLengths[name] = Math.min(255, Math.max(1, (starts[name + 1] ?? 0) - (starts[name] ?? 0)));
    }
    const total = Math.max(1, this.nameLengths.length);
    this.idf = Float64Array.from({ length: listCount(state.postings) }, (_, id) => Math.log(1 + total / (1 + this.postingCount(id))));
  }

  /** What `build` worked out, as plain data, for src/catalog/index-file.ts to save. */
  static stateOf(index: ProductIndex): IndexState {
    return index.state;
  }

  /**
   * An index from a state `stateOf` gave, read back from a file: every id in it is checked to be in
   * range (a pass over typed arrays, cheap beside making objects), so a damaged or foreign state is
   * refused here rather than misread later. Throws, saying what is wrong.
   */
  static restore(productCount: number, state: IndexState): ProductIndex {
    checkState(state, productCount);
    return new ProductIndex(state);
  }

  static build(catalog: Catalog): ProductIndex {
    const vocabulary = new VocabularyBuilder();
    const building = new PostingsBuilder();
    const names: NamesBuilding = { product: [], tokens: [], head: [], categoryId: [], original: [], weight: [] };
    const categoryIds = new Map<string, number>();
    const categories: number[][] = [];
    const aisles: number[][] = [];
    const brands: number[][] = [];
    const namesOfProduct: number[][] = [];
    const andPairs = new Map<string, number>();
    const pluralUses: number[] = [];
    const tokenOfWord = new Map<string, number>();
    const wordId = (word: string): number => vocabulary.wordId(word);
    catalog.products.forEach((product, productIndex) => {
      const brand = product.brand === undefined ? [] : nameWords(product.brand).map(wordId);
      brands.push(brand);
      let categoryId = -1;
      if (product.category !== undefined) {
        categoryId = categoryIds.get(product.category) ?? -1;
        if (categoryId < 0) {
          categoryId = categories.length;
          categoryIds.set(product.category, categoryId);
          categories.push(nameWords(product.category.replace(/>/g, ' ')).map(wordId));
          aisles.push(nameWords(product.category.slice(product.category.lastIndexOf('>') + 1)).map(wordId));
        }
      }
      const own: number[] = [];
      const joined = joinedForm(product.name);
      const alternatives = [product.name, ...(joined === null ? [] : [joined]), ...(product.synonyms ?? [])];
      alternatives.forEach((text, alternative) => {
        const spoken = spokenWords(text);
        // The store's own words for a product join with "and" too: "mac and cheese" of its Macaroni & Cheese.
        if (alternative === 0 || alternative > (joined === null ? 0 : 1)) countAndPairs(andPairs, spoken);
        const tokens = nameTokens(vocabulary, spoken, tokenOfWord);
        if (alternative === 0) countPlurals(vocabulary, pluralUses, spoken);
        if (tokens.length === 0) return;
        const nameId = names.product.length;
        own.push(nameId);
        names.product.push(productIndex);
        names.tokens.push(tokens);
        names.head.push(headToken(vocabulary, text, tokens));
        names.categoryId.push(categoryId);
        names.original.push(alternative === 0);
        names.weight.push(alternative === 0 ? 1 : 0.97);
        for (const token of tokens) building.add(token, nameId);
        for (const token of brand) building.add(token, nameId);
      });
      namesOfProduct.push(own);
    });
    addCompoundSpellings(vocabulary, names, namesOfProduct, building);
    return new ProductIndex({
      words: vocabulary.words,
      postings: building.build(vocabulary.words.length),
      names: {
        product: Int32Array.from(names.product),
        tokens: flatLists(names.tokens),
        head: Int32Array.from(names.head),
        categoryId: Int32Array.from(names.categoryId),
        original: Uint8Array.from(names.original, (original) => (original ? 1 : 0)),
        weight: Float64Array.from(names.weight),
      },
      brands: flatLists(brands),
      categories: flatLists(categories),
      aisles: flatLists(aisles),
      namesOfProduct: flatLists(namesOfProduct),
      byPhonetic: keyedLists(vocabulary.byPhonetic),
      byInitialAndLength: keyedLists(vocabulary.byInitialAndLength),
      andPairs,
      pluralUses: Int32Array.from({ length: vocabulary.words.length }, (_, id) => pluralUses[id] ?? 0),
    });
  }

  /** How many names the index holds: products' own names, synonyms and other spellings. */
  get nameCount(): number {
    return this.nameLengths.length;
  }

  /** A name, as a view of the columns made on the spot: only the few names a request scores are ever made. */
  name(id: number): NameEntry | undefined {
    const { names, brands } = this.state;
    const product = names.product[id];
    if (product === undefined) return undefined;
    const categoryId = names.categoryId[id] ?? -1;
    return {
      product,
      tokens: listAt(names.tokens, id),
      head: names.head[id] ?? 0,
      brand: listAt(brands, product),
      category: this.categoryWords[categoryId] ?? NO_WORDS,
      aisle: this.aisleWords[categoryId] ?? NO_WORDS,
      categoryId,
      original: names.original[id] === 1,
      weight: names.weight[id] ?? 0,
    };
  }

  /** The names using a word, in name order. */
  postingsOf(word: number): Int32Array {
    return word < 0 || word >= listCount(this.state.postings) ? NO_WORDS : listAt(this.state.postings, word);
  }

  /** How many names use a word. */
  postingCount(word: number): number {
    const { starts } = this.state.postings;
    return word < 0 || word + 1 >= starts.length ? 0 : (starts[word + 1] ?? 0) - (starts[word] ?? 0);
  }

  /** The words with a sound-alike key. */
  wordsSounding(key: string): Int32Array {
    const k = this.phoneticKeys.get(key);
    return k === undefined ? NO_WORDS : listAt(this.state.byPhonetic.lists, k);
  }

  /** The words of four letters or more starting with a letter and as long as `length`. */
  wordsOfInitialAndLength(initial: string, length: number): Int32Array {
    const k = this.initialAndLengthKeys.get(`${initial}${length}`);
    return k === undefined ? NO_WORDS : listAt(this.state.byInitialAndLength.lists, k);
  }

  /** The words of a name, without making the rest of it. */
  tokensOf(name: number): Int32Array {
    return listAt(this.state.names.tokens, name);
  }

  /** The names of a product: its own, its synonyms and their other spellings. */
  namesOf(product: number): Int32Array {
    return product < 0 || product >= listCount(this.state.namesOfProduct) ? NO_WORDS : listAt(this.state.namesOfProduct, product);
  }

  /** Whether some name prints word `second` right after word `first` ("paper towels"). */
  printsSideBySide(first: number, second: number): boolean {
    const [rarer, looking] = this.postingCount(first) <= this.postingCount(second) ? [first, 'after'] : [second, 'before'];
    for (const name of this.postingsOf(rarer)) {
      const tokens = this.tokensOf(name);
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i] !== rarer) continue;
        if (looking === 'after' ? tokens[i + 1] === second : tokens[i - 1] === first) return true;
      }
    }
    return false;
  }

  /**
   * Whether word `first` is printed mostly right before word `second`, in names enough to tell:
   * "ice" before "cream", where "vanilla" comes before many words, and a word used once proves nothing.
   */
  printedMostlyBefore(first: number, second: number): boolean {
    const key = `${first} ${second}`;
    const known = this.mostlyBefore.get(key);
    if (known !== undefined) return known;
    let followed = 0;
    const names = this.postingsOf(first);
    for (const name of names) {
      const tokens = this.tokensOf(name);
      if (tokens.some((token, at) => token === first && tokens[at + 1] === second)) followed++;
    }
    const mostly = followed >= OWN_PRODUCTS && followed >= 0.5 * names.length;
    this.mostlyBefore.set(key, mostly);
    return mostly;
  }

  /** How many product names join the two words with "and" or "&" ("Half & Half"). */
  namesJoining(left: string, right: string): number {
    return this.state.andPairs.get(`${stem(left)} ${stem(right)}`) ?? 0;
  }

  /**
   * Whether the catalog counts the thing a word names: its names say "apples" and "tomatoes" often
   * enough, where "milk" or "cheese" is almost never plural.
   */
  isCountNoun(id: number): boolean {
    const uses = this.postingCount(id);
    return uses > 0 && (this.state.pluralUses[id] ?? 0) >= COUNT_NOUN_SHARE * uses;
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
      return id !== undefined && together >= 0.5 * this.postingCount(id);
    };
    return usedMostlyTogether(left) || usedMostlyTogether(right);
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
      const { names } = this.state;
      const lastWordOfAisle = Int32Array.from(this.aisleWords, (words) => words.at(-1) ?? -1);
      for (let name = 0; name < this.nameCount; name++) {
        if (names.original[name] !== 1) continue;
        const token = lastWordOfAisle[names.categoryId[name] ?? -1] ?? -1;
        if (token < 0) continue;
        const product = names.product[name] ?? 0;
        const products = aisles.get(token) ?? [];
        if (products.at(-1) !== product) products.push(product);
        aisles.set(token, products);
      }
      this.aisleProducts = aisles;
    }
    return aisles.get(word) ?? [];
  }

  /**
   * Whether names about `head` are shelved somewhere, and none of them in this category: the
   * catalog says where things of that noun are, and it is not here. A word no name is about (a
   * brand, "toaster" where none are sold) says nothing of where it belongs.
   */
  shelvedOnlyElsewhere(head: number, categoryId: number): boolean {
    const counts = this.headCounts(head);
    return counts.size > 0 && (counts.get(categoryId) ?? 0) === 0;
  }

  /**
   * Whether any name shelved outside this category is about `head` said right after `before`, as
   * its last two words of substance: "egg whites" are sold as eggs, so they are not what an egg
   * white protein bar is; no name outside the cereal aisle is about "honey bears".
   */
  pairNamedElsewhere(before: number, head: number, categoryId: number): boolean {
    const { names } = this.state;
    for (const name of this.postingsOf(head)) {
      const category = names.categoryId[name] ?? -1;
      if (names.original[name] !== 1 || names.head[name] !== head || category < 0 || category === categoryId) continue;
      const tokens = this.tokensOf(name);
      const at = tokens.lastIndexOf(head);
      if (at > 0 && tokens[at - 1] === before) return true;
    }
    return false;
  }

  /**
   * How usual this category is for names about `head`, against the head's most usual category
   * (1 there): bananas are fruit, rarely crackers. Worked out on first use and remembered.
   */
  typicality(head: number, categoryId: number): number {
    if (categoryId < 0) return 0;
    const counts = this.headCounts(head);
    let best = 0;
    for (const count of counts.values()) best = Math.max(best, count);
    return best === 0 ? 0 : (counts.get(categoryId) ?? 0) / best;
  }

  /**
   * Whether a word names products of its own: the noun of a good share of the names that use it
   * ("bread"), or the aisle several are shelved in ("cereal"). It is then a thing said, never a
   * brand left out of a name nor only a word that says which kind ("vanilla", "sharp").
   */
  namesItsOwnProducts(word: string): boolean {
    const id = this.vocabulary.get(word);
    if (id === undefined) return false;
    return (this.postingCount(id) >= OWN_PRODUCTS && this.headShare(id) >= OWN_NOUN_SHARE) || this.productsInAisle(id).length >= OWN_PRODUCTS;
  }

  /** Whether a word is seldom what its names are about, as "vanilla" or "chocolate" is, where "coffee" and "bread" are the noun of many of theirs. */
  mostlyDescribes(word: number): boolean {
    return this.headShare(word) < OWN_NOUN_SHARE;
  }

  /** What share of the names using a word are named for it, as their noun: most that say "flour" are flour, few that say "time". */
  headShare(word: number): number {
    let named = 0;
    for (const count of this.headCounts(word).values()) named += count;
    const uses = this.postingCount(word);
    return uses === 0 ? 0 : named / uses;
  }

  private headCounts(head: number): Map<number, number> {
    let counts = this.headCategories.get(head);
    if (counts === undefined) {
      counts = new Map<number, number>();
      const { names } = this.state;
      for (const name of this.postingsOf(head)) {
        const category = names.categoryId[name] ?? -1;
        if (names.original[name] === 1 && names.head[name] === head && category >= 0) counts.set(category, (counts.get(category) ?? 0) + 1);
      }
      this.headCategories.set(head, counts);
    }
    return counts;
  }

  /**
   * What share of a category's names say `before` and `noun` side by side: most among the cat food
   * say cat food, so the aisle is about cat food, not food. Remembered once worked out.
   */
  pairShare(before: number, noun: number, categoryId: number): number {
    const key = `${before} ${noun} ${categoryId}`;
    const known = this.pairShares.get(key);
    if (known !== undefined) return known;
    const { names } = this.state;
    let sizes = this.categorySizes;
    if (sizes === undefined) {
      sizes = new Map();
      for (let name = 0; name < this.nameCount; name++) {
        const category = names.categoryId[name] ?? -1;
        if (names.original[name] === 1 && category >= 0) sizes.set(category, (sizes.get(category) ?? 0) + 1);
      }
      this.categorySizes = sizes;
    }
    let paired = 0;
    for (const name of this.postingsOf(noun)) {
      if (names.original[name] !== 1 || names.categoryId[name] !== categoryId) continue;
      const tokens = this.tokensOf(name);
      if (tokens.some((token, at) => token === noun && at > 0 && tokens[at - 1] === before)) paired++;
    }
    const share = paired / Math.max(1, sizes.get(categoryId) ?? 0);
    this.pairShares.set(key, share);
    return share;
  }

  /** Whether a word is in some product's brand, as the catalog gives brands ("charmin"). Gathered on first use. */
  isBrandWord(id: number): boolean {
    if (this.brandWords === undefined) {
      const { brands } = this.state;
      const gathered = new Set<number>();
      for (let product = 0; product < listCount(brands); product++) for (const token of listAt(brands, product)) gathered.add(token);
      this.brandWords = gathered;
    }
    return this.brandWords.has(id);
  }

  /** Share of the product names using a word that start with it: high for brands. Remembered once worked out. */
  leadShare(id: number): number {
    const known = this.leadShares.get(id);
    if (known !== undefined) return known;
    const { names } = this.state;
    let uses = 0;
    let leads = 0;
    for (const name of this.postingsOf(id)) {
      if (names.original[name] !== 1) continue;
      uses++;
      if (names.tokens.data[names.tokens.starts[name] ?? -1] === id) leads++;
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

function countPlurals(vocabulary: VocabularyBuilder, pluralUses: number[], spoken: readonly string[]): void {
  for (const word of spoken) {
    const singular = stem(word);
    const id = singular === word ? undefined : vocabulary.ids.get(singular);
    if (id !== undefined) pluralUses[id] = (pluralUses[id] ?? 0) + 1;
  }
}

function countAndPairs(andPairs: Map<string, number>, spoken: readonly string[]): void {
  for (let i = 1; i + 1 < spoken.length; i++) {
    if (spoken[i] !== 'and') continue;
    const pair = `${stem(spoken[i - 1] ?? '')} ${stem(spoken[i + 1] ?? '')}`;
    andPairs.set(pair, (andPairs.get(pair) ?? 0) + 1);
  }
}

/**
 * Names written with run-together words ("Fizzwater", "Fishstick") also get a spelling with the
 * words apart, so "fizz water" and "fish sticks" find them. Only splits into two words that
 * other names use on their own count, and only of a coinage, used in fewer names than either
 * part: a word of its own ("pineapple", "grapefruit") is not its parts, and "apples" must
 * never find Pineapple.
 */
function addCompoundSpellings(vocabulary: VocabularyBuilder, names: NamesBuilding, namesOfProduct: number[][], building: PostingsBuilder): void {
  const usesOf = (word: string): number => {
    const id = vocabulary.ids.get(word);
    return id === undefined ? 0 : building.count(id);
  };
  const isCommon = (word: string): boolean => usesOf(word) >= MIN_PART_USES;
  const splits = new Map<number, [string, string]>();
  vocabulary.words.forEach((word, id) => {
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
  const count = names.product.length;
  for (let nameId = 0; nameId < count; nameId++) {
    const tokens = names.tokens[nameId];
    if (tokens === undefined || !tokens.some((token) => splits.has(token))) continue;
    const apart = tokens.flatMap((token) => {
      const split = splits.get(token);
      return split === undefined ? [token] : split.map((part) => vocabulary.wordId(part));
    });
    const product = names.product[nameId] ?? 0;
    const aliasId = names.product.length;
    names.product.push(product);
    names.tokens.push(apart);
    names.head.push(names.head[nameId] ?? 0);
    names.categoryId.push(names.categoryId[nameId] ?? -1);
    names.original.push(false);
    names.weight.push((names.weight[nameId] ?? 0) * 0.97);
    namesOfProduct[product]?.push(aliasId);
    for (const token of apart) building.add(token, aliasId);
  }
}

function checkLists(lists: FlatLists, count: number, below: number, what: string): void {
  const { data, starts } = lists;
  if (starts.length !== count + 1 || starts[0] !== 0 || starts[count] !== data.length) throw new Error(`${what} do not fit together`);
  for (let i = 0; i < count; i++) if ((starts[i] ?? 0) > (starts[i + 1] ?? 0)) throw new Error(`${what} do not fit together`);
  checkIds(data, 0, below, what);
}

function checkIds(ids: ArrayLike<number>, from: number, below: number, what: string): void {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? from - 1;
    if (id < from || id >= below) throw new Error(`${what} hold an id out of range`);
  }
}

/** Every column as long as the others, every id naming a word, name, product or category that is there. */
function checkState(state: IndexState, productCount: number): void {
  const words = state.words.length;
  const { names } = state;
  const nameCount = names.product.length;
  if ([names.head, names.categoryId, names.original, names.weight].some((column) => column.length !== nameCount)) throw new Error('the name columns differ in length');
  checkLists(state.postings, words, nameCount, 'the postings');
  const categoryCount = state.categories.starts.length - 1;
  checkIds(names.product, 0, productCount, 'the names');
  checkIds(names.head, 0, words, 'the names');
  checkIds(names.categoryId, -1, categoryCount, 'the names');
  checkLists(names.tokens, nameCount, words, 'the names’ words');
  checkLists(state.brands, productCount, words, 'the brands');
  checkLists(state.categories, categoryCount, words, 'the categories');
  checkLists(state.aisles, categoryCount, words, 'the aisles');
  checkLists(state.namesOfProduct, productCount, nameCount, 'the names of products');
  checkLists(state.byPhonetic.lists, state.byPhonetic.keys.length, words, 'the sound-alike keys');
  checkLists(state.byInitialAndLength.lists, state.byInitialAndLength.keys.length, words, 'the spelling neighbours');
  if (state.pluralUses.length !== words) throw new Error('the plural counts do not fit the vocabulary');
}
