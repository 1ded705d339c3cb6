import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

const rows: [string, string, string][] = [
  ['u01', 'Plums', 'canned goods > canned fruit'],
  ['u02', 'Purple Plums in Syrup', 'canned goods > canned fruit'],
  ['u03', 'Whole Plums in Juice', 'canned goods > canned fruit'],
  ['u04', 'Black Plums', 'produce > fresh fruits'],
  ['u05', 'Frozen Plums', 'frozen > frozen produce'],
  ['u06', 'Plum Jam', 'pantry > spreads'],
  ['u07', 'Bananas', 'produce > fresh fruits'],
  ['u08', 'Gala Apples', 'produce > fresh fruits'],
];
const products: Product[] = rows.map(([id, name, category]) => ({ id, name, category }));
const resolver = Resolver.build(catalogOf(products));

describe('an amount by weight rules out the shelves nothing is weighed on', () => {
  it('"a pound of plums" is fresh plums, never the canned ones the name alone would pick', () => {
    expect(resolver.resolve('plums').product?.name).toBe('Plums');
    expect(resolver.resolve('a pound of plums').product?.name).toBe('Black Plums');
    expect(resolver.resolve('two pounds of plums').product?.name).toBe('Black Plums');
  });

  it('a shelf the request names is not ruled out: "a pound of frozen plums" is the frozen ones', () => {
    expect(resolver.resolve('a pound of frozen plums').product?.name).toBe('Frozen Plums');
  });

  it('a can of them is the canned ones', () => {
    expect(resolver.resolve('a can of plums').product?.name).toBe('Plums');
  });
});
