#!/usr/bin/env node
// `voicecart` runs the compiled command (bin/compile.mjs): plain JavaScript, compiled again first
// whenever src/ has changed, so it starts fast and never runs stale code. An install without esbuild
// cannot compile: it runs the TypeScript sources through tsx instead, and says so.
import { pathToFileURL } from 'node:url';
import { compiledCommand } from './compile.mjs';

/** @type {(argv: string[]) => Promise<number>} */
let main;
const compiled = await compiledCommand();
if (compiled !== null) {
  ({ main } = await import(pathToFileURL(compiled).href));
} else {
  try {
    const { register } = await import('tsx/esm/api');
    register();
  } catch {
    process.stderr.write('voicecart: src/ as it is now has no compiled build, and neither esbuild (to compile it) nor tsx (to run it) can be loaded: run npm install\n');
    process.exit(1);
  }
  process.stderr.write('voicecart: esbuild is not installed, so src/ runs through tsx (slower to start)\n');
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
