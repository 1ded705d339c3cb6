import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { loadCatalogFile } from '../../src/catalog/load.ts';
import { catalogOf, type Catalog, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

export interface ResolutionBenchOptions {
  /** A catalog file; default: ../shared/data/instacart/catalog.csv beside the project, else a generated one. */
  catalogPath?: string;
  /** Where the project lives (for the default catalog); default: the working directory. */
  projectRoot?: string;
  /** How many generated requests to time. */
  queries?: number;
  /** How many of them to time with plain fuse.js too (it takes about half a second each). */
  fuseSample?: number;
  /** Seed of the request and catalog generators, so runs compare. */
  seed?: number;
  /** Where figures go; default: stdout. */
  print?: (line: string) => void;
}

const GENERATED_SIZE = 50_000;

/**
 * Prints how fast resolution is on a 50,000-product catalog: index build time, heap, p50/p99 per
 * request over realistic generated requests (typed names, casual head nouns, typing slips, sound-
 * alikes, amounts), and plain fuse.js defaults on a sample in the same run.
 */
export async function runResolutionBench(options: ResolutionBenchOptions = {}): Promise<void> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const random = seeded(options.seed ?? 42);
  const defaultPath = join(options.projectRoot ?? process.cwd(), '..', 'shared', 'data', 'instacart', 'catalog.csv');
  const path = options.catalogPath ?? (existsSync(defaultPath) ? defaultPath : null);
  const catalog = path === null ? generatedCatalog(random, GENERATED_SIZE) : loadCatalogFile(path, { skipBadRows: true }).catalog;
  print(`catalog: ${catalog.products.length} products (${path ?? 'generated'})`);

  const heapBefore = process.memoryUsage().heapUsed;
  const buildStarted = performance.now();
  const cpuBefore = process.cpuUsage();
  const resolver = Resolver.build(catalog);
  const buildMs = performance.now() - buildStarted;
  const cpu = process.cpuUsage(cpuBefore);
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  // CPU time (all threads, garbage collection included) is steadier than wall time on a busy machine.
  print(`index build: ${buildMs.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU; heap for the index ≈ ${heapMb.toFixed(0)} MB`);

  const requests = generatedRequests(catalog.products, random, options.queries ?? 5000);
  const first = performance.now();
  resolver.resolve(requests[0]?.text ?? 'milk');
  print(`first request after build: ${(performance.now() - first).toFixed(2)} ms`);
  const timings = new Map<string, number[]>();
  const all: number[] = [];
  for (const { kind, text } of requests) {
    const started = performance.now();
    resolver.resolve(text);
    const ms = performance.now() - started;
    all.push(ms);
    const list = timings.get(kind) ?? [];
    list.push(ms);
    timings.set(kind, list);
  }
  print(`voicecart, first time each request is heard: ${describeTimes(all)} over ${all.length} requests`);
  for (const [kind, list] of timings) print(`  ${kind.padEnd(11)} ${describeTimes(list)} (${list.length})`);
  // Heard words are looked up once and remembered, as in a running skill hearing everyday words again.
  const again = requests.map(({ text }) => {
    const started = performance.now();
    resolver.resolve(text);
    return performance.now() - started;
  });
  print(`voicecart, the same requests again: ${describeTimes(again)}`);
  print(`heap after resolving: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB in all`);

  const sample = requests.slice(0, options.fuseSample ?? 12);
  const fuseBuild = performance.now();
  const fuse = new Fuse([...catalog.products], { keys: ['name'] });
  const fuseBuildMs = performance.now() - fuseBuild;
  const fuseTimes = sample.map(({ text }) => {
    const started = performance.now();
    fuse.search(text, { limit: 5 });
    return performance.now() - started;
  });
  print(`fuse.js defaults: ${describeTimes(fuseTimes)} over ${fuseTimes.length} requests (build ${fuseBuildMs.toFixed(0)} ms)`);
  print(`speedup (mean, first hearing): ${(mean(fuseTimes) / mean(all)).toFixed(0)}×`);
}

function describeTimes(ms: readonly number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `p50 ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms, mean ${mean(ms).toFixed(3)} ms`;
}

function mean(ms: readonly number[]): number {
  return ms.length === 0 ? 0 : ms.reduce((sum, value) => sum + value, 0) / ms.length;
}

