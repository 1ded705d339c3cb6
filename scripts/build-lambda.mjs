// Bundles the Lambda entry into dist/lambda (ES modules, split so that code only one store
// engine needs, like the native SQLite module, loads only when that engine is chosen).
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'lambda/index.ts' },
  outdir: 'dist/lambda',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  external: ['better-sqlite3'],
  // Some CommonJS dependencies call require(); give the ES module bundle one.
  banner: { js: "import { createRequire as __voicecartRequire } from 'node:module'; const require = __voicecartRequire(import.meta.url);" },
  logLevel: 'info',
});
// The demo catalog sits where the bundled code looks for it (beside the chunks' parent folder).
mkdirSync('dist/catalog', { recursive: true });
cpSync('src/catalog/demo-catalog.csv', 'dist/catalog/demo-catalog.csv');
