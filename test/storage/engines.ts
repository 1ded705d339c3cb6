import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoShopperStore } from '../../src/storage/dynamodb.ts';
import { SqliteShopperStore } from '../../src/storage/sqlite.ts';
import type { ShopperStore } from '../../src/shopper/store.ts';
import { localDocumentClient, startDynalite } from '../support/dynalite.ts';

/** One running storage engine that several stores (devices) can open at the same time. */
export interface RunningEngine {
  /** Opens another store on the same data, as a second device or process would. */
  openStore(): Promise<ShopperStore>;
  /** Puts one part into storage directly, bypassing the store, as a damaged row would be. */
  writeRaw(userId: string, part: string, data: string, version: number): Promise<void>;
  /** Every stored row or item of a shopper, by part, with the bytes it takes. */
  storedParts(userId: string): Promise<Map<string, { version: number; bytes: number }>>;
  stop(): Promise<void>;
}

export interface Engine {
  readonly name: string;
  start(): Promise<RunningEngine>;
}

export const sqliteEngine: Engine = {
  name: 'SQLite file',
  async start() {
    const folder = mkdtempSync(join(tmpdir(), 'voicecart-store-'));
    const path = join(folder, 'shoppers.sqlite');
    const opened: ShopperStore[] = [];
    const openStore = async (): Promise<ShopperStore> => {
      const store = new SqliteShopperStore(path);
      opened.push(store);
      return store;
    };
    // The store creates its table; raw writes below need it to exist.
    await openStore();
    const withDb = <T>(work: (db: Database.Database) => T): T => {
      const db = new Database(path);
      try {
        return work(db);
      } finally {
        db.close();
      }
    };
    return {
      openStore,
      async writeRaw(userId, part, data, version) {
        withDb((db) => db.prepare('INSERT OR REPLACE INTO shopper_parts (user_id, part, version, data) VALUES (?, ?, ?, ?)').run(userId, part, version, data));
      },
      async storedParts(userId) {
        const rows = withDb((db) => db.prepare('SELECT part, version, length(CAST(data AS BLOB)) AS bytes FROM shopper_parts WHERE user_id = ?').all(userId));
        return new Map(
          rows.map((row) => {
            const { part, version, bytes } = row as { part: string; version: number; bytes: number };
            return [part, { version, bytes }];
          }),
        );
      },
      async stop() {
        await Promise.all(opened.map((store) => store.close()));
        rmSync(folder, { recursive: true, force: true });
      },
    };
  },
};

/** Roughly what DynamoDB counts against its 400 KB item limit: attribute names and values. */
function itemBytes(item: Record<string, unknown>): number {
  return Object.entries(item).reduce((sum, [name, value]) => {
    const size = value instanceof Uint8Array ? value.length : typeof value === 'string' ? Buffer.byteLength(value) : 8;
    return sum + Buffer.byteLength(name) + size;
  }, 0);
}

export const dynaliteEngine: Engine = {
  name: 'DynamoDB (dynalite)',
  async start() {
    const dynamo = await startDynalite();
    const tableName = 'voicecart-shoppers';
    const clients: Array<ReturnType<typeof localDocumentClient>> = [];
    const connect = (): ReturnType<typeof localDocumentClient> => {
      const client = localDocumentClient(dynamo.endpoint);
      clients.push(client);
      return client;
    };
    // Each device gets its own client, so concurrent writes really race over separate connections.
    const openStore = async (): Promise<ShopperStore> => new DynamoShopperStore({ tableName, client: connect().documents });
    await new DynamoShopperStore({ tableName, client: connect().documents }).ensureTable();
    const admin = connect();
    return {
      openStore,
      async writeRaw(userId, part, data, version) {
        await admin.documents.send(new PutCommand({ TableName: tableName, Item: { userId, part, data, version } }));
      },
      async storedParts(userId) {
        const { Items = [] } = await admin.documents.send(
          new QueryCommand({ TableName: tableName, KeyConditionExpression: 'userId = :u', ExpressionAttributeValues: { ':u': userId }, ConsistentRead: true }),
        );
        return new Map(Items.map((item) => [String(item.part), { version: Number(item.version), bytes: itemBytes(item) }]));
      },
      async stop() {
        for (const client of clients) client.destroy();
        await dynamo.stop();
      },
    };
  },
};

export const engines: readonly Engine[] = [sqliteEngine, dynaliteEngine];
