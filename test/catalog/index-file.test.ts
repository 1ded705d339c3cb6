import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogDigest, INDEX_FORMAT, readIndexFile, writeIndexFile } from '../../src/catalog/index-file.ts';
import { loadCatalogFile } from '../../src/catalog/load.ts';
import { readProducts, writeProducts } from '../../src/catalog/packed-catalog.ts';
import { catalogOf, type Catalog, type Product } from '../../src/catalog/product.ts';
import { ProductIndex, type IndexState } from '../../src/catalog/product-index.ts';
import { Resolver } from '../../src/catalog/resolver.ts';
import { decodeSections, encodeSections, SectionWriter } from '../../src/catalog/sections.ts';
import { DEMO_CATALOG } from '../../src/runtime/config.ts';
import { fixtureCatalog } from './fixture-catalog.ts';

const dir = mkdtempSync(join(tmpdir(), 'voicecart-index-'));
const stamp = { catalogSha256: 'a'.repeat(64), code: 'code-1' };

/** Requests of the kinds shoppers say, made from the catalog's own names. */
function requestsFor(catalog: Catalog): string[] {
  const requests: string[] = [];
  catalog.products.forEach((product, i) => {
    if (i % 2 === 1) return;
    const words = product.name.toLowerCase().split(/\s+/);
    const last = words.slice(-2).join(' ');
    requests.push(product.name, last, `two ${last}`, `a bag of ${words[0] ?? ''}`);
    if (i % 3 === 0) requests.push(words.map((word) => (word.length > 4 ? word.slice(0, -2) + word.slice(-1) : word)).join(' '));
    if (i % 5 === 0) requests.push(`${last} and ${catalog.products[(i * 7) % catalog.products.length]?.name ?? ''}`);
  });
  return requests;
}

function savedAndRestored(catalog: Catalog): { built: ProductIndex; restored: ProductIndex; restoredCatalog: Catalog } {
  const built = ProductIndex.build(catalog);
  const path = join(dir, `restored-${catalog.products.length}.idx`);
  writeIndexFile(path, catalog, built, stamp);
  const read = readIndexFile(path, stamp);
  if (!read.ok) throw new Error(read.reason);
  return { built, restored: read.index, restoredCatalog: read.catalog };
}

/**
 * A store made up from word pools, with what the index keeps per name, per product and per
 * category all present: brands, synonyms, categories shared and absent, hyphens, run-together
 * words with their parts used elsewhere, names joined by "&", number words and sizes.
 */
function generatedCatalog(count: number): Catalog {
  const brands = ['Acme', 'Blue Ridge', 'Arm & Hammer', 'Sunny-Side', 'Old Mill', 'Nature’s Best'];
  const kinds = ['Milk', 'Bread', 'Cheese', 'Water', 'Tea', 'Sticks', 'Meat', 'Chips', 'Salt', 'Pepper', 'Yogurt', 'Rice'];
  const modifiers = ['Organic', 'Whole', 'Smart', 'Sea', 'Seven Grain', 'Low-Fat', 'Vanilla', 'Sparkling', 'Spicy', 'Wild'];
  const coinages = ['Fizzwater', 'Meatsticks', 'Seasalt', 'Teacakes'];
  const categories = ['dairy eggs > milk', 'bakery > bread', 'snacks > chips pretzels', 'beverages > water seltzer sparkling water', 'pantry > spices seasonings'];
  const products: Product[] = [];
  for (let i = 0; i < count; i++) {
    const pick = <T,>(list: readonly T[], salt: number): T => list[(i * salt + (i >> 2)) % list.length] as T;
    const kind = pick(kinds, 7);
    const name = i % 9 === 0 ? `${pick(coinages, 3)} ${kind}` : i % 11 === 0 ? `${kind} & ${pick(kinds, 5)}` : `${pick(modifiers, 3)} ${kind}${i % 4 === 0 ? `, ${pick(modifiers, 5)}` : ''}${i % 6 === 0 ? ' 12 oz' : ''}`;
    products.push({
      id: `g${i}`,
      name,
      ...(i % 3 === 0 ? {} : { brand: pick(brands, 5) }),
      ...(i % 7 === 0 ? {} : { category: pick(categories, 3) }),
      ...(i % 5 === 0 ? { synonyms: [`${pick(modifiers, 11)} ${kind}`] } : {}),
    });
  }
  return catalogOf(products);
}

