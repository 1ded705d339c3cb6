import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, type Chosen } from './catalogs.ts';
import { spread, type Print } from './stats.ts';

const VOICECART = join(PROJECT_ROOT, 'bin', 'voicecart.mjs');

/** Milliseconds from spawning `voicecart …` to its first line on stdout (or to its exit, when it prints none). */
function firstLine(args: readonly string[], input: string, env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [VOICECART, ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env } });
  let answeredAt: number | undefined;
  let stderr = '';
  child.stdout.on('data', () => (answeredAt ??= performance.now()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(input);
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve((answeredAt ?? performance.now()) - started) : reject(new Error(`voicecart ${args[0] ?? ''} exited ${code}: ${stderr}`)))),
  );
}

/**
 * `voicecart chat --catalog FILE` as the harness and store engineers start it, timed to its first
 * reply: once with nothing kept (the index is built and the interaction model generated, both then
 * kept in the cache), then as every later start is, reading both.
 */
export async function runChatBench(options: { chosen: Chosen; runs: number; print: Print }): Promise<void> {
  const { print, runs } = options;
  const dir = mkdtempSync(join(tmpdir(), 'voicecart-bench-chat-'));
  const env = { VOICECART_CACHE_DIR: join(dir, 'cache'), VOICECART_BACKEND_DB: join(dir, 'backend.sqlite'), LOG_LEVEL: 'error' };
  const chat = ['chat', '--catalog', options.chosen.path, '--state', join(dir, 'state.sqlite')];
  const line = 'add two pounds of bananas\n';
  try {
    // Compiles the command first if src/ changed, so that compiling is not timed as a start.
    await firstLine(['--help'], '', env);
    const help: number[] = [];
    for (let k = 0; k < runs; k++) help.push(await firstLine(['chat', '--help'], '', env));
    print(`  voicecart chat --help: ${spread(help, 'ms')}`);
    const first = await firstLine(chat, line, env);
    print(`  first reply, the first start with this catalog (index built, interaction model generated, both kept): ${first.toFixed(0)} ms`);
    const later: number[] = [];
    for (let k = 0; k < runs; k++) later.push(await firstLine(chat, line, env));
    print(`  first reply, every later start (both read from the cache): ${spread(later, 'ms')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
