import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { readProducts, writeProducts } from './packed-catalog.ts';
import { catalogOf, type Catalog } from './product.ts';
import { ProductIndex, type IndexState, type KeyedLists } from './product-index.ts';
import { decodeSections, encodeSections, SectionWriter, textList, type SectionReader } from './sections.ts';

/**
 * A prebuilt catalog index: the validated products and the ready ProductIndex, saved so that a
 * cold start reads one file instead of parsing and validating the catalog and building the index.
 *
 *   VOICECART-INDEX\n{header as JSON}\n{body: the products and the index as columns (src/catalog/sections.ts)}
 *
 * The header says what the file was built from, and is checked before the body is read: a file
 * built from another catalog, by another layout of this file or by other code is stale, never used.
 * The body is typed arrays and long texts, taken as views of the bytes read: reading it makes no
 * object per product or per name.
 */

/** The layout of this file; raised whenever it changes. */
export const INDEX_FORMAT = 3;

const MAGIC = 'VOICECART-INDEX\n';

const HeaderSchema = z.object({
  format: z.number().int(),
  /** sha256 of the catalog file's bytes. */
  catalogSha256: z.string(),
  /** The fingerprint of the code that built it: other code may index differently. */
  code: z.string(),
  products: z.number().int().nonnegative(),
  /** Rows of the catalog file left out as invalid (`voicecart index --skip-bad-rows`). */
  skippedRows: z.number().int().nonnegative(),
});
export type IndexFileHeader = z.infer<typeof HeaderSchema>;

/** What a usable index must have been built from. */
export interface IndexStamp {
  readonly catalogSha256: string;
  readonly code: string;
}

export type IndexFileRead =
  | { readonly ok: true; readonly catalog: Catalog; readonly index: ProductIndex; readonly header: IndexFileHeader }
  | { readonly ok: false; readonly reason: string };

/** sha256 of a catalog file, read a piece at a time: a cold start need not hold the whole file for it. */
export function catalogDigest(path: string): string {
  const hash = createHash('sha256');
  const piece = Buffer.allocUnsafe(1 << 18);
  const file = openSync(path, 'r');
  try {
    for (let read = readSync(file, piece); read > 0; read = readSync(file, piece)) hash.update(piece.subarray(0, read));
  } finally {
    closeSync(file);
  }
  return hash.digest('hex');
}

