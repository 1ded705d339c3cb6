/**
 * The express door for tools/load/run.ts, in a process of its own so the load generator does not
 * share its event loop: `voicecart serve` as `npm start` assembles it (a SQLite file, the reference
 * backend beside it), once with request verification on, trusting the run's test CA, and once
 * with it off, for fuzzed bodies to reach the skill. Prints its two addresses as one JSON line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { readConfig } from '../../src/runtime/config.ts';
import { assembleServices } from '../../src/runtime/services.ts';
import { createAlexaApp } from '../../src/server/alexa-app.ts';
import { AlexaRequestVerifier } from '../../src/server/alexa-verifier.ts';
import { createSkill } from '../../src/skill/builder.ts';

const env = z.object({ LOAD_SKILL_ID: z.string().min(1), LOAD_ROOT_PEM: z.string().min(1), LOAD_CHAIN_PEM: z.string().min(1) }).parse(process.env);

async function listen(app: ReturnType<typeof createAlexaApp>): Promise<{ server: Server; url: string }> {
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening');
  return { server, url: `http://127.0.0.1:${address.port}` };
}

const folder = mkdtempSync(join(tmpdir(), 'voicecart-load-'));
const config = readConfig({
  ...process.env,
  VOICECART_SQLITE: join(folder, 'voicecart.sqlite'),
  VOICECART_BACKEND_DB: join(folder, 'backend.sqlite'),
  VOICECART_BACKEND_PORT: '0',
  LOG_LEVEL: 'silent',
});
const runtime = await assembleServices(config);
const skill = createSkill(runtime.services, { skillId: env.LOAD_SKILL_ID });
const logger = runtime.services.logger;
const verifier = new AlexaRequestVerifier({ skillId: env.LOAD_SKILL_ID, trustedRoots: [env.LOAD_ROOT_PEM], fetchCertificate: async () => env.LOAD_CHAIN_PEM });
const verified = await listen(createAlexaApp(skill, { verify: true, skillId: env.LOAD_SKILL_ID, logger, verifier }));
const open = await listen(createAlexaApp(skill, { verify: false, skillId: env.LOAD_SKILL_ID, logger }));
process.stdout.write(`${JSON.stringify({ verified: verified.url, open: open.url, catalog: runtime.services.catalog.products.slice(0, 120).map((product) => product.name.toLowerCase()) })}\n`);

await new Promise<void>((resolve) => process.once('SIGTERM', resolve));
for (const { server } of [verified, open]) {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}
await runtime.close();
rmSync(folder, { recursive: true, force: true });
