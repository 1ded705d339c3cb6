import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CreateTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { emptyShopperState } from '../../src/shopper/state.ts';
import { DynamoShopperStore } from '../../src/storage/dynamodb.ts';
import { localDocumentClient, startDynalite, type LocalDynamo } from '../support/dynalite.ts';

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

  it('creates its missing table on demand, keyed on userId and billed per request, and finds it there the next time', async () => {
    const store = new DynamoShopperStore({ tableName: 'fresh-shoppers', client: local.documents });
    await store.ensureTable();
    await store.ensureTable();

    const { Table } = await local.documents.send(new DescribeTableCommand({ TableName: 'fresh-shoppers' }));
    expect(Table?.KeySchema).toEqual([{ AttributeName: 'userId', KeyType: 'HASH' }]);
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(await store.save('shopper-a', emptyShopperState(), 0)).toBe(true);
  });

  it('lets two servers starting together both ensure the same table', async () => {
    const first = new DynamoShopperStore({ tableName: 'raced-shoppers', client: local.documents });
    const otherServer = localDocumentClient(dynamo.endpoint);
    const second = new DynamoShopperStore({ tableName: 'raced-shoppers', client: otherServer.documents });
    try {
      await Promise.all([first.ensureTable(), second.ensureTable()]);
      expect(await second.save('shopper-b', emptyShopperState(), 0)).toBe(true);
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

  describe('on a ready table', () => {
    const tableName = 'voicecart-shoppers';
    beforeAll(async () => {
      await new DynamoShopperStore({ tableName, client: local.documents }).ensureTable();
    });

    it('stores the state as a JSON string beside a numeric version, the layout the infrastructure expects', async () => {
      const store = new DynamoShopperStore({ tableName, client: local.documents });
      const state = { ...emptyShopperState(), pace: 'slow' as const };
      await store.save('shopper-c', state, 0);

      const { Item } = await local.documents.send(new GetCommand({ TableName: tableName, Key: { userId: 'shopper-c' } }));
      expect(Item).toEqual({ userId: 'shopper-c', state: JSON.stringify(state), version: 1 });
    });

    it('reports an item whose version is not a number instead of guessing one', async () => {
      await local.documents.send(
        new PutCommand({ TableName: tableName, Item: { userId: 'shopper-d', state: '{}', version: 'three' } }),
      );
      const store = new DynamoShopperStore({ tableName, client: local.documents });
      await expect(store.load('shopper-d')).rejects.toThrow(`stored item of shopper-d in ${tableName} is malformed`);
    });

    it('leaves a client it was given open for its owner when it closes', async () => {
      const store = new DynamoShopperStore({ tableName, client: local.documents });
      await store.close();
      const { Item } = await local.documents.send(new GetCommand({ TableName: tableName, Key: { userId: 'shopper-c' } }));
      expect(Item?.version).toBe(1);
    });

    it('makes its own client from an endpoint and region, as the runtime configuration opens it', async () => {
      // The runtime path takes credentials from the standard chain; give it throwaway ones here.
      vi.stubEnv('AWS_ACCESS_KEY_ID', 'local');
      vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local');
      vi.stubEnv('AWS_SESSION_TOKEN', '');
      const store = new DynamoShopperStore({ tableName, endpoint: dynamo.endpoint, region: 'us-east-1' });
      try {
        expect(await store.save('shopper-e', emptyShopperState(), 0)).toBe(true);
        expect((await store.load('shopper-e')).version).toBe(1);
      } finally {
        await store.close();
      }
    });
  });
});
