import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { readIndexFile, writeIndexFile } from '../../src/catalog/index-file.ts';
import type { Catalog } from '../../src/catalog/product.ts';
import { ProductIndex } from '../../src/catalog/product-index.ts';
import { Resolver } from '../../src/catalog/resolver.ts';
import { generateRequests } from '../../src/evaluation/requests.ts';
import { sizedCatalog, type Chosen } from './catalogs.ts';
import { seededRandom } from '../../src/evaluation/random.ts';
import { latencies, mean, megabytes, percentile, type Print } from './stats.ts';

export interface ResolutionBenchOptions {
  readonly base: Catalog;
  readonly chosen: Chosen;
  /** Catalog sizes to measure, made from the base catalog (tools/bench/catalogs.ts). */
  readonly sizes: readonly number[];
  /** How many generated requests to time at each size. */
  readonly queries?: number;
  /** How many of them to time with plain fuse.js too (it takes about half a second each). */
  readonly fuseSample?: number;
  readonly print: Print;
}

interface SizeFigures {
  size: number;
  buildMs: number;
  heapMb: number;
  fileMb: number;
  loadMs: number;
  first: number[];
  again: number[];
}

const gc = (globalThis as { gc?: () => void }).gc;

function heapUsed(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

/**
 * Resolution as the catalog grows: index build time and heap, the prebuilt index's size and load
 * time, p50/p99 per request over realistic generated requests (typed names, casual head nouns,
 * typing slips, sound-alikes, amounts) heard the first time and again, and plain fuse.js defaults on
 * a sample of the same requests at the base catalog's size, in the same run.
 */
export async function runResolutionBench(options: ResolutionBenchOptions): Promise<void> {
  const { print } = options;
  const dir = mkdtempSync(join(tmpdir(), 'voicecart-bench-index-'));
  const rows: SizeFigures[] = [];
  try {
    for (const size of options.sizes) {
      const random = seededRandom(size);
      const { catalog, made } = sizedCatalog(options.base, size, random);
      const before = heapUsed();
      const started = performance.now();
      const index = ProductIndex.build(catalog);
      const buildMs = performance.now() - started;
      const heapMb = (heapUsed() - before) / 1e6;
      const file = join(dir, `${size}.idx`);
      const stamp = { catalogSha256: String(size), code: 'bench' };
      writeIndexFile(file, catalog, index, stamp);
      const loading = performance.now();
      if (!readIndexFile(file, stamp).ok) throw new Error(`the index of ${size} products does not read back`);
      const loadMs = performance.now() - loading;
      const resolver = Resolver.fromIndex(catalog, index);
      const requests = generatedRequests(catalog, size, options.queries ?? 4000);
      const time = (text: string): number => {
        const at = performance.now();
        resolver.resolve(text);
        return performance.now() - at;
      };
      const first = requests.map(({ text }) => time(text));
      const again = requests.map(({ text }) => time(text));
      rows.push({ size, buildMs, heapMb, fileMb: statSync(file).size / 1e6, loadMs, first, again });
      print(`  ${size.toLocaleString('en-US').padStart(9)} products (${made}): index built in ${buildMs.toFixed(0)} ms, ≈ ${heapMb.toFixed(0)} MB heap; prebuilt ${megabytes(statSync(file).size)}, read in ${loadMs.toFixed(0)} ms`);
      print(`            first hearing ${latencies(first)}; again ${latencies(again)} (${first.length} requests)`);
      if (size === nearestSize(options)) {
        const byKind = new Map<string, number[]>();
        requests.forEach(({ kind }, i) => byKind.set(kind, [...(byKind.get(kind) ?? []), first[i] ?? 0]));
        for (const [kind, list] of byKind) print(`              ${kind.padEnd(16)} ${latencies(list)}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const smallest = rows[0];
  if (smallest !== undefined && rows.length > 1) {
    print('  growth against the smallest catalog:');
    for (const row of rows.slice(1)) {
      const times = (a: number, b: number): string => `${(a / b).toFixed(1)}×`;
      print(
        `    ${(row.size / smallest.size).toFixed(0)}× the products: build ${times(row.buildMs, smallest.buildMs)}, heap ${times(row.heapMb, smallest.heapMb)}, ` +
          `p50 ${times(percentile(row.first, 50), percentile(smallest.first, 50))}, p99 ${times(percentile(row.first, 99), percentile(smallest.first, 99))}`,
      );
    }
  }
  fuseAlongside(options, rows);
}

/** The size measured that is nearest the base catalog's own: where fuse.js is compared and each kind of request is shown. */
function nearestSize(options: ResolutionBenchOptions): number | undefined {
  const own = options.base.products.length;
  return [...options.sizes].sort((a, b) => Math.abs(a - own) - Math.abs(b - own))[0];
}

/** Plain fuse.js defaults on the base catalog, with a sample of the requests voicecart was timed on. */
function fuseAlongside(options: ResolutionBenchOptions, rows: readonly SizeFigures[]): void {
  const catalog = options.base;
  // Every kind of request in the sample, not the first kind only: the generator makes them kind by kind.
  const all = generatedRequests(catalog, catalog.size, 240);
  const every = Math.max(1, Math.floor(all.length / (options.fuseSample ?? 12)));
  const sample = all.filter((_, i) => i % every === 0).slice(0, options.fuseSample ?? 12);
  const built = performance.now();
  const fuse = new Fuse([...catalog.products], { keys: ['name'] });
  const buildMs = performance.now() - built;
  const times = sample.map(({ text }) => {
    const at = performance.now();
    fuse.search(text, { limit: 5 });
    return performance.now() - at;
  });
  options.print(`  plain fuse.js defaults, ${catalog.products.length.toLocaleString('en-US')} products: ${latencies(times)} over ${times.length} requests (build ${buildMs.toFixed(0)} ms)`);
  const nearest = rows.find((row) => row.size === nearestSize(options));
  if (nearest !== undefined) {
    options.print(`  voicecart at ${nearest.size.toLocaleString('en-US')} products is ${(mean(times) / mean(nearest.first)).toFixed(0)}× faster than plain fuse.js (mean, first hearing)`);
  }
}

/** Requests of every kind shoppers and recognisers make, generated from the catalog's own names. */
function generatedRequests(catalog: Catalog, seed: number, count: number): { kind: string; text: string }[] {
  return generateRequests(catalog, { seed, count }).requests.map(({ kind, text }) => ({ kind, text }));
}
