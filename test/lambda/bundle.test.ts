import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoShopperStore } from '../../src/storage/dynamodb.ts';
import { newSession, launchRequest, intentRequest } from '../../src/skill/envelopes.ts';
import { localDocumentClient, startDynalite, type LocalDynamo } from '../support/dynalite.ts';
import { startTestBackend, type TestBackend } from '../backend/fixtures.ts';

let dynamo: LocalDynamo;
let backend: TestBackend;
const table = 'voicecart-lambda-test';
const out = mkdtempSync(join(tmpdir(), 'voicecart-lambda-'));
/** Where the zip is unpacked, as Lambda unpacks it into /var/task. */
const deployed = join(out, 'var-task');
let zipEntries: string[] = [];

beforeAll(async () => {
  execFileSync('npm', ['run', 'build', '--', '--outdir', out], { stdio: 'pipe' });
  const files = unzipSync(readFileSync(join(out, 'voicecart-lambda.zip')));
  zipEntries = Object.keys(files).sort();
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(deployed, name)), { recursive: true });
    writeFileSync(join(deployed, name), bytes);
  }
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

/**
 * Runs the deployed handler as Lambda's Node runtime would: a plain Node process in the unpacked
 * zip's root importing index.mjs from there, with no project sources, no node_modules, and only
 * the environment the CloudFormation template sets.
 */
function invokeDeployed(events: unknown[]): Promise<{ responses: unknown[]; stderr: string }> {
  const script = `
    const { handler } = await import(process.argv[2]);
    const events = JSON.parse(process.argv[1]);
    const out = [];
    for (const event of events) out.push(await handler(event, {}));
    process.stdout.write(JSON.stringify(out));
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(events), pathToFileURL(join(deployed, 'index.mjs')).href], {
    cwd: deployed,
    env: {
      PATH: process.env.PATH ?? '',
      VOICECART_STORE: 'dynamodb',
      VOICECART_DYNAMODB_ENDPOINT: dynamo.endpoint,
      VOICECART_DYNAMODB_TABLE: table,
      VOICECART_BACKEND_URL: backend.url,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      // Warnings are on, so a passed-over index or a missing catalog would show.
      LOG_LEVEL: 'warn',
      // Lambda runs nodejs22.x, where the AWS SDK has no Node-version warning to give; this machine runs Node 20.
      ...(Number(process.versions.node.split('.')[0]) < 22 ? { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } : {}),
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`the handler exited ${code}: ${stderr}`));
      else resolve({ responses: JSON.parse(stdout) as unknown[], stderr });
    });
  });
}

describe('the Lambda package, deployed as the README says', () => {
  it('is a minified module at the zip’s root, the modules it imports as needed, the catalog and its prebuilt index, and no express', () => {
    const code = zipEntries.filter((entry) => entry.startsWith('chunks/'));
    expect(zipEntries).toEqual(['catalog/catalog.csv', 'catalog/catalog.csv.idx', ...code, 'index.mjs']);
    expect(code.length).toBeGreaterThan(0);
    for (const file of ['index.mjs', ...code]) {
      expect(file).toMatch(/\.mjs$/);
      const bundle = readFileSync(join(deployed, file), 'utf8');
      expect(bundle).not.toMatch(/x-powered-by/i);
      expect(bundle.split('\n').length).toBeLessThan(200);
    }
  });

  it('answers a LaunchRequest and an AddItemIntent from its packed catalog, and keeps the cart in DynamoDB', async () => {
    const caller = { userId: 'amzn1.ask.account.lambda-shopper' };
    const now = new Date();
    const session = newSession();
    const { responses, stderr } = await invokeDeployed([
      launchRequest(caller, session, now),
      intentRequest(caller, { ...session, new: false }, 'AddItemIntent', { product: 'bananas', quantity: '2' }, now),
    ]);
    const [launch, add] = responses;
    expect(JSON.stringify(launch)).toContain('Welcome to Corner Grocer');
    expect(JSON.stringify(add)).toContain('Added two Bananas to your cart.');
    // Nothing to say: the packed index matched its catalog and was used.
    expect(stderr).toBe('');

    const { documents, destroy } = localDocumentClient(dynamo.endpoint);
    const stored = await new DynamoShopperStore({ tableName: table, client: documents }).load(caller.userId);
    destroy();
    expect(stored.state.cart).toEqual([expect.objectContaining({ productId: 'p0001', quantity: 2 })]);
  });

  it('builds its index from the packed catalog, and says so, when the index does not match the catalog', async () => {
    const catalog = join(deployed, 'catalog', 'catalog.csv');
    const original = readFileSync(catalog);
    writeFileSync(catalog, Buffer.concat([original, Buffer.from('p9999,Purple Carrots,,produce > fresh vegetables,per lb,1.99,\n')]));
    try {
      const caller = { userId: 'amzn1.ask.account.lambda-shopper-2' };
      const { responses, stderr } = await invokeDeployed([intentRequest(caller, newSession(), 'AddItemIntent', { product: 'purple carrots' }, new Date())]);
      expect(JSON.stringify(responses[0])).toContain('Added Purple Carrots');
      expect(stderr).toMatch(/catalog\.csv\.idx not used: the catalog changed since it was built/);
    } finally {
      writeFileSync(catalog, original);
    }
  });
});
