import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
  waitUntilTableExists,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { initialState, parseStoredState, type ShopperStore, type VersionedState } from '../shopper/store.ts';
import type { ShopperState } from '../shopper/state.ts';

export interface DynamoShopperStoreOptions {
  readonly tableName: string;
  /** A ready client (tests, or an app sharing one client); the store then leaves closing it to its owner. */
  readonly client?: DynamoDBDocumentClient;
  /** A local DynamoDB (dynalite, DynamoDB Local); unset in production. Ignored when `client` is given. */
  readonly endpoint?: string;
  readonly region?: string;
}

/** One row of the table: the shopper's document as JSON, and its version. */
const StoredItemSchema = z.object({
  state: z.string(),
  version: z.number().int().positive(),
});

/** The seconds to wait for a table created by `ensureTable` to become usable. */
const TABLE_READY_SECONDS = 120;

/**
 * Shoppers' state in DynamoDB: one item per shopper, keyed by `userId`, holding the state as a
 * JSON string and a numeric `version`. Writes are conditional puts on that version, so two
 * devices of one household never overwrite each other (no transactions needed: one item, one write).
 */
export class DynamoShopperStore implements ShopperStore {
  private readonly tableName: string;
  private readonly documents: DynamoDBDocumentClient;
  /** Set only when this store made the client, and so must release its sockets on close. */
  private readonly ownedClient: DynamoDBClient | undefined;

  constructor(options: DynamoShopperStoreOptions) {
    this.tableName = options.tableName;
    if (options.client !== undefined) {
      this.documents = options.client;
      this.ownedClient = undefined;
    } else {
      this.ownedClient = new DynamoDBClient({
        ...(options.region === undefined ? {} : { region: options.region }),
        ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
      });
      this.documents = DynamoDBDocumentClient.from(this.ownedClient);
    }
  }

  async load(userId: string): Promise<VersionedState> {
    // A strongly consistent read: an eventually consistent one could return a version that is
    // already stale, which would only cost retries, but also shows a shopper their old cart.
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: { userId }, ConsistentRead: true }),
    );
    if (Item === undefined) return initialState();
    const item = StoredItemSchema.safeParse(Item);
    if (!item.success) {
      throw new Error(`stored item of ${userId} in ${this.tableName} is malformed: ${item.error.issues[0]?.message ?? ''}`);
    }
    return { state: parseStoredState(userId, item.data.state), version: item.data.version };
  }

  async save(userId: string, state: ShopperState, expectedVersion: number): Promise<boolean> {
    const isFirstSave = expectedVersion === 0;
    try {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { userId, state: JSON.stringify(state), version: expectedVersion + 1 },
          ConditionExpression: isFirstSave ? 'attribute_not_exists(userId)' : 'version = :expected',
          ...(isFirstSave ? {} : { ExpressionAttributeValues: { ':expected': expectedVersion } }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /**
   * Creates the table (on-demand billing) when it is missing and waits until it is usable.
   * For local runs and tests only: in production the table is made by the deployment's
   * infrastructure, and the skill's role needs no right to create tables.
   */
  async ensureTable(): Promise<void> {
    const existing = await this.describeTable();
    if (existing !== undefined) {
      this.checkKeySchema(existing);
      if (existing.TableStatus === 'ACTIVE') return;
    } else {
      await this.createTable();
    }
    const waited = await waitUntilTableExists(
      { client: this.documents, minDelay: 1, maxDelay: 5, maxWaitTime: TABLE_READY_SECONDS },
      { TableName: this.tableName },
    );
    if (waited.state !== 'SUCCESS') throw new Error(`table ${this.tableName} did not become active: ${waited.state}`);
  }

  async close(): Promise<void> {
    this.ownedClient?.destroy();
  }

  private async describeTable(): Promise<TableDescription | undefined> {
    try {
      const { Table } = await this.documents.send(new DescribeTableCommand({ TableName: this.tableName }));
      return Table;
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return undefined;
      throw error;
    }
  }

  private async createTable(): Promise<void> {
    try {
      await this.documents.send(
        new CreateTableCommand({
          TableName: this.tableName,
          AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
    } catch (error) {
      // Another process (a second test worker, a second server) created it first: just wait for it.
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  }

  /** A table keyed on something else would refuse every save with a cryptic validation error. */
  private checkKeySchema(table: TableDescription): void {
    const keys = table.KeySchema ?? [];
    const keyType = table.AttributeDefinitions?.find((attribute) => attribute.AttributeName === 'userId')?.AttributeType;
    const keyedOnUserId = keys.length === 1 && keys[0]?.AttributeName === 'userId' && keys[0].KeyType === 'HASH' && keyType === 'S';
    if (!keyedOnUserId) {
      const found = keys.map((key) => `${key.AttributeName ?? '?'} (${key.KeyType ?? '?'})`).join(', ');
      throw new Error(`table ${this.tableName} exists but is keyed on ${found || 'nothing'}; voicecart needs a string partition key named userId`);
    }
  }
}
