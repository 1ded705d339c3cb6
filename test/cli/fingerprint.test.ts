import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFingerprint } from '../../src/runtime/source-fingerprint.mjs';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'voicecart-fingerprint-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the fingerprint that decides whether the compiled command is still the sources', () => {
  const sources = { 'cli/main.ts': 'export const a = 1;\n', 'catalog/index.ts': 'export const b = 2;\n' };

  it('is the same for the same files, whatever their dates', () => {
    const one = tree(sources);
    const other = tree(sources);
    utimesSync(join(other, 'cli/main.ts'), new Date(0), new Date(0));
    expect(sourceFingerprint(one)).toBe(sourceFingerprint(other));
  });

  it('changes when a file changes, is added or is renamed', () => {
    const base = sourceFingerprint(tree(sources));
    expect(sourceFingerprint(tree({ ...sources, 'cli/main.ts': 'export const a = 2;\n' }))).not.toBe(base);
    expect(sourceFingerprint(tree({ ...sources, 'nlu/model.json': '{}' }))).not.toBe(base);
    expect(sourceFingerprint(tree({ 'cli/main2.ts': sources['cli/main.ts'], 'catalog/index.ts': sources['catalog/index.ts'] }))).not.toBe(base);
  });
});
