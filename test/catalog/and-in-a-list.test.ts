import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

/** A store with no cocktail sauce and no flavoured crisps, but prawns, a juice cocktail, sauces, salt, vinegar and plain crisps. */
const rows: [string, string, string][] = [
  ['p1', 'Large Raw Prawns', 'meat seafood > seafood counter'],
  ['j1', 'Cranberry Juice Cocktail', 'beverages > juice nectars'],
  ['s1', 'Soy Sauce', 'pantry > asian foods'],
  ['s2', 'Barbecue Sauce', 'pantry > condiments'],
  ['s3', 'Sea Salt', 'pantry > spices seasonings'],
  ['v1', 'Cider Vinegar', 'pantry > oils vinegars'],
  ['c1', 'Classic Potato Crisps', 'snacks > chips pretzels'],
  ['c2', 'Ridged Potato Crisps', 'snacks > chips pretzels'],
  ['m1', 'Whole Milk', 'dairy eggs > milk'],
  ['b1', 'Sourdough Bread', 'bakery > bread'],
];
const products: Product[] = rows.map(([id, name, category]) => ({ id, name, category }));
const resolver = Resolver.build(catalogOf(products));
const itemsOf = (text: string): string[] => resolver.resolveAll(text).map((resolution) => resolution.product?.name ?? 'nothing');

describe('the last thing of a list said with "and"', () => {
  it('"two pounds of prawns and some cocktail sauce" is the prawns and a sauce the store does not sell, never a juice cocktail and a sauce', () => {
    expect(itemsOf('two pounds of prawns and some cocktail sauce')).toEqual(['Large Raw Prawns', 'nothing']);
  });

  it('"salt and vinegar crisps", crisps sold but none of that flavour, is one thing not sold: no salt goes in unasked', () => {
    const [only, ...more] = resolver.resolveAll('salt and vinegar crisps');
    expect(more).toEqual([]);
    expect(only?.product).toBeNull();
  });

  it('things each sold are still each added: "milk and sourdough bread"', () => {
    expect(itemsOf('milk and sourdough bread')).toEqual(['Whole Milk', 'Sourdough Bread']);
  });
});
