import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoShopperStore } from '../../src/storage/dynamodb.ts';
import { newSession, launchRequest, intentRequest } from '../../src/skill/envelopes.ts';
import { localDocumentClient, startDynalite, type LocalDynamo } from '../support/dynalite.ts';
import { startTestBackend, type TestBackend } from '../backend/fixtures.ts';

let dynamo: LocalDynamo;
let backend: TestBackend;
const table = 'voicecart-lambda-test';
const out = mkdtempSync(join(tmpdir(), 'voicecart-lambda-'));

beforeAll(async () => {
  execFileSync('npm', ['run', 'build', '--', '--outdir', out], { stdio: 'pipe' });
  dynamo = await startDynalite();
  const { documents, destroy } = localDocumentClient(dynamo.endpoint);
  await new DynamoShopperStore({ tableName: table, client: documents }).ensureTable();
  destroy();
  backend = await startTestBackend();
}, 120_000);

afterAll(async () => {
  await backend.close();
  await dynamo.stop();
  rmSync(out, { recursive: true, force: true });
});

/** Runs the bundled handler in a plain Node process, as Lambda would: no tsx, no project sources. */
function invokeBundle(events: unknown[]): Promise<unknown[]> {
  const script = `
    const { handler } = await import(process.argv[2]);
    const events = JSON.parse(process.argv[1]);
    const out = [];
    for (const event of events) out.push(await handler(event, {}));
    process.stdout.write(JSON.stringify(out));
  `;
  const bundle = pathToFileURL(join(out, 'lambda', 'index.mjs')).href;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(events), bundle], {
    env: {
      PATH: process.env.PATH ?? '',
      VOICECART_DYNAMODB_ENDPOINT: dynamo.endpoint,
      VOICECART_DYNAMODB_TABLE: table,
      VOICECART_BACKEND_URL: backend.url,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      LOG_LEVEL: 'silent',
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`bundle exited ${code}: ${stderr}`));
      else resolve(JSON.parse(stdout));
    });
  });
}

describe('the Lambda bundle', () => {
  it('answers a LaunchRequest, and keeps a shopper’s cart in DynamoDB between invocations', async () => {
    const caller = { userId: 'amzn1.ask.account.lambda-shopper' };
    const now = new Date();
    const session = newSession();
    const [launch, add] = await invokeBundle([
      launchRequest(caller, session, now),
      intentRequest(caller, { ...session, new: false }, 'AddItemIntent', { product: 'bananas', quantity: '2' }, now),
    ]);
    expect(JSON.stringify(launch)).toContain('Welcome to Corner Grocer');
    expect(JSON.stringify(add)).toContain('Added two Bananas to your cart.');

    const { documents, destroy } = localDocumentClient(dynamo.endpoint);
    const stored = await new DynamoShopperStore({ tableName: table, client: documents }).load(caller.userId);
    destroy();
    expect(stored.state.cart).toEqual([expect.objectContaining({ productId: 'p0001', quantity: 2 })]);
  });
});
