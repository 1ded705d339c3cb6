import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

async function namesOn(list: 'cart' | string): Promise<string[] | undefined> {
  const state = await t.stateOf();
  return (list === 'cart' ? state.cart : state.lists[list])?.map((line) => line.name);
}

describe('named lists', () => {
  it('creates a picnic list, adds to it, reads it and removes from it, all apart from the cart', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk');

    expect((await shopper.say('create a picnic list')).say).toBe('I made your picnic list, and what you add now goes on it. What would you like on it?');
    expect(await namesOn('picnic')).toEqual([]);
    expect((await shopper.say('add salsa to my picnic list')).say).toBe('Added Medium Chunky Salsa to your picnic list.');
    expect((await shopper.say('add two pounds of pears to my picnic list')).say).toBe('Added two pounds of Bartlett Pears to your picnic list.');
    expect(await namesOn('picnic')).toHaveLength(2);
    expect(await namesOn('cart')).toEqual(['Whole Milk']);

    const read = await shopper.say('read my picnic list');
    expect(read.say).toMatch(/^You have two items on your picnic list: Medium Chunky Salsa and two pounds of Bartlett Pears\. That's everything\.$/);
    const cart = await shopper.say("what's in my cart");
    expect(cart.say).toBe("You have one item in your cart: Whole Milk. That's everything.");

    expect((await shopper.say('remove the salsa from my picnic list')).say).toBe('Removed Medium Chunky Salsa from your picnic list.');
    expect(await namesOn('picnic')).toEqual(['Bartlett Pears']);
    expect((await shopper.say('remove the milk from my picnic list')).say).toBe("I don't see milk on your picnic list.");
    expect(await namesOn('cart')).toEqual(['Whole Milk']);
  });

  it('when the shopper says they are shopping for someone, what they add next goes on that list, at the next visit too, as its welcome says', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const started = await shopper.say("i'm doing the shopping for my sister today");
    expect(started.say).toBe('I made your sister list, and what you add now goes on it. What would you like on it?');
    expect((await shopper.say('salsa')).say).toBe('Added Medium Chunky Salsa to your sister list.');
    expect((await shopper.say('and two pounds of pears')).say).toBe('Added two pounds of Bartlett Pears to your sister list.');
    expect(await namesOn('sister')).toEqual(['Medium Chunky Salsa', 'Bartlett Pears']);
    await shopper.end();
    const welcome = await shopper.launch();
    expect(welcome.say).toBe('Welcome back to Corner Grocer. Your sister list has two items, and what you add goes on it. What would you like to add?');
    expect((await shopper.say('add whole milk')).say).toBe('Added Whole Milk to your sister list.');
    expect((await shopper.say('start my shopping list')).say).toMatch(/^Okay, what you add now goes in your cart, which has zero items\. Your sister list is kept as it is\./);
    expect((await shopper.say('and eggs')).say).toBe('Added a dozen Large White Eggs to your cart.');
    expect(await namesOn('cart')).toEqual(['Large White Eggs']);
  });

  it('says so when a list is created twice or read before it exists', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('read my picnic list')).say).toBe("You don't have a list called picnic.");
    await shopper.say('create a picnic list');
    expect((await shopper.say('create a picnic list')).say).toBe(
      'You already have a picnic list, with zero items, and what you add now goes on it. What would you like to add?',
    );
    expect(Object.keys((await t.stateOf()).lists)).toEqual(['picnic']);
  });

  it('asks before deleting a list: no keeps it, yes deletes it, and undo brings it back', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add salsa to my picnic list');
    const asked = await shopper.say('delete my picnic list');
    expect(asked.say).toBe('Should I delete your picnic list? It has one item.');
    expect(asked.reprompt).toBe('Should I delete your picnic list? Say yes or no.');
    expect((await shopper.say('no')).say).toBe('Okay, I left it as it was.');
    expect(await namesOn('picnic')).toEqual(['Medium Chunky Salsa']);

    await shopper.say('delete my picnic list');
    expect((await shopper.say('yes')).say).toBe('Done. I deleted your picnic list. If that was a mistake, say undo.');
    expect((await t.stateOf()).lists).toEqual({});
    expect((await shopper.say('undo')).say).toBe('Okay, I took back deleting your picnic list.');
    expect(await namesOn('picnic')).toEqual(['Medium Chunky Salsa']);
  });

  it('"order my picnic list" asks, then puts the list into the cart on yes and keeps the list', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add salsa to my picnic list');
    await shopper.say('add cherry garcia to my picnic list');
    await shopper.say('add whole milk');

    const asked = await shopper.say('order my picnic list');
    expect(asked.say).toBe('Your picnic list has two items. Should I put them in your cart?');
    expect(await namesOn('cart')).toEqual(['Whole Milk']);
    const moved = await shopper.say('yes');
    expect(moved.say).toBe("Done. I put the two items from your picnic list into your cart. Say check out when you're ready.");
    expect(await namesOn('cart')).toEqual(['Whole Milk', 'Medium Chunky Salsa', 'Cherry Garcia Ice Cream']);
    expect(await namesOn('picnic')).toEqual(['Medium Chunky Salsa', 'Cherry Garcia Ice Cream']);
    expect(t.ordersPlaced()).toBe(0);
  });

  it('when asked "should I put them in your cart?", "move all of it into my cart" is a yes, and the list goes in once', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add salsa to my picnic list');
    await shopper.say('order my picnic list');
    const moved = await shopper.intent('ReorderIntent', {});
    expect(moved.say).toBe("Done. I put the one item from your picnic list into your cart. Say check out when you're ready.");
    expect(await namesOn('cart')).toEqual(['Medium Chunky Salsa']);
  });

  it('a declined "order my picnic list" leaves the cart alone', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add salsa to my picnic list');
    expect((await shopper.say('order my picnic list')).say).toBe('Your picnic list has one item. Should I put it in your cart?');
    await shopper.say('no');
    expect((await t.stateOf()).cart).toEqual([]);
  });
});

describe('the total while a list is being filled', () => {
  it('when the shopper asks "how much will all that be" while filling her weekly list, the list is totalled, not the empty cart', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('start my weekly list');
    await shopper.say('add whole milk and bananas');
    expect((await shopper.intent('CartTotalIntent')).say).toMatch(/^The two items on your weekly list come to about \d+ dollars/);
    await shopper.say('start my shopping list');
    expect((await shopper.intent('CartTotalIntent')).say).toBe('Your cart is empty.');
  });
});
