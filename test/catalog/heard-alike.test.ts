import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';
import { shelfOf } from '../support/shelf.ts';

const rows: [string, string, string][] = [
  ['h01', 'Paper Towels', 'household > paper goods'],
  ['h02', 'Select Size Paper Towels', 'household > paper goods'],
  ['h03', 'Copy Paper', 'household > office'],
  ['h12', 'Wild Salmon', 'meat seafood > seafood'],
  ['h04', 'Lobster Tail', 'meat seafood > seafood'],
  ['h05', 'Turkey Tails', 'meat seafood > poultry'],
  ['h06', 'All-Purpose Flour', 'pantry > baking'],
  ['h07', 'Whole Wheat Flour', 'pantry > baking'],
  ['h08', 'Flowers', 'floral > bouquets'],
  ['h09', 'Fresh Thyme', 'produce > herbs'],
  ['h10', 'Crunch Time Cereal Bars', 'snacks > bars'],
  ['h11', 'Kitchen Towels', 'household > linens'],
];
const products: Product[] = rows.map(([id, name, category]) => ({ id, name, category }));
const resolver = Resolver.build(catalogOf(products));

describe('when the recogniser keeps a word\'s consonants but changes its vowels', () => {
  it('hears the word beside one heard right as the word the store prints next to it', () => {
    const heard = resolver.resolveAll('paper tales');
    expect(heard.map((item) => item.product?.name)).toEqual(['Paper Towels']);
  });

  it('takes the word as heard when the store sells it so', () => {
    expect(resolver.resolve('lobster tail').product?.name).toBe('Lobster Tail');
    expect(resolver.resolve('turkey tails').product?.name).toBe('Turkey Tails');
  });

  it('never takes the loose reading alone, without the word that pairs with it', () => {
    expect(resolver.resolve('tails').product?.name).not.toMatch(/Towels/);
  });
});

describe('when the word heard sounds just like another thing the store sells', () => {
  it('asks which was meant, the homophone\'s product offered next', () => {
    const heard = resolver.resolve('a bag of flower');
    expect(heard.ambiguous).toBe(true);
    expect([heard.product?.name, heard.alternatives[0]?.name].sort()).toEqual(['All-Purpose Flour', 'Flowers']);
    expect(heard.quantity).toBe(1);
    expect(heard.unit).toBe('bag');
  });

  it('does not ask when the homophone names only part of a product', () => {
    const heard = resolver.resolve('thyme');
    expect(heard.product?.name).toBe('Fresh Thyme');
    expect(heard.ambiguous).toBe(false);
  });

  it('does not ask when the request says more than the one word', () => {
    expect(resolver.resolve('whole wheat flour').ambiguous).toBe(false);
  });
});

describe('when the shopper says who or what occasion the thing is for', () => {
  it('leaves the purpose out of the product', () => {
    const withDinner = Resolver.build(catalogOf([...products, { id: 'c1', name: 'Salmon Dinner Cat Food', category: 'pets > cat food' }]));
    expect(withDinner.resolve('salmon for dinner').product?.name).toBe('Wild Salmon');
    expect(withDinner.resolveAll('two pounds of salmon for the kids lunches').map((item) => [item.product?.name, item.quantity])).toEqual([['Wild Salmon', 2]]);
  });

  it('keeps a part that names a thing', () => {
    const pets = Resolver.build(catalogOf([{ id: 'd1', name: 'Dry Food for Dogs', category: 'pets > dog food' }, { id: 'd2', name: 'Dog Bowl', category: 'pets > supplies' }]));
    expect(pets.resolve('food for the dog').product?.name).toBe('Dry Food for Dogs');
  });
});

