import { describe, expect, it } from 'vitest';
import { priceOf, readCount, soldBy } from '../../src/catalog/packs.ts';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';
import { planItems, settleAmount } from '../../src/cart/requests.ts';
import { packsFor, PacksSchema } from '../../src/language/packs.ts';

const product = (name: string, size?: string, price?: number): Product => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  ...(size === undefined ? {} : { size }),
  ...(price === undefined ? {} : { price }),
});

describe('how a product is sold', () => {
  it('reads the catalog size: by the pound, each, a pack of N, a bunch, a container of a fixed size', () => {
    expect(soldBy(product('Gala Apples', 'per lb'))).toEqual({ kind: 'weight', per: 'pound' });
    expect(soldBy(product('Lamb Chops', '/kg'))).toEqual({ kind: 'weight', per: 'kilo' });
    expect(soldBy(product('French Baguette', 'each'))).toEqual({ kind: 'each' });
    expect(soldBy(product('Whole Milk', '1 gal'))).toEqual({ kind: 'each' });
    expect(soldBy(product('Cilantro', 'bunch'))).toEqual({ kind: 'bunch' });
    expect(soldBy(product('Large White Eggs', '12 ct'))).toMatchObject({ kind: 'pack', count: 12, item: 'egg', container: 'carton', byTheDozen: true });
    expect(soldBy(product('Paper Towels', '6 rolls'))).toMatchObject({ kind: 'pack', count: 6, item: 'roll', container: 'pack' });
    expect(soldBy(product('Cola', '12 ct, 12 fl oz'))).toMatchObject({ kind: 'pack', count: 12 });
  });

  it('reads a weight of things counted loose as a bag of about as many as it holds, never of a thing not counted', () => {
    expect(soldBy(product('Yellow Onions', '3 lb'))).toMatchObject({ kind: 'pack', count: 6, item: 'onion', container: 'bag', weighs: '3 lb' });
    expect(readCount(product('Yellow Onions', '3 lb'), { quantity: 2, unit: null, words: ['onions'] })).toEqual({ kind: 'part', items: 2, packs: 1 });
    expect(readCount(product('Yellow Onions', '3 lb'), { quantity: 2, unit: 'bags', words: ['onions'] })).toEqual({ kind: 'packs', packs: 2 });
    expect(soldBy(product('Honey Ham', '1 lb'))).toEqual({ kind: 'each' });
    expect(soldBy(product('Onion Powder', '3 oz'))).toEqual({ kind: 'each' });
  });

  it('reads pack words in a name where the catalog gives no size', () => {
    expect(soldBy(product('Large White Eggs 18 Pack'))).toMatchObject({ kind: 'pack', count: 18, item: 'egg' });
    expect(soldBy(product('Half Dozen Brown Eggs'))).toMatchObject({ kind: 'pack', count: 6, item: 'egg' });
    expect(soldBy(product('Golden Cupcakes 8 Pack'))).toMatchObject({ kind: 'pack', count: 8, item: 'cupcake' });
    expect(soldBy(product('Organic Cilantro Bunch'))).toEqual({ kind: 'bunch' });
  });

  it('assumes the usual pack of a product its catalog says nothing about', () => {
    expect(soldBy(product('Organic Large Grade A Eggs'))).toMatchObject({ kind: 'pack', count: 12, item: 'egg' });
    expect(soldBy(product('Free Range Brown Large Egg'))).toMatchObject({ kind: 'pack', count: 12 });
    expect(soldBy(product('Hamburger Buns'))).toEqual({ kind: 'pack', count: 8, item: 'bun', container: 'pack', byTheDozen: false });
    expect(readCount(product('Hamburger Buns'), { quantity: 2, unit: null, words: ['hamburger', 'buns'] })).toEqual({ kind: 'part', items: 2, packs: 1 });
    expect(soldBy(product('Egg Substitute'))).toEqual({ kind: 'each' });
    expect(soldBy(product('Trash Bags', '40 ct'))).toMatchObject({ kind: 'pack', count: 40, item: 'bag' });
  });
});

