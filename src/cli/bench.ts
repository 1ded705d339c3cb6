import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `voicecart bench`: the benchmarks are developer tools (tools/bench, `npm run bench`), never part
 * of the command, which only runs them, as a program of their own, from a clone that has them and
 * its dev dependencies.
 */
export async function run(args: string[]): Promise<number> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const entry = join(root, 'tools', 'bench', 'main.ts');
  let tsx: string | undefined;
  try {
    tsx = createRequire(join(root, 'package.json')).resolve('tsx');
  } catch {
    tsx = undefined;
  }
  if (!existsSync(entry) || tsx === undefined) {
    process.stderr.write('voicecart bench: the benchmarks run from a clone of voicecart with its dev dependencies (npm install; npm run bench)\n');
    return 2;
  }
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', entry, ...args], { stdio: 'inherit', cwd: root });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}
