import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

const rows: [string, string, string][] = [
  ['z1', 'Thin Crust Four Cheese Pizza', 'frozen > frozen pizza'],
  ['z2', 'Pepperoni Pizza', 'frozen > frozen pizza'],
  ['l1', 'Lemons', 'produce > fresh fruit'],
];
const products: Product[] = rows.map(([id, name, category]) => ({ id, name, category }));
const resolver = Resolver.build(catalogOf(products));

describe('a number a product is named by', () => {
  it('"four cheese pizza" is one four cheese pizza, never four of them', () => {
    expect(resolver.resolveAll('four cheese pizza')).toMatchObject([{ product: { name: 'Thin Crust Four Cheese Pizza' }, quantity: null }]);
  });

  it('"two four cheese pizzas" is two of them', () => {
    expect(resolver.resolveAll('two four cheese pizzas')).toMatchObject([{ product: { name: 'Thin Crust Four Cheese Pizza' }, quantity: 2 }]);
  });

  it('a number no name prints is still an amount: "four lemons"', () => {
    expect(resolver.resolveAll('four lemons')).toMatchObject([{ product: { name: 'Lemons' }, quantity: 4 }]);
  });
});
