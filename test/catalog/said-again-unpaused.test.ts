import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

/** A store where two things share their first words: the buns are named for the burgers. */
const rows: [string, string, string, string[]][] = [
  ['v1', 'Veggie Burgers', 'frozen > meat alternatives', []],
  ['v2', 'Veggie Burger Buns', 'bakery > buns rolls', []],
  ['m1', 'Mahi Mahi Fillets', 'seafood > fish', ['mahi mahi']],
  ['k1', 'Tomato Ketchup', 'pantry > condiments', ['ketchup']],
];
const shelves = ['Whole Milk', 'Large Eggs', 'Salted Butter', 'Cheddar Cheese', 'Ground Coffee', 'Green Tea', 'Spaghetti', 'Long Grain Rice', 'Black Beans', 'Paper Towels'];
const products: Product[] = [
  ...rows.map(([id, name, category, synonyms]) => ({ id, name, category, synonyms })),
  ...shelves.map((name, at) => ({ id: `x${at}`, name, category: 'pantry > other' })),
];
const resolver = Resolver.build(catalogOf(products));
const itemsOf = (text: string): string[] => resolver.resolveAll(text).map((resolution) => resolution.product?.name ?? 'nothing');

describe('a word said again at the start of the next thing, no pause heard', () => {
  it('"veggie burgers veggie burger buns and ketchup" is three things, never the buns alone, which have most of the words', () => {
    expect(itemsOf('veggie burgers veggie burger buns and ketchup')).toEqual(['Veggie Burgers', 'Veggie Burger Buns', 'Tomato Ketchup']);
  });

  it('"mahi mahi", a word said twice side by side, is one fish', () => {
    expect(itemsOf('mahi mahi')).toEqual(['Mahi Mahi Fillets']);
  });
});