describe('what a count said means', () => {
  const eggs = product('Large White Eggs', '12 ct');
  it('counts items of a pack when the item is named, and packs otherwise', () => {
    expect(readCount(eggs, { quantity: 6, unit: null, words: ['eggs'] })).toEqual({ kind: 'part', items: 6, packs: 1 });
    expect(readCount(eggs, { quantity: 24, unit: null, words: ['large', 'eggs'] })).toEqual({ kind: 'packs', packs: 2 });
    expect(readCount(eggs, { quantity: 2, unit: 'carton', words: ['eggs'] })).toEqual({ kind: 'packs', packs: 2 });
    expect(readCount(eggs, { quantity: 2, unit: 'dozen', words: ['eggs'] })).toEqual({ kind: 'asSaid' });
    expect(readCount(eggs, { quantity: null, unit: null, words: ['eggs'] })).toEqual({ kind: 'asSaid' });
    const towels = product('Paper Towels', '6 rolls');
    expect(readCount(towels, { quantity: 2, unit: null, words: ['paper', 'towels'] })).toEqual({ kind: 'asSaid' });
    expect(readCount(towels, { quantity: 2, unit: 'roll', words: ['paper', 'towels'] })).toEqual({ kind: 'part', items: 2, packs: 1 });
    // Tea is not counted by the bag in speech: "two earl grey teas" are two boxes.
    expect(readCount(product('Earl Grey Tea', '20 ct'), { quantity: 2, unit: null, words: ['earl', 'grey', 'tea'] })).toEqual({ kind: 'asSaid' });
  });

  it('counts of something sold by the pound are items, and weights are weights', () => {
    const apples = product('Gala Apples', 'per lb');
    expect(readCount(apples, { quantity: 2, unit: null, words: ['apples'] })).toEqual({ kind: 'each' });
    expect(readCount(apples, { quantity: 2, unit: 'pound', words: ['apples'] })).toEqual({ kind: 'asSaid' });
  });

  it('picks the pack the store sells in the size asked for', () => {
    const dozen = product('Large Eggs', '12 ct');
    const half = product('Large Eggs Half Dozen', '6 ct');
    expect(settleAmount(dozen, 'eggs', 6, null, [half])).toEqual({ kind: 'found', product: half, quantity: 1, unit: null });
    expect(settleAmount(dozen, 'eggs', 18, null, [half])).toEqual({ kind: 'found', product: half, quantity: 3, unit: null });
    expect(settleAmount(dozen, 'eggs', 5, null, [half])).toEqual({ kind: 'pack', product: dozen, items: 5, packs: 1 });
  });

  it('plans "six eggs" in a store with a half-dozen carton as that carton, straight from the request', () => {
    const catalog = catalogOf([
      { id: 'e12', name: 'Large Brown Eggs', size: '12 ct', category: 'dairy eggs > eggs' },
      { id: 'e6', name: 'Large Brown Eggs Half Dozen', size: '6 ct', category: 'dairy eggs > eggs' },
      { id: 'm', name: 'Whole Milk', size: '1 gal', category: 'dairy eggs > milk' },
    ]);
    const items = planItems(Resolver.build(catalog), { product: 'eggs', quantity: 6 }, {});
    expect(items).toEqual([expect.objectContaining({ kind: 'found', quantity: 1, unit: null, product: expect.objectContaining({ id: 'e6' }) })]);
  });
});

describe('a count of things a household buys by the bag', () => {
  const catalog = catalogOf([
    { id: 'bag', name: 'Bag of Organic Lemons', category: 'produce > fresh fruits' },
    { id: 'one', name: 'Lemon', category: 'produce > fresh fruits' },
    { id: 'org', name: 'Organic Lemon', category: 'produce > fresh fruits' },
    { id: 'bars', name: 'Lemon Bars', category: 'bakery > desserts' },
  ]);
  const byId = (id: string): Product => {
    const found = catalog.byId.get(id);
    if (found === undefined) throw new Error(`no product ${id}`);
    return found;
  };

  it('"five lemons" of the Bag of Organic Lemons are five organic lemons sold loose, never five bags', () => {
    expect(settleAmount(byId('bag'), 'lemons', 5, null, [byId('one'), byId('org'), byId('bars')])).toEqual(expect.objectContaining({ kind: 'found', product: byId('org'), quantity: 5 }));
  });

  it('"two bags of lemons" and a lone "lemons" stay the bag', () => {
    expect(settleAmount(byId('bag'), 'lemons', 2, 'bag', [byId('one'), byId('org')])).toEqual(expect.objectContaining({ kind: 'found', product: byId('bag') }));
    expect(settleAmount(byId('bag'), 'lemons', null, null, [byId('one'), byId('org')])).toEqual(expect.objectContaining({ kind: 'found', product: byId('bag') }));
  });
});

describe('what a line costs', () => {
  it('weighs counted items at a typical weight, converts weights, and prices packs by the pack', () => {
    const apples = product('Gala Apples', 'per lb', 2);
    expect(priceOf(apples, 2, 'each')).toEqual({ amount: 2 * 0.4 * 2, estimated: true });
    expect(priceOf(apples, 2, 'pound')).toEqual({ amount: 4, estimated: false });
    expect(priceOf(apples, 8, 'ounce')).toEqual({ amount: 1, estimated: false });
    expect(priceOf(apples, 1, null)).toEqual({ amount: 2, estimated: false });
    expect(priceOf(product('Bananas', 'per lb', 0.5), 1, 'bunch')).toEqual({ amount: 1, estimated: true });
    expect(priceOf(product('Large White Eggs', '12 ct', 3), 2, null)).toEqual({ amount: 6, estimated: false });
    expect(priceOf(product('Large White Eggs 18 Pack', '18 ct', 4.5), 1, 'dozen')).toEqual({ amount: 3, estimated: false });
    expect(priceOf(product('Tea', '20 ct'), 1, null)).toBeNull();
  });

  it('counts "a half dozen", a unit the voice model offers, as six', () => {
    const eggs = product('Large White Eggs', '12 ct');
    expect(readCount(eggs, { quantity: 1, unit: 'half dozen', words: ['eggs'] })).toEqual({ kind: 'part', items: 6, packs: 1 });
    expect(readCount(eggs, { quantity: 2, unit: 'half dozen', words: ['eggs'] })).toEqual({ kind: 'packs', packs: 1 });
    expect(priceOf(product('Large White Eggs', '12 ct', 3), 1, 'half dozen')).toEqual({ amount: 1.5, estimated: false });
  });
});

describe('the language data', () => {
  it('is checked: a broken table is refused with the reason', () => {
    expect(PacksSchema.safeParse(packsFor()).success).toBe(true);
    const broken = PacksSchema.safeParse({ ...packsFor(), weighedEach: { apple: 0.4 } });
    expect(broken.success).toBe(false);
    expect(broken.error?.issues[0]?.message).toBe('needs a $default');
  });
});
