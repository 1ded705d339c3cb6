import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { z } from 'zod';
import { pack, unpack } from './plain-data.ts';
import { catalogOf, type Catalog, type Product } from './product.ts';
import { ProductIndex, type IndexState } from './product-index.ts';

/**
 * A prebuilt catalog index: the validated products and the ready ProductIndex, saved so that a
 * cold start reads one file instead of parsing and validating the catalog and building the index.
 *
 *   VOICECART-INDEX\n{header as JSON}\n{body: v8.serialize of the packed products and index}
 *
 * The header says what the file was built from, and is checked before the body is read: a file
 * built from another catalog, by another layout of this file or by other code is stale, never used.
 */

/** The layout of this file; raised whenever it changes. */
export const INDEX_FORMAT = 2;

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
    products: catalog.products.length,
    skippedRows: stamp.skippedRows ?? 0,
  };
  const body = serialize(pack({ products: catalog.products, index: ProductIndex.stateOf(index) }, 'catalog index'));
  const bytes = Buffer.concat([Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`), body]);
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

const FlatListsSchema = z.object({ data: z.instanceof(Int32Array), starts: z.instanceof(Uint32Array) }).strict();
const IdsByKeySchema = z.map(z.string(), z.array(z.number()));

/**
 * The shape of a saved index: its columns are typed arrays, checked here by their kind alone (no
 * walk over the records); ProductIndex.restore then checks that they fit together. Strict, so a
 * file saved by a build of other fields is refused as stale.
 */
const SavedIndexSchema = z
  .object({
    words: z.array(z.string()),
    postings: z.array(z.instanceof(Int32Array)),
    names: z
      .object({
        product: z.instanceof(Int32Array),
        tokens: FlatListsSchema,
        head: z.instanceof(Int32Array),
        categoryId: z.instanceof(Int32Array),
        original: z.instanceof(Uint8Array),
        weight: z.instanceof(Float64Array),
      })
      .strict(),
    brands: FlatListsSchema,
    categories: FlatListsSchema,
    aisles: FlatListsSchema,
    namesOfProduct: FlatListsSchema,
    byPhonetic: IdsByKeySchema,
    byInitialAndLength: IdsByKeySchema,
    andPairs: z.map(z.string(), z.number()),
  })
  .strict() satisfies z.ZodType<IndexState>;

const SavedSchema = z.object({ products: z.array(z.unknown()), index: z.unknown() });

/** A saved product: validated before it was saved, so only its shape is checked here. */
function isSavedProduct(value: unknown): value is Product {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name } = value as { id?: unknown; name?: unknown };
  return typeof id === 'string' && typeof name === 'string';
}

/**
 * Reads an index file whole and restores the catalog and index it holds, when it was built from
 * the catalog and by the code `expected` names. The products were validated when the file was
 * written and are not validated again: doing so would cost what the file saves.
 */
export function readIndexFile(path: string, expected: IndexStamp): IndexFileRead {
  const read = readHeader(readFileSync(path));
  if (typeof read === 'string') return { ok: false, reason: read };
  const { header, bodyAt } = read;
  if (header.format !== INDEX_FORMAT) return { ok: false, reason: `it has layout ${header.format}, this voicecart reads layout ${INDEX_FORMAT}` };
  if (header.catalogSha256 !== expected.catalogSha256) return { ok: false, reason: 'the catalog changed since it was built' };
  if (header.code !== expected.code) return { ok: false, reason: 'it was built by another version of voicecart' };
  let saved: z.infer<typeof SavedSchema>;
  try {
    const parsed = SavedSchema.safeParse(unpack(deserialize(read.bytes.subarray(bodyAt))));
    if (!parsed.success) return { ok: false, reason: 'its body is malformed' };
    saved = parsed.data;
  } catch (error) {
    return { ok: false, reason: `its body cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const state = SavedIndexSchema.safeParse(saved.index);
  if (!state.success) return { ok: false, reason: 'it holds other fields than this voicecart builds' };
  if (saved.products.length !== header.products) return { ok: false, reason: 'its body does not match its header' };
  const products = saved.products.filter(isSavedProduct);
  if (products.length !== header.products) return { ok: false, reason: 'its products are malformed' };
  try {
    return { ok: true, catalog: catalogOf(products), index: ProductIndex.restore(products, state.data), header };
  } catch (error) {
    return { ok: false, reason: `its index is malformed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