describe('when one side of an "and" names nothing the product found has', () => {
  const shelf = Resolver.build(
    catalogOf([
      ...products,
      { id: 'd1', name: 'Lemon Dish Soap', category: 'household > dish detergents' },
      { id: 'p1', name: 'Russet Potatoes', category: 'produce > fresh vegetables' },
      { id: 'c1', name: 'Salt & Pepper Potato Chips', category: 'snacks > chips' },
    ]),
  );

  it('keeps each side as an item of its own, found or honestly not', () => {
    expect(shelf.resolveAll('paper tales and dish soap').map((item) => item.product?.name)).toEqual(['Paper Towels', 'Lemon Dish Soap']);
    const withUnsold = shelf.resolveAll('potatoes and snow chains');
    expect(withUnsold.map((item) => [item.heard, item.product?.name ?? null])).toEqual([
      ['potatoes', 'Russet Potatoes'],
      ['snow chains', null],
    ]);
  });

  it('keeps a name that joins its words with "and" whole', () => {
    expect(shelf.resolveAll('salt and pepper chips').map((item) => item.product?.name)).toEqual(['Salt & Pepper Potato Chips']);
  });

  it('never lets a product found for the whole drop a side it says nothing of, even when that side has several kinds to ask about', () => {
    const bakery = Resolver.build(
      catalogOf([
        { id: 'b1', name: 'Classic White Bread', category: 'bakery > bread' },
        { id: 'b2', name: 'Honey Wheat Bread', category: 'bakery > bread' },
        { id: 'b3', name: 'Rye Bread', category: 'bakery > bread' },
        { id: 'f1', name: 'Whole Wheat Flour', category: 'pantry > baking' },
      ]),
    );
    expect(bakery.resolveAll('bread and whole wheat flour').map((item) => item.heard)).toEqual(['bread', 'whole wheat flour']);
  });
});

describe('when a short word is typed with a letter left out', () => {
  const shelf: Product[] = [
    { id: 't1', name: 'Green Apple Ale', category: 'alcohol > beers coolers' },
    { id: 't2', name: 'Apple Ale', category: 'alcohol > beers coolers' },
    { id: 't3', name: 'Fresh Thyme', category: 'produce > fresh herbs' },
    { id: 't4', name: 'Dried Thyme', category: 'pantry > spices seasonings' },
    { id: 't5', name: 'Black Beans', category: 'canned goods > canned meals beans' },
  ];
  const named = shelfOf(shelf);

  it('takes a four-letter word the store does not print as the five-letter word it leaves a letter out of', () => {
    expect(named('geen apple ale')).toBe('Green Apple Ale');
    expect(named('fesh thyme')).toBe('Fresh Thyme');
  });

  it('never takes a short word with a letter changed for another word', () => {
    expect(named('bead')).toBeNull();
  });
});

describe('when one word is found only as the sound of another', () => {
  const store = Resolver.build(
    catalogOf([
      { id: 's1', name: 'Breaded Chicken Nuggets', category: 'frozen > meals' },
      { id: 's2', name: 'Sparkling Water Variety Bottles', category: 'beverages > water' },
      { id: 's3', name: 'Heavy Duty Aluminum Wrap', category: 'household > kitchen supplies' },
      { id: 's4', name: 'Cucumbers', category: 'produce > fresh vegetables' },
    ]),
  );

  it('"nougats" is no chicken nuggets: nothing is found, and the nuggets are offered in its place', () => {
    const heard = store.resolve('nougats');
    expect(heard.product).toBeNull();
    expect(heard.alternatives.map((product) => product.name)).toEqual(['Breaded Chicken Nuggets']);
  });

  it('the word said plainly, or with a letter slipped, is still the product', () => {
    expect(store.resolve('nuggets').product?.name).toBe('Breaded Chicken Nuggets');
    expect(store.resolve('nugets').product?.name).toBe('Breaded Chicken Nuggets');
    expect(store.resolve('cucumbr').product?.name).toBe('Cucumbers');
  });

  it('a word heard loosely beside others said plainly still finds the product ("chicken nougats")', () => {
    expect(store.resolve('chicken nougats').product?.name).toBe('Breaded Chicken Nuggets');
  });
});
