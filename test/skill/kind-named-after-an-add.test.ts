import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/** A store whose dressing shelf has a plain "Dressing" and a ranch sold under its own name. */
const shelf: Product[] = [
  { id: 'd1', name: 'Dressing', category: 'pantry > salad dressing toppings', price: 2.99 },
  { id: 'd2', name: 'Homestyle Ranch', category: 'pantry > salad dressing toppings', price: 3.49 },
  { id: 'd3', name: 'Ranch Dressing', category: 'pantry > salad dressing toppings', price: 3.29 },
  { id: 'd4', name: 'Italian Dressing', category: 'pantry > salad dressing toppings', price: 2.79 },
  { id: 't1', name: 'Black Tea', category: 'beverages > tea', price: 4.99 },
  { id: 't2', name: 'Honey Lemon Tea', category: 'beverages > tea', price: 5.49 },
  { id: 'h1', name: 'Honey', category: 'pantry > honeys syrups', price: 6.99 },
];

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill({ catalog: catalogOf(shelf) });
});
afterEach(async () => {
  await t.close();
});

describe('one word just after an add that finds a product on its shelf', () => {
  it('"ranch" just after the dressing went in makes it the ranch dressing, with undo: one dressing, not two', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'dressing' });
    const kind = await shopper.intent('AddItemIntent', { product: 'ranch' });
    expect(kind.say).toMatch(/^Okay, I swapped Dressing for Ranch Dressing in your cart\. If that's wrong, say undo\./);
    expect(await t.cartLines()).toEqual(['1 Ranch Dressing']);
  });

  it('"honey" just after black tea, found on another shelf, is honey added beside the tea', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'black tea' });
    expect((await shopper.intent('AddItemIntent', { product: 'honey' })).say).toBe('Added Honey to your cart.');
    expect(await t.cartLines()).toEqual(['1 Black Tea', '1 Honey']);
  });
});
