import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';

export interface LocalDynamo {
  /** `http://127.0.0.1:<port>`, for an AWS SDK client's `endpoint`. */
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** Starts an in-memory DynamoDB (dynalite) in this process, on a free loopback port. */
export async function startDynalite(): Promise<LocalDynamo> {
  // Tables are usable at once instead of after dynalite's default half second in CREATING.
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('dynalite is not listening on a TCP port');
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        // The SDK keeps sockets alive; without this, close waits for every client to be destroyed.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * A document client for a local DynamoDB with explicit dummy credentials and region, so tests never
 * depend on (or leak to) the AWS settings of the machine they run on. Call `destroy()` when done.
 */
export function localDocumentClient(endpoint: string): { documents: DynamoDBDocumentClient; destroy(): void } {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return { documents: DynamoDBDocumentClient.from(client), destroy: () => client.destroy() };
}
