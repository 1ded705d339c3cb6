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
  ['g1', 'Organic Garlic', 'produce > fresh vegetables'],
  ['g2', 'Ground Ginger', 'pantry > spices seasonings'],
  ['g3', 'Ginger Garlic Stir Fry Kit', 'produce > packaged vegetables'],
  ['g4', 'Ginger Ale', 'beverages > soft drinks'],
  ['g5', 'Ginger Snaps', 'snacks > cookies'],
  ['g6', 'Baby Carrots', 'produce > packaged vegetables'],
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

  it('a list said with "and" between its things keeps each: "milk and dragon fruit and sourdough bread" is the milk, a fruit not sold, and the bread', () => {
    expect(itemsOf('milk and dragon fruit and sourdough bread')).toEqual(['Whole Milk', 'nothing', 'Sourdough Bread']);
  });

  it('a thing not sold in a list with "and" takes none of the others down: "prawns and cocktail sauce and milk"', () => {
    expect(itemsOf('prawns and cocktail sauce and milk')).toEqual(['Large Raw Prawns', 'nothing', 'Whole Milk']);
  });

  it('"garlic and the ginger and carrots" is three things: the ginger after an "and" is no kind of the garlic', () => {
    expect(itemsOf('garlic and the ginger and carrots')).toEqual(['Organic Garlic', 'Ground Ginger', 'Baby Carrots']);
  });

  it('things each sold are still each added: "milk and sourdough bread"', () => {
    expect(itemsOf('milk and sourdough bread')).toEqual(['Whole Milk', 'Sourdough Bread']);
  });
});
