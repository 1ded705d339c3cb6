import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { startBackend } from '../../src/backend/server.ts';
import type { Catalog } from '../../src/catalog/product.ts';
import { createLogger } from '../../src/runtime/logger.ts';
import { intentRequest, launchRequest, newSession } from '../../src/skill/envelopes.ts';
import { DynamoShopperStore } from '../../src/storage/dynamodb.ts';
import { localDocumentClient, startDynalite } from '../../test/support/dynalite.ts';
import { PROJECT_ROOT, type Chosen } from './catalogs.ts';
import { megabytes, spread, type Print } from './stats.ts';

/** What the child process saw, in ms since it started (performance.timeOrigin) and bytes. */
interface ColdStart {
  readonly imported: number;
  readonly answered: number;
  /** CPU time of the whole process (all threads) to the response: steadier than wall time on a busy machine. */
  readonly cpu: number;
  readonly rss: number;
  readonly maxRss: number;
  readonly said: string;
}

/**
 * Lambda's Node runtime, reduced to what a cold start is: a fresh process imports the handler
 * module from the unpacked zip's root (init), then invokes it once. Times are since the process
 * started, so node's own start is in them, as it is in Lambda's init.
 */
const LAMBDA_STYLE = `
  const { handler } = await import(process.argv[1]);
  const imported = performance.now();
  const response = await handler(JSON.parse(process.argv[2]), {});
  const answered = performance.now();
  process.stdout.write(JSON.stringify({
    imported, answered, cpu: (process.cpuUsage().user + process.cpuUsage().system) / 1000, rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024,
    said: JSON.stringify(response.response?.outputSpeech ?? null),
  }));
`;

/**
 * The flags Lambda's Node runtime starts node with for a function of `memoryMb` (its bootstrap sizes
 * V8's heap from the function's memory: a tenth of it for new objects, the rest for old).
 */
function lambdaNodeFlags(memoryMb: number): string[] {
  const newSpace = Math.floor(memoryMb / 10);
  return ['--expose-gc', `--max-semi-space-size=${Math.floor(newSpace / 2)}`, `--max-old-space-size=${memoryMb - newSpace}`];
}

/** The memory infrastructure/skill-stack.yaml gives the function by default. */
function templateMemoryMb(): number {
  const template = parse(readFileSync(join(PROJECT_ROOT, 'infrastructure', 'skill-stack.yaml'), 'utf8'), { logLevel: 'silent' }) as {
    Parameters?: { MemorySize?: { Default?: unknown } };
  };
  const memory = Number(template.Parameters?.MemorySize?.Default);
  if (!Number.isInteger(memory)) throw new Error('infrastructure/skill-stack.yaml has no default MemorySize');
  return memory;
}

function coldStart(root: string, memoryMb: number, event: unknown, env: Record<string, string>): Promise<ColdStart> {
  const child = spawn(process.execPath, [...lambdaNodeFlags(memoryMb), '--input-type=module', '-e', LAMBDA_STYLE, pathToFileURL(join(root, 'index.mjs')).href, JSON.stringify(event)], { cwd: root, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout) as ColdStart) : reject(new Error(`the handler exited ${code}: ${stderr}`)))),
  );
}

/** How long, and how much CPU, a bare node takes to start here: the floor under every cold start. */
function bareNode(): { ms: number; cpu: number } {
  const started = performance.now();
  const { stdout } = spawnSync(process.execPath, ['-e', 'const c = process.cpuUsage(); process.stdout.write(String((c.user + c.system) / 1000))'], { encoding: 'utf8' });
  return { ms: performance.now() - started, cpu: Number(stdout) };
}

/**
 * Builds the Lambda package with the measured catalog exactly as `npm run build -- --catalog` does,
 * unpacks its zip, and times fresh processes answering their first request against DynamoDB
 * (dynalite) and the reference backend: a LaunchRequest, a one-shot AddItemIntent, and the same
 * without the prebuilt index, which is then built at start.
 */
