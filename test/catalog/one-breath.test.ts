import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';
import { loadCatalogFile } from '../../src/catalog/load.ts';
import { DEMO_CATALOG } from '../../src/runtime/config.ts';

const rows: [string, string, string][] = [
  ['b1', 'One Ingredient Peanut Butter', 'pantry > spreads'],
  ['b4', 'The One Peanut Butter', 'pantry > spreads'],
  ['b2', 'Peanut Butter Crunchy', 'pantry > spreads'],
  ['b3', 'Creamy Peanut Butter', 'pantry > spreads'],
  ['m1', 'Milk', 'dairy eggs > milk'],
  ['m2', 'Chocolate Milk', 'dairy eggs > milk'],
  ['m3', 'Reduced Fat Milk', 'dairy eggs > milk'],
  ['c1', 'Coffee', 'beverages > coffee'],
  ['c2', 'Ground Coffee', 'beverages > coffee'],
  ['c3', 'Whole Bean Coffee', 'beverages > coffee'],
];
const products: Product[] = rows.map(([id, name, category]) => ({ id, name, category }));
const resolver = Resolver.build(catalogOf(products));
const itemsOf = (text: string): string[] => resolver.resolveAll(text).map((resolution) => resolution.product?.name ?? 'nothing');

describe('when the shopper says more about an item in the same breath', () => {
  it('an afterthought that picks one of the kind describes the item: "peanut butter, the crunchy one"', () => {
    expect(itemsOf('a jar of peanut butter the crunchy one')).toEqual(['Peanut Butter Crunchy']);
    // "One" is no word of the product: it points at one of the kind.
    expect(resolver.resolveAll('a jar of peanut butter the crunchy one')[0]?.query).toBe('crunchy peanut butter');
  });

  it('an item said again with more words, with no "and" between, is the one item said better', () => {
    expect(itemsOf('coffee then ground coffee')).toEqual(['Ground Coffee']);
  });

  it('a word said on both sides of "and" names two things', () => {
    expect(itemsOf('milk and chocolate milk')).toEqual(['Milk', 'Chocolate Milk']);
  });
});

describe('when a list is said with pauses where the recogniser writes no comma', () => {
  const demo = Resolver.build(loadCatalogFile(DEMO_CATALOG).catalog);
  const said = (text: string): string[] => demo.resolveAll(text).map((resolution) => resolution.product?.name ?? 'nothing');

  it('a word cut off an item that the product found already names is the end of that item, not a second product', () => {
    expect(said('a loaf of whole wheat bread some peanut butter and a jar of grape jelly')).toEqual(['100% Whole Wheat Bread', 'Creamy Peanut Butter', 'Concord Grape Jelly']);
    expect(said('milk eggs bread')).toHaveLength(3);
  });

  it('an amount starting after a thing starts the next item, whose unit is never the first one\'s: "a loaf of sourdough a dozen eggs"', () => {
    const items = demo.resolveAll('a loaf of sourdough a carton of orange juice and two pounds of pears');
    expect(items.map((item) => [item.product?.name, item.quantity, item.unit])).toEqual([
      ['Sourdough Loaf', 1, 'loaf'],
      ['Pulp Free Orange Juice', 1, 'carton'],
      ['Bartlett Pears', 2, 'pound'],
    ]);
    expect(said('ground beef two pounds')).toEqual(['80/20 Ground Beef']);
  });
});

