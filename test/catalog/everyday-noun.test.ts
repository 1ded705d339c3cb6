import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

const rows: [string, string, string][] = [
  ['d1', 'Sliced Ham Pepperoni', 'deli > lunch meat'],
  ['d2', 'Natural Choice Smoked Sliced Deli Ham', 'deli > lunch meat'],
  ['d3', 'Oven Roasted Ham', 'deli > lunch meat'],
  ['d4', 'Honey Ham', 'deli > lunch meat'],
  ['d5', 'Pepperoni', 'deli > lunch meat'],
  ['d6', 'Whole Ham', 'meat seafood > pork'],
  ['x1', 'Whole Milk', 'dairy eggs > milk'],
  ['x2', 'Large Eggs', 'dairy eggs > eggs'],
  ['x3', 'Sourdough Bread', 'bakery > bread'],
  ['x4', 'Gala Apples', 'produce > fresh fruits'],
  ['x5', 'Bananas', 'produce > fresh fruits'],
  ['x6', 'Salted Butter', 'dairy eggs > butter'],
  ['x7', 'Cheddar Cheese', 'dairy eggs > cheese'],
  ['x8', 'Orange Juice', 'beverages > juice'],
  ['x9', 'Green Grapes', 'produce > fresh fruits'],
  ['x10', 'Strawberry Yogurt', 'dairy eggs > yogurt'],
];
const products: Product[] = rows.map(([id, name, category]) => ({ id, name, category }));
const resolver = Resolver.build(catalogOf(products));

describe('when every word said is in a product named for another thing', () => {
  it('"sliced ham" is a sliced ham, not the pepperoni whose shorter name also says both words', () => {
    expect(resolver.resolve('sliced ham').product?.name).toBe('Natural Choice Smoked Sliced Deli Ham');
  });

  it('the pepperoni is still the pepperoni when it is asked for', () => {
    expect(resolver.resolve('sliced ham pepperoni').product?.name).toBe('Sliced Ham Pepperoni');
  });
});
