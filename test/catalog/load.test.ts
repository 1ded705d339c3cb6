import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/catalog/csv.ts';
import { loadCatalogFile, parseCatalog } from '../../src/catalog/load.ts';

describe('reading CSV', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const records = readCsv('id,name\n1,"Pear, Spinach & Pea"\n2,"Say ""cheese"""\n3,"two\nlines"\n4,plain\n');
    expect(records.map((r) => r.cells)).toEqual([
      ['id', 'name'],
      ['1', 'Pear, Spinach & Pea'],
      ['2', 'Say "cheese"'],
      ['3', 'two\nlines'],
      ['4', 'plain'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4, 6]);
  });

  it('names the line of a quote that is never closed', () => {
    expect(() => readCsv('id,name\n1,ok\n2,"broken\n', 'shop.csv')).toThrow('shop.csv line 3: a quoted field is never closed');
  });
});

describe('importing a catalog', () => {
  it('reads every column a store may give, synonyms split on "|"', () => {
    const csv = 'id,name,brand,category,size,price,synonyms,image\n' +
      'p1,Whole Milk,Dairy Farm,dairy > milk,1 gal,3.49,milk|vitamin d milk,https://example.com/milk.png\n' +
      'p2,Bananas,,produce > fruit,,,\n';
    const { catalog, skipped } = parseCatalog(csv, 'csv');
    expect(skipped).toEqual([]);
    expect(catalog.byId.get('p1')).toEqual({
      id: 'p1', name: 'Whole Milk', brand: 'Dairy Farm', category: 'dairy > milk', size: '1 gal', price: 3.49,
      synonyms: ['milk', 'vitamin d milk'], image: 'https://example.com/milk.png',
    });
    expect(catalog.byId.get('p2')).toEqual({ id: 'p2', name: 'Bananas', category: 'produce > fruit' });
  });

  it('stops at the first bad row, naming its line and field', () => {
    const csv = 'id,name,price\np1,Milk,3.49\np2,,1.00\np3,Eggs,cheap\n';
    expect(() => parseCatalog(csv, 'csv', { source: 'store.csv' })).toThrow('store.csv line 3: name: is required');
  });

  it('names a price that is not a number', () => {
    expect(() => parseCatalog('id,name,price\np1,Milk,cheap\n', 'csv')).toThrow(/line 2: price: must be a number/);
  });

  it('skips bad rows only when asked, and reports each of them', () => {
    const csv = 'id,name,price\np1,Milk,3.49\np2,,1.00\np3,Eggs,cheap\np1,Milk again,1\np4,Bread,2.10\n';
    const { catalog, skipped } = parseCatalog(csv, 'csv', { skipBadRows: true });
    expect(catalog.products.map((p) => p.id)).toEqual(['p1', 'p4']);
    expect(skipped).toEqual([
      { line: 3, reason: 'name: is required' },
      { line: 4, reason: 'price: must be a number such as 2.49' },
      { line: 5, reason: 'id: duplicate product id p1' },
    ]);
  });

  it('refuses a header without the id or name column', () => {
    expect(() => parseCatalog('sku,title\n1,Milk\n', 'csv')).toThrow(/header has no id column/);
  });

  it('reads JSON as an array or as {products}, naming a bad item', () => {
    const items = [{ id: 'p1', name: 'Milk', price: 3.49, synonyms: ['moo juice'] }];
    expect(parseCatalog(JSON.stringify(items), 'json').catalog.products).toEqual(items);
    expect(parseCatalog(JSON.stringify({ products: items }), 'json').catalog.products).toEqual(items);
    expect(() => parseCatalog(JSON.stringify([...items, { id: 'p2', price: -1 }]), 'json', { source: 'c.json' })).toThrow(
      /c\.json item 2: (name|price)/,
    );
    expect(() => parseCatalog('{not json', 'json')).toThrow(/not valid JSON/);
  });

  it('loads a file by its extension', () => {
    const dir = mkdtempSync(join(tmpdir(), 'voicecart-catalog-'));
    writeFileSync(join(dir, 'shop.csv'), 'id,name\np1,Milk\n');
    writeFileSync(join(dir, 'shop.json'), '[{"id":"p1","name":"Milk"}]');
    expect(loadCatalogFile(join(dir, 'shop.csv')).catalog.products).toEqual([{ id: 'p1', name: 'Milk' }]);
    expect(loadCatalogFile(join(dir, 'shop.json')).catalog.products).toEqual([{ id: 'p1', name: 'Milk' }]);
    expect(() => loadCatalogFile(join(dir, 'shop.txt'))).toThrow(/\.csv or \.json/);
  });
});
