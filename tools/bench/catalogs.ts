import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogOf, type Catalog, type Product } from '../../src/catalog/product.ts';
import { DEMO_CATALOG } from '../../src/runtime/config.ts';
import { pick } from '../../src/evaluation/random.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A data file the bench measures, and how it was chosen, said with every figure that depends on it. */
export interface Chosen {
  readonly path: string;
  readonly how: string;
}

const SHARED = join(PROJECT_ROOT, '..', 'shared', 'data', 'instacart');

/** The catalog given, else the Instacart one when ../shared sits beside the project, else the demo catalog. */
export function chooseCatalog(given: string | undefined): Chosen {
  if (given !== undefined) return { path: given, how: 'given with --catalog' };
  const shared = join(SHARED, 'catalog.csv');
  if (existsSync(shared)) return { path: shared, how: 'found beside the project in ../shared; --catalog FILE measures another' };
  return { path: DEMO_CATALOG, how: 'the demo catalog: no --catalog given and no ../shared beside the project' };
}

/** The history given, else the Instacart one when ../shared sits beside the project, else none. */
export function chooseHistory(given: string | undefined): Chosen | null {
  if (given !== undefined) return { path: given, how: 'given with --history' };
  const shared = join(SHARED, 'history.csv');
  return existsSync(shared) ? { path: shared, how: 'found beside the project in ../shared; --history FILE measures another' } : null;
}

/**
 * A catalog of `size` products made from `base`: a sample of it when smaller; when larger, all of
 * it and variants of its products, each named with the first word of another product's name before
 * its own (as a brand or a kind would be), so words are shared by more names as a real catalog grows.
 */
export function sizedCatalog(base: Catalog, size: number, random: () => number): { catalog: Catalog; made: string } {
  const products = base.products;
  if (size <= products.length) {
    const order = products.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const kept = order.slice(0, size).sort((a, b) => a - b);
    return { catalog: catalogOf(kept.map((i) => products[i]).filter((p): p is Product => p !== undefined)), made: size === products.length ? 'the catalog' : 'a sample of the catalog' };
  }
  const grown: Product[] = [...products];
  for (let k = 0; grown.length < size; k++) {
    const product = products[k % products.length];
    if (product === undefined) break;
    const word = pick(random, products).name.split(/\s+/)[0] ?? '';
    grown.push({ ...product, id: `${product.id}~${Math.floor(k / products.length) + 1}`, name: `${word} ${product.name}` });
  }
  return { catalog: catalogOf(grown), made: `the catalog and ${(size - products.length).toLocaleString('en-US')} variants of its products` };
}
