import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * A store, like a real one, with several flavours of oat milk on their shelf, a candy named for one
 * flavour alone, and fresh pears beside many things that only taste of pear.
 */
const shelf: Product[] = [
  { id: 'o1', name: 'Vanilla Oat Milk', category: 'dairy eggs > plant based milk', price: 4.49 },
  { id: 'o2', name: 'Chocolate Oat Milk', category: 'dairy eggs > plant based milk', price: 4.49 },
  { id: 'o3', name: 'Barista Chocolate Oat Milk', category: 'dairy eggs > plant based milk', price: 4.99 },
  { id: 'o4', name: 'Original Oat Milk', category: 'dairy eggs > plant based milk', price: 3.99 },
  { id: 'c1', name: 'Chocolate', category: 'snacks > candy chocolate', price: 1.99 },
  { id: 'p1', name: 'Pears', category: 'produce > fresh fruits', price: 1.49 },
  { id: 'p2', name: 'Original Pear Yogurt', category: 'dairy eggs > yogurt', price: 1.19 },
  { id: 'p3', name: 'Original Pear Fruit Bites', category: 'snacks > fruit vegetable snacks', price: 3.29 },
  { id: 'p4', name: 'Original Pear Nectar', category: 'beverages > juice nectars', price: 2.49 },
];

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill({ catalog: catalogOf(shelf) });
});
afterEach(async () => {
  await t.close();
});

describe('a kind said to put right what was just added', () => {
  it('when the shopper says "not that one, the chocolate one" after vanilla oat milk, a chocolate oat milk takes its place, never the candy called Chocolate', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add vanilla oat milk');
    // As Alexa hears "not that one, the chocolate one": a correction whose thing is "chocolate".
    await shopper.intent('CorrectionIntent', { product: 'chocolate' });
    const lines = await t.cartLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Chocolate Oat Milk$/);
  });
});

describe('a thing said with only a word that describes it', () => {
  it('when the shopper asks for "plain pears", the fresh pears go in, not a yogurt that says Original', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add plain pears');
    expect(await t.cartLines()).toEqual(['1 Pears']);
  });
});
