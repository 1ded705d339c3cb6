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
  ['u09', 'Vodka Green Apple', 'alcohol > spirits'],
  ['u10', 'Fruit Chews Green Apple', 'snacks > candy chocolate'],
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

describe("a unit says where the household's habit is sold", () => {
  const shop = Resolver.build(
    catalogOf([
      { id: 'g1', name: 'Red Grapes', category: 'produce > fresh fruits' },
      { id: 'g2', name: 'Green Grapes', category: 'produce > fresh fruits' },
      { id: 'g3', name: 'Concord Grape Juice', category: 'beverages > juice' },
      { id: 'g4', name: 'Apple Juice', category: 'beverages > juice' },
      // Names that end on their flavour, as many stores print them: grapes are then a noun of the juice shelf too.
      { id: 'g5', name: 'Sparkling Juice, Grapes', category: 'beverages > juice' },
      { id: 'g6', name: 'Juice Drink Grapes', category: 'beverages > juice' },
    ]),
  );
  const history = [1, 2, 3].map((n) => ({ orderId: `o${n}`, orderNumber: n, productIds: ['g3'] }));

  it('"a pound of grapes" is grapes the store weighs, never the grape juice the household always buys', () => {
    expect(shop.resolve('a pound of grapes', { history }).product?.name).toMatch(/Grapes$/);
  });

  it('the juice asked for by name is still the household\'s', () => {
    expect(shop.resolve('grape juice', { history }).product?.name).toBe('Concord Grape Juice');
  });

  it('"two pounds of green apples" where only a vodka and a candy say green apple: the apples weighed in produce are asked about first, nothing added unasked', () => {
    const found = resolver.resolve('two pounds of green apples');
    expect(found.ambiguous).toBe(true);
    expect(found.product?.name).toBe('Gala Apples');
    expect(found.alternatives.map((product) => product.name)).toContain('Vodka Green Apple');
    expect(resolver.resolve('green apple vodka').product?.name).toBe('Vodka Green Apple');
  });
});
