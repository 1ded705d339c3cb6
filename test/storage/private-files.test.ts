import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/runtime/stores.ts';
import { updateShopper } from '../../src/shopper/store.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const modeOf = (path: string): number => statSync(path).mode & 0o777;

describe('the shoppers’ state file', () => {
  it('is created 0600 in a 0700 folder, and its write-ahead log too', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'voicecart-private-'));
    folders.push(folder);
    const path = join(folder, '.voicecart', 'voicecart.sqlite');
    const store = await openSqliteStore(path);
    await updateShopper(store, 'someone', (state) => ({ state: { ...state, pace: 'slow' }, result: undefined }));
    expect(modeOf(join(folder, '.voicecart'))).toBe(0o700);
    expect(modeOf(path)).toBe(0o600);
    expect(modeOf(`${path}-wal`)).toBe(0o600);
    await store.close();
  });

  it('is closed to others when an older voicecart left it readable', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'voicecart-private-'));
    folders.push(folder);
    const path = join(folder, 'voicecart.sqlite');
    writeFileSync(path, '');
    chmodSync(path, 0o644);
    const store = await openSqliteStore(path);
    expect(modeOf(path)).toBe(0o600);
    await store.close();
  });
});
