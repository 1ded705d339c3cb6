import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('"actually, keep it"', () => {
  it('when the shopper has just taken something off, voicecart puts it back where it was', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add sharp cheddar');
    await shopper.say('add two bunches of bananas');
    await shopper.say('take the cheddar off');
    expect(await t.cartLines()).toEqual(['2 bunch Bananas']);
    expect((await shopper.say('oh, actually keep it')).say).toBe('Okay, I took back removing Sharp Cheddar Cheese from your cart.');
    expect(await t.cartLines()).toEqual(['1 Sharp Cheddar Cheese', '2 bunch Bananas']);
  });

  it('when the shopper has just added something, voicecart keeps it and changes nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add sharp cheddar');
    await shopper.say('add two bunches of bananas');
    const before = await t.stateOf();
    expect((await shopper.say('no wait, keep that one')).say).toMatch(/^Okay, I'll leave it as it is\./);
    expect(await t.stateOf()).toEqual(before);
    expect(await t.cartLines()).toEqual(['1 Sharp Cheddar Cheese', '2 bunch Bananas']);
  });

  it('when the removal before found nothing to take off, voicecart changes nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add sharp cheddar');
    await shopper.say('take off the popsicles');
    expect((await shopper.say('no, leave it on')).say).toMatch(/^Okay, I'll leave it as it is\./);
    expect(await t.cartLines()).toEqual(['1 Sharp Cheddar Cheese']);
  });
});
