import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('a correction of how much, not of which', () => {
  it('when the shopper says only an amount after an add, voicecart keeps the product and changes the amount added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two bunches of bananas');
    expect((await shopper.say('no, I said three bunches')).say).toBe('Sorry about that. I made it three bunches of Bananas.');
    expect(await t.cartLines()).toEqual(['3 bunch Bananas']);
  });

  it('corrects the add, not what the line held before it, and says the total', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a jar of peanut butter');
    await shopper.say('add some milk');
    await shopper.say('add two jars of peanut butter');
    expect((await shopper.say('no, I meant three')).say).toMatch(/^Sorry about that\. I made it three jars of .*Peanut Butter, so you have four jars of .*Peanut Butter\.$/);
    expect(await t.cartLines()).toEqual([expect.stringMatching(/^4 jar .*Peanut Butter$/), '1 Whole Milk']);
  });

  it('takes the correction back with "undo", to the amount first added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two bunches of bananas');
    await shopper.say('no I said four');
    expect((await shopper.say('undo')).say).toBe('Okay, I took back correcting that to four bunches of Bananas.');
    expect(await t.cartLines()).toEqual(['2 bunch Bananas']);
  });

  it('while a choice is asked, the amount is for the item being chosen and nothing is added yet', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add eggs');
    const asked = await shopper.say('add a pound of coffee');
    expect(asked.say).toMatch(/^Which coffee did you mean/);
    expect((await shopper.say('no, I said two pounds')).say).toMatch(/^Okay, two pounds\. Which coffee did you mean/);
    expect(await t.cartLines()).toEqual(['1 Large White Eggs']);
    // Two pounds of the 30.6-ounce canister chosen is one canister.
    expect((await shopper.say('the second one')).say).toBe('Added Original Roast Ground Coffee to your cart.');
    expect(await t.cartLines()).toEqual(['1 Large White Eggs', '1 Original Roast Ground Coffee']);
  });

  it('an amount a pack cannot hold finds the pack that holds it, and teaches nothing about the words', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add eggs');
    expect((await shopper.say('no, I meant eighteen')).say).toBe('Sorry about that. I made it Large White Eggs 18 Pack.');
    expect(await t.cartLines()).toEqual(['1 Large White Eggs 18 Pack']);
    await shopper.say('add eggs');
    expect(await t.cartLines()).toEqual(['1 Large White Eggs 18 Pack', '1 Large White Eggs']);
  });

  it('an amount no pack of the product holds is said so, and nothing changes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add hamburger buns');
    const before = await t.stateOf();
    expect((await shopper.say('no, I meant five')).say).toMatch(/^I can't make that five: you have .*Hamburger Buns, and it comes in packs\./);
    expect(await t.stateOf()).toEqual(before);
  });

  it('a correction that names a product with its own amount takes that amount, not the container of the add', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a jar of peanut butter');
    expect((await shopper.say('no I said two pears')).say).toMatch(/^Sorry about that\. I replaced .*Peanut Butter with two .*Pears\.$/);
    expect(await t.cartLines()).toEqual([expect.stringMatching(/^2 (each )?.*Pears$/)]);
  });
});
