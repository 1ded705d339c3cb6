import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

/** An aisle about a pair of words ("frozen yogurt") holds things of that pair, not of its last word. */
const shelf: Product[] = [
  { id: 'f1', name: 'Frozen Yogurt', category: 'frozen > frozen yogurt treats' },
  { id: 'f2', name: 'Vanilla Bean Frozen Yogurt', category: 'frozen > frozen yogurt treats' },
  { id: 'f3', name: 'Peach Frozen Yogurt Bars', category: 'frozen > frozen yogurt treats' },
  { id: 'f4', name: 'Mango Sorbet', category: 'frozen > frozen yogurt treats' },
  { id: 'd1', name: 'Whole Milk Plain Cup Yogurt', category: 'dairy eggs > yogurt' },
  { id: 'd2', name: 'Nonfat Vanilla Greek Yogurt', category: 'dairy eggs > yogurt' },
  { id: 'd3', name: 'Blueberry Kefir', category: 'dairy eggs > yogurt' },
];
const resolver = Resolver.build(catalogOf(shelf));

describe('when the shopper says the last word of a pair an aisle is about', () => {
  it('"yogurt" is a yogurt from the dairy case, never a frozen yogurt, though a name is just "Frozen Yogurt"', () => {
    expect(resolver.resolve('yogurt').product?.category).toBe('dairy eggs > yogurt');
    expect(resolver.resolve('a tub of yogurt for breakfast').product?.category).toBe('dairy eggs > yogurt');
  });

  it('"frozen yogurt" said whole is the frozen yogurt', () => {
    expect(resolver.resolve('frozen yogurt').product?.name).toBe('Frozen Yogurt');
    expect(resolver.resolve('vanilla frozen yogurt').product?.name).toBe('Vanilla Bean Frozen Yogurt');
  });
});
