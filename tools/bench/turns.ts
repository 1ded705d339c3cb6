import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogFile } from '../../src/catalog/load.ts';
import { startBackend } from '../../src/backend/server.ts';
import { Conversation } from '../../src/skill/conversation.ts';
import { createSkill } from '../../src/skill/builder.ts';
import { readConfig, DEMO_CATALOG } from '../../src/runtime/config.ts';
import { createLogger } from '../../src/runtime/logger.ts';
import { assembleServices } from '../../src/runtime/services.ts';

const SHARED_CATALOG = join(process.cwd(), '..', 'shared', 'data', 'instacart', 'catalog.csv');

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * Whole turns through the real skill: envelope in, handlers, resolution, SQLite, the reference
 * backend over HTTP for checkout, response out. The budget is a p99 under 100 ms.
 */
export async function runTurnBench(options: { catalogPath?: string; shoppers?: number }): Promise<void> {
  const catalogPath = options.catalogPath ?? (existsSync(SHARED_CATALOG) ? SHARED_CATALOG : DEMO_CATALOG);
  const dir = mkdtempSync(join(tmpdir(), 'voicecart-bench-'));
  const logger = createLogger('error');
  const { catalog } = loadCatalogFile(catalogPath);
  const backend = await startBackend({ catalog, dbPath: join(dir, 'backend.sqlite'), port: 0, logger });
  const config = readConfig({ VOICECART_BACKEND_URL: backend.url, VOICECART_CATALOG: catalogPath, LOG_LEVEL: 'error' });
  const started = process.hrtime.bigint();
  const runtime = await assembleServices(config, { sqlitePath: join(dir, 'shoppers.sqlite'), logger });
  const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
  const skill = createSkill(runtime.services);
  const timings = new Map<string, number[]>();
  const shoppers = options.shoppers ?? 60;
  const products = catalog.products;
  try {
    for (let s = 0; s < shoppers; s++) {
      backend.backend.store.ensureCustomer(`bench-${s}`);
      const token = backend.backend.store.issueToken(`bench-${s}`, new Date());
      const talk = new Conversation(skill, { userId: `bench-${s}`, accessToken: token }, () => new Date());
      const pick = (k: number): string => products[(s * 7919 + k * 104729) % products.length]?.name.toLowerCase() ?? 'milk';
      const turns: Array<[string, () => Promise<unknown>]> = [
        ['LaunchRequest', () => talk.launch()],
        ['AddItemIntent', () => talk.intent('AddItemIntent', { product: pick(1), quantity: '2' })],
        ['AddItemIntent', () => talk.intent('AddItemIntent', { product: pick(2) })],
        ['AddItemIntent', () => talk.intent('AddItemIntent', { product: pick(3) })],
        ['ReadCartIntent', () => talk.intent('ReadCartIntent')],
        ['RemoveItemIntent', () => talk.intent('RemoveItemIntent', { product: pick(2) })],
        ['UndoIntent', () => talk.intent('UndoIntent')],
        ['CheckoutIntent', () => talk.intent('CheckoutIntent')],
        ['AMAZON.NoIntent', () => talk.intent('AMAZON.NoIntent')],
      ];
      for (const [name, send] of turns) {
        const t0 = process.hrtime.bigint();
        await send();
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        timings.set(name, [...(timings.get(name) ?? []), ms]);
      }
    }
  } finally {
    await runtime.close();
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const all = [...timings.values()].flat().sort((a, b) => a - b);
  console.log(`\nwhole turns (${catalog.products.length} products, SQLite, reference backend over HTTP; ${shoppers} shoppers)`);
  console.log(`  services ready in ${readyMs.toFixed(0)} ms (catalog load + index)`);
  for (const [name, values] of timings) {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(`  ${name.padEnd(18)} p50 ${percentile(sorted, 50).toFixed(2)} ms  p99 ${percentile(sorted, 99).toFixed(2)} ms`);
  }
  console.log(`  every turn         p50 ${percentile(all, 50).toFixed(2)} ms  p99 ${percentile(all, 99).toFixed(2)} ms  (budget: p99 < 100 ms)`);
}