export async function runColdStartBench(options: { catalog: Catalog; chosen: Chosen; runs: number; print: Print }): Promise<void> {
  const { print, runs } = options;
  const dir = mkdtempSync(join(tmpdir(), 'voicecart-bench-lambda-'));
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--catalog', options.chosen.path, '--outdir', dir], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`npm run build failed: ${built.stderr}`);
  const zip = join(dir, 'voicecart-lambda.zip');
  const root = join(dir, 'var-task');
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), bytes);
  }
  const dynamo = await startDynalite();
  const table = 'voicecart-bench';
  const { documents, destroy } = localDocumentClient(dynamo.endpoint);
  await new DynamoShopperStore({ tableName: table, client: documents }).ensureTable();
  destroy();
  const backend = await startBackend({ catalog: options.catalog, dbPath: join(dir, 'backend.sqlite'), port: 0, logger: createLogger('error') });
  const env = {
    PATH: process.env.PATH ?? '',
    VOICECART_STORE: 'dynamodb',
    VOICECART_DYNAMODB_ENDPOINT: dynamo.endpoint,
    VOICECART_DYNAMODB_TABLE: table,
    VOICECART_BACKEND_URL: backend.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    LOG_LEVEL: 'error',
    // Lambda runs nodejs22.x, where the AWS SDK has no Node-version warning to give.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  const word = options.catalog.products[0]?.name.toLowerCase() ?? 'milk';
  const events = {
    LaunchRequest: (k: number) => launchRequest({ userId: `cold-${k}` }, newSession(), new Date()),
    'one-shot AddItemIntent': (k: number) => intentRequest({ userId: `cold-add-${k}` }, newSession(), 'AddItemIntent', { product: word, quantity: '2' }, new Date()),
  };
  const index = join(root, 'catalog', `catalog${extname(options.chosen.path).toLowerCase()}.idx`);
  const chunks = readdirSync(join(root, 'chunks')).map((name) => statSync(join(root, 'chunks', name)).size);
  try {
    print(
      `  zip ${megabytes(statSync(zip).size)}: index.mjs ${megabytes(statSync(join(root, 'index.mjs')).size)} and ${chunks.length} modules it imports as needed (${megabytes(chunks.reduce((sum, bytes) => sum + bytes, 0))}), the catalog and its prebuilt index (${megabytes(statSync(index).size)})`,
    );
    const bare = Array.from({ length: runs }, bareNode);
    print(`  a bare node process starting and ending: ${spread(bare.map((b) => b.ms), 'ms')}, CPU ${spread(bare.map((b) => b.cpu), 'ms')}`);
    const measure = async (label: string, memoryMb: number, event: (k: number) => unknown, count: number): Promise<void> => {
      const results: ColdStart[] = [];
      for (let k = 0; k < count; k++) results.push(await coldStart(root, memoryMb, event(k), env));
      print(`  ${label}, node started as for a ${memoryMb} MB function (${lambdaNodeFlags(memoryMb).slice(1).join(' ')}): first response ${spread(results.map((r) => r.answered), 'ms')} after the process started`);
      print(`    CPU time to the response ${spread(results.map((r) => r.cpu), 'ms')}; handler imported at ${spread(results.map((r) => r.imported), 'ms')}`);
      print(`    RSS at the response ${spread(results.map((r) => r.rss / 1e6), 'MB')}, peak ${spread(results.map((r) => r.maxRss / 1e6), 'MB')}`);
      print(`    said: ${results[0]?.said.slice(0, 110) ?? ''}`);
    };
    // 128 MB is Lambda's default and the size the figures are held to; the template's own is roomier, for CPU.
    await measure('LaunchRequest', 128, events.LaunchRequest, runs);
    await measure('one-shot AddItemIntent', 128, events['one-shot AddItemIntent'], runs);
    const templateMemory = templateMemoryMb();
    if (templateMemory !== 128) await measure('LaunchRequest', templateMemory, events.LaunchRequest, runs);
    rmSync(index);
    await measure('LaunchRequest without the prebuilt index (validated and indexed at start)', 128, events.LaunchRequest, Math.min(runs, 3));
  } finally {
    await backend.close();
    await dynamo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