describe('when the noun said last is no noun of the product that has every word', () => {
  // The sauce is also known by the names it goes with, so one product has every word said.
  const shelf: Product[] = [
    { id: 's1', name: 'Classic Tomato Sauce', category: 'pantry > sauces', synonyms: ['red sauce', 'linguine sauce'] },
    { id: 'l1', name: 'Linguine', category: 'pantry > pasta' },
    { id: 'l2', name: 'Fettuccine', category: 'pantry > pasta' },
    { id: 'r1', name: 'Grated Romano', category: 'dairy eggs > cheese' },
    { id: 'k1', name: 'Shells & Cheese', category: 'pantry > pasta' },
    { id: 'k2', name: 'Shredded Cheese', category: 'dairy eggs > cheese' },
    { id: 'k3', name: 'Large Shells', category: 'pantry > pasta' },
  ];
  const pantry = Resolver.build(catalogOf(shelf));
  const named = (text: string): string[] => pantry.resolveAll(text).map((resolution) => resolution.product?.name ?? 'nothing');

  it('"tomato sauce linguine" is two things: English puts the noun last, so no linguine sauce swallows the linguine', () => {
    expect(named('tomato sauce linguine')).toEqual(['Classic Tomato Sauce', 'Linguine']);
    expect(named('tomato sauce linguine and romano')).toEqual(['Classic Tomato Sauce', 'Linguine', 'Grated Romano']);
  });

  it('the thing said with its noun last stays one item', () => {
    expect(named('linguine sauce')).toEqual(['Classic Tomato Sauce']);
  });

  it('words a name joins with "and" stay one item whichever comes last', () => {
    expect(named('cheese shells')).toEqual(['Shells & Cheese']);
  });
});

describe('when everyday things are said one after another with no comma heard', () => {
  const shelf = Resolver.build(
    catalogOf([
      { id: 'm1', name: 'Whole Milk', category: 'dairy eggs > milk' },
      { id: 'm2', name: 'Two Percent Milk', category: 'dairy eggs > milk' },
      { id: 'e1', name: 'Large White Eggs', category: 'dairy eggs > eggs' },
      { id: 'e2', name: 'Large Brown Eggs', category: 'dairy eggs > eggs' },
      { id: 'e3', name: 'Cage Free Eggs', category: 'dairy eggs > eggs' },
      ...['Jumbo', 'Organic', 'Pasture Raised', 'Extra Large', 'Medium', 'Omega 3'].map((kind, at) => ({ id: `e${at + 4}`, name: `${kind} Eggs`, category: 'dairy eggs > eggs' })),
      { id: 's1', name: 'Milk Chocolate Eggs', category: 'snacks > candy chocolate' },
      { id: 's2', name: 'Chocolate Eggs', category: 'snacks > candy chocolate' },
      { id: 's3', name: 'Dark Chocolate Bar', category: 'snacks > candy chocolate' },
      { id: 't1', name: 'Green Tea with Lemon', category: 'beverages > tea' },
      { id: 't2', name: 'Green Tea', category: 'beverages > tea' },
      { id: 'l1', name: 'Lemons', category: 'produce > fresh fruits' },
    ]),
  );
  const said = (text: string): string[] => shelf.resolveAll(text).map((resolution) => resolution.product?.name ?? 'nothing');

  it('"milk eggs" is milk and eggs, never a candy that prints both words apart', () => {
    expect(said('milk eggs')).toEqual(['Whole Milk', expect.stringMatching(/Eggs$/)]);
    expect(said('milk eggs')).not.toContain('Milk Chocolate Eggs');
  });

  it('words a product prints side by side, or one usual for its noun, stay one item', () => {
    expect(said('chocolate eggs')).toEqual(['Chocolate Eggs']);
    expect(said('lemon green tea')).toEqual(['Green Tea with Lemon']);
  });
});

