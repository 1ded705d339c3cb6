import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * A sixth round of conversations played as shoppers: a scene set before the request, counts and
 * packs said after the product, a correction of a request that found nothing, and half-answers to
 * a choice. Each one once went wrong.
 */

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('a scene set before the request', () => {
  it('"I\'m making tacos tonight, add tortillas, ground turkey and salsa" adds the three things, nothing of the scene', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: "i'm making tacos tonight add tortillas ground turkey and salsa" });
    expect(await t.cartLines()).toEqual(['1 Flour Tortillas', '1 Lean Ground Turkey', '1 Medium Chunky Salsa']);
  });
});

describe('the amount said after the product', () => {
  it('"pears, two of them" and "bananas, a bunch" add those amounts of the fruit', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('also pears, two of them')).say).toBe('Added two Bartlett Pears to your cart.');
    await shopper.say('and bananas, a bunch');
    expect(await t.cartLines()).toEqual(['2 each Bartlett Pears', '1 bunch Bananas']);
  });
});

describe('"no, I said …" after a request that found nothing', () => {
  it('adds what was said and leaves the bread added before it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add honey wheat bread');
    const offered = await shopper.say('also some pairs of those green ones');
    expect(offered.say).toMatch(/^Sorry, I couldn't find .*Would you like one of those\?/);
    expect((await shopper.say('no I said three pears')).say).toBe('Added three Bartlett Pears to your cart.');
    expect(await t.cartLines()).toEqual(['1 Honey Wheat Bread', '3 each Bartlett Pears']);
  });
});

describe('a half-answer to a choice', () => {
  it('"honey nut" while choosing a cereal, none of them honey nut, adds nothing, says the store has none, and asks again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add two boxes of cereal')).say).toMatch(/^Which cereal did you mean/);
    const again = await shopper.intent('AddItemIntent', { product: 'honey nut' });
    expect(again.say).toMatch(/^Sorry, I couldn't find honey nut at Corner Grocer\./);
    expect(await t.cartLines()).toEqual([]);
    expect((await shopper.say('the frosted kind')).say).toBe('Added two boxes of Frosted Flakes to your cart.');
  });
});

describe('thanks and a wish to hear it again, slower', () => {
  it('"okay thanks dear" is thanks, and "read it again" after "slower please" reads the cart again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add milk and eggs');
    const read = await shopper.say("what's in my cart");
    expect((await shopper.say('okay thanks dear')).intent).toBe('ThanksIntent');
    await shopper.say('could you go a little slower');
    const again = await shopper.say('read it again');
    expect(again.say).toContain('You have two items in your cart');
    expect(read.say).toContain('You have two items in your cart');
  });
});
