import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('another kind of what was just added, said as a change to it', () => {
  it('when the shopper says "make it thighs" just after chicken breasts went in, the breasts become thighs, and undo puts them back', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add chicken breasts');
    const changed = await shopper.intent('ChangeQuantityIntent', { product: 'thighs' });
    expect(changed.say).toBe("Okay, I swapped Boneless Skinless Chicken Breasts for Boneless Skinless Chicken Thighs in your cart. If that's wrong, say undo.");
    expect(await t.cartLines()).toEqual(['1 Boneless Skinless Chicken Thighs']);
    await shopper.say('undo');
    expect(await t.cartLines()).toEqual(['1 Boneless Skinless Chicken Breasts']);
  });

  it('when the shopper says "change it to skim milk" just after whole milk went in, the milk is the skim', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk');
    expect((await shopper.say('change it to skim milk')).say).toBe("Okay, I swapped Whole Milk for Fat Free Skim Milk in your cart. If that's wrong, say undo.");
    expect(await t.cartLines()).toEqual(['1 Fat Free Skim Milk']);
    expect((await shopper.say('change it to chicken thighs')).say).toMatch(/^I don't see chicken thighs in your cart\. Should I add/);
    expect(await t.cartLines()).toEqual(['1 Fat Free Skim Milk']);
  });

  it('a thing off another shelf, not on the cart, is offered to add, and what was just added stays', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk');
    const changed = await shopper.intent('ChangeQuantityIntent', { product: 'eggs' });
    expect(changed.say).toMatch(/^I don't see eggs in your cart\. Should I add/);
    expect(await t.cartLines()).toEqual(['1 Whole Milk']);
  });

  it('a correction to a thing off another shelf replaces the add, but the words first said keep their meaning', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add eggs');
    expect((await shopper.intent('CorrectionIntent', { product: 'chocolate milk' })).say).toMatch(/I replaced Large White Eggs with Chocolate Milk\.$/);
    expect((await shopper.say('add eggs')).say).toBe('Added a dozen Large White Eggs to your cart.');
    expect((await t.stateOf()).preferences).toEqual({});
  });
});
