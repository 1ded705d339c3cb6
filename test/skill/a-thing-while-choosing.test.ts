import { afterEach, describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/** A store where a kind of one thing is named after another thing: a chicken rice mix. */
const shelf: Product[] = [
  { id: 'r1', name: 'Long Grain White Rice', category: 'pantry > rice grains', price: 2.49 },
  { id: 'r2', name: 'Jasmine Rice', category: 'pantry > rice grains', price: 3.49 },
  { id: 'r3', name: 'Brown Rice', category: 'pantry > rice grains', price: 2.99 },
  { id: 'r5', name: 'Basmati Rice', category: 'pantry > rice grains', price: 3.99 },
  { id: 'r6', name: 'Wild Rice', category: 'pantry > rice grains', price: 4.99 },
  { id: 'r4', name: 'Chicken Rice Mix', category: 'pantry > rice grains', price: 1.29 },
  { id: 'c1', name: 'Whole Chicken', category: 'meat seafood > chicken', price: 9.99 },
  { id: 'c2', name: 'Chicken Thighs', category: 'meat seafood > chicken', price: 6.99 },
  // Most names that say chicken are about something else: "chicken" alone may only say which kind.
  ...['Chicken Noodle Soup', 'Chicken Broth', 'Chicken Nuggets', 'Chicken Sausage', 'Chicken Pot Pie', 'Chicken Salad'].map((name, at) => ({
    id: `k${at}`,
    name,
    category: 'deli > prepared foods',
    price: 4.99,
  })),
  { id: 'v1', name: 'Russet Potatoes', category: 'produce > fresh vegetables', price: 4.99 },
  { id: 'v2', name: 'Red Potatoes', category: 'produce > fresh vegetables', price: 3.99 },
  { id: 'v3', name: 'Yellow Onions', category: 'produce > fresh vegetables', price: 3.49 },
  { id: 'e1', name: 'Large Brown Eggs', category: 'dairy eggs > eggs', price: 4.29 },
  { id: 'e2', name: 'Large White Eggs', category: 'dairy eggs > eggs', price: 3.99 },
];

let t: TestSkill;
afterEach(async () => {
  await t.close();
});

async function askedWhich(thing: string): Promise<ReturnType<TestSkill['shopper']>> {
  t = await startTestSkill({ catalog: catalogOf(shelf) });
  const shopper = t.shopper();
  await shopper.launch();
  expect((await shopper.say(`add ${thing}`)).say).toMatch(new RegExp(`^Which ${thing} did you mean`));
  return shopper;
}

describe('a thing of its own said while a choice waits', () => {
  it('"chicken" while "which rice?" waits is chicken, not the chicken rice mix; the rice is asked about again', async () => {
    const shopper = await askedWhich('rice');
    const answered = await shopper.intent('AddItemIntent', { product: 'chicken' });
    expect(answered.say).toMatch(/^Added (Whole Chicken|Chicken Thighs) to your cart\. And which rice did you mean/);
    expect((await shopper.say('the brown one')).say).toBe('Added Brown Rice to your cart.');
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Chicken/), '1 Brown Rice']);
  });

  it('onions said while "which potatoes?" waits go in, and the potatoes are still asked about: onions are no potatoes for being shelved with them', async () => {
    const shopper = await askedWhich('potatoes');
    const answered = await shopper.intent('AddItemIntent', { product: 'onions' });
    expect(answered.say).toMatch(/^Added Yellow Onions to your cart\. And which potatoes did you mean/);
    expect(await t.cartLines()).toEqual(['1 Yellow Onions']);
  });

  it('"eggs, the brown ones", heard as a choice while "which rice?" waits, adds the brown eggs and asks about the rice again', async () => {
    const shopper = await askedWhich('rice');
    const answered = await shopper.intent('ChooseOptionIntent', { product: 'eggs the brown' });
    expect(answered.say).toMatch(/^Added a dozen Large Brown Eggs to your cart\. And which rice did you mean/);
    expect(await t.cartLines()).toEqual(['1 Large Brown Eggs']);
  });
});