/** A small deterministic generator (mulberry32), so two runs time the same requests. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(list: readonly T[], random: () => number): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const AMOUNTS = ['two', 'a bag of', 'three cans of', 'a couple of', 'half a pound of', 'a dozen', 'some of those', 'um can you get me'];

/** Spelling changes that sound the same, as a recogniser might write a word. */
const SOUND_SWAPS: readonly [RegExp, string][] = [
  [/ph/, 'f'], [/c(?=[aou])/, 'k'], [/ee/, 'ea'], [/ie/, 'y'], [/oo/, 'u'], [/([a-z])\1/, '$1'], [/s$/, 'z'], [/y$/, 'ie'],
];

function misspell(word: string, random: () => number): string {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  return random() < 0.5 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
}

function soundAlike(word: string): string {
  for (const [pattern, replacement] of SOUND_SWAPS) if (pattern.test(word)) return word.replace(pattern, replacement);
  return word;
}

/** Requests of the kinds shoppers say, built from catalog names. */
function generatedRequests(products: readonly Product[], random: () => number, count: number): { kind: string; text: string }[] {
  const requests: { kind: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const words = pick(products, random).name.toLowerCase().split(/\s+/).filter((w) => w !== '');
    const head = words.slice(-2).join(' ');
    const kind = pick(['typed', 'casual', 'misspelt', 'sound-alike', 'amount'], random);
    const changeOne = (change: (word: string) => string): string => {
      const at = Math.floor(random() * words.length);
      return words.map((word, j) => (j === at ? change(word) : word)).join(' ');
    };
    const text =
      kind === 'typed' ? words.join(' ')
      : kind === 'casual' ? head
      : kind === 'misspelt' ? changeOne((word) => misspell(word, random))
      : kind === 'sound-alike' ? changeOne(soundAlike)
      : `${pick(AMOUNTS, random)} ${head}`;
    requests.push({ kind, text });
  }
  return requests;
}

const BRANDS = ['Green Valley', 'Sunny Farm', 'Blue Ridge', 'Golden Field', 'River Bend', 'Oak Hill', 'Maple Lane', 'Harvest Moon'];
const MODIFIERS = ['Organic', 'Original', 'Low Fat', 'Honey', 'Spicy', 'Vanilla', 'Whole Grain', 'Sea Salt', 'Unsweetened', 'Classic', 'Mini', 'Family Size', 'Roasted', 'Sparkling', 'Frozen', 'Fresh'];
const NOUNS: readonly [string, string][] = [
  ['Milk', 'dairy eggs > milk'], ['Yogurt', 'dairy eggs > yogurt'], ['Cheddar Cheese', 'dairy eggs > packaged cheese'],
  ['Bananas', 'produce > fresh fruits'], ['Apples', 'produce > fresh fruits'], ['Spinach', 'produce > fresh vegetables'],
  ['Potato Chips', 'snacks > chips pretzels'], ['Crackers', 'snacks > crackers'], ['Cookies', 'snacks > cookies cakes'],
  ['Cereal', 'breakfast > cereal'], ['Granola', 'breakfast > cereal'], ['Coffee', 'beverages > coffee'], ['Green Tea', 'beverages > tea'],
  ['Sparkling Water', 'beverages > water seltzer sparkling water'], ['Pasta Sauce', 'dry goods pasta > pasta sauce'],
  ['Spaghetti', 'dry goods pasta > dry pasta'], ['Chicken Breast', 'meat seafood > poultry counter'], ['Ice Cream', 'frozen > ice cream ice'],
  ['Bread', 'bakery > bread'], ['Peanut Butter', 'pantry > spreads'], ['Paper Towels', 'household > paper goods'], ['Dish Soap', 'household > cleaning products'],
];
const FLAVOURS = ['Strawberry', 'Blueberry', 'Chocolate', 'Cinnamon', 'Garlic', 'Lemon', 'Mango', 'Peach', 'Caramel', 'Coconut', 'Maple', 'Jalapeno', 'Cherry', 'Pumpkin', 'Almond', 'Raspberry'];

/** A catalog of the given size for machines without the shared data: brand, modifier, flavour, noun, pack size. */
function generatedCatalog(random: () => number, size: number): Catalog {
  const products: Product[] = [];
  for (let i = 0; i < size; i++) {
    const [noun, category] = pick(NOUNS, random);
    const parts = [pick(BRANDS, random), random() < 0.6 ? pick(MODIFIERS, random) : '', random() < 0.5 ? pick(FLAVOURS, random) : '', noun, `${1 + (i % 48)} oz`];
    products.push({ id: String(i + 1), name: parts.filter((part) => part !== '').join(' '), category });
  }
  return catalogOf(products);
}
