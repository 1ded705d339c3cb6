// Bundles the Lambda entry (ES modules, split so that code only one store engine needs, like the
// native SQLite module, loads only when that engine is chosen). `--outdir DIR` builds elsewhere
// than dist/, so a test can build its own copy.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const flag = process.argv.indexOf('--outdir');
const out = flag === -1 ? 'dist' : process.argv[flag + 1];
if (out === undefined) throw new Error('--outdir needs a folder');

rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: { index: 'lambda/index.ts' },
  outdir: join(out, 'lambda'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  external: ['better-sqlite3'],
  // Some CommonJS dependencies call require(); give the ES module bundle one.
  banner: { js: "import { createRequire as __voicecartRequire } from 'node:module'; const require = __voicecartRequire(import.meta.url);" },
  logLevel: 'warning',
});
// The demo catalog sits where the bundled code looks for it: beside the chunks' folder.
mkdirSync(join(out, 'catalog'), { recursive: true });
cpSync('src/catalog/demo-catalog.csv', join(out, 'catalog', 'demo-catalog.csv'));
console.log(`built ${join(out, 'lambda')}`);
