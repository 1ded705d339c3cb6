import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BackendStore } from '../../src/backend/store.ts';

const folders: string[] = [];
function newFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'voicecart-secrets-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const modeOf = (path: string): number => statSync(path).mode & 0o777;

/** Everything the database keeps on disk: the file and its write-ahead log. */
function databaseBytes(path: string): string {
  return [path, `${path}-wal`].filter(existsSync).map((file) => readFileSync(file).toString('latin1')).join('');
}

function voiceCodeHash(path: string, customerId: string): string | null {
  const db = new Database(path, { readonly: true });
  try {
    const row = db.prepare('SELECT voice_code_hash AS hash FROM customers WHERE id = ?').get(customerId) as { hash: string | null };
    return row.hash;
  } finally {
    db.close();
  }
}

describe('the reference backend’s secrets at rest', () => {
  it('creates its database 0600 in a 0700 folder, and its pepper in a separate 0600 key file', () => {
    const path = join(newFolder(), 'state', 'backend.sqlite');
    const store = BackendStore.open(path, {});
    store.ensureCustomer('ann');
    store.setVoiceCode('ann', '4321');
    expect(modeOf(join(path, '..'))).toBe(0o700);
    expect(modeOf(path)).toBe(0o600);
    const keyFile = join(path, '..', 'backend.key');
    expect(modeOf(keyFile)).toBe(0o600);
    expect(modeOf(`${path}-wal`)).toBe(0o600);
    store.close();
  });

  it('never keeps the pepper in the database, and stretches each voice code with scrypt', () => {
    const path = join(newFolder(), 'backend.sqlite');
    const store = BackendStore.open(path, {});
    store.ensureCustomer('ann');
    store.setVoiceCode('ann', '4321');
    expect(store.voiceCodeMatches('ann', '4321')).toBe(true);
    expect(store.voiceCodeMatches('ann', '4322')).toBe(false);
    store.close();

    const pepper = readFileSync(join(path, '..', 'backend.key'), 'utf8').trim();
    expect(pepper).toMatch(/^[0-9a-f]{64}$/);
    expect(databaseBytes(path)).not.toContain(pepper);
    expect(voiceCodeHash(path, 'ann')).toMatch(/^scrypt\$4096\$8\$1\$/);

    // The next process finds the same key, so the code still works.
    const reopened = BackendStore.open(path, {});
    expect(reopened.voiceCodeMatches('ann', '4321')).toBe(true);
    reopened.close();
  });

  it('takes its pepper from the environment when given, and writes no key file', () => {
    const folder = newFolder();
    const path = join(folder, 'backend.sqlite');
    const pepper = randomBytes(32);
    const store = BackendStore.open(path, { pepper });
    store.ensureCustomer('bo');
    store.setVoiceCode('bo', '1234');
    store.close();
    expect(existsSync(join(folder, 'backend.key'))).toBe(false);
    const sameKey = BackendStore.open(path, { pepper });
    expect(sameKey.voiceCodeMatches('bo', '1234')).toBe(true);
    sameKey.close();
    const otherKey = BackendStore.open(path, { pepper: randomBytes(32) });
    expect(otherKey.voiceCodeMatches('bo', '1234')).toBe(false);
    otherKey.close();
  });

  describe('a database from before the key file', () => {
    /** As the backend stored them: the pepper in settings, each code as its HMAC under that pepper's text. */
    function oldDatabase(path: string, pepper: string, codes: Record<string, string>): void {
      const db = new Database(path);
      db.exec(`CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE customers (id TEXT PRIMARY KEY, name TEXT NOT NULL, voice_code_hash TEXT,
          voice_code_threshold_cents INTEGER NOT NULL DEFAULT 0, wrong_voice_codes INTEGER NOT NULL DEFAULT 0,
          voice_locked INTEGER NOT NULL DEFAULT 0)`);
      db.prepare("INSERT INTO settings VALUES ('pepper', ?)").run(pepper);
      for (const [id, code] of Object.entries(codes)) {
        const hash = createHmac('sha256', pepper).update(`${id}\u0000${code}`).digest('hex');
        db.prepare('INSERT INTO customers (id, name, voice_code_hash) VALUES (?, ?, ?)').run(id, id, hash);
      }
      db.close();
    }

    it('moves its pepper to the key file, stretches every stored hash, and every code still works', () => {
      const path = join(newFolder(), 'backend.sqlite');
      const pepper = randomBytes(32).toString('hex');
      oldDatabase(path, pepper, { ann: '4321', cy: '0007' });
      const store = BackendStore.open(path, {});
      expect(store.voiceCodeMatches('ann', '4321')).toBe(true);
      expect(store.voiceCodeMatches('ann', '1234')).toBe(false);
      expect(store.voiceCodeMatches('cy', '0007')).toBe(true);
      store.close();
      expect(databaseBytes(path)).not.toContain(pepper);
      expect(voiceCodeHash(path, 'ann')).toMatch(/^scrypt\$/);
      expect(modeOf(path)).toBe(0o600);
    });

    it('locks voice purchasing for a code it can no longer check, until the code is set again', () => {
      const path = join(newFolder(), 'backend.sqlite');
      oldDatabase(path, randomBytes(32).toString('hex'), { ann: '4321' });
      const store = BackendStore.open(path, { pepper: randomBytes(32) });
      expect(store.customer('ann')).toMatchObject({ voiceCodeSet: false, locked: true });
      store.setVoiceCode('ann', '2468');
      expect(store.customer('ann')).toMatchObject({ voiceCodeSet: true, locked: false });
      expect(store.voiceCodeMatches('ann', '2468')).toBe(true);
      store.close();
    });
  });
});
