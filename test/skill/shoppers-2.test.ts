import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * A second round of conversations played as real shoppers: lists kept over days, corrections to
 * amounts, checkout questions and the way people really talk. Each one once went wrong.
 */

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('questions about the order during checkout', () => {
  it('"what\'s the delivery fee" and "is that with tax" answer from the quote, and a later "yes" still places the order', async () => {
    const shopper = t.shopper({ accessToken: t.linkAccount('customer-1') });
    await shopper.launch();
    await shopper.say('add two pounds of bananas');
    await shopper.say('check out');
    const fee = await shopper.say("what's the delivery fee");
    expect(fee.say).toBe(
      "Your items come to one dollar and 18 cents, delivery and fees are 3 dollars and 99 cents, and there's no tax. So the total is 5 dollars and 17 cents. Should I place the order?",
    );
    expect(fee.reprompt).toBe('Should I place the order for 5 dollars and 17 cents? Say yes to order, or no.');
    expect((await shopper.say('is that with tax')).say).toBe(fee.say);
    expect((await shopper.say("what's my total")).say).toBe(fee.say);
    expect(t.ordersPlaced()).toBe(0);
    expect((await shopper.say('yes')).say).toMatch(/^Your order is placed\./);
    expect(t.ordersPlaced()).toBe(1);
  });

  it('"what\'s the delivery fee" with no checkout going is a question about the total, not a list called "delivery fee"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two pounds of bananas');
    const fee = await shopper.say("what's the delivery fee");
    expect(fee.intent).toBe('CartTotalIntent');
    expect(fee.say).toBe('Your one item comes to about one dollar and 18 cents, before tax and delivery.');
  });
});

describe('taking some of an item off', () => {
  it('"take one milk off" and "remove one of the milks" take one off, not the whole line, and undo puts it back', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add three milks');
    expect((await shopper.say('take one milk off')).say).toBe('Okay. You now have two Whole Milk in your cart.');
    expect((await shopper.say('remove one of the milks')).say).toBe('Okay. You now have one Whole Milk in your cart.');
    expect(await t.cartLines()).toEqual(['1 Whole Milk']);
    expect((await shopper.say('undo')).say).toBe('Okay, I took back taking Whole Milk off your cart.');
    expect(await t.cartLines()).toEqual(['2 Whole Milk']);
  });

  it('"remove two pounds of bananas" from three pounds leaves one pound, and is never an add of "remove two pounds of bananas"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add three pounds of bananas');
    const removed = await shopper.say('remove two pounds of bananas');
    expect(removed.intent).toBe('RemoveItemIntent');
    expect(removed.say).toBe('Okay. You now have a pound of Bananas in your cart.');
    expect(await t.cartLines()).toEqual(['1 pound Bananas']);
  });

  it('"one of the milks" with two milks in the cart asks which, then takes one off the one chosen', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two whole milks');
    await shopper.say('add two percent milk');
    expect((await shopper.say('remove one of the milks')).say).toMatch(/^Which one of the milks should I take off: one, Whole Milk/);
    expect((await shopper.say('one')).say).toBe('Okay. You now have one Whole Milk in your cart.');
    expect(await t.cartLines()).toEqual(['1 Whole Milk', '1 2% Reduced Fat Milk']);
  });

  it('"remove the milk" and an amount of all there is still take the whole line off', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two milks');
    await shopper.say('add four apples');
    expect((await shopper.say('remove the milk')).say).toBe('Removed Whole Milk from your cart.');
    expect((await shopper.say('remove five apples')).say).toBe('Removed Gala Apples from your cart.');
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('lists kept over days', () => {
  it('"what lists do I have" names the named lists, not just the saved orders', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('what lists have I got')).say).toMatch(/^Besides your cart, you don't have any lists or saved orders yet\./);
    await shopper.say('add eggs to my picnic list');
    await shopper.say('add paper towels to my costco list');
    await shopper.end();
    await shopper.launch();
    expect((await shopper.say('what lists do I have')).say).toBe('Besides your cart, you have your picnic list and your costco list.');
    await shopper.say('add milk');
    await shopper.say('save this as my weekly order');
    expect((await shopper.say('which lists do we have')).say).toBe(
      'Besides your cart, you have your picnic list and your costco list. Your saved order is weekly.',
    );
  });
});

describe('corrections to amounts', () => {
  it('"actually I want three", "actually two pounds", "make that one" and "take the bananas down to one" change the item just added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bananas');
    expect((await shopper.say('actually I want three')).say).toBe('Okay, three Bananas.');
    expect((await shopper.say('actually two pounds')).say).toBe('Okay, two pounds of Bananas.');
    // Said "pounds", kept as "pound": one of it is "a pound", and a pound added later joins the line.
    expect((await shopper.say('make that one')).say).toBe('Okay, a pound of Bananas.');
    await shopper.say('add a pound of bananas');
    expect(await t.cartLines()).toEqual(['2 pound Bananas']);
    expect((await shopper.say('take the bananas down to one')).say).toBe('Okay, a pound of Bananas.');
    expect(await t.cartLines()).toEqual(['1 pound Bananas']);
  });

  it('"change the bananas to a bunch" is one bunch, not a question of how many', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two pounds of bananas');
    expect((await shopper.say('change the bananas to a bunch')).say).toBe('Okay, a bunch of Bananas.');
    expect(await t.cartLines()).toEqual(['1 bunch Bananas']);
  });
});

describe('the way people really talk', () => {
  it('fillers, a hedging "like", stumbles and "would you mind" still add the product', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('you know I think we also need like bread')).intent).toBe('AddItemIntent');
    await shopper.say('one');
    expect((await shopper.say('add add eggs eggs')).say).toBe('Added a dozen Large White Eggs to your cart.');
    expect((await shopper.say('would you mind adding some butter')).say).toBe('Added Salted Butter to your cart.');
    expect(await t.cartLines()).toEqual(['1 Classic White Bread', '1 Large White Eggs', '1 Salted Butter']);
  });
});

describe('moving a list into the cart', () => {
  it('a list of one item is "it" in the question and in its reprompt', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add cranberry juice to my christmas list');
    const asked = await shopper.say('put my christmas list in my cart');
    expect(asked.say).toBe('Your christmas list has one item. Should I put it in your cart?');
    expect(asked.reprompt).toBe('Should I put it in your cart? Say yes or no.');
    expect((await shopper.say('help')).reprompt).toBe('Should I put it in your cart? Say yes or no.');
  });
});

describe('an amount the skill cannot add', () => {
  it('"add zero bananas" asks how many, and a bare "two" answers it instead of a dead end', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('add zero bananas');
    expect(asked.say).toBe('How many would you like? Say a number, like two.');
    expect(asked.response.response.directives?.[0]?.type).toBe('Dialog.ElicitSlot');
    expect((await shopper.say('two')).say).toBe('Added two Bananas to your cart.');
    await shopper.say('add eggs');
    await shopper.say('change the eggs to zero');
    expect((await shopper.say('three')).say).toBe('Okay, three dozen Large White Eggs.');
    expect(await t.cartLines()).toEqual(['2 each Bananas', '3 Large White Eggs']);
  });
});
