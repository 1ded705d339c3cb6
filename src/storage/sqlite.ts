import Database from 'better-sqlite3';
import { initialState, parseStoredState, type ShopperStore, type VersionedState } from '../shopper/store.ts';
import type { ShopperState } from '../shopper/state.ts';

/** The embedded default: one SQLite file (or `:memory:`), one row per shopper. */
export class SqliteShopperStore implements ShopperStore {
  private readonly db: Database.Database;
  private readonly selectRow: Database.Statement<[string], { state: string; version: number }>;
  private readonly insertRow: Database.Statement<[string, string]>;
  private readonly updateRow: Database.Statement<[string, string, number]>;

  constructor(path: string) {
    this.db = new Database(path);
    try {
      // WAL lets several processes (the server and a chat session) share the file safely.
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('busy_timeout = 2000');
      this.db.exec(`CREATE TABLE IF NOT EXISTS shoppers (
        user_id TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        version INTEGER NOT NULL
      )`);
    } catch (error) {
      this.db.close();
      // Never replace a file we cannot read: it may be someone's only copy of their lists.
      throw new Error(`${path} is not a voicecart state file (${error instanceof Error ? error.message : String(error)}); it was left untouched`);
    }
    this.selectRow = this.db.prepare('SELECT state, version FROM shoppers WHERE user_id = ?');
    this.insertRow = this.db.prepare('INSERT OR IGNORE INTO shoppers (user_id, state, version) VALUES (?, ?, 1)');
    this.updateRow = this.db.prepare('UPDATE shoppers SET state = ?, version = version + 1 WHERE user_id = ? AND version = ?');
  }

  async load(userId: string): Promise<VersionedState> {
    const row = this.selectRow.get(userId);
    if (row === undefined) return initialState();
    return { state: parseStoredState(userId, row.state), version: row.version };
  }

  async save(userId: string, state: ShopperState, expectedVersion: number): Promise<boolean> {
    const json = JSON.stringify(state);
    const result = expectedVersion === 0 ? this.insertRow.run(userId, json) : this.updateRow.run(json, userId, expectedVersion);
    return result.changes === 1;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
