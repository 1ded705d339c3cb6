import { existsSync } from 'node:fs';
import { catalogDigest, readIndexFile, writeIndexFile } from '../catalog/index-file.ts';
import { loadCatalogFile } from '../catalog/load.ts';
import type { Catalog } from '../catalog/product.ts';
import { ProductIndex } from '../catalog/product-index.ts';
import type { DerivedFileCache } from './cache.ts';
import { codeFingerprint } from './code-fingerprint.ts';

export interface OpenedCatalog {
  readonly catalog: Catalog;
  readonly index: ProductIndex;
  /** sha256 of the catalog file: what everything derived from it is keyed by. */
  readonly catalogSha256: string;
  /** Where the index came from: the index file's path, or "built". */
  readonly indexFrom: string;
}

export interface OpenCatalogOptions {
  /** A prebuilt index to use instead of `<catalog>.idx` beside the catalog. */
  readonly indexPath?: string | undefined;
  /** Where an index built here is kept for the next start (and looked for); none on Lambda. */
  readonly cache?: DerivedFileCache | undefined;
  /** Leave out invalid rows (each is reported) instead of stopping at the first. */
  readonly skipBadRows?: boolean;
  /** One line for the operator: an index passed over and why, rows skipped. */
  readonly notice: (line: string) => void;
}

/** The index file `voicecart index --catalog FILE` writes by default. */
export function defaultIndexPath(catalogPath: string): string {
  return `${catalogPath}.idx`;
}

/**
 * The catalog and its index, read from a prebuilt index when one matches the catalog file and
 * this code, else built (and kept in the cache for the next start). A stale index is said to be
 * stale and passed over, never used.
 */
export function openCatalog(catalogPath: string, options: OpenCatalogOptions): OpenedCatalog {
  const stamp = { catalogSha256: catalogDigest(catalogPath), code: codeFingerprint() };
  const prebuilt = options.indexPath ?? defaultIndexPath(catalogPath);
  const cached = options.cache?.pathOf('index', stamp.catalogSha256, stamp.code, '.idx');
  if (options.indexPath !== undefined && !existsSync(options.indexPath)) {
    options.notice(`index ${options.indexPath} not found`);
  }
  for (const path of [prebuilt, cached]) {
    if (path === undefined || !existsSync(path)) continue;
    const read = readIndexFile(path, stamp);
    if (read.ok) {
      if (read.header.skippedRows > 0) options.notice(`index ${path} leaves out ${read.header.skippedRows} invalid rows of ${catalogPath}`);
      return { catalog: read.catalog, index: read.index, catalogSha256: stamp.catalogSha256, indexFrom: path };
    }
    if (path === prebuilt) {
      options.notice(`index ${path} not used: ${read.reason} (voicecart index --catalog ${catalogPath} writes a fresh one)`);
    }
  }
  const { catalog, skipped } = loadCatalogFile(catalogPath, { skipBadRows: options.skipBadRows === true });
  for (const bad of skipped) options.notice(`${catalogPath} line ${bad.line} skipped: ${bad.reason}`);
  const index = ProductIndex.build(catalog);
  // A catalog read with rows left out is not what the next start, which may not skip them, should find.
  if (cached !== undefined && skipped.length === 0) {
    const failed = options.cache?.keep(cached, (path) => writeIndexFile(path, catalog, index, stamp));
    if (failed !== undefined) options.notice(`the index of ${catalogPath} was not kept for the next start: ${failed.message}`);
  }
  return { catalog, index, catalogSha256: stamp.catalogSha256, indexFrom: 'built' };
}
