import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('a request with its own amount, while a question waits', () => {
  it('when the shopper says "two bags of ice" while "which peanut butter?" waits, the ice goes in and the question is asked again after', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add pea nut butter')).say).toMatch(/^Which peanut butter did you mean/);
    const added = await shopper.intent('AddItemIntent', { quantity: '2', unit: 'bags', product: 'ice' });
    expect(added.say).toMatch(/^Added two bags of Bagged Ice to your cart\. And which peanut butter did you mean/);
    expect(await t.cartLines()).toEqual(['2 bag Bagged Ice']);
  });

  it('when the shopper says "a dozen egg" just after carrots went in, the eggs go in beside them, never taken for a kind of carrot', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add carrots');
    const added = await shopper.intent('AddItemIntent', { unit: 'dozen', product: 'egg' });
    expect(added.say).toBe('Added a dozen Large White Eggs to your cart.');
    expect(await t.cartLines()).toEqual(['1 Baby Carrots', '1 dozen Large White Eggs']);
  });
});
