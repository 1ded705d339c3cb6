// Compiles src/ with esbuild into dist/cli/<fingerprint of src>-<of this file>/, so `voicecart`
// starts as plain JavaScript instead of compiling TypeScript at every start. A folder per
// fingerprint means a changed src/ can never run stale code (its fingerprint has no folder yet, so
// it is compiled first), and commands started at the same moment never see a half-written build:
// each build is written under another name and renamed into place whole.
//
//   node bin/compile.mjs      compile now (npm's prepare step runs it on npm install)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourceFingerprint } from '../src/runtime/source-fingerprint.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const BUILDS = join(ROOT, 'dist', 'cli');
/** Builds kept besides the current one, for commands still running from them. */
const KEEP = 3;

/**
 * `import.meta.url` (and `.filename`, `.dirname`) in a compiled module mean the source file it was
 * written in, so the paths the sources compute from it (the demo catalog, the skill package) hold
 * in the compiled command. Every output file sits directly in the build's folder, so one relative
 * path serves each module.
 *
 * @param {string} outDir
 * @returns {import('esbuild').Plugin}
 */
export function sourceLocationPlugin(outDir) {
  return {
    name: 'source-location',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!/import\.meta\.(url|filename|dirname)/.test(text)) return undefined;
        const url = `new URL(${JSON.stringify(relative(outDir, args.path).split(sep).join('/'))}, import.meta.url)`;
        const contents = text
          .replaceAll('import.meta.url', `${url}.href`)
          .replaceAll('import.meta.filename', `__voicecartPath(${url})`)
          .replaceAll('import.meta.dirname', `__voicecartDirectory(__voicecartPath(${url}))`);
        const helpers = "import { fileURLToPath as __voicecartPath } from 'node:url'; import { dirname as __voicecartDirectory } from 'node:path';";
        return { contents: `${helpers}\n${contents}`, loader: 'ts' };
      });
    },
  };
}

/**
 * The fingerprint of src/ and the folder its build lives in, named also by this file, whose
 * changes change the build too.
 */
export function currentBuild() {
  const fingerprint = sourceFingerprint(SRC);
  const compiler = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 8);
  const dir = join(BUILDS, `${fingerprint}-${compiler}`);
  return { fingerprint, dir, main: join(dir, 'main.mjs') };
}

/**
 * Compiles src/cli/main.ts (and, split off, each command's code) for this fingerprint of src/.
 *
 * @param {typeof import('esbuild')} esbuild
 * @param {{ fingerprint: string, dir: string }} build
 */
export async function compile(esbuild, build) {
  const partial = `${build.dir}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(BUILDS, { recursive: true });
  try {
    await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: { main: 'src/cli/main.ts' },
      outdir: partial,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Dependencies stay in node_modules, loaded as installed.
      packages: 'external',
      outExtension: { '.js': '.mjs' },
      chunkNames: '[name]-[hash]',
      define: { __VOICECART_SOURCE_FINGERPRINT__: JSON.stringify(build.fingerprint) },
      plugins: [sourceLocationPlugin(build.dir)],
      logLevel: 'warning',
    });
    try {
      renameSync(partial, build.dir);
    } catch (error) {
      // Another command compiled the same sources first: theirs is the same program.
      if (!existsSync(join(build.dir, 'main.mjs'))) throw error;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  pruneBuilds(build.dir);
}

/** @param {string} current */
function pruneBuilds(current) {
  const builds = readdirSync(BUILDS)
    .map((name) => join(BUILDS, name))
    .filter((path) => path !== current && !path.endsWith('.partial') && statSync(path).isDirectory())
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const old of builds.slice(KEEP)) rmSync(old, { recursive: true, force: true });
}

/**
 * The compiled command for the sources as they are now, compiled first when src/ changed since the
 * last build. Without esbuild (an install without dev dependencies) nothing can be compiled: the
 * answer is then null, unless no src/ came with the package and its build is all there is.
 *
 * @returns {Promise<string | null>}
 */
export async function compiledCommand() {
  if (!existsSync(SRC)) {
    const shipped = existsSync(BUILDS) ? readdirSync(BUILDS).find((name) => existsSync(join(BUILDS, name, 'main.mjs'))) : undefined;
    return shipped === undefined ? null : join(BUILDS, shipped, 'main.mjs');
  }
  const build = currentBuild();
  if (existsSync(build.main)) return build.main;
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  await compile(esbuild, build);
  return build.main;
}

if (process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    process.stderr.write('voicecart: esbuild is not installed (an install without dev dependencies), so nothing is compiled\n');
    process.exit(0);
  }
  const build = currentBuild();
  if (!existsSync(build.main)) await compile(esbuild, build);
  process.stderr.write(`voicecart: compiled command in ${relative(process.cwd(), dirname(build.main)) || '.'}\n`);
}
