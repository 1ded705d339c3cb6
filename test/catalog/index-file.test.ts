import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogDigest, INDEX_FORMAT, readIndexFile, writeIndexFile } from '../../src/catalog/index-file.ts';
import { loadCatalogFile } from '../../src/catalog/load.ts';
import { pack, unpack } from '../../src/catalog/plain-data.ts';
import { catalogOf, type Catalog, type Product } from '../../src/catalog/product.ts';
import { ProductIndex } from '../../src/catalog/product-index.ts';
import { Resolver } from '../../src/catalog/resolver.ts';
import { DEMO_CATALOG } from '../../src/runtime/config.ts';
import { fixtureCatalog } from './fixture-catalog.ts';

const dir = mkdtempSync(join(tmpdir(), 'voicecart-index-'));
const stamp = { catalogSha256: 'a'.repeat(64), code: 'code-1' };

function roundTrip(value: unknown): unknown {
  return unpack(deserialize(serialize(pack(value))));
}

/** Plain data of every shape the packer lays out in its own way, nested. */
const plainData = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.boolean(),
    fc.constantFrom(null, undefined, -0),
    fc.array(fc.integer({ min: -5, max: 5 })),
    fc.array(fc.constantFrom('a', 'b', 'c')),
    fc.array(fc.array(fc.integer())),
    fc.array(fc.record({ id: fc.string(), size: fc.option(fc.integer(), { nil: undefined }), tags: fc.array(fc.string()) }, { requiredKeys: ['id'] })),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
    fc.array(fc.tuple(fc.string(), tie('value')), { maxLength: 4 }).map((entries) => new Map(entries)),
    fc.array(fc.integer(), { maxLength: 4 }).map((items) => new Set(items)),
    fc.array(fc.integer({ min: -100, max: 100 }), { maxLength: 6 }).map((items) => Int32Array.from(items)),
    fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 3 }), { maxLength: 5 }).map((lists) => lists.map((list) => Uint8Array.from(list))),
  ),
}));

describe('packing plain data in columns', () => {
  it('gives back what it was given, whatever its shape', () => {
    fc.assert(
      fc.property(plainData.value, (value) => {
        expect(roundTrip(value)).toEqual(value);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps each object’s keys in their order, so a restored product reads the same as JSON', () => {
    const products = [{ id: '1', name: 'Milk', price: 2 }, { id: '2', name: 'Eggs' }, { id: '3', name: 'Tea', size: '20 bags', price: 4 }];
    expect(JSON.stringify(roundTrip(products))).toBe(JSON.stringify(products));
  });

  it('keeps an object shared by many as one object', () => {
    const words = [1, 2];
    const restored = roundTrip([{ category: words }, { category: words }, { category: words }, { category: [3] }]) as { category: number[] }[];
    expect(restored[0]?.category).toBe(restored[1]?.category);
    expect(restored[3]?.category).toEqual([3]);
  });

  it('keeps a key named "__proto__" as a key, never as the prototype', () => {
    const odd = { ['__proto__']: new Set([1]), name: 'x' };
    const records = [{ ['__proto__']: 1 }, { ['__proto__']: 2 }, { ['__proto__']: 3 }];
    expect(roundTrip(odd)).toEqual(odd);
    expect(roundTrip(records)).toEqual(records);
  });

  it('refuses what is not plain data, naming where it is', () => {
    expect(() => pack({ index: { when: new Date(0) } })).toThrow(/value\.index\.when is a Date/);
    expect(() => pack([{ run: () => 1 }])).toThrow(/function/);
  });
});

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

/** An index file whose body holds `state`, as writeIndexFile lays one out. */
function writeState(catalog: Catalog, state: unknown): string {
  const path = join(dir, 'written.idx');
  writeIndexFile(path, catalog, ProductIndex.build(catalog), stamp);
  const bytes = readFileSync(path);
  const bodyAt = bytes.indexOf(10, bytes.indexOf(10) + 1) + 1;
  writeFileSync(path, Buffer.concat([bytes.subarray(0, bodyAt), serialize(pack({ products: catalog.products, index: state }))]));
  return path;
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
  const coinages = ['Smartwater', 'Meatsticks', 'Seasalt', 'Teacakes'];
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
      expect(restoredCatalog.products).toEqual(catalog.products);
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
    const index = ProductIndex.build(catalog);
    const state = ProductIndex.stateOf(index);
    const damaged = (change: (copy: typeof state) => typeof state): unknown =>
      readIndexFile(writeState(catalog, change(state)), stamp);
    const head = Int32Array.from(state.names.head);
    head[3] = state.words.length;
    expect(damaged((copy) => ({ ...copy, names: { ...copy.names, head } }))).toMatchObject({ ok: false, reason: expect.stringMatching(/out of range/) });
    expect(damaged((copy) => ({ ...copy, names: { ...copy.names, weight: copy.names.weight.subarray(1) } }))).toMatchObject({ ok: false, reason: expect.stringMatching(/length/) });
    const starts = Uint32Array.from(state.namesOfProduct.starts);
    starts[1] = (starts[2] ?? 0) + 1;
    expect(damaged((copy) => ({ ...copy, namesOfProduct: { ...copy.namesOfProduct, starts } }))).toMatchObject({ ok: false, reason: expect.stringMatching(/fit together/) });
    expect(damaged((copy) => ({ ...copy, extra: new Int32Array(1) }))).toMatchObject({ ok: false, reason: expect.stringMatching(/other fields/) });
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
