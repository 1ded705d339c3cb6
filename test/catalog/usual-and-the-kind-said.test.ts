import { describe, expect, it } from 'vitest';
import type { PastOrder } from '../../src/catalog/history.ts';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

/** A household that buys its honey wheat bread every week, in a store that sells a white bread too. */
const rows: [string, string, string][] = [
  ['b1', 'Honey Wheat Bread', 'bakery > bread'],
  ['b2', 'White Bread', 'bakery > bread'],
  ['b3', 'Sourdough Bread', 'bakery > bread'],
  ['m1', 'Whole Milk', 'dairy eggs > milk'],
];
const shelves = ['Large Eggs', 'Salted Butter', 'Cheddar Cheese', 'Ground Coffee', 'Green Tea', 'Spaghetti', 'Marinara Sauce', 'Long Grain Rice', 'Black Beans', 'Paper Towels'];
const products: Product[] = [...rows.map(([id, name, category]) => ({ id, name, category })), ...shelves.map((name, at) => ({ id: `s${at}`, name, category: 'pantry > other' }))];
const resolver = Resolver.build(catalogOf(products));
const history: PastOrder[] = [['b1', 'm1'], ['b1'], ['b1', 's0']].map((productIds, at) => ({ orderId: `o${at + 1}`, orderNumber: at + 1, productIds }));

describe('the usual, and a kind said that it only sounds like', () => {
  it('"bread" of the household is its honey wheat bread', () => {
    expect(resolver.resolve('bread', { history }).product?.name).toBe('Honey Wheat Bread');
  });

  it('"white bread" is the store\'s White Bread, never the usual wheat for "white" sounding like "wheat"', () => {
    expect(resolver.resolve('white bread', { history }).product?.name).toBe('White Bread');
  });
});
