import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sourcesUnder(dir: string): { path: string; text: string }[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(ts|mts|mjs)$/.test(path))
    .map((path) => ({ path: `${dir}/${path}`, text: readFileSync(join(root, dir, path), 'utf8') }));
}

describe('the product and the tools beside it', () => {
  it('ships without the tools: tsx and fuse.js are for development only', () => {
    const pkg = z.object({ dependencies: z.record(z.string(), z.string()), devDependencies: z.record(z.string(), z.string()) }).parse(
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')),
    );
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
    expect(Object.keys(pkg.dependencies)).not.toContain('fuse.js');
    expect(Object.keys(pkg.devDependencies)).toEqual(expect.arrayContaining(['tsx', 'fuse.js', 'esbuild']));
  });

  it('imports nothing from tools/ or the tests, and reads nothing of the shared evaluation data', () => {
    const offending = sourcesUnder('src')
      .concat(sourcesUnder('lambda'))
      .filter(({ text }) => /(from\s+|import\()'[./]*\/(tools|test)\/|(from\s+|import\()'fuse\.js'|\.\.\/shared\/|'shared',\s*'data'/.test(text))
      .map(({ path }) => path);
    expect(offending).toEqual([]);
  });
});
