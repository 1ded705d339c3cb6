import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('asking about one product', () => {
  it('answers "did I add milk?" from the cart, without reading the whole list', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two gallons of whole milk');
    expect((await shopper.intent('ReadCartIntent', { product: 'milk' })).say).toBe('Yes, you have two gallons of Whole Milk in your cart.');
    expect((await shopper.intent('ReadCartIntent', { product: 'eggs' })).say).toBe("I don't see eggs in your cart.");
  });
});

describe('a question about one product, then "yes"', () => {
  it('"do you have oat milk?" offers it, "yes" adds it, and "no" to the next offer adds nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('do you have oat milk');
    expect(asked.say).toMatch(/^Yes, Corner Grocer has .*Oatmilk.*\. Should I add it to your cart\?$/);
    expect(await t.cartLines()).toEqual([]);
    expect((await shopper.say('yes')).say).toMatch(/^Added .*Oatmilk/);
    await shopper.say('do you sell sourdough bread');
    await shopper.say('no');
    expect(await t.cartLines()).toEqual(['1 Original Oatmilk']);
  });
});
