import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceFingerprint } from '../../src/runtime/source-fingerprint.mjs';
import { voicecart } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'voicecart-index-command-'));
const noCache = { VOICECART_CACHE_DIR: 'off' };

function catalogFile(name: string, rows: string): string {
  const path = join(dir, name);
  writeFileSync(path, `id,name,category\n${rows}`);
  return path;
}

const lines = (stdout: string): unknown[] => stdout.trim().split('\n').map((line): unknown => JSON.parse(line));

describe('voicecart index, the prebuilt catalog index', () => {
  it('is written beside the catalog, read by the next start, and said to be stale (and not used) once the catalog changes', async () => {
    const catalog = catalogFile('shop.csv', '1,Whole Milk,dairy eggs > milk\n2,Bananas,produce > fresh fruits\n');
    const built = await voicecart(['index', '--catalog', catalog], '');
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toMatch(/^wrote .*shop\.csv\.idx \(.* MB\): 2 products of .*shop\.csv/);
    expect(existsSync(`${catalog}.idx`)).toBe(true);

    const fresh = await voicecart(['resolve', '--catalog', catalog], '{"id":1,"text":"bananas"}\n', noCache);
    expect(fresh.stderr).toBe('');
    expect(lines(fresh.stdout)).toEqual([expect.objectContaining({ id: 1, productId: '2' })]);

    writeFileSync(catalog, 'id,name,category\n1,Whole Milk,dairy eggs > milk\n2,Plantains,produce > fresh fruits\n3,Bananas,produce > fresh fruits\n');
    const changed = await voicecart(['resolve', '--catalog', catalog], '{"id":1,"text":"bananas"}\n', noCache);
    expect(changed.code).toBe(0);
    expect(changed.stderr).toMatch(/shop\.csv\.idx not used: the catalog changed since it was built \(voicecart index --catalog .*shop\.csv writes a fresh one\)/);
    expect(lines(changed.stdout)).toEqual([expect.objectContaining({ id: 1, productId: '3' })]);
  });

  it('can be written elsewhere and named with --index, and says which rows it left out', async () => {
    const catalog = catalogFile('rough.csv', '1,Whole Milk,dairy eggs > milk\n2,,produce > fresh fruits\n3,Bananas,produce > fresh fruits\n');
    const out = join(dir, 'elsewhere.idx');
    const strict = await voicecart(['index', '--catalog', catalog, '--out', out], '');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/line 3.*name/);
    const skipping = await voicecart(['index', '--catalog', catalog, '--out', out, '--skip-bad-rows'], '');
    expect(skipping.code, skipping.stderr).toBe(0);
    expect(skipping.stderr).toMatch(/line 3 skipped/);

    const resolved = await voicecart(['resolve', '--catalog', catalog, '--index', out], '{"id":1,"text":"bananas"}\n', noCache);
    expect(resolved.code, resolved.stderr).toBe(0);
    expect(resolved.stderr).toMatch(/elsewhere\.idx leaves out 1 invalid rows of .*rough\.csv/);
    expect(lines(resolved.stdout)).toEqual([expect.objectContaining({ productId: '3' })]);
  });

  it('is made by the code that runs: the compiled command carries the fingerprint of src/ as it is', async () => {
    const catalog = catalogFile('stamp.csv', '1,Whole Milk,dairy eggs > milk\n');
    const built = await voicecart(['index', '--catalog', catalog], '');
    expect(built.code, built.stderr).toBe(0);
    const header = JSON.parse(readFileSync(`${catalog}.idx`, 'latin1').split('\n')[1] ?? '') as { code: string };
    expect(header.code).toBe(sourceFingerprint(fileURLToPath(new URL('../../src', import.meta.url))));
  });
});

describe('voicecart chat with a store catalog', () => {
  it('keeps what it built from the catalog, the index and the interaction model, and answers the same from them at the next start', async () => {
    const catalog = catalogFile('chat.csv', '1,Whole Milk,dairy eggs > milk\n2,Bananas,produce > fresh fruits\n3,Gala Apples,produce > fresh fruits\n');
    const cache = join(dir, 'cache');
    const env = { VOICECART_CACHE_DIR: cache, VOICECART_BACKEND_DB: join(dir, 'backend.sqlite') };
    const talk = (state: string): ReturnType<typeof voicecart> =>
      voicecart(['chat', '--catalog', catalog, '--state', join(dir, state)], 'add two pounds of bananas\nadd gala apples\n', env);
    const first = await talk('first.sqlite');
    expect(first.code, first.stderr).toBe(0);
    const kept = readdirSync(cache).sort();
    expect(kept).toEqual([expect.stringMatching(/^index-[0-9a-f]{16}-[0-9a-f]{16}\.idx$/), expect.stringMatching(/^model-[0-9a-f]{16}-[0-9a-f]{16}\.nlu$/)]);

    const again = await talk('again.sqlite');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(readdirSync(cache).sort()).toEqual(kept);

    // A damaged file in the cache is made again, never trusted: what the NLU reads of the model is kept after its sha256.
    const keptModel = (): string[] => readFileSync(join(cache, kept[1] ?? ''), 'utf8').split('\n');
    const [digest = '', json = ''] = keptModel();
    expect(createHash('sha256').update(json).digest('hex')).toBe(digest);
    for (const [k, damaged] of ['{"interactionModel": 5}', `${digest}\n${json.replace('"intents"', '"intentz"')}`].entries()) {
      writeFileSync(join(cache, kept[1] ?? ''), damaged);
      const repaired = await talk(`repaired-${k}.sqlite`);
      expect(repaired.stdout).toBe(first.stdout);
      expect(keptModel()).toEqual([digest, json]);
    }
  });
});
