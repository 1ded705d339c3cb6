import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

const products: Product[] = [
  { id: 'y1', name: 'Plain Icelandic Skyr', category: 'dairy eggs > yogurt', synonyms: ['icelandic skyr'] },
  { id: 'y2', name: 'Blueberry Icelandic Skyr', category: 'dairy eggs > yogurt' },
  { id: 'y3', name: 'Blueberry Lowfat Yogurt', category: 'dairy eggs > yogurt' },
  { id: 'y4', name: 'Peach Lowfat Yogurt', category: 'dairy eggs > yogurt' },
  { id: 'b1', name: 'Everything Bagels', category: 'bakery > breads' },
  { id: 'p1', name: 'Bartlett Pears', category: 'produce > fresh fruits' },
  { id: 'p2', name: 'Bananas', category: 'produce > fresh fruits' },
  { id: 'p3', name: 'Gala Apples', category: 'produce > fresh fruits' },
  { id: 'm1', name: 'Whole Milk', category: 'dairy eggs > milk' },
  { id: 'e1', name: 'Large White Eggs', category: 'dairy eggs > eggs' },
  { id: 'e2', name: 'Large Brown Eggs', category: 'dairy eggs > eggs' },
  { id: 'c1', name: 'Mozzarella String Cheese', category: 'dairy eggs > cheese', synonyms: ['cheese sticks'] },
  { id: 'c2', name: 'Sharp Cheddar Cheese', category: 'dairy eggs > cheese' },
  { id: 'f1', name: 'Breaded Fish Sticks', category: 'frozen > frozen meat seafood' },
];
const resolver = Resolver.build(catalogOf(products));
const itemsOf = (text: string): string[] => resolver.resolveAll(text).map((resolution) => resolution.product?.name ?? 'nothing');

describe('when the shopper says which kind after naming several things', () => {
  it('"apples yogurt the blueberry kind and bagels" is the apples, the blueberry yogurt and the bagels: nothing before the afterthought is lost', () => {
    expect(itemsOf('apples yogurt the blueberry kind and bagels')).toEqual(['Gala Apples', 'Blueberry Lowfat Yogurt', 'Everything Bagels']);
  });

  it('with pauses heard as commas, "the brown ones" is the eggs said just before it, and the milk stays', () => {
    expect(itemsOf('milk, eggs, the brown ones')).toEqual(['Whole Milk', 'Large Brown Eggs']);
  });

  it('"the big bananas" after "and" is the next thing, not an afterthought about the apples', () => {
    expect(itemsOf('apples and the big bananas')).toEqual(['Gala Apples', 'Bananas']);
  });
});

describe('when the shopper runs two things together with no "and"', () => {
  it('"pears icelandic skyr" is the pears and the skyr: the skyr the store knows by those two words, found for all three, would lose the pears', () => {
    const [pears, skyr, ...more] = resolver.resolveAll('pears icelandic skyr');
    expect(pears?.product?.name).toBe('Bartlett Pears');
    expect(skyr?.product?.name).toMatch(/Icelandic Skyr$/);
    expect(more).toEqual([]);
  });

  it('"cheddar cheese sticks" stays one thing, the cheese sticks: a word the product is known by is not lost', () => {
    expect(itemsOf('cheddar cheese sticks')).toEqual(['Mozzarella String Cheese']);
  });
});
