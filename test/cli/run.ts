import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const VOICECART = fileURLToPath(new URL('../../bin/voicecart.mjs', import.meta.url));

/** Runs `voicecart …` as a user would, feeding stdin, and collects what it printed. */
export function voicecart(
  args: readonly string[],
  input: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [VOICECART, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(input);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Starts a long-running `voicecart …` and resolves once it printed a line matching `ready`. */
export function startVoicecart(
  args: readonly string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcessWithoutNullStreams; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, [VOICECART, ...args], { env: { ...process.env, ...env } });
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = stderr.match(ready);
      if (match !== null) resolve({ child, match });
    });
    child.on('close', (code) => reject(new Error(`exited ${code} before it was ready: ${stderr}`)));
  });
}
