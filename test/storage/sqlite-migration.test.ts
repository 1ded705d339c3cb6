import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteShopperStore } from '../../src/storage/sqlite.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A state file as voicecart wrote it when each shopper was one document. */
function oneDocumentFile(rows: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'voicecart-legacy-'));
  folders.push(folder);
  const path = join(folder, 'voicecart.sqlite');
  const db = new Database(path);
  db.exec('CREATE TABLE shoppers (user_id TEXT PRIMARY KEY, state TEXT NOT NULL, version INTEGER NOT NULL)');
  for (const [userId, state] of Object.entries(rows)) db.prepare('INSERT INTO shoppers VALUES (?, ?, 3)').run(userId, state);
  db.close();
  return path;
}

describe('a state file from before shoppers were stored in parts', () => {
  const bananas = { productId: 'p0001', name: 'Bananas', quantity: 2, unit: 'pound' };
  const chips = { productId: 'p0200', name: 'Tortilla Chips', quantity: 1, unit: null };
  const document = {
    cart: [bananas],
    lists: { weekend: [chips], birthday: [] },
    shortcuts: { usual: [bananas] },
    pace: 'slow',
    preferences: { banana: 'p0001' },
    undo: [{ at: '2026-11-25T18:00:00.000Z', target: 'cart', before: [], existed: true, change: 'adding two pounds of bananas' }],
    pendingOrders: [],
    lastOrderId: 'ord_1',
  };

  it('is split into parts when opened, keeping every list in its order, and the old table goes', async () => {
    const path = oneDocumentFile({ 'shopper-old': JSON.stringify(document) });
    const store = new SqliteShopperStore(path);
    const { state } = await store.load('shopper-old');
    expect(state).toEqual({ ...document, undo: [] });
    expect(Object.keys(state.lists)).toEqual(['weekend', 'birthday']);
    await store.close();
    const db = new Database(path);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'shoppers'").get()).toBeUndefined();
    db.close();
  });

  it('keeps a document it cannot read, and reports it on load rather than starting the shopper afresh', async () => {
    const path = oneDocumentFile({ 'shopper-good': JSON.stringify(document), 'shopper-broken': '{"cart": [' });
    const store = new SqliteShopperStore(path);
    await expect(store.load('shopper-broken')).rejects.toThrow('stored state of shopper-broken is not JSON');
    expect((await store.load('shopper-good')).state.cart).toEqual([bananas]);
    await store.close();
  });
});
