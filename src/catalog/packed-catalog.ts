import type { Catalog, Product } from './product.ts';
import {
  compareEncodedText,
  encodedTextAt,
  encodedTextCount,
  encodeTexts,
  flatLists,
  listAt,
  textList,
  type EncodedTexts,
  type SectionReader,
  type SectionWriter,
  type Texts,
} from './sections.ts';

/**
 * A catalog kept as columns, as an index file holds it: a product is made into an object when it is
 * first asked for, by position or by id, so a cold start that answers with a handful of products
 * never makes the tens of thousands of others (nor the garbage collection that would follow them).
 */

/** The text fields of a product, each kept as distinct texts and a reference per product (-1: absent). */
const TEXT_FIELDS = ['id', 'name', 'brand', 'category', 'size', 'image'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** Distinct texts in order of first use, and which one each value is. */
function distinct(values: readonly (string | undefined)[]): { texts: string[]; refs: Int32Array } {
  const ids = new Map<string, number>();
  const refs = Int32Array.from(values, (value) => {
    if (value === undefined) return -1;
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = ids.size));
    return id;
  });
  return { texts: [...ids.keys()], refs };
}

/**
 * Writes the products as columns, with their positions in the order of their ids' bytes, for
 * finding one by id without a string made for every other.
 */
export function writeProducts(writer: SectionWriter, catalog: Catalog): void {
  const { products } = catalog;
  for (const field of TEXT_FIELDS) {
    const { texts, refs } = distinct(products.map((product) => product[field]));
    const encoded = encodeTexts(texts);
    writer.encodedTexts(`products.${field}`, encoded);
    writer.put(`products.${field}.refs`, refs);
    if (field === 'id') {
      const positions = Int32Array.from(products.keys());
      const ref = (position: number): number => refs[position] ?? 0;
      positions.sort((a, b) => compareEncodedText(encoded, ref(a), encoded.bytes, encoded.starts[ref(b)], encoded.starts[ref(b) + 1]));
      writer.put('products.byId', positions);
    }
  }
  // NaN is never a price (prices are finite): it marks a product without one.
  writer.put('products.price', Float64Array.from(products, (product) => product.price ?? Number.NaN));
  const synonyms = distinct(products.flatMap((product) => product.synonyms ?? []));
  let next = 0;
  writer.encodedTexts('products.synonyms', encodeTexts(synonyms.texts));
  writer.lists('products.synonyms.lists', flatLists(products.map((product) => (product.synonyms ?? []).map(() => synonyms.refs[next++] ?? 0))));
  writer.put('products.synonyms.present', Uint8Array.from(products, (product) => (product.synonyms === undefined ? 0 : 1)));
  // Gathering them takes a few hundred milliseconds at 50,000 products: done here, once, not by a turn.
  writer.texts('products.soldWords', [...catalog.soldWords()]);
}

interface TextColumn {
  readonly texts: EncodedTexts;
  readonly refs: Int32Array;
}

function checkRefs(refs: Int32Array, count: number, below: number, what: string): void {
  if (refs.length !== count) throw new Error(`its ${what} do not fit the products`);
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i] ?? -1;
    if (ref < -1 || ref >= below) throw new Error(`its ${what} hold a reference out of range`);
  }
}

/**
 * The catalog of `count` products an index file holds. Every column is checked to fit (lengths,
 * references in range, ids in strictly rising order, so each is there once): a pass over typed
 * arrays and the ids, far cheaper than making the products.
 */
export function readProducts(reader: SectionReader, count: number): Catalog {
  const text = {} as Record<TextField, TextColumn>;
  for (const field of TEXT_FIELDS) {
    const column = { texts: reader.encodedTexts(`products.${field}`), refs: reader.int32(`products.${field}.refs`) };
    checkRefs(column.refs, count, encodedTextCount(column.texts), `${field} references`);
    text[field] = column;
  }
  if (text.id.refs.some((ref) => ref < 0) || text.name.refs.some((ref) => ref < 0)) throw new Error('its products lack an id or a name');
  const price = reader.float64('products.price');
  const synonyms = reader.encodedTexts('products.synonyms');
  const synonymLists = reader.lists('products.synonyms.lists');
  const synonymsPresent = reader.uint8('products.synonyms.present');
  const byId = reader.int32('products.byId');
  const soldWords = reader.texts('products.soldWords');
  if (price.length !== count || synonymsPresent.length !== count || synonymLists.starts.length !== count + 1) throw new Error('its product columns differ in length');
  checkRefs(synonymLists.data, synonymLists.data.length, encodedTextCount(synonyms), 'synonym references');
  checkRefs(byId, count, count, 'positions by id');
  const ids = text.id.texts;
  for (let k = 1; k < byId.length; k++) {
    const before = text.id.refs[byId[k - 1] ?? 0] ?? 0;
    const after = text.id.refs[byId[k] ?? 0] ?? 0;
    if (compareEncodedText(ids, before, ids.bytes, ids.starts[after], ids.starts[after + 1]) >= 0) throw new Error('its ids are out of order or said twice');
  }
  return new PackedCatalog({ count, text, price, synonyms, synonymLists, synonymsPresent, byId, soldWords });
}

