import { preparePrivateFile } from '../storage/private-files.ts';
import type { ShopperStore } from '../shopper/store.ts';
import type { Config } from './config.ts';

/**
 * Opens the configured shopper store. Each engine is imported only when chosen, so a Lambda
 * running on DynamoDB never loads the native SQLite module.
 */
export async function openShopperStore(config: Config): Promise<ShopperStore> {
  if (config.VOICECART_STORE === 'dynamodb') {
    const { DynamoShopperStore } = await import('../storage/dynamodb.ts');
    return new DynamoShopperStore({
      tableName: config.VOICECART_DYNAMODB_TABLE,
      region: config.AWS_REGION,
      ...(config.VOICECART_DYNAMODB_ENDPOINT === undefined ? {} : { endpoint: config.VOICECART_DYNAMODB_ENDPOINT }),
    });
  }
  return openSqliteStore(config.VOICECART_SQLITE);
}

/** The embedded store: a SQLite file only its owner can read, in a folder only its owner can open. */
export async function openSqliteStore(path: string): Promise<ShopperStore> {
  if (path !== ':memory:') preparePrivateFile(path);
  const { SqliteShopperStore } = await import('../storage/sqlite.ts');
  return new SqliteShopperStore(path);
}
