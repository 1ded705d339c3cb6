import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

/** A thing said with what it is for, where that names products of its own that print both words. */
const shelf: Product[] = [
  { id: 'k1', name: 'Light Table Cream', category: 'dairy eggs > cream' },
  { id: 'k2', name: 'Heavy Whipping Cream', category: 'dairy eggs > cream' },
  { id: 'i1', name: 'Coffee Cream Cake', category: 'bakery > cakes' },
  { id: 'i2', name: 'Mocha Coffee Cream Cake', category: 'bakery > cakes' },
  { id: 'i3', name: 'Vanilla Cream Cake', category: 'bakery > cakes' },
  { id: 'c1', name: 'Vanilla Cream Coffee Pods', category: 'beverages > coffee' },
  { id: 'c2', name: 'Dark Roast Ground Coffee', category: 'beverages > coffee' },
  { id: 'm1', name: 'Two Percent Milk', category: 'dairy eggs > milk' },
  { id: 'm2', name: 'Skim Milk', category: 'dairy eggs > milk' },
  { id: 'b1', name: 'Toasted Oat Cereal', category: 'breakfast > cereal' },
  { id: 'b2', name: 'Frosted Flakes Cereal', category: 'breakfast > cereal' },
  { id: 'b3', name: 'Bran Flakes Cereal', category: 'breakfast > cereal' },
  { id: 'b4', name: 'Granola Cereal', category: 'breakfast > cereal' },
  ...['Honey', 'Cinnamon', 'Chocolate', 'Rice', 'Corn', 'Wheat', 'Berry', 'Almond'].map((kind, at) => ({ id: `b${at + 5}`, name: `${kind} Cereal`, category: 'breakfast > cereal' })),
  ...['Milk Chocolate Bar', 'Milk Chocolate Chips', 'Chocolate Milk'].map((name, at) => ({ id: `n${at}`, name, category: 'snacks > candy' })),
  { id: 'd1', name: 'Adult Dry Dog Food', category: 'pets > dog food' },
  { id: 'd2', name: 'Puppy Dog Food', category: 'pets > dog food' },
];
const resolver = Resolver.build(catalogOf(shelf));
const shelfOf = (text: string): string | undefined => resolver.resolve(text).product?.category;

describe('when the shopper says what a thing is for', () => {
  it('"cream for my coffee" is a cream, not coffee pods or a cake that print both words', () => {
    expect(shelfOf('cream for my coffee')).toBe('dairy eggs > cream');
  });

  it('"milk for my cereal" is a milk, among many cereals and chocolates that print milk', () => {
    expect(shelfOf('milk for my cereal')).toBe('dairy eggs > milk');
  });

  it('"food for the dog" is still dog food: a product named for the thing and for what it is for', () => {
    expect(shelfOf('food for the dog')).toBe('pets > dog food');
  });
});

describe('when the shopper says why after the thing', () => {
  const store = Resolver.build(
    catalogOf([
      { id: 'r1', name: 'Skim Milk', category: 'dairy eggs > milk' },
      { id: 'r2', name: 'Toasted Oat Cereal', category: 'breakfast > cereal' },
      { id: 'r3', name: 'We Love Granola Bars', category: 'snacks > bars' },
      { id: 'r4', name: 'Granola Cereal', category: 'breakfast > cereal' },
    ]),
  );
  const named = (text: string): string | undefined => store.resolve(text).product?.name ?? undefined;

  it('"skim milk, I found none in the fridge" and "cereal we ran out" are the milk and the cereal', () => {
    expect(named('skim milk i found none in the fridge')).toBe('Skim Milk');
    expect(named('toasted oat cereal we ran out')).toBe('Toasted Oat Cereal');
  });

  it('words after the subject that a name prints are the name\'s: "granola bars we love" is the We Love bars, not a granola', () => {
    expect(named('granola bars we love')).toBe('We Love Granola Bars');
  });
});