describe('when a list ends with "and" and a store sells candy named for all its things', () => {
  const store = Resolver.build(
    catalogOf([
      { id: 'm1', name: 'Whole Milk', category: 'dairy eggs > milk' },
      { id: 'm2', name: 'Two Percent Milk', category: 'dairy eggs > milk' },
      { id: 'e1', name: 'Large White Eggs', category: 'dairy eggs > eggs' },
      { id: 'e2', name: 'Large Brown Eggs', category: 'dairy eggs > eggs' },
      ...['Cage Free', 'Jumbo', 'Organic', 'Pasture Raised'].map((kind, at) => ({ id: `e${at + 3}`, name: `${kind} Eggs`, category: 'dairy eggs > eggs' })),
      { id: 'b1', name: 'Salted Butter', category: 'dairy eggs > butter' },
      { id: 'b2', name: 'Unsalted Butter', category: 'dairy eggs > butter' },
      { id: 'f1', name: 'Bananas', category: 'produce > fresh fruits' },
      { id: 'f2', name: 'Organic Bananas', category: 'produce > fresh fruits' },
      { id: 'f3', name: 'Banana Bread', category: 'bakery > bread' },
      // Candy eggs are common here, so no candy egg is unusual for its noun.
      ...['Milk Chocolate Peanut Butter Eggs', 'Mini Eggs', 'Chocolate Eggs'].map((name, at) => ({ id: `s${at}`, name, category: 'snacks > candy chocolate' })),
      { id: 's9', name: 'Peanut Butter And Banana Milk Chocolate Bar', category: 'snacks > candy chocolate' },
    ]),
  );
  const said = (text: string): string[] => store.resolveAll(text).map((resolution) => resolution.product?.name ?? 'nothing');

  it('"milk eggs butter and bananas" is four things, never a candy that prints the words apart or another way round', () => {
    expect(said('milk eggs butter and bananas')).toEqual(['Whole Milk', expect.stringMatching(/Eggs$/), expect.stringMatching(/Butter$/), 'Bananas']);
    expect(said('milk eggs and butter')).toEqual(['Whole Milk', expect.stringMatching(/Eggs$/), expect.stringMatching(/Butter$/)]);
  });

  it('a thing whose name prints the words said side by side stays one: "chocolate eggs and bananas"', () => {
    expect(said('chocolate eggs and bananas')).toEqual(['Chocolate Eggs', 'Bananas']);
  });
});

describe('when the recogniser loses the "a" of "a pound and a half"', () => {
  it('"pound and a half of ground beef" is a pound and a half of the beef, one item, never a "pound" not found and half a pound', () => {
    const demo = Resolver.build(loadCatalogFile(DEMO_CATALOG).catalog);
    const items = demo.resolveAll('pound and a half of ground beef');
    expect(items.map((item) => [item.quantity, item.unit, item.product?.name])).toEqual([[1.5, 'pound', '80/20 Ground Beef']]);
  });
});

describe('when talk stands between the things said', () => {
  const withACandyNamedForIt = Resolver.build(
    catalogOf([
      { id: 'o1', name: 'Oh, Fudge!', category: 'snacks > candy chocolate' },
      { id: 'o2', name: 'Baby Carrots', category: 'produce > fresh vegetables' },
      { id: 'o3', name: 'Large Brown Eggs', category: 'dairy eggs > eggs' },
    ]),
  );

  it('"carrots, and oh, a dozen brown eggs" is two things: the "oh" is no candy', () => {
    const items = withACandyNamedForIt.resolveAll('carrots, and oh, a dozen brown eggs').map((item) => item.product?.name);
    expect(items).toEqual(['Baby Carrots', 'Large Brown Eggs']);
    // Heard with no pauses, as Alexa fills a slot.
    expect(withACandyNamedForIt.resolveAll('carrots and oh a dozen brown eggs').map((item) => item.product?.name)).toEqual(['Baby Carrots', 'Large Brown Eggs']);
  });
});

describe('when "but" goes between the thing and more about it', () => {
  const demo = Resolver.build(loadCatalogFile(DEMO_CATALOG).catalog);
  const said = (text: string): [string | null, number | null, string | null][] => demo.resolveAll(text).map((r) => [r.product?.name ?? null, r.quantity, r.unit]);

  it('"cheese but the cheddar" is the cheddar cheese, "but two bags of onions" the onions: no "but" is ever a product', () => {
    expect(said('cheese but the cheddar one')).toEqual([[expect.stringMatching(/Cheddar/), null, null]]);
    expect(said('but two bags of onions')).toEqual([['Yellow Onions', 2, 'bag']]);
  });

  it('an amount alone after the thing is how much of it: "milk, only a half gallon", "apples, four of them"', () => {
    expect(said('milk but only a half gallon')).toEqual([[expect.stringMatching(/Milk/), 1, 'half gallon']]);
    expect(said('apples, four of them')).toEqual([['Gala Apples', 4, null]]);
  });

  it('after a list, the amount alone is of its last thing, never a name joined by "and": "strawberries and some apples, like five of them"', () => {
    expect(said('strawberries and some apples, like five of them')).toEqual([['Strawberries', null, null], ['Gala Apples', 5, null]]);
    expect(said('mac and cheese, three boxes')).toEqual([[expect.stringMatching(/Macaroni/), 3, 'box']]);
  });
});
