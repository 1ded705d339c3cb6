import { loadCatalogFile } from '../catalog/load.ts';
import type { Catalog } from '../catalog/product.ts';

/**
 * Loads the catalog a command was given. A bad row stops the command with the line and field at
 * fault, unless the operator asked for `--skip-bad-rows`; then every skipped row is still reported.
 */
export function loadCatalogOption(path: string, skipBadRows: boolean): Catalog {
  const { catalog, skipped } = loadCatalogFile(path, { skipBadRows });
  for (const bad of skipped) process.stderr.write(`${path} line ${bad.line} skipped: ${bad.reason}\n`);
  return catalog;
}
