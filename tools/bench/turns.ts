import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogFile } from '../../src/catalog/load.ts';
import { startBackend } from '../../src/backend/server.ts';
import { Conversation } from '../../src/skill/conversation.ts';
import { createSkill } from '../../src/skill/builder.ts';
import { readConfig } from '../../src/runtime/config.ts';
import { createLogger } from '../../src/runtime/logger.ts';
import { assembleServices } from '../../src/runtime/services.ts';

import type { Chosen } from './catalogs.ts';
import { percentile, type Print } from './stats.ts';

/**
 * Whole turns through the real skill: envelope in, handlers, resolution, SQLite, the reference
 * backend over HTTP for checkout, response out. The budget is a p99 under 100 ms.
 */
export async function runTurnBench(options: { chosen: Chosen; shoppers?: number; print: Print }): Promise<void> {
  const catalogPath = options.chosen.path;
  const { print } = options;
  const dir = mkdtempSync(join(tmpdir(), 'voicecart-bench-'));
  const logger = createLogger('error');
  const { catalog } = loadCatalogFile(catalogPath);
  const backend = await startBackend({ catalog, dbPath: join(dir, 'backend.sqlite'), port: 0, logger });
  const config = readConfig({ VOICECART_BACKEND_URL: backend.url, VOICECART_CATALOG: catalogPath, VOICECART_CACHE_DIR: join(dir, 'cache'), LOG_LEVEL: 'error' });
  const started = process.hrtime.bigint();
  const runtime = await assembleServices(config, { sqlitePath: join(dir, 'shoppers.sqlite'), logger });
  const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
  const skill = createSkill(runtime.services);
  const timings = new Map<string, number[]>();
  /** CPU time of each turn (all of this process's threads, the backend's included): what the turn cost, whoever else wanted the cores. */
  const cpuTimes = new Map<string, number[]>();
  const shoppers = options.shoppers ?? 60;
  const products = catalog.products;
  /** The process's first shopper, timed apart: each of its turns is the first of its kind, run before the code is compiled. */
  const firstShopper: Array<[string, number]> = [];
  try {
    // Shopper `shoppers` is the first to come, with products of its own: the others are the same whether or not it comes.
    for (const s of [shoppers, ...Array.from({ length: shoppers }, (_, k) => k)]) {
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
        const cpu0 = process.cpuUsage();
        const t0 = process.hrtime.bigint();
        await send();
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        const cpu = process.cpuUsage(cpu0);
        if (s === shoppers) firstShopper.push([name, ms]);
        else {
          timings.set(name, [...(timings.get(name) ?? []), ms]);
          cpuTimes.set(name, [...(cpuTimes.get(name) ?? []), (cpu.user + cpu.system) / 1000]);
        }
      }
    }
  } finally {
    await runtime.close();
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const all = [...timings.values()].flat();
  print(`  ${shoppers} shoppers, ${catalog.products.length.toLocaleString('en-US')} products, SQLite, the reference backend over HTTP; services ready in ${readyMs.toFixed(0)} ms (catalog validated and indexed: nothing kept yet)`);
  print(`  the process's first shopper, apart (its turns warm the code): ${firstShopper.map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')} ms`);
  for (const [name, values] of timings) {
    const cpu = cpuTimes.get(name) ?? [];
    print(`  ${name.padEnd(18)} p50 ${percentile(values, 50).toFixed(2)} ms  p99 ${percentile(values, 99).toFixed(2)} ms  (${values.length}); CPU p50 ${percentile(cpu, 50).toFixed(2)} ms  p99 ${percentile(cpu, 99).toFixed(2)} ms`);
  }
  print(`  every turn         p50 ${percentile(all, 50).toFixed(2)} ms  p99 ${percentile(all, 99).toFixed(2)} ms  (budget: p99 < 100 ms; AddItemIntent p99 ≤ 20 ms)`);
}