describe('a saved catalog index', () => {
  for (const [name, catalog] of [
    ['the demo catalog', loadCatalogFile(DEMO_CATALOG).catalog],
    ['a catalog of near neighbours and sound-alikes', fixtureCatalog()],
    ['a generated catalog with every kind of name', generatedCatalog(400)],
  ] as const) {
    it(`of ${name} resolves every request exactly as a freshly built one`, () => {
      const { built, restored, restoredCatalog } = savedAndRestored(catalog);
      expect(ProductIndex.stateOf(restored)).toEqual(ProductIndex.stateOf(built));
      expect(JSON.stringify(restoredCatalog.products)).toBe(JSON.stringify(catalog.products));
      expect(restoredCatalog.soldWords()).toEqual(catalog.soldWords());
      const fresh = Resolver.fromIndex(catalog, built);
      const fromFile = Resolver.fromIndex(restoredCatalog, restored);
      const requests = requestsFor(catalog);
      expect(requests.length).toBeGreaterThan(80);
      for (const request of requests) {
        expect(JSON.stringify(fromFile.resolve(request)), request).toBe(JSON.stringify(fresh.resolve(request)));
        expect(JSON.stringify(fromFile.resolveAll(request)), request).toBe(JSON.stringify(fresh.resolveAll(request)));
        expect(fromFile.namingAll(request).map((p) => p.id), request).toEqual(fresh.namingAll(request).map((p) => p.id));
      }
    });
  }

  it('is passed over, with the reason, when built from another catalog, by other code, or in another layout', () => {
    const catalog = catalogOf([{ id: '1', name: 'Whole Milk' }]);
    const path = join(dir, 'stale.idx');
    writeIndexFile(path, catalog, ProductIndex.build(catalog), stamp);
    expect(readIndexFile(path, stamp).ok).toBe(true);
    expect(readIndexFile(path, { ...stamp, catalogSha256: 'b'.repeat(64) })).toEqual({ ok: false, reason: 'the catalog changed since it was built' });
    expect(readIndexFile(path, { ...stamp, code: 'code-2' })).toEqual({ ok: false, reason: 'it was built by another version of voicecart' });

    const bytes = readFileSync(path);
    const older = join(dir, 'older.idx');
    writeFileSync(older, Buffer.from(bytes.toString('latin1').replace(`"format":${INDEX_FORMAT}`, `"format":${INDEX_FORMAT - 1}`), 'latin1'));
    expect(readIndexFile(older, stamp)).toMatchObject({ ok: false, reason: expect.stringMatching(/layout/) });
  });

  it('whose columns do not fit together is refused rather than read', () => {
    const catalog = generatedCatalog(30);
    const state = ProductIndex.stateOf(ProductIndex.build(catalog));
    const restoring = (damaged: IndexState) => () => ProductIndex.restore(catalog.size, damaged);
    const head = Int32Array.from(state.names.head);
    head[3] = state.words.length;
    expect(restoring({ ...state, names: { ...state.names, head } })).toThrow(/out of range/);
    expect(restoring({ ...state, names: { ...state.names, weight: state.names.weight.subarray(1) } })).toThrow(/length/);
    const starts = Uint32Array.from(state.namesOfProduct.starts);
    starts[1] = (starts[2] ?? 0) + 1;
    expect(restoring({ ...state, namesOfProduct: { ...state.namesOfProduct, starts } })).toThrow(/fit together/);
    expect(() => ProductIndex.restore(catalog.size + 1, state)).toThrow(/fit together/);
  });

  it('whose products are out of order by id, or name one twice, is refused rather than read', () => {
    const products = (byId: (positions: Int32Array) => Int32Array): string | Catalog => {
      const writer = new SectionWriter();
      writeProducts(writer, generatedCatalog(20));
      const positions = writer.sections.get('products.byId');
      if (!(positions instanceof Int32Array)) throw new Error('no positions by id');
      writer.put('products.byId', byId(positions));
      const sections = decodeSections(encodeSections(writer.sections, 0), 0);
      if (typeof sections === 'string') return sections;
      try {
        return readProducts(sections, 20);
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    };
    expect(products((positions) => positions)).toMatchObject({ size: 20 });
    expect(products((positions) => positions.slice().reverse())).toMatch(/out of order/);
    expect(products((positions) => positions.map((position, k) => (k === 1 ? (positions[0] ?? 0) : position)))).toMatch(/out of order|said twice/);
  });

  it('finds each product by id and by position as the catalog it was written from does', () => {
    const catalog = generatedCatalog(200);
    const { restoredCatalog } = savedAndRestored(catalog);
    expect(restoredCatalog.size).toBe(catalog.size);
    for (const [position, product] of catalog.products.entries()) {
      expect(restoredCatalog.productAt(position)).toEqual(product);
      expect(restoredCatalog.positionOf(product.id)).toBe(position);
      expect(restoredCatalog.byId.get(product.id)).toBe(restoredCatalog.productAt(position));
    }
    expect(restoredCatalog.byId.get('no such id')).toBeUndefined();
    expect(restoredCatalog.positionOf('')).toBeUndefined();
    expect(restoredCatalog.productAt(catalog.size)).toBeUndefined();
    expect([...restoredCatalog.byId.keys()]).toEqual([...catalog.byId.keys()]);
    expect(JSON.stringify(restoredCatalog.products)).toBe(JSON.stringify(catalog.products));
  });

  it('keeps every text exactly, whatever its characters, and finds each id among them', () => {
    const odd = ['Crème Brûlée', 'Jalapeño 🌶 Chips', 'Lone \ud800 Surrogate', 'Plain Milk'];
    for (const names of [odd.slice(0, 2), odd]) {
      const catalog = catalogOf(names.map((name, i) => ({ id: `${name.slice(0, 6)}-${i}`, name, synonyms: [name.toUpperCase()] })));
      const { restoredCatalog } = savedAndRestored(catalog);
      expect(restoredCatalog.products).toEqual(catalog.products);
      for (const [position, product] of catalog.products.entries()) expect(restoredCatalog.positionOf(product.id)).toBe(position);
      expect(restoredCatalog.positionOf('Lone \ud800-2'.replace('\ud800', '\udc00'))).toBeUndefined();
    }
  });

  it('that is cut short, or is something else, is refused rather than read', () => {
    const catalog = catalogOf([{ id: '1', name: 'Whole Milk' }, { id: '2', name: 'Bananas' }]);
    const path = join(dir, 'whole.idx');
    writeIndexFile(path, catalog, ProductIndex.build(catalog), stamp);
    const cut = join(dir, 'cut.idx');
    const bytes = readFileSync(path);
    writeFileSync(cut, bytes.subarray(0, bytes.length - 40));
    expect(readIndexFile(cut, stamp)).toMatchObject({ ok: false, reason: expect.stringMatching(/body/) });
    const other = join(dir, 'other.idx');
    writeFileSync(other, 'id,name\n1,Milk\n');
    expect(readIndexFile(other, stamp)).toEqual({ ok: false, reason: 'not a voicecart index file' });
  });

  it('is keyed by the catalog file’s bytes', () => {
    const one = join(dir, 'one.csv');
    const other = join(dir, 'other.csv');
    writeFileSync(one, `id,name\n${'1,Milk\n'.repeat(100_000)}`);
    writeFileSync(other, `id,name\n${'1,Milk\n'.repeat(100_000)}2,Eggs\n`);
    expect(catalogDigest(one)).toMatch(/^[0-9a-f]{64}$/);
    expect(catalogDigest(one)).not.toBe(catalogDigest(other));
    expect(catalogDigest(one)).toBe(createHash('sha256').update(readFileSync(one)).digest('hex'));
  });
});
