import Database from 'better-sqlite3';
import { z } from 'zod';
import { partsOfLegacy } from '../shopper/parts.ts';
import { snapshotOf, type PartWrite, type ShopperSnapshot, type ShopperStore, type StoredPart } from '../shopper/store.ts';

const PartRow = z.object({ key: z.string(), version: z.number().int().positive(), data: z.string() });
const LegacyRow = z.object({ user_id: z.string(), state: z.string() });

/** A write found its part moved on: the whole commit is rolled back. */
class Conflict extends Error {}

/**
 * The embedded default: one SQLite file (or `:memory:`), one row per part of a shopper. A commit
 * is one transaction, taken up front, so its version checks and writes are all or nothing even
 * with several processes (the server and a chat session) on one file.
 */
export class SqliteShopperStore implements ShopperStore {
  private readonly db: Database.Database;
  private readonly selectParts: Database.Statement<[string]>;
  private readonly insertPart: Database.Statement<[string, string, string]>;
  private readonly updatePart: Database.Statement<[string, string, string, number]>;
  private readonly deletePart: Database.Statement<[string, string, number]>;
  private readonly partExists: Database.Statement<[string, string]>;

  constructor(path: string) {
    this.db = new Database(path);
    try {
      // WAL lets several processes (the server and a chat session) share the file safely.
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('busy_timeout = 2000');
      this.db.exec(`CREATE TABLE IF NOT EXISTS shopper_parts (
        user_id TEXT NOT NULL,
        part TEXT NOT NULL,
        version INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (user_id, part)
      ) WITHOUT ROWID`);
      this.migrateDocuments();
    } catch (error) {
      this.db.close();
      // Never replace a file we cannot read: it may be someone's only copy of their lists.
      throw new Error(`${path} is not a voicecart state file (${error instanceof Error ? error.message : String(error)}); it was left untouched`);
    }
    this.selectParts = this.db.prepare('SELECT part AS key, version, data FROM shopper_parts WHERE user_id = ?');
    this.insertPart = this.db.prepare('INSERT OR IGNORE INTO shopper_parts (user_id, part, version, data) VALUES (?, ?, 1, ?)');
    this.updatePart = this.db.prepare('UPDATE shopper_parts SET data = ?, version = version + 1 WHERE user_id = ? AND part = ? AND version = ?');
    this.deletePart = this.db.prepare('DELETE FROM shopper_parts WHERE user_id = ? AND part = ? AND version = ?');
    this.partExists = this.db.prepare('SELECT 1 FROM shopper_parts WHERE user_id = ? AND part = ?');
  }

  async load(userId: string): Promise<ShopperSnapshot> {
    const rows: StoredPart[] = this.selectParts.all(userId).map((row) => PartRow.parse(row));
    return snapshotOf(userId, rows);
  }

  async commit(userId: string, writes: readonly PartWrite[]): Promise<boolean> {
    const apply = this.db.transaction(() => {
      for (const write of writes) {
        const expected = write.previous?.version ?? 0;
        const result =
          write.data === null
            ? this.deletePart.run(userId, write.key, expected)
            : expected === 0
              ? this.insertPart.run(userId, write.key, write.data)
              : this.updatePart.run(write.data, userId, write.key, expected);
        const gone = write.goneIsFine === true && this.partExists.get(userId, write.key) === undefined;
        if (result.changes !== 1 && !gone) throw new Conflict();
      }
    });
    try {
      apply.immediate();
      return true;
    } catch (error) {
      if (error instanceof Conflict) return false;
      throw error;
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /**
   * A file from before parts kept each shopper as one document in `shoppers`: each is split into
   * parts in one transaction, and the old table goes only once every shopper is in the new one.
   */
  private migrateDocuments(): void {
    const legacy = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'shoppers'").get();
    if (legacy === undefined) return;
    const insert = this.db.prepare('INSERT OR IGNORE INTO shopper_parts (user_id, part, version, data) VALUES (?, ?, 1, ?)');
    this.db
      .transaction(() => {
        for (const row of this.db.prepare('SELECT user_id, state FROM shoppers').all()) {
          const { user_id: userId, state } = LegacyRow.parse(row);
          for (const [key, data] of partsOfLegacy(state)) insert.run(userId, key, data);
        }
        this.db.exec('DROP TABLE shoppers');
      })
      .immediate();
  }
}
