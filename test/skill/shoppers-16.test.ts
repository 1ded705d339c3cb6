import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * A sixteenth round of conversations played as shoppers: why a thing is wanted or not, said
 * after it about someone else ("my son is bringing some"). Each once left a thing in the cart,
 * or lost it as talk of something other than shopping.
 */

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('a reason about someone, said after the thing', () => {
  it('when the shopper says "take the bananas off, my neighbour is bringing a bunch", the bananas come off without a question', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bananas and butter');
    const removed = await shopper.say('take the bananas off, my neighbour is bringing a bunch');
    expect(removed.say).toMatch(/^Removed Bananas from your cart/);
    expect(await t.cartLines()).toEqual(['1 Salted Butter']);
  });

  it('"add flour, my granddaughter is baking a pie" adds the flour', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say('add flour, my granddaughter is baking a pie');
    expect(added.say).toBe('Added All-Purpose Flour to your cart.');
    expect(await t.cartLines()).toEqual(['1 All-Purpose Flour']);
  });

  it('"cereal for the kids\' lunches" still asks which cereal: who it is for is no reason said', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say("add cereal for the kids' lunches");
    expect(asked.say).toMatch(/^Which cereal did you mean/);
    expect(await t.cartLines()).toEqual([]);
  });
});