/** Writes the file whole under another name, then renames it: a reader never sees half of one. */
export function writeIndexFile(
  path: string,
  catalog: Catalog,
  index: ProductIndex,
  stamp: IndexStamp & { readonly skippedRows?: number },
): number {
  const header: IndexFileHeader = {
    format: INDEX_FORMAT,
    catalogSha256: stamp.catalogSha256,
    code: stamp.code,
    products: catalog.size,
    skippedRows: stamp.skippedRows ?? 0,
  };
  const writer = new SectionWriter();
  writeProducts(writer, catalog);
  writeIndexState(writer, ProductIndex.stateOf(index));
  const head = Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`);
  const bytes = Buffer.concat([head, encodeSections(writer.sections, head.length)]);
  const partial = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
  return bytes.length;
}

/** The header alone, or why the file is not an index. */
function readHeader(bytes: Buffer): { header: IndexFileHeader; bodyAt: number; bytes: Buffer } | string {
  if (bytes.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) return 'not a voicecart index file';
  const end = bytes.indexOf(10, MAGIC.length);
  if (end < 0) return 'its header is cut short';
  let json: unknown;
  try {
    json = JSON.parse(bytes.subarray(MAGIC.length, end).toString('utf8'));
  } catch {
    return 'its header is not JSON';
  }
  const header = HeaderSchema.safeParse(json);
  return header.success ? { header: header.data, bodyAt: end + 1, bytes } : 'its header is malformed';
}

function writeKeyedLists(writer: SectionWriter, name: string, keyed: KeyedLists): void {
  writer.texts(`${name}.keys`, keyed.keys);
  writer.lists(`${name}.ids`, keyed.lists);
}

function readKeyedLists(reader: SectionReader, name: string): KeyedLists {
  return { keys: textList(reader.texts(`${name}.keys`)), lists: reader.lists(`${name}.ids`) };
}

function writeIndexState(writer: SectionWriter, state: IndexState): void {
  writer.texts('words', state.words);
  writer.lists('postings', state.postings);
  writer.put('names.product', state.names.product);
  writer.lists('names.tokens', state.names.tokens);
  writer.put('names.head', state.names.head);
  writer.put('names.categoryId', state.names.categoryId);
  writer.put('names.original', state.names.original);
  writer.put('names.weight', state.names.weight);
  writer.lists('brands', state.brands);
  writer.lists('categories', state.categories);
  writer.lists('aisles', state.aisles);
  writer.lists('namesOfProduct', state.namesOfProduct);
  writeKeyedLists(writer, 'byPhonetic', state.byPhonetic);
  writeKeyedLists(writer, 'byInitialAndLength', state.byInitialAndLength);
  writer.texts('andPairs.keys', [...state.andPairs.keys()]);
  writer.put('andPairs.counts', Float64Array.from(state.andPairs.values()));
  writer.put('pluralUses', state.pluralUses);
}

function readIndexState(reader: SectionReader): IndexState {
  const andPairKeys = textList(reader.texts('andPairs.keys'));
  const andPairCounts = reader.float64('andPairs.counts');
  if (andPairCounts.length !== andPairKeys.length) throw new Error('its section andPairs does not fit together');
  return {
    words: textList(reader.texts('words')),
    postings: reader.lists('postings'),
    names: {
      product: reader.int32('names.product'),
      tokens: reader.lists('names.tokens'),
      head: reader.int32('names.head'),
      categoryId: reader.int32('names.categoryId'),
      original: reader.uint8('names.original'),
      weight: reader.float64('names.weight'),
    },
    brands: reader.lists('brands'),
    categories: reader.lists('categories'),
    aisles: reader.lists('aisles'),
    namesOfProduct: reader.lists('namesOfProduct'),
    byPhonetic: readKeyedLists(reader, 'byPhonetic'),
    byInitialAndLength: readKeyedLists(reader, 'byInitialAndLength'),
    andPairs: new Map(andPairKeys.map((key, i) => [key, andPairCounts[i] ?? 0])),
    pluralUses: reader.int32('pluralUses'),
  };
}

/** The sections a file written by this code holds, by name: one holding others was written by other code. */
let sectionNames: string | undefined;
function expectedSectionNames(): string {
  if (sectionNames === undefined) {
    const writer = new SectionWriter();
    const empty = catalogOf([]);
    writeProducts(writer, empty);
    writeIndexState(writer, ProductIndex.stateOf(ProductIndex.build(empty)));
    sectionNames = [...writer.sections.keys()].sort().join(',');
  }
  return sectionNames;
}

/**
 * Reads an index file whole and restores the catalog and index it holds, when it was built from
 * the catalog and by the code `expected` names. The products were validated when the file was
 * written and are not validated again, which would cost what the file saves: only that its columns
 * fit together and every reference in them is in range.
 */
export function readIndexFile(path: string, expected: IndexStamp): IndexFileRead {
  const read = readHeader(readFileSync(path));
  if (typeof read === 'string') return { ok: false, reason: read };
  const { header, bodyAt } = read;
  if (header.format !== INDEX_FORMAT) return { ok: false, reason: `it has layout ${header.format}, this voicecart reads layout ${INDEX_FORMAT}` };
  if (header.catalogSha256 !== expected.catalogSha256) return { ok: false, reason: 'the catalog changed since it was built' };
  if (header.code !== expected.code) return { ok: false, reason: 'it was built by another version of voicecart' };
  const sections = decodeSections(read.bytes, bodyAt);
  if (typeof sections === 'string') return { ok: false, reason: `its body cannot be read: ${sections}` };
  if (sections.names().sort().join(',') !== expectedSectionNames()) return { ok: false, reason: 'it holds other fields than this voicecart builds' };
  try {
    const catalog = readProducts(sections, header.products);
    return { ok: true, catalog, index: ProductIndex.restore(catalog.size, readIndexState(sections)), header };
  } catch (error) {
    return { ok: false, reason: `its body is malformed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
