/**
 * Load and fault figures for the express door, on this machine's loopback only:
 *
 *   npx tsx tools/load/run.ts [--connections 50] [--seconds 30] [--fuzz 10000]
 *
 * The door runs in a process of its own (tools/load/door.ts): `voicecart serve` as `npm start`
 * assembles it, request verification on against a test CA made here. The load: autocannon
 * sending a mix of signed Alexa requests from 200 shoppers. The faults: fuzzed bodies (fast-check)
 * to the door with verification off, so they reach the skill, and fuzzed signature headers to the
 * verified door. Only 2xx and 4xx may come back, and the door must still be up and answering.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import fc from 'fast-check';
import { z } from 'zod';
import { parseOptions } from '../../src/cli/args.ts';
import { intentRequest, launchRequest, newSession, type Caller } from '../../src/skill/envelopes.ts';
import { issue, signedHeaders } from '../../test/server/test-pki.ts';
import { fuzzedBody, fuzzedSignatureHeaders } from './arbitrary-envelopes.ts';

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000load';
const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-load.pem';
const SHOPPERS = 200;

const { values } = parseOptions(process.argv.slice(2), { values: ['connections', 'seconds', 'fuzz'] });
const connections = Number(values.get('connections') ?? 50);
const seconds = Number(values.get('seconds') ?? 30);
const fuzzCount = Number(values.get('fuzz') ?? 10_000);

const now = new Date();
const day = 24 * 60 * 60 * 1000;
const window = { notBefore: new Date(now.getTime() - day), notAfter: new Date(now.getTime() + day) };
const root = issue({ subject: 'voicecart load root', ca: true, ...window });
const signing = issue({ subject: 'echo-api.amazon.com', issuer: root, dnsNames: ['echo-api.amazon.com'], ...window });

const door = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('door.ts', import.meta.url))], {
  env: { ...process.env, LOAD_SKILL_ID: SKILL_ID, LOAD_ROOT_PEM: root.pem, LOAD_CHAIN_PEM: signing.pem },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let doorExit: number | null | undefined;
door.on('exit', (code) => {
  doorExit = code;
});
const [first] = await createInterface({ input: door.stdout })[Symbol.asyncIterator]().next().then((line) => [line.value]);
const { verified, open, catalog } = z.object({ verified: z.string().url(), open: z.string().url(), catalog: z.array(z.string()).min(1) }).parse(JSON.parse(String(first)));

/** What shoppers say, as Alexa would send it, each body signed once up front (timestamps stay within 150 s of a 30 s run). */
function signedPool(): Array<{ body: string; headers: Record<string, string> }> {
  const pool: Array<{ body: string; headers: Record<string, string> }> = [];
  for (let s = 0; s < SHOPPERS; s++) {
    const caller: Caller = { userId: `amzn1.ask.account.load-${s}`, applicationId: SKILL_ID };
    const session = newSession();
    const inSession = { ...session, new: false };
    const envelopes = [
      launchRequest(caller, session, now),
      intentRequest(caller, inSession, 'AddItemIntent', { product: catalog[s % catalog.length] ?? 'bananas', quantity: '2' }, now),
      intentRequest(caller, inSession, 'ReadCartIntent', {}, now),
      intentRequest(caller, inSession, 'AddItemIntent', { product: catalog[(s * 7 + 3) % catalog.length] ?? 'milk' }, now),
      intentRequest(caller, inSession, 'CartTotalIntent', {}, now),
      intentRequest(caller, inSession, 'UndoIntent', {}, now),
      intentRequest(caller, inSession, 'AMAZON.HelpIntent', {}, now),
    ];
    for (const envelope of envelopes) {
      const body = JSON.stringify(envelope);
      pool.push({ body, headers: { 'content-type': 'application/json', ...signedHeaders(body, signing.keys, CERT_URL) } });
    }
  }
  return pool;
}

const pool = signedPool();
let next = 0;
const statuses = new Map<number, number>();
const load = await autocannon({
  url: verified,
  connections,
  duration: seconds,
  requests: [
    {
      method: 'POST',
      path: '/alexa',
      setupRequest: (request) => {
        const chosen = pool[next++ % pool.length];
        return { ...request, body: chosen?.body ?? '', headers: chosen?.headers ?? {} };
      },
      onResponse: (status) => {
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      },
    },
  ],
});
const figures = {
  connections,
  seconds,
  requests: load.requests.total,
  perSecond: Math.round(load.requests.average),
  latencyMs: { p50: load.latency.p50, p90: load.latency.p90, p99: load.latency.p99, max: load.latency.max },
  statuses: Object.fromEntries(statuses),
  errors: load.errors,
  timeouts: load.timeouts,
  non2xx: load.non2xx,
};
process.stdout.write(`load: ${JSON.stringify(figures)}\n`);

/** Sends `bodies` with a few requests in flight at once, counting status codes. */
async function send(url: string, bodies: ReadonlyArray<{ body: string; headers: Record<string, string> }>): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  let index = 0;
  const worker = async (): Promise<void> => {
    while (index < bodies.length) {
      const item = bodies[index++];
      if (item === undefined) break;
      const response = await fetch(`${url}/alexa`, { method: 'POST', body: item.body, headers: { 'content-type': 'application/json', ...item.headers } });
      await response.arrayBuffer();
      counts.set(response.status, (counts.get(response.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return counts;
}

const fuzzed = fc.sample(fuzzedBody(SKILL_ID), { numRuns: fuzzCount, seed: 13 }).map((body) => ({ body, headers: {} }));
const forged = fc
  .sample(fc.tuple(fuzzedBody(SKILL_ID), fuzzedSignatureHeaders), { numRuns: Math.round(fuzzCount / 10), seed: 31 })
  .map(([body, headers]) => ({ body, headers }));
const started = Date.now();
const toSkill = await send(open, fuzzed);
const toVerifier = await send(verified, forged);
const alive = (await fetch(`${open}/health`)).status;
const fiveHundreds = [...toSkill, ...toVerifier].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0);
process.stdout.write(
  `fuzz: ${JSON.stringify({
    bodies: fuzzed.length,
    statuses: Object.fromEntries(toSkill),
    forgedHeaders: forged.length,
    forgedStatuses: Object.fromEntries(toVerifier),
    fiveHundreds,
    healthAfter: alive,
    seconds: Math.round((Date.now() - started) / 1000),
  })}\n`,
);

const crashed = doorExit !== undefined;
process.stdout.write(`door: ${crashed ? `exited (${String(doorExit)}) during the run` : 'still up'}\n`);
door.kill('SIGTERM');
process.exitCode = load.errors === 0 && load.non2xx === 0 && fiveHundreds === 0 && alive === 200 && !crashed ? 0 : 1;
