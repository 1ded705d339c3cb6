import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CreateTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { emptyShopperState, type ShopperState } from '../../src/shopper/state.ts';
import { updateShopper, type ShopperStore } from '../../src/shopper/store.ts';
import { DynamoShopperStore } from '../../src/storage/dynamodb.ts';
import { localDocumentClient, startDynalite, type LocalDynamo } from '../support/dynalite.ts';

const slow: ShopperState = { ...emptyShopperState(), pace: 'slow' };

async function put(store: ShopperStore, userId: string, state: ShopperState): Promise<void> {
  await updateShopper(store, userId, () => ({ state, result: undefined }));
}

describe('the DynamoDB shopper store', () => {
  let dynamo: LocalDynamo;
  let local: ReturnType<typeof localDocumentClient>;
  beforeAll(async () => {
    dynamo = await startDynalite();
    local = localDocumentClient(dynamo.endpoint);
  });
  afterAll(async () => {
    local.destroy();
    await dynamo.stop();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('creates its missing table on demand, keyed on userId and part and billed per request, and finds it there the next time', async () => {
    const store = new DynamoShopperStore({ tableName: 'fresh-shoppers', client: local.documents });
    await store.ensureTable();
    await store.ensureTable();

    const { Table } = await local.documents.send(new DescribeTableCommand({ TableName: 'fresh-shoppers' }));
    expect(Table?.KeySchema).toEqual([
      { AttributeName: 'userId', KeyType: 'HASH' },
      { AttributeName: 'part', KeyType: 'RANGE' },
    ]);
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect(Table?.TableStatus).toBe('ACTIVE');
    await put(store, 'shopper-a', slow);
    expect((await store.load('shopper-a')).state).toEqual(slow);
  });

  it('lets two servers starting together both ensure the same table', async () => {
    const first = new DynamoShopperStore({ tableName: 'raced-shoppers', client: local.documents });
    const otherServer = localDocumentClient(dynamo.endpoint);
    const second = new DynamoShopperStore({ tableName: 'raced-shoppers', client: otherServer.documents });
    try {
      await Promise.all([first.ensureTable(), second.ensureTable()]);
      await put(second, 'shopper-b', slow);
      expect((await first.load('shopper-b')).state).toEqual(slow);
    } finally {
      otherServer.destroy();
    }
  });

  it('refuses a table keyed on something other than userId, naming the key it found', async () => {
    await local.documents.send(
      new CreateTableCommand({
        TableName: 'wrongly-keyed',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    const store = new DynamoShopperStore({ tableName: 'wrongly-keyed', client: local.documents });
    await expect(store.ensureTable()).rejects.toThrow('table wrongly-keyed exists but is keyed on id (HASH)');
  });

  it('refuses a table of the one-document layout, saying what it needs instead', async () => {
    await local.documents.send(
      new CreateTableCommand({
        TableName: 'one-document-shoppers',
        AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    const store = new DynamoShopperStore({ tableName: 'one-document-shoppers', client: local.documents });
    await expect(store.ensureTable()).rejects.toThrow(
      'keyed on userId (HASH), the layout of voicecart before shoppers were stored in parts; voicecart needs a string partition key userId and a string sort key part',
    );
  });

  describe('on a ready table', () => {
    const tableName = 'voicecart-shoppers';
    beforeAll(async () => {
      await new DynamoShopperStore({ tableName, client: local.documents }).ensureTable();
    });

    it('stores each part as JSON beside a numeric version, gzipped once it is long', async () => {
      const store = new DynamoShopperStore({ tableName, client: local.documents });
      const cart = Array.from({ length: 300 }, (_, i) => ({ productId: `p${i}`, name: `Product number ${i}`, quantity: 1, unit: null }));
      await put(store, 'shopper-c', { ...slow, cart });

      const profile = await local.documents.send(new GetCommand({ TableName: tableName, Key: { userId: 'shopper-c', part: 'profile' } }));
      expect(profile.Item).toEqual({ userId: 'shopper-c', part: 'profile', data: JSON.stringify({ pace: 'slow', preferences: {}, pendingOrders: [] }), version: 1 });
      const stored = await local.documents.send(new GetCommand({ TableName: tableName, Key: { userId: 'shopper-c', part: 'cart' } }));
      expect(stored.Item?.data).toBeUndefined();
      expect(stored.Item?.gz).toBeInstanceOf(Uint8Array);
      expect((stored.Item?.gz as Uint8Array).length).toBeLessThan(JSON.stringify(cart).length / 4);
      expect((await store.load('shopper-c')).state.cart).toEqual(cart);
    });

    it('reports an item whose version is not a number instead of guessing one', async () => {
      await local.documents.send(new PutCommand({ TableName: tableName, Item: { userId: 'shopper-d', part: 'cart', data: '[]', version: 'three' } }));
      const store = new DynamoShopperStore({ tableName, client: local.documents });
      await expect(store.load('shopper-d')).rejects.toThrow(`stored item of shopper-d in ${tableName} is malformed`);
    });

    it('leaves a client it was given open for its owner when it closes', async () => {
      const store = new DynamoShopperStore({ tableName, client: local.documents });
      await store.close();
      const { Item } = await local.documents.send(new GetCommand({ TableName: tableName, Key: { userId: 'shopper-c', part: 'profile' } }));
      expect(Item?.version).toBe(1);
    });

    it('makes its own client from an endpoint and region, as the runtime configuration opens it', async () => {
      // The runtime path takes credentials from the standard chain; give it throwaway ones here.
      vi.stubEnv('AWS_ACCESS_KEY_ID', 'local');
      vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local');
      vi.stubEnv('AWS_SESSION_TOKEN', '');
      const store = new DynamoShopperStore({ tableName, endpoint: dynamo.endpoint, region: 'us-east-1' });
      try {
        await put(store, 'shopper-e', slow);
        expect((await store.load('shopper-e')).parts.get('profile')?.version).toBe(1);
      } finally {
        await store.close();
      }
    });
  });
});
