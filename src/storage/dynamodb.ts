import { gunzipSync, gzipSync } from 'node:zlib';
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
import { DeleteCommand, DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { snapshotOf, type PartWrite, type ShopperSnapshot, type ShopperStore, type StoredPart } from '../shopper/store.ts';

export interface DynamoShopperStoreOptions {
  readonly tableName: string;
  /** A ready client (tests, or an app sharing one client); the store then leaves closing it to its owner. */
  readonly client?: DynamoDBDocumentClient;
  /** A local DynamoDB (dynalite, DynamoDB Local); unset in production. Ignored when `client` is given. */
  readonly endpoint?: string;
  readonly region?: string;
}

/** One part of a shopper: its JSON as text, or gzipped once it is big enough to be worth it. */
const StoredItemSchema = z.object({
  part: z.string().min(1),
  version: z.number().int().positive(),
  data: z.string().optional(),
  gz: z.instanceof(Uint8Array).optional(),
});

/** The seconds to wait for a table created by `ensureTable` to become usable. */
const TABLE_READY_SECONDS = 120;
/** Parts above this are stored gzipped: a long cart's JSON shrinks several times over. */
const COMPRESS_ABOVE_BYTES = 4 * 1024;
/** DynamoDB refuses items over 400 KB; refusing here names the part instead. */
const MAX_ITEM_BYTES = 390 * 1024;

/** A write that found its part moved on. */
class Conflict extends Error {}

/**
 * Shoppers' state in DynamoDB: an item per part (partition key `userId`, sort key `part`), each
 * with a numeric `version`; one strongly consistent query reads a whole shopper.
 *
 * A commit writes its parts one by one, each conditional on the version it was read at. DynamoDB
 * transactions would make that atomic, but the store is meant to run where they are not (DynamoDB
 * Local, dynalite): instead the first write is the one where concurrent changes meet (the next
 * undo entry, see writesFor), and should a later write find its part moved on, the parts already
 * written are put back, each conditional on the version just written, before the change is retried.
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

  async load(userId: string): Promise<ShopperSnapshot> {
    const parts: StoredPart[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      // Strongly consistent: an eventually consistent read could show a shopper their old cart.
      const page = await this.documents.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'userId = :user',
          ExpressionAttributeValues: { ':user': userId },
          ConsistentRead: true,
          ...(start === undefined ? {} : { ExclusiveStartKey: start }),
        }),
      );
      for (const item of page.Items ?? []) parts.push(this.partOf(userId, item));
      start = page.LastEvaluatedKey;
    } while (start !== undefined);
    return snapshotOf(userId, parts);
  }

  async commit(userId: string, writes: readonly PartWrite[]): Promise<boolean> {
    const done: PartWrite[] = [];
    try {
      for (const write of writes) {
        if (await this.write(userId, write)) done.push(write);
      }
      return true;
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
      await this.rollBack(userId, done);
      return false;
    }
  }

  /**
   * Puts back the parts a refused commit had written, newest first. Each is conditional on the
   * version this commit wrote, and the version moves on again, so a device that read the
   * half-written state is refused in turn. If another device already wrote over one of them, it
   * built on this change: that is reported rather than undone behind its back.
   */
  private async rollBack(userId: string, done: readonly PartWrite[]): Promise<void> {
    for (const write of [...done].reverse()) {
      const written = write.data === null ? undefined : (write.previous?.version ?? 0) + 1;
      const putBack: PartWrite = {
        key: write.key,
        previous: written === undefined ? undefined : { key: write.key, version: written, data: write.data ?? '' },
        data: write.previous?.data ?? null,
      };
      try {
        await this.write(userId, putBack, (written ?? write.previous?.version ?? 0) + 1);
      } catch (error) {
        if (error instanceof Conflict) {
          throw new Error(`a change to ${userId} was partly written and another device has since built on its ${write.key}; it was left as it is`);
        }
        throw error;
      }
    }
  }

  /**
   * One conditional write; `version` is the version to write, by default one past the expected one.
   * False when there was nothing to do (a delete of a part already gone, where that is fine).
   */
  private async write(userId: string, write: PartWrite, version = (write.previous?.version ?? 0) + 1): Promise<boolean> {
    const expected = write.previous?.version;
    const atVersion = write.goneIsFine === true ? 'attribute_not_exists(userId) OR version = :expected' : 'version = :expected';
    const condition =
      expected === undefined
        ? { ConditionExpression: 'attribute_not_exists(userId)' }
        : { ConditionExpression: atVersion, ExpressionAttributeValues: { ':expected': expected } };
    try {
      if (write.data === null) {
        const { Attributes } = await this.documents.send(
          new DeleteCommand({ TableName: this.tableName, Key: { userId, part: write.key }, ReturnValues: 'ALL_OLD', ...condition }),
        );
        return Attributes !== undefined;
      }
      await this.documents.send(new PutCommand({ TableName: this.tableName, Item: { userId, part: write.key, version, ...this.encode(userId, write.key, write.data) }, ...condition }));
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new Conflict();
      throw error;
    }
  }

  private encode(userId: string, key: string, data: string): { data: string } | { gz: Uint8Array } {
    const bytes = Buffer.byteLength(data);
    if (bytes <= COMPRESS_ABOVE_BYTES) return { data };
    const gz = gzipSync(data);
    if (gz.length > MAX_ITEM_BYTES) throw new Error(`the ${key} of ${userId} is ${gz.length} bytes stored, more than a DynamoDB item holds`);
    return { gz };
  }

  private partOf(userId: string, item: Record<string, unknown>): StoredPart {
    const parsed = StoredItemSchema.safeParse(item);
    if (!parsed.success || (parsed.data.data === undefined) === (parsed.data.gz === undefined)) {
      throw new Error(`stored item of ${userId} in ${this.tableName} is malformed: ${parsed.success ? 'it needs data or gz' : (parsed.error.issues[0]?.message ?? '')}`);
    }
    const { part, version, data, gz } = parsed.data;
    return { key: part, version, data: data ?? gunzipSync(gz ?? new Uint8Array()).toString('utf8') };
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
          AttributeDefinitions: [
            { AttributeName: 'userId', AttributeType: 'S' },
            { AttributeName: 'part', AttributeType: 'S' },
          ],
          KeySchema: [
            { AttributeName: 'userId', KeyType: 'HASH' },
            { AttributeName: 'part', KeyType: 'RANGE' },
          ],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
    } catch (error) {
      // Another process (a second test worker, a second server) created it first: just wait for it.
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  }

  /** A table keyed otherwise would refuse every write with a cryptic validation error. */
  private checkKeySchema(table: TableDescription): void {
    const keys = table.KeySchema ?? [];
    const typeOf = (name: string): string | undefined => table.AttributeDefinitions?.find((attribute) => attribute.AttributeName === name)?.AttributeType;
    const hash = keys.find((key) => key.KeyType === 'HASH');
    const range = keys.find((key) => key.KeyType === 'RANGE');
    const fits = keys.length === 2 && hash?.AttributeName === 'userId' && range?.AttributeName === 'part' && typeOf('userId') === 'S' && typeOf('part') === 'S';
    if (fits) return;
    const found = keys.map((key) => `${key.AttributeName ?? '?'} (${key.KeyType ?? '?'})`).join(', ');
    const older = keys.length === 1 && hash?.AttributeName === 'userId' ? ', the layout of voicecart before shoppers were stored in parts' : '';
    throw new Error(
      `table ${this.tableName} exists but is keyed on ${found || 'nothing'}${older}; voicecart needs a string partition key userId and a string sort key part`,
    );
  }
}
