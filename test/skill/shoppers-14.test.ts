import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * A fourteenth round of conversations played as shoppers: a thing turned down and the thing meant
 * said in one breath, a kind asked for of what was just added, and a word of talk after an amount.
 * Each once lost an item, traded in the wrong kind, or offered to add a second line.
 */

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('the thing turned down and the thing meant in one breath', () => {
  it('when Alexa hears "not beef, turkey" as only a thing turned down, the ground beef just added is traded for ground turkey, in its amount', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a pound of 80/20 ground beef');
    const traded = await shopper.intent('CorrectionIntent', { rejected: 'beef turkey' });
    expect(traded.say).toMatch(/^Sorry about that\. I replaced 80 20 Ground Beef with a pound of .*Ground Turkey\.$/);
    expect(await t.cartLines()).toEqual([expect.stringMatching(/^1 pound .*Ground Turkey$/)]);
  });

  it('"not the milk", with nothing after it, still takes the milk off', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk and bananas');
    await shopper.intent('CorrectionIntent', { rejected: 'milk' });
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Bananas/)]);
  });

  it('when the shopper says "and not the white bread, whole wheat", the white bread is traded for the whole wheat, not just taken off', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add white bread and milk and eggs');
    const traded = await shopper.intent('RemoveItemIntent', { product: 'white bread whole wheat' });
    expect(traded.say).toBe("Okay, I swapped Classic White Bread for 100% Whole Wheat Bread in your cart. If that's wrong, say undo.");
    expect(await t.cartLines()).toEqual(['1 100% Whole Wheat Bread', '1 Whole Milk', '1 Large White Eggs']);
  });

  it('"remove milk eggs" still takes off both, each a line of the cart', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add white bread and milk and eggs');
    await shopper.intent('RemoveItemIntent', { product: 'milk eggs' });
    expect(await t.cartLines()).toEqual(['1 Classic White Bread']);
  });
});

describe('a kind asked for of what was just added', () => {
  it('when the shopper says "no, the organic one" just after 2% milk went in, the organic 2% goes in its place, never an organic whole milk', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two percent milk');
    const traded = await shopper.say('no the organic one');
    expect(traded.say).toBe('Sorry about that. I replaced 2% Reduced Fat Milk with Organic 2% Reduced Fat Milk.');
    expect(await t.cartLines()).toEqual(['1 Organic 2% Reduced Fat Milk']);
  });
});

describe('a word of talk after an amount', () => {
  it('when the shopper says "make it three lemons actually", the lemons become three: no second line is offered', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add lemons');
    const changed = await shopper.say('make it three lemons actually');
    expect(changed.say).toBe('Okay, three Lemons.');
    expect(await t.cartLines()).toEqual(['3 Lemons']);
  });
});
