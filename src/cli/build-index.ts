import { catalogDigest, readIndexFile, writeIndexFile } from '../catalog/index-file.ts';
import { loadCatalogFile } from '../catalog/load.ts';
import { ProductIndex } from '../catalog/product-index.ts';
import { defaultIndexPath } from '../runtime/catalog.ts';
import { codeFingerprint } from '../runtime/code-fingerprint.ts';
import { parseOptions } from './args.ts';

const HELP = `voicecart index --catalog FILE [--out FILE] [--skip-bad-rows]
Validates the catalog, builds its index and writes both to one file (by default the catalog's path
with .idx added, where voicecart serve, chat, resolve and the Lambda look for it), so that a start
reads that file instead of validating and indexing the catalog again. An index built from another
catalog file or by another version of voicecart is never used: it is rebuilt, and said so.`;

/** `voicecart index`: the prebuilt catalog index. */
export async function run(args: string[]): Promise<number> {
  const { values, flags } = parseOptions(args, { values: ['catalog', 'out'], flags: ['skip-bad-rows', 'help'] });
  const catalogPath = values.get('catalog');
  if (flags.has('help') || catalogPath === undefined) {
    process.stdout.write(`${HELP}\n`);
    return flags.has('help') ? 0 : 2;
  }
  const out = values.get('out') ?? defaultIndexPath(catalogPath);
  const stamp = { catalogSha256: catalogDigest(catalogPath), code: codeFingerprint() };
  const started = performance.now();
  const { catalog, skipped } = loadCatalogFile(catalogPath, { skipBadRows: flags.has('skip-bad-rows') });
  for (const bad of skipped) process.stderr.write(`${catalogPath} line ${bad.line} skipped: ${bad.reason}\n`);
  const index = ProductIndex.build(catalog);
  const builtMs = performance.now() - started;
  const bytes = writeIndexFile(out, catalog, index, { ...stamp, skippedRows: skipped.length });
  const loading = performance.now();
  const check = readIndexFile(out, stamp);
  if (!check.ok) throw new Error(`${out} was written but does not read back: ${check.reason}`);
  process.stderr.write(
    `wrote ${out} (${(bytes / 1e6).toFixed(1)} MB): ${catalog.products.length} products of ${catalogPath}, ` +
      `validated and indexed in ${builtMs.toFixed(0)} ms, read back in ${(performance.now() - loading).toFixed(0)} ms\n`,
  );
  return 0;
}
