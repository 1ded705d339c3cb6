import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('the talk around a shopper\'s requests', () => {
  it('when the shopper says they need a few things, voicecart asks what, and the next thing is added once, not three times', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('good afternoon, I need a few things')).say).toMatch(/What would you like to add\?/);
    await shopper.say('some salted butter');
    expect(await t.cartLines()).toEqual(['1 Salted Butter']);
  });

  it('when the shopper says they need groceries for the weekend, voicecart asks what, rather than looking for a product called groceries', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('I need to get some groceries for the weekend')).say).toMatch(/What would you like to add\?/);
    expect(await t.cartLines()).toEqual([]);
  });

  it('when Alexa hears the errand as the product ("a few things", "groceries for the weekend"), voicecart asks what, and keeps no amount for it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.intent('AddItemIntent', { product: 'a few things' })).say).toMatch(/What would you like to add\?/);
    expect((await shopper.intent('AddItemIntent', { product: 'groceries for the weekend', quantity: '3' })).say).toMatch(/What would you like to add\?/);
    await shopper.say('some salted butter');
    expect(await t.cartLines()).toEqual(['1 Salted Butter']);
  });

  it('when the shopper says why after the thing ("the carrots, I found some in the fridge"), the reason names nothing: the carrots come off', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add carrots and butter');
    const removed = await shopper.intent('RemoveItemIntent', { product: 'carrots i found some in the fridge' });
    expect(removed.say).toMatch(/^Removed Baby Carrots from your cart\./);
    await shopper.say("put in some cheddar, we're right out");
    expect(await t.cartLines()).toEqual(['1 Salted Butter', '1 Sharp Cheddar Cheese']);
  });

  it('when the shopper sets the scene first ("my sister phoned, she needs lemons"), the thing after the wanting is added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const said = await shopper.intent('AddItemIntent', { product: 'my sister phoned she needs lemons too' });
    expect(said.say).toBe('Added Lemons to your cart.');
    expect(await t.cartLines()).toEqual(['1 Lemons']);
  });

  it('when "put in" leaves its "in" in the product slot ("in three lemons and a jar of peanut butter"), both things go in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'in three lemons and a jar of peanut butter' });
    expect(await t.cartLines()).toEqual(['3 Lemons', '1 jar Creamy Peanut Butter']);
  });

  it('when the shopper counts off a list ("first thing", "one more thing", "lastly"), voicecart adds the things, not the counting', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('first thing, a half gallon of whole milk')).say).toMatch(/^Added a half gallon of Organic Grassfed Whole Milk/);
    expect((await shopper.say('one more thing, some salted butter')).say).toMatch(/^Added Salted Butter/);
    expect((await shopper.say('lastly, a dozen eggs')).say).toMatch(/^Added a dozen Large White Eggs/);
    expect(await t.cartLines()).toEqual(['1 half gallon Organic Grassfed Whole Milk', '1 Salted Butter', '1 dozen Large White Eggs']);
  });

  it('when the shopper asks to have it read back, voicecart reads the cart; "that\'s all, bye" ends the visit', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add salted butter');
    expect((await shopper.say('read it back to me')).say).toMatch(/^You have one item in your cart: Salted Butter\./);
    const bye = await shopper.say("that's all, bye");
    expect(bye.say).toMatch(/^Goodbye\./);
    expect(bye.ended).toBe(true);
  });
});
