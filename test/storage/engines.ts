import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoShopperStore } from '../../src/storage/dynamodb.ts';
import { SqliteShopperStore } from '../../src/storage/sqlite.ts';
import type { ShopperStore } from '../../src/shopper/store.ts';
import { localDocumentClient, startDynalite } from '../support/dynalite.ts';

/** One running storage engine that several stores (devices) can open at the same time. */
export interface RunningEngine {
  /** Opens another store on the same data, as a second device or process would. */
  openStore(): Promise<ShopperStore>;
  /** Puts a document into storage directly, bypassing the store, as an old or damaged row would be. */
  writeRaw(userId: string, json: string, version: number): Promise<void>;
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
    return {
      openStore,
      async writeRaw(userId, json, version) {
        const db = new Database(path);
        try {
          db.prepare('INSERT OR REPLACE INTO shoppers (user_id, state, version) VALUES (?, ?, ?)').run(userId, json, version);
        } finally {
          db.close();
        }
      },
      async stop() {
        await Promise.all(opened.map((store) => store.close()));
        rmSync(folder, { recursive: true, force: true });
      },
    };
  },
};

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
      async writeRaw(userId, json, version) {
        await admin.documents.send(new PutCommand({ TableName: tableName, Item: { userId, state: json, version } }));
      },
      async stop() {
        for (const client of clients) client.destroy();
        await dynamo.stop();
      },
    };
  },
};

export const engines: readonly Engine[] = [sqliteEngine, dynaliteEngine];
