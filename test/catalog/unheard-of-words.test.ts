import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

/** A small store of its own: several products of a kind, none of whose names carry the shopper's extra words. */
const rows: [string, string, string][] = [
  ['g01', 'Sea Salt Kettle Potato Chips', 'snacks > chips pretzels'],
  ['g02', 'Crinkle Cut Potato Chips', 'snacks > chips pretzels'],
  ['g03', 'Barbecue Potato Chips', 'snacks > chips pretzels'],
  ['g04', 'Original Icelandic Skyr', 'dairy eggs > yogurt'],
  ['g05', 'Honey Icelandic Skyr', 'dairy eggs > yogurt'],
  ['g06', 'Vanilla Icelandic Skyr', 'dairy eggs > yogurt'],
  ['g07', 'Mangoes', 'produce > fresh fruits'],
  ['g08', 'Mango Sorbet', 'frozen > frozen dessert'],
  ['g09', 'Honey Almond Granola Clusters', 'breakfast > granola'],
  ['g10', 'Maple Pecan Granola Clusters', 'breakfast > granola'],
  ['g11', 'Sunny Farms Large Brown Eggs', 'dairy eggs > eggs'],
  ['g12', 'Meadow Farms Oat Milk', 'dairy eggs > milk'],
  ['g19', 'Salted Butter, Hillside Farms', 'dairy eggs > butter'],
  ['g20', 'Sharp Cheddar by Valley Farms', 'dairy eggs > packaged cheese'],
  ['g13', 'Seasoned Curly Fries', 'frozen > frozen appetizers sides'],
  ['g14', 'Honey Oat Bread', 'bakery > bread'],
  ['g15', 'Plain Sesame Bagels', 'bakery > breakfast bakery'],
  ['g16', 'Plain Rye Bread', 'bakery > bread'],
  ['g17', 'AA Alkaline Batteries', 'household > more household'],
  ['g18', 'Birthday Candles', 'household > party supplies'],
];
const products: Product[] = rows.map(([id, name, category]) => ({ id, name, category }));
const resolver = Resolver.build(catalogOf(products));
const productOf = (text: string): string | null => resolver.resolve(text).product?.name ?? null;

describe('when the shopper adds words no product of the kind carries', () => {
  it('still finds the kind when the words say who or what it is for', () => {
    expect(productOf('potato chips for the road trip')).toMatch(/Potato Chips$/);
    expect(productOf('some curly fries for the kids tonight')).toBe('Seasoned Curly Fries');
  });

  it('lets a describing word choose where a product carries it, and cost little where none does', () => {
    expect(productOf('the plain icelandic skyr')).toBe('Original Icelandic Skyr');
    expect(productOf('very ripe mangoes')).toBe('Mangoes');
    expect(productOf('the plain oat bread')).toBe('Honey Oat Bread');
  });

  it('reads a brand the store leaves out of its names as the brand, not as a veto', () => {
    expect(productOf('bluebird farms pecan granola')).toBe('Maple Pecan Granola Clusters');
  });

  it('still says none when the words are all the evidence there is', () => {
    expect(productOf('a lawn mower battery')).toBeNull();
    expect(productOf('a birthday cake for my sister')).toBeNull();
  });
});

describe('when a long word is typed with a letter left out or added', () => {
  const garden = Resolver.build(
    catalogOf([
      { id: 'z1', name: 'Zucchini', category: 'produce > fresh vegetables' },
      { id: 'z2', name: 'Organic Zucchini', category: 'produce > fresh vegetables' },
      { id: 't1', name: 'Strained Tomatoes', category: 'pantry > canned goods' },
      { id: 't2', name: 'Diced Tomatoes', category: 'pantry > canned goods' },
    ]),
  );

  it('finds the word meant, alone', () => {
    expect(garden.resolve('zucchni').product?.name).toBe('Zucchini');
    expect(garden.resolve('zuccchini').product?.name).toBe('Zucchini');
  });

  it('does not take one letter for another as a slip: that may be another word', () => {
    expect(garden.resolve('strainer').product).toBeNull();
  });
});
