import { describe, expect, it } from 'vitest';
import type { PastOrder } from '../../src/catalog/history.ts';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

const shelf: Product[] = [
  { id: 's1', name: 'Ale Brats Sausage', category: 'deli > tofu meat alternatives' },
  { id: 's2', name: 'Irish Ale Brats', category: 'meat seafood > hot dogs bacon sausage' },
  { id: 's3', name: 'Chorizo Brats', category: 'meat seafood > hot dogs bacon sausage' },
  { id: 's4', name: 'Italian Sausage', category: 'meat seafood > hot dogs bacon sausage' },
  { id: 's5', name: 'Smoked Sausage', category: 'meat seafood > hot dogs bacon sausage' },
  { id: 's6', name: 'Original Brats', category: 'meat seafood > hot dogs bacon sausage' },
  { id: 'b1', name: 'Pale Ale', category: 'alcohol > beers coolers' },
  { id: 'b2', name: 'Amber Ale', category: 'alcohol > beers coolers' },
  { id: 'x1', name: 'Whole Milk', category: 'dairy eggs > milk' },
  { id: 'x2', name: 'Large Eggs', category: 'dairy eggs > eggs' },
];
const resolver = Resolver.build(catalogOf(shelf));
const buys = (...ids: string[]): { history: PastOrder[] } => ({
  history: [1, 2, 3].map((n) => ({ orderId: `o${n}`, orderNumber: n, productIds: ids })),
});

describe('when a household names its own product by the words its name starts with', () => {
  it('"ale brats" is its Ale Brats Sausage, not another ale brat, though the name ends on another noun', () => {
    expect(resolver.resolve('ale brats', buys('s1')).product?.name).toBe('Ale Brats Sausage');
  });

  it('a household that never bought it gets the store\'s own', () => {
    expect(resolver.resolve('ale brats').product?.name).toBe('Irish Ale Brats');
  });
});

describe('when a household says its habit and then an amount', () => {
  it('"the eggs we always get, two dozen" keeps the two dozen', () => {
    const found = resolver.resolve('the eggs we always get two dozen', buys('x2'));
    expect(found.product?.name).toBe('Large Eggs');
    expect([found.quantity, found.unit]).toEqual([2, 'dozen']);
  });
});
