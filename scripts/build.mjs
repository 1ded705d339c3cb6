// `npm run build [-- --catalog FILE] [--outdir DIR]`: compiles the command (bin/compile.mjs) and
// builds the Lambda package:
//
//   DIR/lambda/index.mjs                   the handler (index.handler), a minified ES module
//   DIR/lambda/chunks/*.mjs                the code it imports only when it needs it, and what that shares with it
//   DIR/lambda/catalog/catalog.csv         the store's catalog (.json for a JSON one), and
//   DIR/lambda/catalog/catalog.csv.idx     its prebuilt index, found by the handler beside itself
//   DIR/voicecart-lambda.zip               the same files, zipped from that folder's root: upload this
//
// DIR is dist/ unless given. The catalog is the demo catalog unless given.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { zipSync } from 'fflate';
import { compile, currentBuild, ROOT } from '../bin/compile.mjs';

/** Code the Lambda never runs, left out of its bundle: a clear error in its place should it ever be asked for. */
const NOT_IN_LAMBDA = [
  { path: /\/backend\/server\.ts$/, reason: 'the Lambda package has no embedded reference backend: set VOICECART_BACKEND_URL to the store backend' },
  { path: /\/storage\/sqlite\.ts$/, reason: 'the Lambda package keeps shoppers in DynamoDB only (VOICECART_STORE=dynamodb): SQLite is not in it' },
];

/** Packages that must never be in the Lambda bundle: the express door and the native SQLite module. */
const FORBIDDEN = /node_modules\/(express|better-sqlite3|ask-sdk-express-adapter)\//;

/**
 * zod's messages in the one language the skill uses: zod speaks English unless configured
 * otherwise, voicecart never configures it, and the other 63 locales (260 KB) would be a fifth of
 * the bundle, parsed at every cold start.
 * @returns {import('esbuild').Plugin}
 */
function zodInEnglish() {
  return {
    name: 'zod-in-english',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: join(args.resolveDir, '..', 'locales', 'index.js'), namespace: 'zod-in-english' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'zod-in-english' }, (args) => ({
        contents: "export { default as en } from './en.js';",
        resolveDir: dirname(args.path),
        loader: 'js',
      }));
    },
  };
}

/** @returns {import('esbuild').Plugin} */
function leaveOut() {
  return {
    name: 'not-in-lambda',
    setup(build) {
      build.onResolve({ filter: /\.ts$/ }, (args) => {
        const left = NOT_IN_LAMBDA.find(({ path }) => path.test(args.path));
        return left === undefined ? undefined : { path: args.path, namespace: 'not-in-lambda', pluginData: left.reason };
      });
      build.onLoad({ filter: /.*/, namespace: 'not-in-lambda' }, (args) => ({
        contents: `throw new Error(${JSON.stringify(String(args.pluginData))});`,
        loader: 'js',
      }));
    },
  };
}

/**
 * @param {string} dir
 * @returns {string[]} every file under dir, relative to it, in a fixed order
 */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split('\\').join('/'))
    .sort();
}

/**
 * @param {{ outDir: string, catalogPath: string, fingerprint: string, cliMain: string }} options
 */
export async function buildLambda({ outDir, catalogPath, fingerprint, cliMain }) {
  const folder = join(outDir, 'lambda');
  rmSync(folder, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { index: 'lambda/index.ts' },
    outdir: folder,
    bundle: true,
    minify: true,
    format: 'esm',
    // Each import() of the code becomes a module of its own, read only when first run: a cold start
    // then parses only the code it runs. Most of the SDK's credential providers (Lambda's come from
    // the environment), the SDK's browser parts, pino (the handler logs by lambda/logger.ts) and the
    // stubs of what is left out are never loaded, nor the node modules they need (child_process, worker_threads).
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    // Runs on Lambda's nodejs22.x and on the Node 20 the project is developed with.
    target: 'node20',
    // The ES module builds first, as AWS advises for bundling its SDK: they can be tree-shaken,
    // where the CommonJS ones come whole (the DynamoDB client's every command, a browser UA parser).
    mainFields: ['module', 'main'],
    outExtension: { '.js': '.mjs' },
    define: { __VOICECART_SOURCE_FINGERPRINT__: JSON.stringify(fingerprint) },
    plugins: [leaveOut(), zodInEnglish()],
    // Some CommonJS dependencies call require(); give every module of the bundle one.
    banner: { js: "import { createRequire as __voicecartRequire } from 'node:module'; const require = __voicecartRequire(import.meta.url);" },
    metafile: true,
    logLevel: 'warning',
  });
  const forbidden = Object.keys(result.metafile.inputs).filter((input) => FORBIDDEN.test(input));
  if (forbidden.length > 0) throw new Error(`the Lambda bundle would carry ${forbidden.slice(0, 3).join(', ')}: the handler must not import the express door`);

  const packed = join(folder, 'catalog', `catalog${extname(catalogPath).toLowerCase()}`);
  mkdirSync(join(folder, 'catalog'), { recursive: true });
  cpSync(catalogPath, packed);
  const { main } = await import(pathToFileURL(cliMain).href);
  const indexed = await main(['index', '--catalog', packed, '--out', `${packed}.idx`]);
  if (indexed !== 0) throw new Error(`indexing ${catalogPath} failed`);

  const files = filesUnder(folder);
  /** @type {Record<string, [Uint8Array, import('fflate').ZipOptions]>} */
  const entries = {};
  for (const file of files) {
    // Unix permissions rw-r--r--: Lambda's runtime user must be able to read every file.
    entries[file] = [readFileSync(join(folder, file)), { level: 9, os: 3, attrs: 0o100644 << 16, mtime: new Date('2020-01-01T00:00:00Z') }];
  }
  const zip = join(outDir, 'voicecart-lambda.zip');
  writeFileSync(zip, zipSync(entries));
  return { folder, zip, files: files.map((file) => ({ file, bytes: statSync(join(folder, file)).size })), zipBytes: statSync(zip).size };
}

function option(name) {
  const at = process.argv.indexOf(`--${name}`);
  if (at === -1) return undefined;
  const value = process.argv[at + 1];
  if (value === undefined) throw new Error(`--${name} needs a value`);
  return value;
}

if (process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const outDir = option('outdir') ?? join(ROOT, 'dist');
  const catalogPath = option('catalog') ?? join(ROOT, 'src', 'catalog', 'demo-catalog.csv');
  const build = currentBuild();
  if (!existsSync(build.main)) await compile(esbuild, build);
  const lambda = await buildLambda({ outDir, catalogPath, fingerprint: build.fingerprint, cliMain: build.main });
  const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
  const chunks = lambda.files.filter(({ file }) => file.startsWith('chunks/'));
  const lines = [
    `command: ${relative(process.cwd(), build.dir)}`,
    `Lambda package: ${relative(process.cwd(), lambda.folder)}/ (handler index.handler), zipped: ${relative(process.cwd(), lambda.zip)} (${mb(lambda.zipBytes)})`,
    ...lambda.files.filter(({ file }) => !file.startsWith('chunks/')).map(({ file, bytes }) => `  ${file.padEnd(28)} ${mb(bytes)}`),
    `  ${`chunks/ (${chunks.length} modules)`.padEnd(28)} ${mb(chunks.reduce((sum, { bytes }) => sum + bytes, 0))}`,
    `  catalog: ${catalogPath}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