interface ProductColumns {
  readonly count: number;
  readonly text: Readonly<Record<TextField, TextColumn>>;
  readonly price: Float64Array;
  readonly synonyms: EncodedTexts;
  readonly synonymLists: { readonly data: Int32Array; readonly starts: Uint32Array };
  readonly synonymsPresent: Uint8Array;
  /** Positions in the order of their products' ids. */
  readonly byId: Int32Array;
  readonly soldWords: Texts;
}

class PackedCatalog implements Catalog {
  readonly size: number;
  readonly byId: ReadonlyMap<string, Product>;
  /** Products made so far, by position: each is made once, so every caller gets the same object. */
  private readonly made: (Product | undefined)[] = [];
  private all: readonly Product[] | undefined;
  private sold: ReadonlySet<string> | undefined;

  constructor(private readonly columns: ProductColumns) {
    this.size = columns.count;
    this.byId = new ProductsById(this);
  }

  /** Every product, made on first use: walking the whole catalog is for generating models and pages, not for a turn. */
  get products(): readonly Product[] {
    this.all ??= Array.from({ length: this.size }, (_, position) => this.make(position));
    return this.all;
  }

  soldWords(): ReadonlySet<string> {
    this.sold ??= new Set(textList(this.columns.soldWords));
    return this.sold;
  }

  productAt(position: number): Product | undefined {
    return Number.isInteger(position) && position >= 0 && position < this.size ? this.make(position) : undefined;
  }

  /** A binary search through the ids in the order of their bytes. */
  positionOf(id: string): number | undefined {
    const { byId, text } = this.columns;
    const wanted = Buffer.from(id, text.id.texts.encoding);
    // An id UTF-8 cannot hold (a lone surrogate) is none of these, all of which it holds.
    if (wanted.toString(text.id.texts.encoding) !== id) return undefined;
    let low = 0;
    let high = byId.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const position = byId[middle] ?? 0;
      const order = compareEncodedText(text.id.texts, text.id.refs[position] ?? 0, wanted);
      if (order === 0) return position;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  /** A product with its fields in the order ProductSchema gives them, as the catalog file's product was validated. */
  private make(position: number): Product {
    const known = this.made[position];
    if (known !== undefined) return known;
    const { text, price, synonyms, synonymLists, synonymsPresent } = this.columns;
    const field = (name: TextField): string | undefined => {
      const ref = text[name].refs[position] ?? -1;
      return ref < 0 ? undefined : encodedTextAt(text[name].texts, ref);
    };
    const product: Product = { id: field('id') ?? '', name: field('name') ?? '' };
    const brand = field('brand');
    if (brand !== undefined) product.brand = brand;
    const category = field('category');
    if (category !== undefined) product.category = category;
    const size = field('size');
    if (size !== undefined) product.size = size;
    const cost = price[position] ?? Number.NaN;
    if (!Number.isNaN(cost)) product.price = cost;
    if (synonymsPresent[position] === 1) product.synonyms = Array.from(listAt(synonymLists, position), (ref) => encodedTextAt(synonyms, ref));
    const image = field('image');
    if (image !== undefined) product.image = image;
    this.made[position] = product;
    return product;
  }
}

/** Products by id, found by the catalog's binary search rather than held in a map of them all. */
class ProductsById implements ReadonlyMap<string, Product> {
  constructor(private readonly catalog: PackedCatalog) {}

  get size(): number {
    return this.catalog.size;
  }

  get(id: string): Product | undefined {
    const position = this.catalog.positionOf(id);
    return position === undefined ? undefined : this.catalog.productAt(position);
  }

  has(id: string): boolean {
    return this.catalog.positionOf(id) !== undefined;
  }

  forEach(callback: (product: Product, id: string, map: ReadonlyMap<string, Product>) => void, thisArg?: unknown): void {
    for (const product of this.catalog.products) callback.call(thisArg, product, product.id, this);
  }

  entries(): MapIterator<[string, Product]> {
    return this.catalog.products.map((product): [string, Product] => [product.id, product]).values();
  }

  keys(): MapIterator<string> {
    return this.catalog.products.map((product) => product.id).values();
  }

  values(): MapIterator<Product> {
    return this.catalog.products.values();
  }

  [Symbol.iterator](): MapIterator<[string, Product]> {
    return this.entries();
  }
}
