import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

const shelf: Product[] = [
  { id: 'b1', name: 'Unseeded Plain Rye', category: 'bakery > bread' },
  { id: 'b2', name: 'Bread', category: 'bakery > bread' },
  { id: 'b3', name: 'Soft White Bread', category: 'bakery > bread' },
  { id: 'b4', name: 'Thin Rye Crispbread', category: 'snacks > crackers' },
  { id: 'm1', name: 'Whole Milk', category: 'dairy eggs > milk' },
  { id: 'e1', name: 'Large Eggs', category: 'dairy eggs > eggs' },
];
const resolver = Resolver.build(catalogOf(shelf));
const names = (text: string): (string | undefined)[] => resolver.resolveAll(text).map((r) => r.product?.name);

describe('a word after a thing that its shelf says of it', () => {
  it('"plain rye bread" is the plain rye among the breads, one loaf, never a rye and another bread', () => {
    expect(names('plain rye bread')).toEqual(['Unseeded Plain Rye']);
  });

  it('"milk eggs" said bare is still two things: eggs are no word of the milk shelf', () => {
    expect(names('milk eggs')).toEqual(['Whole Milk', 'Large Eggs']);
  });
});
